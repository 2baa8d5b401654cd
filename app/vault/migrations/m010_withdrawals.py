"""Schema 10: withdrawing evidence and timeline entries added by mistake.

A withdrawn evidence item keeps its row (number, SHA-256, size, import time) with the
time and reason of withdrawal; its chunks, thumbnail and parsed chat are deleted. A
withdrawn entry keeps its kind, dates and the reason; its text, its "with whom" and
every revision are deleted. Like schema 6, the triggers let this happen only through the
app's audited path:

- `withdrawn_at` is set once, never cleared, and only when the audit log already holds
  `evidence.withdrawn` (or `entry.withdrawn`) for that row;
- an item's chunks and parsed chat may be deleted when it is described-only (schema 2)
  or withdrawn with that audit row; a withdrawn item gets no new thumbnail;
- an entry's text may be emptied without a revision only by its audited withdrawal;
  a withdrawn entry's text stays empty.

The chunk and chat delete triggers (schemas 2 and 7) and the entry-text trigger (schemas
6 and 7) are replaced, not added to: SQLite runs every trigger and any one refusing
aborts, so relaxing means recreating them, with what schema 7 lets through (destroying
or anonymising the whole case) kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.vault.migrations.m007_destruction import destroying

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 10


def _audited(object_type: str, action: str, object_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM audit_log WHERE object_type = '{object_type}'"
            f" AND object_id = {object_id} AND action = '{action}')")


def _bytes_may_go(item_id: str) -> str:
    """Deleting an item's bytes or chat is allowed: described-only, withdrawn, or its whole
    case being destroyed or anonymised (schema 7)."""
    case_of_item = f"(SELECT case_id FROM evidence_items WHERE id = {item_id})"
    return (f"(SELECT kind FROM evidence_items WHERE id = {item_id}) = 'described-only'"
            f" OR ((SELECT withdrawn_at FROM evidence_items WHERE id = {item_id}) IS NOT NULL"
            f" AND {_audited('evidence', 'evidence.withdrawn', item_id)})"
            f" OR {destroying(case_of_item)}")


def _refuse(name: str, event: str, table: str, message: str, when: str) -> str:
    return (f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {when}"
            f" BEGIN SELECT RAISE(ABORT, '{message}'); END")


def _once_and_audited(table: str, object_type: str, action: str) -> str:
    return _refuse(
        f"{table}_withdrawal_audited", "UPDATE OF withdrawn_at, withdrawal_reason", table,
        "withdrawal only through the app",
        f"old.withdrawn_at IS NOT NULL OR new.withdrawn_at IS NULL"
        f" OR NOT {_audited(object_type, action, 'new.id')}")


STATEMENTS = [
    "ALTER TABLE evidence_items ADD COLUMN withdrawn_at TEXT",
    "ALTER TABLE evidence_items ADD COLUMN withdrawal_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE entries ADD COLUMN withdrawn_at TEXT",
    "ALTER TABLE entries ADD COLUMN withdrawal_reason TEXT NOT NULL DEFAULT ''",
    _once_and_audited("evidence_items", "evidence", "evidence.withdrawn"),
    _once_and_audited("entries", "entry", "entry.withdrawn"),
    "DROP TRIGGER evidence_chunks_no_delete",
    "DROP TRIGGER chat_transcripts_no_delete",
    "DROP TRIGGER chat_messages_no_delete",
    _refuse("evidence_chunks_no_delete", "DELETE", "evidence_chunks", "evidence is immutable",
            f"NOT ({_bytes_may_go('old.item_id')})"),
    _refuse("chat_transcripts_no_delete", "DELETE", "chat_transcripts",
            "evidence is immutable", f"NOT ({_bytes_may_go('old.item_id')})"),
    _refuse("chat_messages_no_delete", "DELETE", "chat_messages", "evidence is immutable",
            f"NOT ({_bytes_may_go('old.item_id')})"),
    _refuse("evidence_thumbnails_not_withdrawn", "INSERT", "evidence_thumbnails",
            "withdrawn evidence has no picture",
            "(SELECT withdrawn_at FROM evidence_items WHERE id = new.item_id) IS NOT NULL"),
    # schema 6's rule, plus the one audited way to empty a text without a revision
    "DROP TRIGGER entries_text_keeps_revision",
    _refuse("entries_text_keeps_revision", "UPDATE OF text", "entries",
            "entry text changes only with a revision",
            "new.text IS NOT old.text AND NOT EXISTS (SELECT 1 FROM entry_revisions"
            " WHERE entry_id = old.id AND text = old.text AND replaced_at = new.updated_at)"
            " AND NOT (old.withdrawn_at IS NULL AND new.withdrawn_at IS NOT NULL"
            f" AND new.text = '' AND {_audited('entry', 'entry.withdrawn', 'old.id')})"
            f" AND NOT {destroying('old.case_id')}"),
    _refuse("entries_withdrawn_stay_empty", "UPDATE OF text, with_whom", "entries",
            "a withdrawn entry has no text",
            "old.withdrawn_at IS NOT NULL AND (new.text != '' OR new.with_whom != '')"),
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
