"""Arguments of the evidence subcommands: import, import-chat."""

from __future__ import annotations

from pathlib import Path

from app.cli.arguments import Commands

_COMMANDS = "app.cli.evidence_commands"


def define(commands: Commands) -> None:
    p = commands.add("import", f"{_COMMANDS}:cmd_import",
                     "importeer bestanden als bewijs bij een melding")
    p.add_argument("case_ref", metavar="CASE_REF", help="kenmerk, bijvoorbeeld 2026-001")
    p.add_argument("files", metavar="FILE", nargs="+", type=Path)
    p.add_argument("--url", action="append", default=[], help="internetadres (herhaalbaar)")
    p.add_argument("--platform", default="", help="bijvoorbeeld WhatsApp, TikTok, Instagram")
    p.add_argument("--handle", action="append", default=[],
                   help="accountnaam zoals @naam (herhaalbaar)")
    p.add_argument("--description", default="", help="wat er te zien is")
    p.add_argument("--json", action="store_true", help="één JSON-object per bewijsstuk")

    p = commands.add("import-chat", f"{_COMMANDS}:cmd_import_chat",
                     "importeer een WhatsApp-chatexport (.txt of .zip)")
    p.add_argument("case_ref", metavar="CASE_REF", help="kenmerk, bijvoorbeeld 2026-001")
    p.add_argument("export", metavar="EXPORT", type=Path)
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
