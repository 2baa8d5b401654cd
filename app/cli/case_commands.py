"""CLI subcommands that change a case itself: edit-case, set-status, close-case,
reopen-case, set-priority, escalate. The same core calls as the window's case actions.
Arguments: app/cli/arguments/case_status.py."""

from __future__ import annotations

import argparse
from typing import Any

from app.casework import Outcome, Priority
from app.cli import shapes
from app.cli.context import open_case_file, print_json
from app.cli.intake import intake_changes
from app.cli.values import choose, moment_or_now, parse_day
from app.domain import CaseKind, CaseStatus, ReportedBy
from app.errors import InvalidInputError
from app.wording import dutch_param, label


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    """Only the fields given on the command line."""
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.kind is not None:
        changes["kind"] = choose(CaseKind, args.kind)
    if args.group is not None:
        changes["group_name"] = args.group
    if args.description is not None:
        changes["description"] = args.description
    if args.reported_on is not None:
        changes["reported_on"] = parse_day(args.reported_on)
    if args.reported_by is not None:
        changes["reported_by"] = choose(ReportedBy, args.reported_by)
    changes.update(intake_changes(args))
    if not changes:
        raise InvalidInputError("cli.case_nothing_to_change")
    return changes


def cmd_edit_case(args: argparse.Namespace) -> int:
    changes = _changes(args)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        case = vault.cases.update(case.id, **changes)
    if args.json:
        print_json(shapes.case_json(case))
    else:
        print(f"Melding {case.reference} gewijzigd: {case.title}")
    return 0


def cmd_set_status(args: argparse.Namespace) -> int:
    status = choose(CaseStatus, args.status)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        if case.status is CaseStatus.GESLOTEN:
            raise InvalidInputError("cli.case_closed_reopen_first", case=case.reference)
        vault.casework.status.set_status(case.id, status)
        case = vault.cases.get(case.id)
    if args.json:
        print_json(shapes.case_json(case))
    else:
        print(f"Status van {case.reference}: {label(case.status)}")
    return 0


def cmd_close_case(args: argparse.Namespace) -> int:
    outcome = choose(Outcome, args.outcome)
    on = parse_day(args.on) if args.on else None
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        if case.status is CaseStatus.GESLOTEN:
            raise InvalidInputError("cli.case_already_closed", case=case.reference)
        record = vault.casework.status.close(case.id, outcome, args.note,
                                             keep_monitoring=args.keep_monitoring, on=on)
    if args.json:
        print_json(shapes.outcome_json(record))
        return 0
    print(f"Melding {case.reference} gesloten. Uitkomst: {label(record.outcome)}.")
    if record.keep_monitoring:
        print("De monitoring volgens het protocol loopt door (zie todo).")
    return 0


def cmd_reopen_case(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        if case.status is not CaseStatus.GESLOTEN:
            raise InvalidInputError("cli.case_not_closed", case=case.reference)
        entry = vault.casework.status.reopen(case.id, args.reason)
        case = vault.cases.get(case.id)
    if args.json:
        print_json({"case": shapes.case_json(case), "entry": shapes.entry_json(entry)})
    else:
        print(f"Melding {case.reference} heropend; status: {label(case.status)}")
    return 0


def cmd_set_priority(args: argparse.Namespace) -> int:
    priority = choose(Priority, args.priority)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        record = vault.casework.status.set_priority(case.id, priority, args.reason)
    if args.json:
        print_json(shapes.priority_json(record))
    else:
        print(f"Urgentie van {case.reference}: {label(record.priority)} "
              f"({dutch_param(record.reason)})")
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        entry = vault.casework.status.escalate(case.id, args.to, args.reason,
                                               moment_or_now(args.at, vault))
    if args.json:
        print_json(shapes.entry_json(entry))
    else:
        print(f"Melding {case.reference} overgedragen aan {args.to.strip()} "
              f"(tijdlijnregel {entry.id}).")
    return 0
