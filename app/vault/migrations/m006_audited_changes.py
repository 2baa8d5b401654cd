"""Schema 6: the changes that matter most can only go through the app's own paths.

Before this, someone with the password and a SQL shell could, without dropping a
trigger, plant an evidence item (chunks first, then the row), empty an item's bytes (mark
it described-only, then delete its chunks) or change an entry's text, leaving no audit
row and no revision. Now:

- an evidence item can only be inserted once its arrival is in the audit log
  (`evidence.imported` or `evidence.described_only` for that id): the app writes that row
  first, in the same transaction;
- an item only becomes described-only (its bytes destroyed) once
  `evidence.converted_to_described` for it is in the audit log;
- an entry's text only changes when the old text was kept as a revision in the same
  change (`replaced_at` equal to the new `updated_at`), as `edit_text` does.

Anyone who drops these triggers can still do all of it; `verify` then finds a planted
item or a changed hash against the audit log (docs/security.md, "What someone with the
password can still do").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 6


def _audited(action_in: str, object_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM audit_log WHERE object_type = 'evidence'"
            f" AND object_id = {object_id} AND action IN ({action_in}))")


_ARRIVED = _audited("'evidence.imported', 'evidence.described_only'", "new.id")
_DESTROYED = _audited("'evidence.converted_to_described'", "new.id")

STATEMENTS = [
    # the triggers look an item up in the audit log at every insert
    "CREATE INDEX IF NOT EXISTS audit_log_object ON audit_log (object_type, object_id)",
    "CREATE TRIGGER evidence_items_arrival_audited BEFORE INSERT ON evidence_items"
    f" WHEN NOT {_ARRIVED}"
    " BEGIN SELECT RAISE(ABORT, 'evidence arrives only through the app'); END",
    "CREATE TRIGGER evidence_items_destruction_audited BEFORE UPDATE OF kind ON evidence_items"
    " WHEN new.kind = 'described-only' AND old.kind IS NOT 'described-only'"
    f" AND NOT {_DESTROYED}"
    " BEGIN SELECT RAISE(ABORT, 'evidence is destroyed only through the app'); END",
    "CREATE TRIGGER entries_text_keeps_revision BEFORE UPDATE OF text ON entries"
    " WHEN new.text IS NOT old.text AND NOT EXISTS (SELECT 1 FROM entry_revisions"
    " WHERE entry_id = old.id AND text = old.text AND replaced_at = new.updated_at)"
    " BEGIN SELECT RAISE(ABORT, 'entry text changes only with a revision'); END",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
