"""Schema 7: destroying and anonymising a case, only through the audited path.

Evidence, its metadata history and the audit log were untouchable (schemas 2 and 6).
Destroying a case (privacy law: a counsellor's dossier is destroyed once it has served
its purpose) must remove them for real, and anonymising must empty the case's texts.
Both happen in one transaction whose first write is the audit row `case.destroyed` or
`case.anonymised` for that case; the triggers below let these deletions through only
while that row is the newest line of the audit log, so no other path (and no hand-written
SQL without dropping a trigger) can use them.

- evidence items, chunks, metadata versions and parsed chats of that case may be deleted;
- an entry's text may change without a revision (anonymising empties it);
- an audit line's `details` may be replaced by `{"redacted_by":N}` (N the destruction
  line): every other column stays, and line N holds a digest of the redacted lines, so the
  chain still verifies (app/audit.py, docs/security.md "Destruction").

Also: `cases.anonymised_at` marks a case kept for the statistics only, and
`case_platforms_kept` keeps the platform keys of its removed evidence for the yearly
report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 7

_NEWEST = "(SELECT max(id) FROM audit_log)"


def destroying(case_id: str) -> str:
    """SQL: the newest audit line is the destruction or anonymisation of `case_id`."""
    return (f"EXISTS (SELECT 1 FROM audit_log WHERE id = {_NEWEST} AND object_type = 'case'"
            f" AND action IN ('case.destroyed', 'case.anonymised') AND object_id = {case_id})")


_ITEM_CASE = "(SELECT case_id FROM evidence_items WHERE id = old.item_id)"
_ITEM_KIND = "(SELECT kind FROM evidence_items WHERE id = old.item_id)"
_NOT_DESCRIBED = f"{_ITEM_KIND} IS NOT 'described-only'"

_REDACTION = (
    "new.id = old.id AND new.at = old.at AND new.actor = old.actor"
    " AND new.action = old.action AND new.object_type = old.object_type"
    " AND new.object_id IS old.object_id AND new.prev_hash = old.prev_hash"
    " AND new.hash = old.hash AND old.id < " + _NEWEST +
    " AND new.details = json_object('redacted_by', " + _NEWEST + ")"
    " AND (SELECT action FROM audit_log WHERE id = " + _NEWEST + ")"
    " IN ('case.destroyed', 'case.anonymised')"
)


def _refuse(name: str, event: str, table: str, message: str, when: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}",
            f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {when}"
            f" BEGIN SELECT RAISE(ABORT, '{message}'); END"]


STATEMENTS = [
    "ALTER TABLE cases ADD COLUMN anonymised_at TEXT",
    """CREATE TABLE case_platforms_kept (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        platform TEXT NOT NULL,
        PRIMARY KEY (case_id, platform)
    ) WITHOUT ROWID""",
    *_refuse("evidence_items_no_delete", "DELETE", "evidence_items", "evidence is kept",
             f"NOT {destroying('old.case_id')}"),
    *_refuse("evidence_chunks_no_delete", "DELETE", "evidence_chunks", "evidence is immutable",
             f"{_NOT_DESCRIBED} AND NOT {destroying(_ITEM_CASE)}"),
    *_refuse("evidence_metadata_no_delete", "DELETE", "evidence_metadata",
             "metadata history is append-only", f"NOT {destroying(_ITEM_CASE)}"),
    *_refuse("chat_transcripts_no_delete", "DELETE", "chat_transcripts",
             "evidence is immutable", f"{_NOT_DESCRIBED} AND NOT {destroying(_ITEM_CASE)}"),
    *_refuse("chat_messages_no_delete", "DELETE", "chat_messages", "evidence is immutable",
             f"{_NOT_DESCRIBED} AND NOT {destroying(_ITEM_CASE)}"),
    *_refuse("audit_log_no_update", "UPDATE", "audit_log", "audit log is append-only",
             f"NOT ({_REDACTION})"),
    *_refuse("entries_text_keeps_revision", "UPDATE OF text", "entries",
             "entry text changes only with a revision",
             "new.text IS NOT old.text AND NOT EXISTS (SELECT 1 FROM entry_revisions"
             " WHERE entry_id = old.id AND text = old.text AND replaced_at = new.updated_at)"
             f" AND NOT {destroying('old.case_id')}"),
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
