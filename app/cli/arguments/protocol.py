"""Arguments of the subcommands on a case's protocol: steps, skip-step, deviate-step,
steungroep, set-steungroep."""

from __future__ import annotations

import argparse

from app.cli.arguments import Commands, case_ref, json_option, protocol_dir
from app.cli.arguments.guides import steps_guide_option

_COMMANDS = "app.cli.protocol_commands"


def _step_reason(p: argparse.ArgumentParser) -> None:
    case_ref(p)
    p.add_argument("step_id", metavar="STEP_ID", help="de stap, zoals steps die toont")
    p.add_argument("--reason", required=True, help="waarom")
    json_option(p)
    protocol_dir(p)


def define(commands: Commands) -> None:
    p = commands.add("steps", f"{_COMMANDS}:cmd_steps",
                     "toon de stappen van het protocol van een melding: id, staat en datum",
                     description="toon de stappen van het protocol van een melding, met hun "
                                 "id, staat (gedaan, nu, later, te laat, wacht, overgeslagen) "
                                 "en de uiterste datum; een datum die het protocol zelf "
                                 "niet noemt is een voorstel")
    case_ref(p)
    steps_guide_option(p)
    json_option(p)
    protocol_dir(p)

    p = commands.add("skip-step", f"{_COMMANDS}:cmd_skip_step",
                     "sla een stap van het protocol bewust over, met een reden")
    _step_reason(p)

    p = commands.add("deviate-step", f"{_COMMANDS}:cmd_deviate_step",
                     "leg vast dat een stap anders gaat dan het protocol, met een reden")
    _step_reason(p)

    p = commands.add("steungroep", f"{_COMMANDS}:cmd_steungroep",
                     "toon de steungroep van een melding met de ideeën en resultaten")
    case_ref(p)
    json_option(p)

    p = commands.add("set-steungroep", f"{_COMMANDS}:cmd_set_steungroep",
                     "stel de steungroep samen uit de betrokkenen (precies deze namen)",
                     description="stel de steungroep samen uit de betrokkenen bij de melding: "
                                 "precies deze namen; buiten 5 tot 8 leden volgt een "
                                 "waarschuwing")
    case_ref(p)
    p.add_argument("members", metavar="NAAM", nargs="+",
                   help="naam zoals bij de melding ('Noor (6B)' als twee zo heten)")
    json_option(p)
