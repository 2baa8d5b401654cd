"""The CLI's argument parser, built without importing a single command module.

`--version` and `--help` must answer about as fast as a bare Python start, so this module
and the argument definitions in app/cli/arguments/ import only the standard library's
light parts. Each subcommand names its function as "module:function"; `resolve` imports
that module only when the subcommand runs.

To add a subcommand: pick the area module in app/cli/arguments/ (or add one and call it
from `_build`), then `commands.add("name", "app.cli.some_commands:cmd_name", help)` and
add its arguments to the parser that returns; `commands.group(...)` makes a subcommand
with subcommands of its own (`evidence list`). tests/core/test_cli_robust.py checks that
every target resolves to a function.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from app import __version__
from app.cli.argparse_nl import DutchArgumentParser, dutch_texts
from app.cli.arguments import (
    Commands,
    access,
    accounts,
    agreements,
    backup,
    case_status,
    cases,
    casework,
    destruction,
    dossier,
    dutch_metavars,
    evidence,
    forms,
    guides,
    identities,
    inform,
    offences,
    people,
    protocol,
    retention,
    vault,
    yearly,
)

PROG = "pestdossier-cli"
CommandFunction = Callable[[argparse.Namespace], int]


def _build() -> tuple[argparse.ArgumentParser, Commands]:
    parser = DutchArgumentParser(
        prog=PROG, description="Pestdossier zonder venster: kluis, meldingen en controle.")
    parser.add_argument("--version", action="version", version=f"pestdossier {__version__}",
                        help="toon het versienummer en stop")
    with dutch_texts():
        subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True,
                                           parser_class=DutchArgumentParser)
    commands = Commands(subparsers)
    vault.define(commands)
    cases.define(commands)
    case_status.define(commands)
    people.define(commands)
    identities.define(commands)
    evidence.define(commands)
    accounts.define(commands)
    dossier.define(commands)
    casework.define(commands)
    protocol.define(commands)
    guides.define(commands)
    agreements.define(commands)
    forms.define(commands)
    inform.define(commands)
    offences.define(commands)
    yearly.define(commands)
    backup.define(commands)
    access.define(commands)
    retention.define(commands)
    destruction.define(commands)
    dutch_metavars(parser)
    return parser, commands


def build_parser() -> argparse.ArgumentParser:
    return _build()[0]


def command_targets() -> dict[str, str]:
    """Subcommand name -> "module:function", in the order of --help."""
    return dict(_build()[1].targets)


def resolve(target: str) -> CommandFunction:
    """Import the module a subcommand names and return its function."""
    module_name, _, function_name = target.partition(":")
    function: CommandFunction = getattr(importlib.import_module(module_name), function_name)
    return function
