"""CLI subcommands for evidence: `import` and `import-chat`.

Both print each new item with its SHA-256; with --json one JSON object per line per
item. A file that cannot be imported gets one Dutch line on stderr; the others are still
imported, and the exit code is non-zero when any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.context import open_case_file
from app.cli.evidence_metadata import metadata_changes
from app.errors import PestdossierError
from app.evidence import EvidenceItem, EvidenceMetadata
from app.evidence.whatsapp import ChatFormatError
from app.messages import Message
from app.wording import dutch


def _item_json(item: EvidenceItem) -> dict[str, Any]:
    return {
        "item": item.label, "id": item.id, "case_id": item.case_id, "kind": item.kind.value,
        "sha256": item.sha256, "size": item.size, "mime_type": item.mime_type,
        "original_name": item.original_name, "imported_at": item.imported_at.isoformat(),
        "warnings": [dutch(w) for w in item.warnings],
    }


def _emit(item: EvidenceItem, as_json: bool, extra: dict[str, Any] | None = None) -> None:
    if as_json:
        sys.stdout.write(json.dumps({**_item_json(item), **(extra or {})},
                                    ensure_ascii=False) + "\n")
    else:
        print(f"{item.label}  {item.kind.value:<10} {item.sha256}  {item.original_name}")
    for warning in item.warnings:
        sys.stderr.write(f"pestdossier-cli: let op: {item.original_name}: {dutch(warning)}\n")


def cmd_import(args: argparse.Namespace) -> int:
    metadata = EvidenceMetadata(**metadata_changes(args, EvidenceMetadata()))
    failed = 0
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        store = vault.evidence
        for path in args.files:
            try:
                item = store.import_file(case.id, path, metadata=metadata)
            except PestdossierError as exc:
                failed += 1
                sys.stderr.write(f"pestdossier-cli: {path.name}: {exc.message}\n")
                continue
            _emit(item, args.json)
    return 1 if failed else 0


def cmd_import_chat(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        store = vault.evidence
        try:
            item = store.import_chat(case.id, args.export, require_chat=True)
        except ChatFormatError as exc:
            reason = dutch(Message("cli.not_a_chat", reason=exc.as_message()))
            sys.stderr.write(f"pestdossier-cli: {args.export.name}: {reason}\n")
            return 1
        summary = store.chat_summary(item.id)
    extra: dict[str, Any] = {"messages": 0, "authors": [], "first_message_at": None,
                             "last_message_at": None}
    if summary is not None:
        first, last = summary.first_message_at, summary.last_message_at
        extra = {"messages": summary.message_count, "authors": list(summary.authors),
                 "first_message_at": first.isoformat() if first else None,
                 "last_message_at": last.isoformat() if last else None,
                 "platform_variant": summary.platform_variant}
    _emit(item, args.json, extra)
    if summary is not None and not args.json:
        print(f"    {summary.message_count} berichten van {', '.join(summary.authors)}; "
              f"{extra['first_message_at']} tot {extra['last_message_at']}")
    return 0
