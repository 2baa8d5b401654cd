"""The metadata options shared by `import` and `evidence set` (app/cli/arguments/
evidence.py: metadata_options) turned into the fields of an EvidenceMetadata."""

from __future__ import annotations

import argparse
from itertools import zip_longest
from typing import Any

from app.cli.values import choose
from app.evidence import Account, Action, EvidenceMetadata

_TEXTS = ("platform", "shown_at", "description", "collected_with", "device",
          "student_account")


def _account(text: str, platform: str) -> Account:
    handle, _, name = text.partition("=")
    return Account(handle.strip(), name.strip(), platform)


def _accounts(args: argparse.Namespace, platform: str) -> tuple[Account, ...] | None:
    """--account @naam=Naam, and --handle paired in order with --display-name."""
    if args.account is None and args.handle is None and args.display_name is None:
        return None
    accounts = [_account(a, platform) for a in args.account or () if a.strip()]
    for handle, name in zip_longest(args.handle or (), args.display_name or (), fillvalue=""):
        if handle.strip() or name.strip():
            accounts.append(Account(handle.strip(), name.strip(), platform))
    return tuple(accounts)


def metadata_changes(args: argparse.Namespace, current: EvidenceMetadata) -> dict[str, Any]:
    """The fields given on the command line; a list option replaces its whole list."""
    changes: dict[str, Any] = {name: getattr(args, name) for name in _TEXTS
                               if getattr(args, name) is not None}
    if args.url is not None:
        changes["urls"] = tuple(args.url)
    accounts = _accounts(args, changes.get("platform", current.platform))
    if accounts is not None:
        changes["accounts"] = accounts
    if args.action is not None:
        changes["actions"] = tuple(choose(Action, a) for a in args.action if a.strip())
    return changes
