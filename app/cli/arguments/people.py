"""Arguments of the subcommands on a case's people and timeline: edit-person, set-role,
remove-person, delete-person, timeline, edit-entry, withdraw-entry, revisions."""

from __future__ import annotations

import argparse

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.people_commands"
_PERSON = ("naam zoals bij de melding; heten er twee zo, noem dan ook de groep: "
           "'Noor (6B)'")


def _entry_id(p: argparse.ArgumentParser) -> None:
    p.add_argument("entry_id", metavar="ENTRY_ID", help="nummer van de tijdlijnregel, zoals "
                                                        "timeline het toont")


def define(commands: Commands) -> None:
    p = commands.add("edit-person", f"{_COMMANDS}:cmd_edit_person",
                     "wijzig de naam of groep van een betrokkene",
                     description="wijzig de naam of groep van een betrokkene; dat geldt voor "
                                 "alle meldingen waar deze persoon bij staat")
    case_ref(p)
    p.add_argument("person", metavar="NAAM", help=_PERSON)
    p.add_argument("--name", help="nieuwe naam")
    p.add_argument("--group", help="nieuwe groep of klas")
    p.add_argument("--keep-old-name", action="store_true",
                   help="houd de oude naam als bijnaam in het identiteitsregister, zodat een "
                        "gepseudonimiseerd dossier hem blijft verbergen")
    json_option(p)

    p = commands.add("set-role", f"{_COMMANDS}:cmd_set_role",
                     "verbeter de rol van een betrokkene bij een melding")
    case_ref(p)
    p.add_argument("person", metavar="NAAM", help=_PERSON)
    p.add_argument("role", metavar="ROL", help="de juiste rol, bijvoorbeeld pester of getuige")
    p.add_argument("--from", dest="from_role", metavar="ROL",
                   help="welke rol, als de persoon er met meer rollen bij staat")
    json_option(p)

    p = commands.add("remove-person", f"{_COMMANDS}:cmd_remove_person",
                     "haal een betrokkene weg bij een melding (de persoon blijft in de kluis)")
    case_ref(p)
    p.add_argument("person", metavar="NAAM", help=_PERSON)
    p.add_argument("--role", help="welke rol, als de persoon er met meer rollen bij staat")
    p.add_argument("--reason", required=True, metavar="REDEN",
                   help="waarom (komt in de auditlog)")
    json_option(p)

    p = commands.add("delete-person", f"{_COMMANDS}:cmd_delete_person",
                     "verwijder een betrokkene die bij geen andere melding staat uit de kluis "
                     "(met bijnamen en accounts)")
    case_ref(p)
    p.add_argument("person", metavar="NAAM", help=_PERSON)
    p.add_argument("--reason", required=True, metavar="REDEN",
                   help="waarom (komt in de auditlog)")
    json_option(p)

    p = commands.add("timeline", f"{_COMMANDS}:cmd_timeline",
                     "toon de tijdlijn van een melding, met het nummer van elke regel")
    case_ref(p)
    json_option(p)

    p = commands.add("edit-entry", f"{_COMMANDS}:cmd_edit_entry",
                     "wijzig de tekst van een tijdlijnregel (de oude tekst blijft bewaard)")
    case_ref(p)
    _entry_id(p)
    p.add_argument("--text", required=True, help="de nieuwe tekst")
    json_option(p)

    p = commands.add("withdraw-entry", f"{_COMMANDS}:cmd_withdraw_entry",
                     "trek een tijdlijnregel in die per vergissing is geschreven",
                     description="trek een tijdlijnregel in: de tekst en alle eerdere versies "
                                 "worden voorgoed verwijderd; soort, datum en reden blijven "
                                 "op de tijdlijn staan")
    case_ref(p)
    _entry_id(p)
    p.add_argument("--reason", required=True, metavar="REDEN",
                   help="waarom de regel wordt ingetrokken (blijft bewaard)")
    json_option(p)

    p = commands.add("revisions", f"{_COMMANDS}:cmd_revisions",
                     "toon de eerdere teksten van een tijdlijnregel")
    case_ref(p)
    _entry_id(p)
    json_option(p)
