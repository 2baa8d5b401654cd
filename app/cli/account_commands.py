"""`accounts list|add|remove`: the accounts of one case (app/accounts.py).
Arguments: app/cli/arguments/accounts.py."""

from __future__ import annotations

import argparse

from app.accounts import CaseAccount
from app.cli import lookup
from app.cli.context import open_case_file, print_json, print_list
from app.cli.shapes import Json
from app.errors import InvalidInputError


def account_json(a: CaseAccount) -> Json:
    return {"id": a.id, "platform": a.platform, "handle": a.handle,
            "display_name": a.display_name, "url": a.url, "person_id": a.person_id,
            "person": a.person_name or None}


def _line(a: CaseAccount) -> str:
    who = a.person_name or "onbekend"
    extra = f"  {a.url}" if a.url else ""
    return f"{a.id:>4}  {a.platform or '-':<12} {a.shown}  -> {who}{extra}"


def cmd_list(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        accounts = vault.accounts.list(case.id)
    return print_list(accounts, as_json=args.json, json_of=account_json, line_of=_line,
                      empty=f"Melding {case.reference} heeft nog geen accounts.")


def cmd_add(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        person_id = (lookup.participant(vault, case, args.person).person.id
                     if args.person else None)
        account = vault.accounts.add(case.id, args.platform, args.handle,
                                     display_name=args.display_name, url=args.url,
                                     person_id=person_id)
    if args.json:
        print_json(account_json(account))
    else:
        print(f"Account toegevoegd: {_line(account).strip()}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        if not any(a.id == args.account_id for a in vault.accounts.list(case.id)):
            raise InvalidInputError("account.not_found")
        vault.accounts.remove(args.account_id)
    if args.json:
        print_json({"removed": args.account_id})
    else:
        print(f"Account {args.account_id} weggehaald.")
    return 0
