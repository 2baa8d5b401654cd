"""Argument definitions of the CLI's subcommands, one module per area.

Light on purpose (see app/cli/parser.py): only the standard library's light parts, and
never a command module. Each area module has `define(commands)`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli.argparse_nl import DutchArgumentParser


class Commands:
    """Adds subcommands to the parser; each remembers its "module:function" target."""

    def __init__(self, subparsers: argparse._SubParsersAction[DutchArgumentParser]) -> None:
        self._subparsers = subparsers
        self.targets: dict[str, str] = {}

    def add(self, name: str, target: str, help_text: str, *, description: str = "",
            vault: bool = True) -> argparse.ArgumentParser:
        """A subcommand running `target`; with `vault` it takes the vault arguments."""
        if target.count(":") != 1:
            raise ValueError(f"target must be 'module:function', not {target!r}")
        parser = self._subparsers.add_parser(name, help=help_text,
                                             description=description or help_text)
        parser.set_defaults(target=target)
        self.targets[name] = target
        if vault:
            parser.add_argument("vault", metavar="KLUIS",
                                help="pad naar het kluisbestand (.pestdossier)")
            parser.add_argument("--password-stdin", action="store_true",
                                help="lees het wachtwoord van standaardinvoer in plaats "
                                     "van een prompt")
        return parser


def whole_number(text: str) -> int:
    """An argparse type: a whole number, with a Dutch message otherwise."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geheel getal") from None
