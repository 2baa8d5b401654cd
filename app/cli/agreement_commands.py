"""CLI subcommands for agreements (afspraken) and the protocol's follow-ups: agreements,
add-agreement, agreement-status, followups, followup-done, followup-move, followup-cancel.
Agreements by the number `agreements` prints; follow-ups by the key `followups` prints.
Arguments: app/cli/arguments/agreements.py."""

from __future__ import annotations

import argparse

from app.casefile import CaseFile
from app.casework import AgreementStatus, FollowUpActionRecord, FollowUpItem, NewAgreement
from app.cli import lookup, shapes
from app.cli.context import open_case_file, print_json
from app.cli.lines import agreement_line, followup_line
from app.cli.values import choose, moment_or_now, parse_day, parse_moment
from app.domain import Case
from app.errors import InvalidInputError
from app.wording import dutch


def cmd_agreements(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        found = vault.casework.agreements.for_case(case.id)
    if args.json:
        print_json([shapes.agreement_json(a) for a in found])
        return 0
    if not found:
        print(f"Melding {case.reference} heeft nog geen afspraken.")
    for a in found:
        print(agreement_line(a))
    return 0


def cmd_add_agreement(args: argparse.Namespace) -> int:
    evaluate_on = parse_day(args.evaluate_on) if args.evaluate_on else None
    made_on = parse_moment(args.made_on) if args.made_on else None
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        ids = tuple(lookup.participant_ids(vault, case, args.with_whom))
        record = vault.casework.agreements.add(
            case.id, NewAgreement(args.text, ids, evaluate_on, made_on))
    if args.json:
        print_json(shapes.agreement_json(record))
    else:
        print(f"Afspraak {record.id} vastgelegd bij {case.reference}")
    return 0


def cmd_agreement_status(args: argparse.Namespace) -> int:
    status = choose(AgreementStatus, args.status)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        current = lookup.agreement(vault, case, args.agreement_id)
        record = vault.casework.agreements.set_status(current.id, status, args.note,
                                                      moment_or_now(args.at, vault))
    if args.json:
        print_json(shapes.agreement_json(record))
    else:
        print(f"Afspraak {record.id}: {record.status.value}")
    return 0


def _followups(vault: CaseFile, case: Case) -> tuple[FollowUpItem, ...]:
    schedule = vault.casework.schedule(case.id)
    if schedule is None:
        raise InvalidInputError("cli.no_followups_without_protocol", case=case.reference)
    return schedule.followups


def _followup(vault: CaseFile, case: Case, key: str) -> FollowUpItem:
    for item in _followups(vault, case):
        if item.key == key.strip():
            return item
    raise InvalidInputError("cli.no_such_followup", case=case.reference, key=key)


def cmd_followups(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        items = _followups(vault, case)
    if args.json:
        print_json([shapes.followup_json(f) for f in items])
        return 0
    if not items:
        print(f"Melding {case.reference} heeft (nog) geen vervolgafspraken.")
    for item in items:
        print(followup_line(item))
    return 0


def _done(args: argparse.Namespace, record: FollowUpActionRecord, text: str) -> int:
    if args.json:
        print_json({"key": record.key, **(shapes.followup_action_json(record) or {})})
    else:
        print(text)
    return 0


def cmd_followup_done(args: argparse.Namespace) -> int:
    on = parse_day(args.on) if args.on else None
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        item = _followup(vault, case, args.key)
        record = vault.casework.followups.mark_done(case.id, item.key, on, args.note)
    return _done(args, record, f"Gedaan op {record.on_date.isoformat()}: {dutch(item.label)}")


def cmd_followup_move(args: argparse.Namespace) -> int:
    new_date = parse_day(args.to)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        item = _followup(vault, case, args.key)
        record = vault.casework.followups.move(case.id, item.key, new_date, args.reason)
    return _done(args, record, f"Verzet naar {record.on_date.isoformat()}: {dutch(item.label)}")


def cmd_followup_cancel(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        item = _followup(vault, case, args.key)
        record = vault.casework.followups.cancel(case.id, item.key, args.reason)
    return _done(args, record, f"Vervallen: {dutch(item.label)}")
