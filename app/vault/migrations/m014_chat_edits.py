"""Chat edits: when a chat message was edited (Telegram's export says so; WhatsApp's
does not). NULL for every message stored before and for every WhatsApp message."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

# The next free number on this branch; the merge renumbers it after the others.
VERSION = 14

STATEMENTS = [
    "ALTER TABLE chat_messages ADD COLUMN edited_at TEXT",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
