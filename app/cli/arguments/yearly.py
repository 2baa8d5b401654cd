"""Arguments of the yearly figures: stats (one school) and stats-merge (a board)."""

from __future__ import annotations

from pathlib import Path

from app.cli.arguments import Commands, json_option, protocol_dir

_COMMANDS = "app.cli.yearly_commands"


def define(commands: Commands) -> None:
    p = commands.add("stats", f"{_COMMANDS}:cmd_stats",
                     "jaarcijfers van de kluis: per schooljaar of periode, anoniem",
                     description="jaarcijfers van de kluis (1 augustus tot 31 juli, of een "
                                 "eigen periode in hele maanden), anoniem: aantallen onder 5 "
                                 "staan als 'minder dan 5'. Elke export komt in de auditlog.")
    p.add_argument("--year", metavar="JJJJ-JJJJ",
                   help="schooljaar, bijvoorbeeld 2025-2026 (standaard het huidige)")
    p.add_argument("--from", dest="from_month", metavar="JJJJ-MM", help="eerste maand")
    p.add_argument("--to", dest="to_month", metavar="JJJJ-MM", help="laatste maand")
    p.add_argument("--groups", action="store_true",
                   help="tel ook per groep (nooit in het bestuursbestand)")
    p.add_argument("--csv", type=Path, metavar="UIT.csv", help="schrijf de cijfers als CSV")
    p.add_argument("--pdf", type=Path, metavar="UIT.pdf", help="schrijf het jaarverslag (PDF)")
    p.add_argument("--board-file", type=Path, metavar="UIT.json",
                   help="schrijf het anonieme jaarcijferbestand voor het bestuur")
    json_option(p)
    protocol_dir(p)

    p = commands.add("stats-merge", f"{_COMMANDS}:cmd_stats_merge",
                     "voeg jaarcijferbestanden van scholen samen tot een bestuursverslag",
                     vault=False)
    p.add_argument("files", nargs="+", type=Path, metavar="BESTAND.json",
                   help="jaarcijferbestanden (stats --board-file)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="UIT.pdf",
                   help="waar het bestuursverslag (PDF) komt")
    p.add_argument("--csv", type=Path, metavar="UIT.csv", help="ook als CSV")
    p.add_argument("--allow-mixed-years", action="store_true",
                   help="voeg ook bestanden over verschillende perioden samen")
    json_option(p)
