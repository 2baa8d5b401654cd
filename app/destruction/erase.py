"""Counting, hashing and removing a case's content inside the destruction transaction.

The hash is SHA-256 over a canonical serialization of every row that goes (JSON arrays
of the column values, table by table in a fixed order; BLOBs as their SHA-256; evidence
bytes through the items' own SHA-256, which their rows hold) and the audit details that
are redacted. It proves later which content was destroyed (a copy that hashes the same
is that content) without keeping any of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from app.destruction.model import DestructionCounts
from app.destruction.scope import (
    CASEWORK_TABLES,
    EVIDENCE_TABLES,
    EXPORT_ACTIONS,
    ITEMS,
    LETTER_ACTIONS,
    PERSON_LINK_TABLES,
    TIMELINE_TABLES,
    CaseScope,
    fts_tables,
    other_case_tables,
)

if TYPE_CHECKING:
    from app.vault.connection import Connection

Step = Callable[[], None]
ANONYMISED_TITLE = "Geanonimiseerd"
_PLACEHOLDER = "geanonimiseerd"   # where a column must not be empty
# Free text kept apart from the statistics fields; anonymising empties it.
EMPTIED: tuple[tuple[str, str], ...] = (
    ("entries", "text = '', with_whom = ''"),
    ("case_protocols", "reason = ''"),
    ("step_exceptions", f"reason = '{_PLACEHOLDER}'"),
    ("case_conditions", "how = ''"),
    ("step_choices", "reason = ''"),
    ("agreements", f"text = '{_PLACEHOLDER}', status_note = ''"),
    ("followup_actions", "reason = ''"),
    ("case_priorities", f"reason = '{_PLACEHOLDER}'"),
    ("case_outcomes", "note = ''"),
    ("offence_advice", "to_whom = '', note = ''"),
)


def _count(conn: Connection, table: str, cond: str, scope: CaseScope) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {cond}",
                            scope.params).fetchone()[0])


def _marks(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def _audit_count(conn: Connection, scope: CaseScope, actions: tuple[str, ...]) -> int:
    names = ",".join(f"'{a}'" for a in actions)
    return int(conn.execute(
        f"SELECT count(*) FROM audit_log WHERE action IN ({names}) AND ("
        " (object_type = 'case' AND object_id = :c) OR (object_type = 'evidence'"
        f" AND object_id IN {ITEMS}))", scope.params).fetchone()[0])


def count(conn: Connection, scope: CaseScope) -> DestructionCounts:
    def n(table: str, cond: str) -> int:
        return _count(conn, table, cond, scope)

    casework = sum(n(t, c) for t, c in (*CASEWORK_TABLES, *PERSON_LINK_TABLES[:4],
                                        *other_case_tables(conn)))
    size = conn.execute("SELECT coalesce(sum(size), 0) FROM evidence_items WHERE case_id = :c",
                        scope.params).fetchone()[0]
    return DestructionCounts(
        entries=n("entries", "case_id = :c"), revisions=n(*TIMELINE_TABLES[0]),
        people_links=n("participants", "case_id = :c"), people=len(scope.people),
        identity_forms=n("identity_forms", f"person_id IN ({_marks(scope.people)})"),
        evidence=n("evidence_items", "case_id = :c"), evidence_bytes=int(size),
        chats=n("chat_transcripts", f"item_id IN {ITEMS}"),
        letters=_audit_count(conn, scope, LETTER_ACTIONS),
        exports=_audit_count(conn, scope, EXPORT_ACTIONS),
        drafts=len(scope.drafts), casework=casework, audit_lines=len(scope.audit_lines))


# ----------------------------------------------------------------------------- hashing
def _canonical(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def _feed(digest: Any, table: str, rows: Iterable[tuple[Any, ...]]) -> None:
    for row in rows:
        line = json.dumps([table, [_canonical(v) for v in row]], ensure_ascii=False,
                          separators=(",", ":"))
        digest.update(line.encode("utf-8") + b"\n")


def content_sha256(conn: Connection, scope: CaseScope, step: Step) -> str:
    digest = hashlib.sha256()
    for table, cond in (*scope.tables, ("cases", "id = :c")):
        # The bytes themselves are covered by their item's SHA-256 (in evidence_items).
        columns = "id, item_id, seq" if table == "evidence_chunks" else "*"
        _feed(digest, table, conn.execute(
            f"SELECT {columns} FROM {table} WHERE {cond} ORDER BY 1, 2", scope.params))
        step()
    people = _marks(scope.people)
    _feed(digest, "people", conn.execute(f"SELECT * FROM people WHERE id IN ({people})"
                                         " ORDER BY id"))
    _feed(digest, "identity_forms", conn.execute(
        f"SELECT * FROM identity_forms WHERE person_id IN ({people}) ORDER BY id"))
    for key in scope.drafts:
        _feed(digest, "drafts", conn.execute("SELECT * FROM drafts WHERE key = ?", (key,)))
    _feed(digest, "audit_log", conn.execute(
        f"SELECT id, details FROM audit_log WHERE id IN ({_marks(scope.audit_lines)})"
        " ORDER BY id"))
    return digest.hexdigest()


def redaction_rows(conn: Connection, scope: CaseScope) -> list[tuple[Any, ...]]:
    return conn.execute(
        "SELECT id, at, actor, action, object_type, object_id, prev_hash, hash FROM audit_log"
        f" WHERE id IN ({_marks(scope.audit_lines)}) ORDER BY id").fetchall()


# ----------------------------------------------------------------------------- removing
def redact(tx: Connection, scope: CaseScope, by: int) -> None:
    """Only the details go; schema 7 allows exactly this while line `by` is the newest."""
    tx.execute("UPDATE audit_log SET details = json_object('redacted_by', ?)"
               f" WHERE id IN ({_marks(scope.audit_lines)})", (by,))


def _delete(tx: Connection, tables: Iterable[tuple[str, str]], scope: CaseScope,
            step: Step) -> None:
    for table, cond in tables:
        tx.execute(f"DELETE FROM {table} WHERE {cond}", scope.params)
        step()


def _delete_people_drafts_and_index(tx: Connection, scope: CaseScope) -> None:
    people = _marks(scope.people)
    tx.execute(f"DELETE FROM identity_forms WHERE person_id IN ({people})")
    tx.execute(f"DELETE FROM people WHERE id IN ({people})")
    for key in scope.drafts:
        tx.execute("DELETE FROM drafts WHERE key = ?", (key,))
    for name in fts_tables(tx):
        columns = [str(r[1]) for r in tx.execute(f"PRAGMA table_info({name})")]
        if "case_id" in columns:
            tx.execute(f"DELETE FROM {name} WHERE case_id = :c", scope.params)


def ensure_fts_secure_delete(tx: Connection) -> None:
    """FTS5 keeps deleted tokens in its index unless 'secure-delete' is on (schema 1 sets
    it for search_index; this covers every FTS5 table, whatever made it)."""
    for name in fts_tables(tx):
        tx.execute(f"INSERT INTO {name}({name}, rank) VALUES ('secure-delete', 1)")


def delete_case(tx: Connection, scope: CaseScope, step: Step) -> None:
    _delete(tx, scope.tables, scope, step)
    _delete_people_drafts_and_index(tx, scope)
    tx.execute("DELETE FROM cases WHERE id = :c", scope.params)
    step()


def anonymise_case(tx: Connection, scope: CaseScope, now: str, step: Step) -> None:
    """Keep the statistics fields (kind, dates, reporter, group, status, protocol, steps,
    priority, outcome, offences, platforms); remove people, evidence and every text."""
    _keep_platforms(tx, scope)
    removed = (*EVIDENCE_TABLES, *PERSON_LINK_TABLES[:4], *other_case_tables(tx),
               TIMELINE_TABLES[0], PERSON_LINK_TABLES[4])
    _delete(tx, removed, scope, step)
    for table, assignments in EMPTIED:
        tx.execute(f"UPDATE {table} SET {assignments} WHERE case_id = :c", scope.params)
        step()
    tx.execute("UPDATE cases SET title = :t, description = '', anonymised_at = :now"
               " WHERE id = :c", {**scope.params, "t": ANONYMISED_TITLE, "now": now})
    _delete_people_drafts_and_index(tx, scope)
    step()


def _keep_platforms(tx: Connection, scope: CaseScope) -> None:
    """The platform of each item, as the yearly report's key (never the typed text)."""
    from app.yearly.collect import platform_key  # noqa: PLC0415  (statistics load late)

    rows = tx.execute(
        "SELECT m.platform FROM evidence_metadata m JOIN evidence_items i ON i.id = m.item_id"
        " WHERE i.case_id = :c AND m.platform != '' AND m.version ="
        " (SELECT max(version) FROM evidence_metadata WHERE item_id = m.item_id)",
        scope.params).fetchall()
    for key in sorted({platform_key(str(r[0])) for r in rows}):
        tx.execute("INSERT OR IGNORE INTO case_platforms_kept (case_id, platform) VALUES (?, ?)",
                   (scope.case_id, key))
