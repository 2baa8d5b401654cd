"""Arguments of the subcommands for conversation guides and case marks: gespreksleidraad,
markeer."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.arguments import Commands, case_ref, json_option, protocol_dir

_COMMANDS = "app.cli.guide_commands"


def define(commands: Commands) -> None:
    p = commands.add("gespreksleidraad", f"{_COMMANDS}:cmd_guide_pdf",
                     "maak de gespreksleidraad van een stap als pdf van één bladzijde",
                     description="maak de gespreksleidraad (vragen, verloop, wel en niet doen, "
                                 "veiligheid) van een stap uit het protocol van een melding, "
                                 "als pdf om mee te nemen naar het gesprek; zonder namen")
    case_ref(p)
    p.add_argument("step_id", metavar="STEP_ID", help="de stap, zoals steps die toont")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="UIT.pdf",
                   help="waar de PDF komt")
    json_option(p)
    protocol_dir(p)

    p = commands.add("markeer", f"{_COMMANDS}:cmd_mark",
                     "zet of wis een kenmerk op een melding dat een plicht meebrengt",
                     description="zet of wis een kenmerk op een melding. zeden-medewerker: "
                                 "een seksueel misdrijf door een medewerker tegen een "
                                 "leerling; dat meldt u meteen aan het bevoegd gezag")
    case_ref(p)
    p.add_argument("mark", metavar="KENMERK", help="zeden-medewerker")
    p.add_argument("--wis", dest="clear", action="store_true",
                   help="wis het kenmerk (vraagt --reason)")
    p.add_argument("--reason", default="", help="waarom (verplicht bij --wis)")
    json_option(p)


def steps_guide_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--leidraad", dest="guide_step", metavar="STEP_ID",
                   help="toon ook de gespreksleidraad van deze stap")
