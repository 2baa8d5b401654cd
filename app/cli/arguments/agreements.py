"""Arguments of the subcommands on agreements and follow-ups: agreements, add-agreement,
agreement-status, followups, followup-done, followup-move, followup-cancel."""

from __future__ import annotations

import argparse

from app.cli.arguments import Commands, case_ref, json_option, protocol_dir

_COMMANDS = "app.cli.agreement_commands"


def _key(p: argparse.ArgumentParser) -> None:
    case_ref(p)
    p.add_argument("key", metavar="KEY", help="sleutel van de vervolgafspraak, zoals "
                                              "followups die toont")


def define(commands: Commands) -> None:
    p = commands.add("agreements", f"{_COMMANDS}:cmd_agreements",
                     "toon de afspraken van een melding, met hun nummer en status")
    case_ref(p)
    json_option(p)

    p = commands.add("add-agreement", f"{_COMMANDS}:cmd_add_agreement",
                     "leg een afspraak vast; het protocol plant de vervolggesprekken")
    case_ref(p)
    p.add_argument("--text", required=True, help="wat er is afgesproken")
    p.add_argument("--with", dest="with_whom", action="append", default=[], metavar="NAAM",
                   help="met wie (betrokkene bij de melding); mag vaker; zonder: de hele "
                        "groep")
    p.add_argument("--evaluate-on", help="evalueren op (JJJJ-MM-DD)")
    p.add_argument("--made-on", help="gemaakt op (JJJJ-MM-DD of JJJJ-MM-DDTUU:MM); "
                                     "standaard nu")
    json_option(p)

    p = commands.add("agreement-status", f"{_COMMANDS}:cmd_agreement_status",
                     "markeer een afspraak als nagekomen, verbroken of weer open",
                     description="markeer een afspraak als nagekomen, verbroken of weer open; "
                                 "een verbroken afspraak komt op de tijdlijn")
    case_ref(p)
    p.add_argument("agreement_id", metavar="AGREEMENT_ID",
                   help="nummer van de afspraak, zoals agreements het toont")
    p.add_argument("status", metavar="STATUS", help="nagekomen, verbroken of open")
    p.add_argument("--note", default="", help="wat er gebeurde (nodig bij verbroken)")
    p.add_argument("--at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    json_option(p)

    p = commands.add("followups", f"{_COMMANDS}:cmd_followups",
                     "toon de vervolgafspraken die het protocol plant, met hun sleutel")
    case_ref(p)
    json_option(p)
    protocol_dir(p)

    p = commands.add("followup-done", f"{_COMMANDS}:cmd_followup_done",
                     "markeer een vervolgafspraak als gehouden")
    _key(p)
    p.add_argument("--on", help="gehouden op (JJJJ-MM-DD); standaard vandaag")
    p.add_argument("--note", default="", help="korte notitie")
    json_option(p)
    protocol_dir(p)

    p = commands.add("followup-move", f"{_COMMANDS}:cmd_followup_move",
                     "verzet een vervolgafspraak naar een andere datum")
    _key(p)
    p.add_argument("--to", required=True, metavar="DATUM", help="de nieuwe datum (JJJJ-MM-DD)")
    p.add_argument("--reason", required=True, help="waarom")
    json_option(p)
    protocol_dir(p)

    p = commands.add("followup-cancel", f"{_COMMANDS}:cmd_followup_cancel",
                     "laat een vervolgafspraak vervallen")
    _key(p)
    p.add_argument("--reason", required=True, help="waarom hij niet meer nodig is")
    json_option(p)
    protocol_dir(p)
