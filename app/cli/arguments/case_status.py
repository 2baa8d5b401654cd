"""Arguments of the subcommands that change a case: edit-case, set-status, close-case,
reopen-case, set-priority, escalate."""

from __future__ import annotations

import argparse

from app.cli.arguments import Commands, case_ref, intake_options, json_option, protocol_dir

_COMMANDS = "app.cli.case_commands"


def define(commands: Commands) -> None:
    p = commands.add("edit-case", f"{_COMMANDS}:cmd_edit_case",
                     "wijzig titel, soort, groep, beschrijving, melddatum of intake",
                     description="wijzig een melding; alleen de opgegeven velden veranderen")
    case_ref(p)
    p.add_argument("--title", help="nieuwe titel")
    p.add_argument("--kind", help="pesten, online-pesten, plagen, conflict of incident")
    p.add_argument("--group", help="groep of klas")
    p.add_argument("--description", help="beschrijving")
    p.add_argument("--reported-on", help="datum van de melding (JJJJ-MM-DD)")
    p.add_argument("--reported-by", help="leerling, ouder, medewerker of anoniem")
    intake_options(p)
    json_option(p)

    p = commands.add("set-status", f"{_COMMANDS}:cmd_set_status",
                     "zet de status: nieuw, in-behandeling of monitoring",
                     description="zet de status van een melding op nieuw, in-behandeling of "
                                 "monitoring; sluiten gaat met close-case")
    case_ref(p)
    p.add_argument("status", metavar="STATUS", help="nieuw, in-behandeling of monitoring")
    json_option(p)

    p = commands.add("close-case", f"{_COMMANDS}:cmd_close_case",
                     "sluit een melding af met een uitkomst",
                     description="sluit een melding af met een uitkomst; een tijdlijnregel "
                                 "legt het vast. Heeft het protocol monitoring na het "
                                 "sluiten, dan blijven die data in todo staan.")
    case_ref(p)
    p.add_argument("--outcome", required=True, help="gestopt, verminderd, niet-gestopt, "
                   "overgedragen of geen-pesten")
    p.add_argument("--note", default="", help="toelichting, bijvoorbeeld wat het verschil "
                                              "maakte")
    p.add_argument("--keep-monitoring", action=argparse.BooleanOptionalAction, default=None,
                   help="houd de monitoring van het protocol in todo (standaard: zoals het "
                        "protocol het vraagt)")
    p.add_argument("--on", help="datum van het sluiten (JJJJ-MM-DD); standaard vandaag")
    json_option(p)
    protocol_dir(p)

    p = commands.add("reopen-case", f"{_COMMANDS}:cmd_reopen_case",
                     "heropen een gesloten melding")
    case_ref(p)
    p.add_argument("--reason", required=True, help="waarom de melding weer open gaat")
    json_option(p)

    p = commands.add("set-priority", f"{_COMMANDS}:cmd_set_priority",
                     "zet de urgentie van een melding, met een reden")
    case_ref(p)
    p.add_argument("priority", metavar="URGENTIE", help="normaal, hoog of acuut")
    p.add_argument("--reason", required=True, help="waarom deze urgentie")
    json_option(p)

    p = commands.add("escalate", f"{_COMMANDS}:cmd_escalate",
                     "draag een melding over, bijvoorbeeld aan de anti-pestcoördinator",
                     description="draag een melding over; een tijdlijnregel (overdracht) "
                                 "legt vast aan wie en waarom")
    case_ref(p)
    p.add_argument("--to", required=True, help="aan wie")
    p.add_argument("--reason", required=True, help="waarom")
    p.add_argument("--at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    json_option(p)
