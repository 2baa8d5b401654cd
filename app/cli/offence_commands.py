"""CLI subcommands on strafbare feiten: offences, set-offences, record-advice.
Arguments: app/cli/arguments/offences.py."""

from __future__ import annotations

import argparse

from app.casework import DISCLAIMER, OFFENCES, AdviceAction, offence
from app.cli import shapes
from app.cli.context import open_case_file, print_json
from app.cli.lines import advice_line
from app.cli.values import choose, moment_or_now
from app.errors import InvalidInputError
from app.wording import dutch, label


def cmd_offences(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        checked = vault.casework.offences.checked(case.id)
        advice = vault.casework.offences.advice(case.id)
    if args.json:
        print_json({"checked": checked, "advice": [shapes.advice_json(a) for a in advice],
                    "offences": [{"key": o.key, "label": dutch(o.label), "articles": o.articles,
                                  "klachtdelict": o.klachtdelict, "priority": o.priority.value,
                                  "checked": o.key in checked, "advice_text": dutch(o.advice),
                                  "who_reports": dutch(o.who_reports)} for o in OFFENCES],
                    "disclaimer": dutch(DISCLAIMER)})
        return 0
    for o in OFFENCES:
        mark = "[x]" if o.key in checked else "[ ]"
        klacht = ", klachtdelict" if o.klachtdelict else ""
        print(f"{mark} {o.key:<18} {dutch(o.label)} ({o.articles}{klacht})")
    if advice:
        print("\nGegeven advies:")
        for a in advice:
            print(f"  {advice_line(a)}")
    print(f"\n{dutch(DISCLAIMER)}")
    return 0


def cmd_set_offences(args: argparse.Namespace) -> int:
    keys = [offence(k.strip()).key for k in args.keys]
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        work = vault.casework
        before = work.status.priority(case.id).priority
        suggestion = work.offences.set_checked(case.id, keys)
        after = work.status.priority(case.id)
    raised = after.priority is not before
    if args.json:
        print_json({"checked": keys, "suggestion": {
            "priority": suggestion.priority.value, "reason": suggestion.reason,
            "same_day": suggestion.same_day}, "priority": shapes.priority_json(after),
            "priority_raised": raised})
        return 0
    labels = ", ".join(dutch(offence(k).label) for k in keys) or "geen"
    print(f"Strafbare feiten bij {case.reference}: {labels}")
    if raised:
        print(f"Urgentie verhoogd naar {label(after.priority)}: {dutch(suggestion.reason)}")
    return 0


def cmd_record_advice(args: argparse.Namespace) -> int:
    actions = [choose(AdviceAction, a) for a in args.action]
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        work = vault.casework
        keys = [offence(k.strip()).key for k in args.offence] or work.offences.checked(case.id)
        if not keys:
            raise InvalidInputError("cli.no_offence_ticked", case=case.reference)
        record = work.offences.record_advice(case.id, keys, actions, args.to, args.note,
                                             moment_or_now(args.at, vault))
    if args.json:
        print_json(shapes.advice_json(record))
    else:
        print(f"Advies vastgelegd bij {case.reference} (tijdlijnregel {record.entry_id}): "
              f"{advice_line(record)}")
    return 0
