"""Arguments of the subcommands on strafbare feiten: offences, set-offences,
record-advice."""

from __future__ import annotations

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.offence_commands"
_KEYS = ("bedreiging, afpersing, belediging, smaad_laster, seksueel_beeld, "
         "identiteitsfraude, hacken, heimelijk_filmen, mishandeling, vernieling, belaging "
         "of doxing")


def define(commands: Commands) -> None:
    p = commands.add("offences", f"{_COMMANDS}:cmd_offences",
                     "toon de strafbare feiten bij een melding en het gegeven advies")
    case_ref(p)
    json_option(p)

    p = commands.add("set-offences", f"{_COMMANDS}:cmd_set_offences",
                     "vink precies deze strafbare feiten aan (zonder KEY: geen)",
                     description="vink precies deze strafbare feiten aan bij een melding; "
                                 "zonder KEY gaan alle vinkjes weg. Bij bedreiging, afpersing "
                                 "of seksueel beeld gaat de urgentie naar acuut.")
    case_ref(p)
    p.add_argument("keys", metavar="KEY", nargs="*", help=_KEYS)
    json_option(p)

    p = commands.add("record-advice", f"{_COMMANDS}:cmd_record_advice",
                     "leg het gegeven advies over strafbare feiten vast (en aan wie)")
    case_ref(p)
    p.add_argument("--action", action="append", required=True, metavar="ADVIES",
                   help="aangifte-geadviseerd, politie-ingelicht of "
                        "verwijderverzoek-geadviseerd; mag vaker")
    p.add_argument("--to", required=True, help="aan wie het advies is gegeven")
    p.add_argument("--offence", action="append", default=[], metavar="KEY",
                   help="over welk feit; mag vaker (standaard de aangevinkte feiten)")
    p.add_argument("--note", default="", help="toelichting")
    p.add_argument("--at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    json_option(p)
