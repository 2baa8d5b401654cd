"""Argument definitions of the CLI's subcommands, one module per area.

Light on purpose (see app/cli/parser.py): only the standard library's light parts, and
never a command module. Each area module has `define(commands)`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli.argparse_nl import DutchArgumentParser

from app.cli.argparse_nl import DutchArgumentParser, dutch_texts


class Commands:
    """Adds subcommands to the parser; each remembers its "module:function" target."""

    def __init__(self, subparsers: argparse._SubParsersAction[DutchArgumentParser],
                 prefix: str = "",
                 targets: dict[str, str] | None = None) -> None:
        self._subparsers = subparsers
        self._prefix = prefix
        self.targets: dict[str, str] = {} if targets is None else targets

    def add(self, name: str, target: str, help_text: str, *, description: str = "",
            vault: bool = True) -> DutchArgumentParser:
        """A subcommand running `target`; with `vault` it takes the vault arguments."""
        if target.count(":") != 1:
            raise ValueError(f"target must be 'module:function', not {target!r}")
        parser = self._subparsers.add_parser(name, help=help_text,
                                             description=description or help_text)
        parser.set_defaults(target=target)
        self.targets[self._prefix + name] = target
        if vault:
            parser.add_argument("vault", metavar="KLUIS",
                                help="pad naar het kluisbestand (.pestdossier)")
            parser.add_argument("--password-stdin", action="store_true",
                                help="lees het wachtwoord van standaardinvoer in plaats "
                                     "van een prompt")
        return parser

    def group(self, name: str, help_text: str, *, description: str = "") -> Commands:
        """A subcommand with subcommands of its own, such as `evidence list`; their
        targets are named "evidence list" and so on."""
        parser = self._subparsers.add_parser(name, help=help_text,
                                             description=description or help_text)
        with dutch_texts():
            nested = parser.add_subparsers(dest=f"{name}_command", metavar="OPDRACHT",
                                           required=True)
        return Commands(nested, f"{self._prefix}{name} ", self.targets)


def whole_number(text: str) -> int:
    """An argparse type: a whole number, with a Dutch message otherwise."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geheel getal") from None


def json_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")


def case_ref(p: argparse.ArgumentParser) -> None:
    p.add_argument("case_ref", metavar="CASE_REF", help="kenmerk, bijvoorbeeld 2026-001")


def protocol_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument("--protocol-dir", help="map met de eigen protocollen van de school "
                                          "(standaard de gegevensmap van Pestdossier)")


# What a value is called in `--help` (argparse would print the English option name in
# capitals: --reason REASON). Options with their own metavar or choices keep them.
DUTCH_METAVARS = {
    "at": "MOMENT", "collected_with": "NAAM", "counsellor": "NAAM", "days": "DAGEN",
    "description": "TEKST", "deviation": "REDEN", "device": "APPARAAT",
    "evaluate_on": "DATUM", "group": "GROEP", "handle": "@NAAM", "how": "HOE",
    "forms": "VORMEN", "kind": "SOORT", "made_on": "MOMENT", "marks": "KENMERKEN",
    "meeting_at": "MOMENT", "name": "NAAM",
    "next_appointment": "MOMENT", "note": "TEKST", "occurred_at": "MOMENT", "on": "DATUM",
    "outcome": "UITKOMST", "platform": "PLATFORM", "protocol_dir": "MAP", "reason": "REDEN",
    "recipient": "ONTVANGER", "relation": "RELATIE", "reported_by": "MELDER",
    "reported_on": "DATUM", "role": "ROL", "school": "SCHOOL", "shown_at": "TIJDSTIP",
    "signals": "SIGNALEN",
    "status": "STATUS", "subject": "ONDERWERP", "text": "TEKST", "title": "TITEL",
    "to": "WIE", "url": "ADRES", "with_whom": "NAAM",
}


def dutch_metavars(parser: argparse.ArgumentParser) -> None:
    """Give every option of `parser` and its subcommands a Dutch name for its value."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                dutch_metavars(sub)
        elif (action.option_strings and action.nargs != 0 and action.metavar is None
              and action.choices is None and action.dest in DUTCH_METAVARS):
            action.metavar = DUTCH_METAVARS[action.dest]


def intake_options(parser: argparse.ArgumentParser) -> None:
    """The intake of a melding on add-case and edit-case (lists: comma-separated)."""
    parser.add_argument("--how", help="hoe de melding binnenkwam: gesprek, telefoon, e-mail, "
                        "brievenbus, meldformulier, monitor of waargenomen")
    parser.add_argument("--marks", help="welke kenmerken van pesten gelden: opzet, herhaald, "
                        "machtsverschil (bijv. opzet,herhaald), of geen")
    parser.add_argument("--forms", help="vormen van pesten: lichamelijk, spullen, woorden, "
                        "achter-de-rug, buitensluiten, digitaal (of geen)")
    parser.add_argument("--signals", help="signalen bij de leerling, bijv. "
                        "teruggetrokken,niet-naar-school (of geen; alle: zie show --json)")
