"""CLI subcommands for conversation guides and case marks: gespreksleidraad, markeer; and
the guide's text for `steps --leidraad`. Arguments: app/cli/arguments/guides.py."""

from __future__ import annotations

import argparse

from app.casework import CaseMark, StepGuide
from app.casework.marks import case_mark
from app.cli.context import open_case_file, print_json
from app.messages import Message
from app.wording import dutch


def guide_lines(found: StepGuide) -> list[str]:
    """The guide as plain Dutch lines, in the order of the printed sheet."""
    guide = found.guide
    lines = [f"Gespreksleidraad: {found.step.title}"]
    if guide.source:
        lines.append(f"Bron: {guide.source}")
    lines += [f"LET OP: {item}" for item in guide.safety]
    if guide.purpose:
        lines.append(f"Doel: {guide.purpose}")
    for number, phase in enumerate(guide.phases, 1):
        lines.append(f"Fase {number}: {phase.title}")
        lines += [f"  - {point}" for point in phase.points]
    for heading, items in (("Vragen", guide.questions), ("Wel doen", guide.do),
                           ("Niet doen", guide.dont)):
        if items:
            lines.append(f"{heading}:")
            lines += [f"  - {item}" for item in items]
    if guide.next_appointment is not None:
        lines.append(f"Vervolgafspraak: over {guide.next_appointment}")
    return lines


def duty_lines(duties: tuple[Message, ...]) -> list[str]:
    return [f"LET OP: {dutch(duty)}" for duty in duties]


def cmd_guide_pdf(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        written = vault.casework.guides.export_pdf(case.id, args.step_id, args.output)
    if args.json:
        print_json({"case": case.reference, "step": args.step_id, "path": str(written)})
        return 0
    print(f"Gespreksleidraad voor stap '{args.step_id}' geschreven naar {written}")
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    mark: CaseMark = case_mark(args.mark)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        marks = vault.casework.marks
        record = marks.set(case.id, mark, active=not args.clear, note=args.reason)
        duties = marks.duties(case.id)
    if args.json:
        print_json({"case": case.reference, "mark": record.mark.value,
                    "active": record.active, "note": record.note,
                    "duties": [dutch(d) for d in duties]})
        return 0
    what = "gewist" if args.clear else "gezet"
    print(f"Kenmerk '{record.mark.value}' bij {case.reference} {what}.")
    for line in duty_lines(duties):
        print(line)
    return 0
