"""CLI subcommands for protocol-guided case work: todo, protocols, set-protocol,
record-step, record-condition. Their arguments: app/cli/arguments/casework.py."""

from __future__ import annotations

import argparse
import sys

from app.casework import CaseWorkSchedule
from app.cli import lookup, shapes
from app.cli.context import open_case_file, print_json, registry_for, warn
from app.cli.nl import day
from app.cli.values import moment_or_now, name_and_text, parse_moment
from app.errors import InvalidInputError
from app.protocols import StepStatus
from app.wording import dutch, label


def cmd_todo(args: argparse.Namespace) -> int:
    if args.days < 0:
        raise InvalidInputError("cli.negative_days")
    with open_case_file(args) as vault:
        todo = vault.casework.todo(horizon_days=args.days)
    for problem in todo.problems:
        sys.stderr.write(f"pestdossier-cli: {dutch(problem)}\n")
    if args.json:
        print_json([item.as_json() for item in todo.items])
        return 0
    if not todo.items:
        print(f"Niets te doen in de komende {args.days} dagen.")
        return 0
    for item in todo.items:
        print(f"{item.due.isoformat()}  {label(item.state):<10} {item.reference}  "
              f"{item.title}: {label(item.kind)}: {dutch(item.label)}")
    print(f"{len(todo.items)} punten, waarvan {todo.overdue_count} te laat.")
    return 0


def cmd_protocols(args: argparse.Namespace) -> int:
    registry = registry_for(args)
    for error in registry.errors:
        sys.stderr.write(f"pestdossier-cli: {error}\n")
    if args.json:
        print_json([{"id": p.id, "name": p.name, "version": p.version,
                     "school_types": list(p.school_types), "steps": list(p.step_ids)}
                    for p in registry.all()])
    else:
        for protocol in registry.all():
            print(f"{protocol.id:<16} {protocol.name} ({', '.join(protocol.school_types)})")
    return 1 if registry.errors else 0


def cmd_set_protocol(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        work = vault.casework
        case = vault.cases.by_reference(args.case_ref)
        choice = work.protocols.choose(case.id, args.protocol_id, args.reason)
    if args.json:
        print_json({"id": choice.protocol_id, "name": choice.protocol_name,
                    "version": choice.protocol_version, "reason": choice.reason,
                    "chosen_at": choice.chosen_at.isoformat()})
    else:
        print(f"{case.reference} volgt nu: {choice.protocol_name}")
    return 0


def cmd_record_step(args: argparse.Namespace) -> int:
    if args.reason and not args.choice:
        raise InvalidInputError("cli.reason_without_choice")
    choice = (args.choice.strip(), args.reason) if args.choice else None
    conditions = [name_and_text(c, "--condition", "SLEUTEL=HOE") for c in args.condition]
    next_at = parse_moment(args.next_appointment) if args.next_appointment else None
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        record, warnings = vault.casework.record_step(
            case.id, args.step_id, moment_or_now(args.at, vault),
            participant_ids=lookup.participant_ids(vault, case, args.participant),
            verslag=args.text, next_appointment=next_at, choice=choice,
            conditions=conditions, deviation_reason=args.deviation,
            ideas=lookup.member_notes(vault, case, args.idea, "--idea"),
            results=lookup.member_notes(vault, case, args.result, "--result"))
        restart = _new_round(vault.casework.schedule(case.id), record.step_id, choice)
    if args.json:
        print_json({"record": shapes.step_record_json(record), "warnings": list(warnings),
                    "new_round": shapes.step_json(restart) if restart else None})
        return 0
    print(f"Stap '{record.step_title}' vastgelegd bij {case.reference}")
    if restart is not None:
        print(f"Nieuwe ronde {restart.round}: opnieuw bij '{restart.step.title}', uiterlijk "
              f"{day(restart.latest)}.")
    for warning in warnings:
        warn(warning)
    return 0


def _new_round(schedule: CaseWorkSchedule | None, step_id: str,
               choice: tuple[str, str] | None) -> StepStatus | None:
    """The first step of the new round a choice starts (5 B's: 'niet-gestopt' at
    Beoordelen restarts at Bekijken), or None."""
    if schedule is None or choice is None:
        return None
    block = schedule.protocol.repeat_for(step_id)
    if block is None or block.steps[-1] != step_id or block.when_choice != choice[0]:
        return None
    return schedule.step(block.steps[0])


def cmd_record_condition(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        work = vault.casework
        case = vault.cases.by_reference(args.case_ref)
        condition = work.steps.record_condition(case.id, args.key, moment_or_now(args.at, vault),
                                                args.how)
    if args.json:
        print_json({"key": condition.key, "given_at": condition.given_at.isoformat(),
                    "how": condition.how})
    else:
        print(f"Voorwaarde '{args.key}' vastgelegd bij {case.reference}")
    return 0
