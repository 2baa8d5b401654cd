"""Opening the case file for a subcommand, and printing JSON.

A subcommand with `--protocol-dir` gets a registry of the shipped protocols plus that
folder (which must exist); without it, the shipped ones plus the school's own folder in
the user data folder, as in the window.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from app.casefile import CaseFile
from app.casework import ProtocolRegistry
from app.casework.registry import school_protocols_dir
from app.cli.passwords import PasswordSource
from app.cli.paths import require_folder
from app.messages import Message
from app.protocols import SHIPPED_PROTOCOLS_DIR
from app.wording import dutch

T = TypeVar("T")


def registry_for(args: argparse.Namespace) -> ProtocolRegistry:
    extra = getattr(args, "protocol_dir", None)
    if extra:
        require_folder(Path(extra))  # the default school folder may be missing; this may not
    return ProtocolRegistry([SHIPPED_PROTOCOLS_DIR, Path(extra) if extra
                             else school_protocols_dir()])


def open_case_file(args: argparse.Namespace, source: PasswordSource | None = None) -> CaseFile:
    """The one way the command line opens a vault. `source`: where the password comes from
    when a command reads more than one (default: the prompt or --password-stdin)."""
    registry = registry_for(args)  # before the password: a missing folder is told at once
    password = (source or PasswordSource(args.password_stdin)).ask()
    return open_and_tell(Path(args.vault), password, registry)


def open_and_tell(path: Path, password: str,
                  registry: ProtocolRegistry | None = None) -> CaseFile:
    """Open, and say on stderr what the opening did beside the vault (a side file moved)."""
    case_file = CaseFile.open(path, password, registry=registry)
    for notice in case_file.notices:
        warn(notice)
    return case_file


def _json_value(value: object) -> object:
    """What json cannot write itself: a core message is given as its Dutch sentence."""
    if isinstance(value, Message):
        return dutch(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_value)
    sys.stdout.write("\n")


def print_list(items: Sequence[T], *, as_json: bool, json_of: Callable[[T], Any],
               line_of: Callable[[T], str], empty: str) -> int:
    """A list for the terminal: a JSON array with --json, else one Dutch line each, or
    `empty` when there is nothing. Exit code 0."""
    if as_json:
        print_json([json_of(item) for item in items])
        return 0
    if not items:
        print(empty)
    for item in items:
        print(line_of(item))
    return 0


def warn(text: str | Message) -> None:
    """A warning that does not stop the command: one line on stderr."""
    line = text if isinstance(text, str) else dutch(text)
    sys.stderr.write(f"pestdossier-cli: let op: {line}\n")
