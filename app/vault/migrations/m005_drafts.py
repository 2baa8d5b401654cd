"""Schema 5: drafts of unsaved text.

When the vault locks while a verslag, note or form is being edited, what was typed is
kept here, inside the encrypted vault (never beside it), until the same dialog is opened
again after unlocking. A draft is working state, not part of the record: it is replaced
and deleted without history; what is finally saved goes through the audited services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 5

STATEMENTS = [
    """CREATE TABLE drafts (
        key TEXT PRIMARY KEY,
        fields TEXT NOT NULL,
        saved_at TEXT NOT NULL
    ) WITHOUT ROWID""",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
