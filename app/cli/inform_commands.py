"""CLI subcommand `inform`: who is informed in a case (app/inform).
Its arguments: app/cli/arguments/inform.py."""

from __future__ import annotations

import argparse

from app.casefile import CaseFile
from app.cli.context import open_case_file, print_json
from app.cli.values import moment_or_now
from app.errors import InvalidInputError
from app.inform import InformLine, InformState
from app.timeutil import format_date_nl, format_datetime_nl
from app.wording import label

_STATE_WORDS = {InformState.TE_DOEN: "te doen", InformState.GEDAAN: "gedaan",
                InformState.BEWUST_NIET: "bewust niet",
                InformState.NIET_NODIG: "alleen als de aanpak of de situatie erom vraagt"}


def line_json(line: InformLine) -> dict[str, object]:
    item, record = line.item, line.record
    return {
        "id": item.id, "who": item.who, "means": item.means, "step": item.step,
        "step_title": line.step_title, "template": item.template or None, "note": item.note,
        "within": str(item.within) if item.within else None,
        "when_choice": list(item.when_choice), "state": line.state.value,
        "due": line.due.isoformat() if line.due else None, "deadline": line.deadline,
        "done_at": record.occurred_at.isoformat() if record and record.occurred_at else None,
        "done_how": record.means if record else None,
        "by": record.by_whom if record else None,
        "record_note": record.note if record else None,
        "reason": record.reason if record else None,
        "entry_id": record.entry_id if record else None,
    }


def _describe(line: InformLine) -> str:
    item, record = line.item, line.record
    text = f"{item.id}: {item.who} ({item.means})"
    if line.step_title:
        text += f", na '{line.step_title}'"
    if item.within:
        text += f", binnen {item.within}"
    state = _STATE_WORDS[line.state]
    if record and record.state is InformState.GEDAAN and record.occurred_at:
        who = f" door {record.by_whom}" if record.by_whom else ""
        state += f" op {format_datetime_nl(record.occurred_at)} ({record.means}){who}"
    elif record and record.state is InformState.BEWUST_NIET:
        state += f": {record.reason}"
    elif line.due:
        word = "uiterlijk" if line.deadline else "vanaf"
        state += f", {word} {format_date_nl(line.due)}"
    return f"  {text}\n      {state}"


def _record(vault: CaseFile, case_id: int, args: argparse.Namespace) -> None:
    if args.done:
        vault.inform.record_done(case_id, args.item, moment_or_now(args.at, vault),
                                 means=args.how, by_whom=args.by, note=args.note)
    elif args.declined:
        vault.inform.record_not(case_id, args.item, args.reason)
    elif args.reopen:
        vault.inform.reopen(case_id, args.item)
    else:
        raise InvalidInputError("cli.inform_record_what")


def cmd_inform(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        if args.item:
            _record(vault, case.id, args)
        elif args.done or args.declined or args.reopen:
            raise InvalidInputError("cli.inform_record_what")
        lines = vault.inform.lines(case.id)
    if args.item:
        lines = [li for li in lines if li.item.id == args.item]
    if args.json:
        print_json([line_json(li) for li in lines])
        return 0
    print(f"{case.reference}: wie geïnformeerd wordt ({label(case.status)})")
    for line in lines:
        print(_describe(line))
    return 0
