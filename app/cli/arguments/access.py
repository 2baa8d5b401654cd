"""Arguments of the privacy subcommands: entry marks (`mark-entry`, and the options of
`add-entry`) and access requests (`access-request`, `access-requests`, `access-export`)."""

from __future__ import annotations

import argparse

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.access_commands"
_CATEGORIES = "gezondheid, seksualiteit, anders-bijzonder of geen"
_PERSON = ("naam of nummer van de persoon; past een naam bij meer mensen, dan noemt de "
           "opdracht ze met hun nummer")


def entry_marks(p: argparse.ArgumentParser, *, changing: bool = False) -> None:
    """--werkaantekening and --bijzonder; when `changing`, also --geen-werkaantekening."""
    p.add_argument("--werkaantekening", dest="work_note", action="store_true",
                   default=None if changing else False,
                   help="persoonlijke werkaantekening: komt in geen dossier, pakket of "
                        "inzageoverzicht")
    if changing:
        p.add_argument("--geen-werkaantekening", dest="work_note", action="store_false",
                       help="geen werkaantekening (meer)")
    p.add_argument("--bijzonder", dest="special", metavar="SOORT",
                   help=f"bijzonder persoonsgegeven: {_CATEGORIES}")


def define(commands: Commands) -> None:
    p = commands.add("mark-entry", f"{_COMMANDS}:cmd_mark_entry",
                     "markeer een tijdlijnregel als werkaantekening of bijzonder "
                     "persoonsgegeven")
    case_ref(p)
    p.add_argument("entry_id", metavar="ENTRY_ID", help="nummer van de tijdlijnregel")
    entry_marks(p, changing=True)
    json_option(p)

    p = commands.add("access-request", f"{_COMMANDS}:cmd_access_request",
                     "leg een verzoek om inzage vast (antwoord binnen een maand)")
    p.add_argument("--person", required=True, metavar="NAAM_OF_NR", help=_PERSON)
    p.add_argument("--received", required=True, metavar="DATUM",
                   help="datum van ontvangst, JJJJ-MM-DD")
    p.add_argument("--by", dest="requested_by", choices=("leerling", "ouder"),
                   help="wie het verzoek deed; onder de 16 jaar de ouder, vanaf 16 de "
                        "leerling (nodig als de geboortedatum onbekend is)")
    p.add_argument("--born", metavar="DATUM", help="geboortedatum van de persoon, JJJJ-MM-DD "
                                                   "(wordt bewaard)")
    json_option(p)

    p = commands.add("access-requests", f"{_COMMANDS}:cmd_access_requests",
                     "toon de inzageverzoeken met hun uiterste datum")
    json_option(p)

    p = commands.add("access-export", f"{_COMMANDS}:cmd_access_export",
                     "maak het inzageoverzicht (PDF) van alles wat de kluis over iemand "
                     "bewaart")
    p.add_argument("--person", required=True, metavar="NAAM_OF_NR", help=_PERSON)
    p.add_argument("-o", "--output", required=True, metavar="UIT.pdf", help="het PDF-bestand")
    p.add_argument("--request", type=int, metavar="NR",
                   help="welk inzageverzoek dit beantwoordt (standaard het open verzoek "
                        "over deze persoon)")
    json_option(p)
