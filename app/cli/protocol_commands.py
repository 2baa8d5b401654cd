"""CLI subcommands on a case's protocol: steps, skip-step, deviate-step, steungroep,
set-steungroep. (record-step and record-condition: app/cli/casework_commands.py.)
Arguments: app/cli/arguments/protocol.py."""

from __future__ import annotations

import argparse

from app.casefile import CaseFile
from app.casework import CaseWorkSchedule, StepException
from app.cli import lookup, shapes
from app.cli.context import open_case_file, print_json, warn
from app.cli.guide_commands import duty_lines, guide_lines
from app.cli.lines import step_line
from app.domain import Case
from app.errors import InvalidInputError
from app.wording import dutch, label


def _schedule(vault: CaseFile, case: Case) -> CaseWorkSchedule:
    work = vault.casework
    choice = work.protocols.current(case.id)
    if choice is None:
        raise InvalidInputError("cli.no_protocol_yet", case=case.reference)
    schedule = work.schedule(case.id)
    if schedule is None:
        raise InvalidInputError("cli.protocol_gone", protocol=choice.protocol_name,
                                case=case.reference)
    return schedule


def cmd_steps(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        schedule = _schedule(vault, case)
        duties = vault.casework.marks.duties(case.id)
        shown = (vault.casework.guides.for_step(case.id, args.guide_step)
                 if args.guide_step else None)
    if args.json:
        print_json({"case": case.reference, "priority": schedule.priority.value,
                    "duties": [dutch(d) for d in duties],
                    "protocol": shapes.protocol_json(schedule)})
        return 0
    for line in duty_lines(duties):
        print(line)
    print(f"{case.reference} volgt: {schedule.choice.protocol_name} "
          f"({schedule.choice.protocol_id})")
    print(f"{'STAP':<28} {'STAAT':<13} {'UITERLIJK':<11} TITEL")
    for status in schedule.steps:
        print(step_line(status))
    for note in schedule.notes:
        print(f"Let op: {dutch(note)}")
    with_guide = [s.id for s in schedule.steps if s.step.guide]
    if with_guide:
        print(f"Gespreksleidraad bij: {', '.join(with_guide)} (toon met --leidraad STAP)")
    if args.guide_step:
        print()
        print("\n".join(guide_lines(shown)) if shown else
              f"Stap '{args.guide_step}' heeft geen gespreksleidraad.")
    return 0


def _exception(args: argparse.Namespace, skip: bool) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        steps = vault.casework.steps
        record: StepException = (steps.skip if skip else steps.deviate)(
            case.id, args.step_id, args.reason)
    if args.json:
        print_json(shapes.exception_json(record))
    else:
        what = "overgeslagen" if skip else "wijkt af"
        print(f"Stap '{record.step_id}' bij {case.reference} {what}: {record.reason}")
    return 0


def cmd_skip_step(args: argparse.Namespace) -> int:
    return _exception(args, skip=True)


def cmd_deviate_step(args: argparse.Namespace) -> int:
    return _exception(args, skip=False)


def cmd_steungroep(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        group = vault.casework.steungroep
        members, notes = group.members(case.id), group.notes(case.id)
        warnings = group.warnings(case.id)
    if args.json:
        print_json({"members": [shapes.member_json(m, notes) for m in members],
                    "warnings": list(warnings)})
        return 0
    if not members:
        print(f"Melding {case.reference} heeft nog geen steungroep.")
    for m in members:
        role = f" ({label(m.role).lower()})" if m.role else ""
        print(f"{m.person.name}{role}")
        for note in (n for n in notes if n.member_id == m.id):
            print(f"  {note.kind}: {note.text}")
    for warning in warnings:
        warn(warning)
    return 0


def cmd_set_steungroep(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        ids = lookup.participant_ids(vault, case, args.members)
        result = vault.casework.steungroep.compose(case.id, ids)
    if args.json:
        print_json({"members": [shapes.member_json(m, []) for m in result.members],
                    "warnings": list(result.warnings)})
    else:
        print(f"Steungroep van {case.reference} ({len(result.members)}): "
              f"{', '.join(m.person.name for m in result.members)}")
    for warning in result.warnings:
        warn(warning)
    return 0
