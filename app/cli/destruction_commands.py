"""destroy, anonymise, destructions, destruction-statement: privacy law on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.casefile import CaseFile
from app.cli.context import open_case_file, print_json, warn
from app.destruction import DestructionKind, DestructionRecord
from app.messages import Message
from app.timeutil import format_datetime_nl, to_local
from app.wording import dutch, human_size

_KIND_NL = {DestructionKind.DESTROYED: "vernietigd", DestructionKind.ANONYMISED: "geanonimiseerd"}


def _record_json(record: DestructionRecord) -> dict[str, object]:
    return {"record": record.audit_id, "kind": _KIND_NL[record.kind],
            "at": to_local(record.at).isoformat(), "actor": record.actor,
            "reference": record.reference, "reason": record.reason,
            "counts": record.counts.as_dict(), "content_sha256": record.content_sha256,
            "audit_hash": record.audit_hash, "confirmed": list(record.confirmed)}


def _record_line(record: DestructionRecord) -> str:
    c = record.counts
    return (f"{record.audit_id:>5}  {format_datetime_nl(record.at)}  {record.reference}  "
            f"{_KIND_NL[record.kind]}: {c.entries} aantekeningen, {c.people} betrokkenen, "
            f"{c.evidence} bewijsstukken ({human_size(c.evidence_bytes)}); reden: "
            f"{record.reason}")


def _confirmed(cf: CaseFile, case_id: int, args: argparse.Namespace,
               kind: DestructionKind) -> bool:
    """Tell the preview's warnings; without --yes they stop the command."""
    preview = cf.destruction.preview(case_id)
    for message in preview.warnings:
        warn(message)
    if preview.warnings and not args.yes:
        if kind is DestructionKind.DESTROYED and preview.in_statistics:
            warn(Message("cli.destruction_statistics"))
        warn(Message("cli.destruction_unconfirmed"))
        return False
    return True


def _run(args: argparse.Namespace, kind: DestructionKind) -> int:
    with open_case_file(args) as cf:
        case = cf.cases.by_reference(args.case_ref)
        if not _confirmed(cf, case.id, args, kind):
            return 1
        act = (cf.destruction.destroy if kind is DestructionKind.DESTROYED
               else cf.destruction.anonymise)
        record = act(case.id, args.reason, confirm=True)
    if args.json:
        print_json(_record_json(record))
    else:
        print(_record_line(record))
        print(f"       controlewaarde {record.content_sha256}")
    return 0


def cmd_destroy(args: argparse.Namespace) -> int:
    return _run(args, DestructionKind.DESTROYED)


def cmd_anonymise(args: argparse.Namespace) -> int:
    return _run(args, DestructionKind.ANONYMISED)


def cmd_destructions(args: argparse.Namespace) -> int:
    with open_case_file(args) as cf:
        records = cf.destruction.records()
    if args.json:
        print_json([_record_json(r) for r in records])
        return 0
    if not records:
        print(dutch(Message("cli.no_destructions")))
    for record in records:
        print(_record_line(record))
    return 0


def cmd_statement(args: argparse.Namespace) -> int:
    with open_case_file(args) as cf:
        target = cf.destruction.export_statement(args.record, Path(args.output))
    if args.json:
        print_json({"record": args.record, "path": str(target)})
    else:
        print(target)
    return 0
