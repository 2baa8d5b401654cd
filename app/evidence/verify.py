"""Re-read every evidence item and recompute its SHA-256 (part of `verify`).

Registered with app.verify when app.evidence is imported (see app/evidence/__init__.py).
Big vaults are read on two connections at once (see chunks.ParallelReader). The check
says which chunk rows it read in full (`read_in_full`): the storage check of `verify`
leaves the evidence pages to it and does not read them again (app/verify.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.evidence.chunks import ParallelReader, hasher_for
from app.evidence.model import CHUNK_SIZE, Cancel, Progress
from app.messages import ByteSize, Message
from app.vault.connection import DatabaseError
from app.verify import CheckResult

if TYPE_CHECKING:
    from app.vault import Vault

PARALLEL_FROM = 128 * CHUNK_SIZE  # a second connection: the page key, ~0.15 s, unless derived


@dataclass
class _Item:
    id: int
    label: str      # B3
    reference: str  # of the case
    sha256: str
    size: int
    chunk_count: int
    seqs: list[int]


def check_evidence(vault: Vault, progress: Progress, cancel: Cancel) -> CheckResult:
    try:
        items, chunk_ids, problems = _plan(vault)
    except DatabaseError as exc:
        return CheckResult(Message("verify.checked_evidence_unreadable"),
                           [Message("verify.evidence_unreadable")], [str(exc)])
    details: list[str] = []
    problems += _anchor_problems(vault)
    total = sum(item.size for item in items)
    worker = vault.open_worker(raw=True) if total >= PARALLEL_FROM else None
    conns = [vault.conn] if worker is None else [vault.conn, worker.conn]
    done = 0
    checked = 0
    read_in_full: dict[str, set[int]] = {}
    try:
        with ParallelReader(conns, chunk_ids) as reader:
            stream = iter(reader)
            for item in items:
                read = 0
                with hasher_for(item.size) as hasher:
                    for _ in item.seqs:
                        if cancel():
                            problems.append(Message("verify.evidence_cancelled"))
                            return CheckResult(Message(
                                "verify.checked_evidence_partly", checked=checked,
                                total=len(items)), problems)
                        data = next(stream)
                        hasher.update(data)
                        read += len(data)
                        progress(done + read, total)
                    digest = hasher.hexdigest()
                done += item.size
                checked += 1
                gaps = item.seqs != list(range(len(item.seqs)))
                if read != item.size or len(item.seqs) != item.chunk_count or gaps:
                    problems.append(Message("verify.evidence_incomplete", item=item.label,
                                            case=item.reference, read=read, size=item.size))
                elif digest != item.sha256:
                    problems.append(Message("verify.evidence_changed", item=item.label,
                                            case=item.reference))
            read_in_full["evidence_chunks"] = set(chunk_ids) - reader.missing
    except DatabaseError as exc:
        problems.append(Message("verify.evidence_read_failed"))
        details.append(str(exc))
    finally:
        if worker is not None:
            with contextlib.suppress(DatabaseError):
                worker.close(checkpoint=False)  # it only read (see Vault.close)
    progress(total, total)
    return CheckResult(Message("verify.checked_evidence", count=checked, size=ByteSize(total)),
                       problems, details, read_in_full)


# How an item may come into the vault; each writes its audit row in the same transaction.
_ARRIVALS = ("evidence.imported", "evidence.described_only")


def _anchor_problems(vault: Vault) -> list[Message]:
    """Each item's stored hash against the hash its `evidence.imported` audit row recorded.

    Changing an item's bytes together with its stored hash passes the re-hash check; the
    audit row, which is chained, still holds the hash at import. An item without any
    arrival row was put in by hand (planted); a withdrawn item without its
    `evidence.withdrawn` row had its bytes removed by hand.
    """
    recorded: dict[int, str | None] = {}
    withdrawn: set[int] = set()
    for entry in vault.audit.entries(vault.conn, object_type="evidence"):
        if entry.object_id is None:
            continue
        if entry.action in _ARRIVALS:
            recorded[entry.object_id] = entry.details.get("sha256")
        elif entry.action == "evidence.withdrawn":
            withdrawn.add(entry.object_id)
    problems: list[Message] = []
    for item_id, number, reference, sha256, withdrawn_at in vault.conn.execute(
            "SELECT i.id, i.number, c.reference, i.sha256, i.withdrawn_at"
            " FROM evidence_items i JOIN cases c ON c.id = i.case_id ORDER BY i.id"):
        label = f"B{number}"
        if item_id not in recorded:
            problems.append(Message("verify.evidence_not_in_audit", item=label, case=reference))
        elif recorded[item_id] is not None and recorded[item_id] != sha256:
            problems.append(Message("verify.evidence_not_as_imported", item=label,
                                    case=reference))
        if withdrawn_at is not None and item_id not in withdrawn:
            problems.append(Message("verify.withdrawal_not_in_audit", item=label,
                                    case=reference))
    return problems


def _plan(vault: Vault) -> tuple[list[_Item], list[int], list[Message]]:
    """The items to re-hash, every chunk id in read order, and problems seen already."""
    conn = vault.conn
    problems: list[Message] = []
    items: dict[int, _Item] = {}
    for item_id, number, reference, kind, sha256, size, chunk_count, withdrawn in conn.execute(
            "SELECT i.id, i.number, c.reference, i.kind, i.sha256, i.size, i.chunk_count,"
            " i.withdrawn_at IS NOT NULL"
            " FROM evidence_items i JOIN cases c ON c.id = i.case_id ORDER BY i.id"):
        label = f"B{number}"
        if kind == "described-only" or withdrawn:
            left = conn.execute("SELECT count(*) FROM evidence_chunks WHERE item_id = ?",
                                (item_id,)).fetchone()[0]
            if left and withdrawn:
                problems.append(Message("verify.withdrawn_with_bytes", item=label,
                                        case=reference))
            elif left:
                problems.append(Message("verify.described_with_bytes", item=label,
                                        case=reference))
            continue
        items[item_id] = _Item(item_id, label, reference, sha256, size, chunk_count, [])
    chunk_ids: list[int] = []
    for chunk_id, item_id, seq in conn.execute(
            "SELECT id, item_id, seq FROM evidence_chunks ORDER BY item_id, seq"):
        item = items.get(item_id)
        if item is None:
            continue
        item.seqs.append(seq)
        chunk_ids.append(chunk_id)
    orphans = conn.execute("SELECT count(*) FROM evidence_chunks WHERE item_id NOT IN"
                           " (SELECT id FROM evidence_items)").fetchone()[0]
    if orphans:
        problems.append(Message("verify.orphan_chunks", count=orphans))
    return list(items.values()), chunk_ids, problems
