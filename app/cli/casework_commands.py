"""CLI subcommands for protocol-guided case work: todo, protocols, set-protocol,
record-step, record-condition. Registered in app/cli/main.py by `register`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.casework import CaseWork, ProtocolRegistry
from app.casework.registry import school_protocols_dir
from app.cli.commands import _open, _print_json
from app.errors import InvalidInputError
from app.protocols import SHIPPED_PROTOCOLS_DIR
from app.timeutil import parse_user_datetime
from app.vault import Vault
from app.wording import dutch, label


def _registry(args: argparse.Namespace) -> ProtocolRegistry:
    extra = getattr(args, "protocol_dir", None)
    return ProtocolRegistry([SHIPPED_PROTOCOLS_DIR, Path(extra) if extra
                             else school_protocols_dir()])


def _when(text: str | None, vault: Vault) -> datetime:
    if not text:
        return vault.clock.now()
    try:
        return parse_user_datetime(text)[0]
    except ValueError as exc:
        raise InvalidInputError("cli.bad_moment", text=text) from exc


def cmd_todo(args: argparse.Namespace) -> int:
    if args.days < 0:
        raise InvalidInputError("cli.negative_days")
    with _open(args) as vault:
        todo = CaseWork(vault, _registry(args)).todo(horizon_days=args.days)
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
    with _open(args) as vault:
        work = CaseWork(vault, _registry(args))
        case = vault.cases.by_reference(args.case_ref)
        choice = work.protocols.choose(case.id, args.protocol_id, args.reason)
    print(f"{case.reference} volgt nu: {choice.protocol_name}")
    return 0


def cmd_record_step(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        work = CaseWork(vault, _registry(args))
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
    with _open(args) as vault:
        work = CaseWork(vault, _registry(args))
        case = vault.cases.by_reference(args.case_ref)
        work.steps.record_condition(case.id, args.key, _when(args.at, vault), args.how)
    print(f"Voorwaarde '{args.key}' vastgelegd bij {case.reference}")
    return 0


def register(
        add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
        sub: argparse._SubParsersAction) -> None:
    """Register the subcommands; `add` makes a parser with the vault arguments."""
    def protocol_dir(p: argparse.ArgumentParser) -> None:
        p.add_argument("--protocol-dir", help="map met de eigen protocollen van de school "
                                              "(standaard de gegevensmap van Pestdossier)")

    p = add("todo", cmd_todo, "toon wat te laat is en wat binnenkort moet, over alle meldingen")
    p.add_argument("--days", type=int, default=14, help="hoeveel dagen vooruit (standaard 14)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    protocol_dir(p)

    p = sub.add_parser("protocols", help="toon de beschikbare protocollen",
                       description="toon de beschikbare protocollen; fouten in eigen "
                                   "protocolbestanden komen op stderr")
    p.set_defaults(func=cmd_protocols)
    protocol_dir(p)

    p = add("set-protocol", cmd_set_protocol, "kies of wissel het protocol van een melding")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("protocol_id", metavar="PROTOCOL_ID")
    p.add_argument("--reason", default="", help="waarom dit protocol (bij een wissel)")
    protocol_dir(p)

    p = add("record-step", cmd_record_step, "leg een stap van het protocol vast")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("step_id", metavar="STEP_ID")
    p.add_argument("--text", required=True, help="het verslag")
    p.add_argument("--at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    p.add_argument("--participant", action="append", default=[],
                   help="naam van een deelnemer (betrokkene bij de melding); mag vaker")
    p.add_argument("--deviation", default="",
                   help="reden om af te wijken als de stap nog op een voorwaarde wacht")
    protocol_dir(p)

    p = add("record-condition", cmd_record_condition,
            "leg een voorwaarde vast, zoals de toestemming van de leerling")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("key", metavar="KEY", help="bijvoorbeeld consent_gepeste")
    p.add_argument("--how", required=True, help="hoe de toestemming is gegeven")
    p.add_argument("--at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    protocol_dir(p)
