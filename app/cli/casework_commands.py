"""CLI subcommands for protocol-guided case work: todo, protocols, set-protocol,
record-step, record-condition. Their arguments: app/cli/arguments/casework.py."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from app.casefile import CaseFile
from app.casework import ProtocolRegistry
from app.casework.registry import school_protocols_dir
from app.cli.commands import _open, _print_json
from app.cli.paths import require_folder
from app.errors import InvalidInputError
from app.protocols import SHIPPED_PROTOCOLS_DIR
from app.timeutil import parse_user_datetime
from app.wording import dutch, label


def _registry(args: argparse.Namespace) -> ProtocolRegistry:
    extra = getattr(args, "protocol_dir", None)
    if extra:
        require_folder(Path(extra))  # the default school folder may be missing; this may not
    return ProtocolRegistry([SHIPPED_PROTOCOLS_DIR, Path(extra) if extra
                             else school_protocols_dir()])


def _when(text: str | None, vault: CaseFile) -> datetime:
    if not text:
        return vault.clock.now()
    try:
        return parse_user_datetime(text)[0]
    except ValueError as exc:
        raise InvalidInputError("cli.bad_moment", text=text) from exc


def cmd_todo(args: argparse.Namespace) -> int:
    if args.days < 0:
        raise InvalidInputError("cli.negative_days")
    with _open(args, _registry(args)) as vault:
        todo = vault.casework.todo(horizon_days=args.days)
    for problem in todo.problems:
        sys.stderr.write(f"pestdossier-cli: {dutch(problem)}\n")
    if args.json:
        _print_json([item.as_json() for item in todo.items])
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
    registry = _registry(args)
    for error in registry.errors:
        sys.stderr.write(f"pestdossier-cli: {error}\n")
    for protocol in registry.all():
        print(f"{protocol.id:<16} {protocol.name} ({', '.join(protocol.school_types)})")
    return 1 if registry.errors else 0


def cmd_set_protocol(args: argparse.Namespace) -> int:
    with _open(args, _registry(args)) as vault:
        work = vault.casework
        case = vault.cases.by_reference(args.case_ref)
        choice = work.protocols.choose(case.id, args.protocol_id, args.reason)
    print(f"{case.reference} volgt nu: {choice.protocol_name}")
    return 0


def cmd_record_step(args: argparse.Namespace) -> int:
    with _open(args, _registry(args)) as vault:
        work = vault.casework
        case = vault.cases.by_reference(args.case_ref)
        by_name = {p.person.name.lower(): p.id for p in vault.people.for_case(case.id)}
        ids = []
        for name in args.participant:
            if name.strip().lower() not in by_name:
                raise InvalidInputError("cli.not_in_case", name=name, case=case.reference)
            ids.append(by_name[name.strip().lower()])
        record = work.steps.record(case.id, args.step_id, _when(args.at, vault),
                                   participant_ids=ids, verslag=args.text,
                                   deviation_reason=args.deviation)
    print(f"Stap '{record.step_title}' vastgelegd bij {case.reference}")
    return 0


def cmd_record_condition(args: argparse.Namespace) -> int:
    with _open(args, _registry(args)) as vault:
        work = vault.casework
        case = vault.cases.by_reference(args.case_ref)
        work.steps.record_condition(case.id, args.key, _when(args.at, vault), args.how)
    print(f"Voorwaarde '{args.key}' vastgelegd bij {case.reference}")
    return 0
