"""CLI subcommand `measure`: the consequence ladder, measures and escalation (app/measures).
Its arguments: app/cli/arguments/inform.py."""

from __future__ import annotations

import argparse

from app.casefile import CaseFile
from app.cli.context import open_case_file, print_json
from app.cli.values import parse_day
from app.errors import NotFoundError
from app.measures import LadderRung, MeasureRecord
from app.timeutil import format_date_nl


def measure_json(r: MeasureRecord) -> dict[str, object]:
    return {"id": r.id, "kind": r.kind.value, "phase": r.phase, "title": r.title,
            "to_whom": r.to_whom, "by": r.by_whom, "on": r.taken_on.isoformat(),
            "reason": r.reason, "effect": r.effect,
            "effect_on": r.effect_on.isoformat() if r.effect_on else None,
            "entry_id": r.entry_id}


def rung_json(r: LadderRung) -> dict[str, object]:
    return {"phase": r.phase.phase, "title": r.phase.title, "description": r.phase.description,
            "chance": r.phase.chance, "who": r.phase.who, "suggested": r.suggested,
            "taken": r.taken.id if r.taken else None}


def _record(vault: CaseFile, case_id: int, args: argparse.Namespace) -> None:
    on = parse_day(args.on) if args.on else None
    if args.take is not None:
        vault.measures.take(case_id, args.take, on=on, by_whom=args.by, note=args.note)
    elif args.effect is not None:
        if vault.measures.get(args.effect).case_id != case_id:
            raise NotFoundError("measure.unknown", id=args.effect)
        vault.measures.record_effect(args.effect, args.text, on)
    elif args.escalate is not None:
        vault.measures.escalate(case_id, args.escalate, args.reason, on=on, by_whom=args.by)


def _print(reference: str, ladder: list[LadderRung], records: list[MeasureRecord],
           targets: tuple[str, ...]) -> None:
    print(f"{reference}: maatregelladder")
    if not ladder:
        print("  (dit protocol noemt geen maatregelen)")
    for rung in ladder:
        mark = "[x]" if rung.taken else ("[>]" if rung.suggested else "[ ]")
        who = f" ({rung.phase.who})" if rung.phase.who else ""
        print(f"  {mark} {rung.phase.phase}: {rung.phase.title}{who}")
        if rung.suggested:
            print("      nu aan de orde: er is een afspraak verbroken")
    for r in records:
        what = f"doorgezet naar {r.to_whom}: {r.reason}" if r.to_whom else r.title
        by = f" door {r.by_whom}" if r.by_whom else ""
        print(f"  #{r.id} {format_date_nl(r.taken_on)}{by}: {what}")
        if r.effect:
            print(f"      effect ({format_date_nl(r.effect_on or r.taken_on)}): {r.effect}")
    print(f"  doorzetten naar: {', '.join(targets)}")


def cmd_measure(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        _record(vault, case.id, args)
        ladder = vault.measures.ladder(case.id)
        records = vault.measures.records(case.id)
        targets = vault.measures.escalation_targets(case.id)
    if args.json:
        print_json({"ladder": [rung_json(r) for r in ladder],
                    "measures": [measure_json(r) for r in records],
                    "escalation": list(targets)})
        return 0
    _print(case.reference, ladder, records, targets)
    return 0
