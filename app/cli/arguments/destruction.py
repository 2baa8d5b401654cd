"""Arguments of destroy, anonymise, destructions and destruction-statement (privacy law)."""

from __future__ import annotations

import argparse

from app.cli.arguments import Commands, case_ref, json_option, whole_number

_COMMANDS = "app.cli.destruction_commands"


def _reason_and_yes(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reason", required=True, metavar="REDEN",
                   help="waarom (komt in het auditlog en op de verklaring; geen namen)")
    p.add_argument("--yes", action="store_true",
                   help="ga door ondanks waarschuwingen (een export buiten de kluis, open "
                        "werk, een melding die niet gesloten is)")


def define(commands: Commands) -> None:
    p = commands.add("destroy", f"{_COMMANDS}:cmd_destroy",
                     "vernietig een melding met alles wat erbij hoort, met bewijs",
                     description="vernietig een melding: tijdlijn, versies, betrokkenen die "
                                 "nergens anders voorkomen, bewijs, chats, concepten en de "
                                 "vastlegging van brieven en exports; het auditlog houdt één "
                                 "regel zonder inhoud (kenmerk, datum, aantallen, reden, "
                                 "controlewaarde). Met waarschuwingen alleen met --yes.")
    case_ref(p)
    _reason_and_yes(p)
    json_option(p)

    p = commands.add("anonymise", f"{_COMMANDS}:cmd_anonymise",
                     "anonimiseer een melding: alleen de cijfers voor het jaarverslag blijven",
                     description="anonimiseer een melding: namen, vrije tekst, betrokkenen en "
                                 "bewijs gaan weg; soort, data, protocol, urgentie, uitkomst, "
                                 "strafbare feiten en platform blijven voor het jaarverslag. "
                                 "Met waarschuwingen alleen met --yes.")
    case_ref(p)
    _reason_and_yes(p)
    json_option(p)

    p = commands.add("destructions", f"{_COMMANDS}:cmd_destructions",
                     "toon de vernietigingen en anonimiseringen uit het auditlog")
    json_option(p)

    p = commands.add("destruction-statement", f"{_COMMANDS}:cmd_statement",
                     "maak de verklaring van vernietiging (PDF) van een vernietiging",
                     description="maak de verklaring van vernietiging (PDF) bij een regel uit "
                                 "'destructions'")
    p.add_argument("record", type=whole_number, metavar="RECORD_ID",
                   help="het nummer van de vernietiging (zie 'destructions')")
    p.add_argument("-o", "--output", required=True, metavar="UIT.pdf",
                   help="waar de verklaring komt")
    json_option(p)
