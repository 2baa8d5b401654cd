"""Schema 12 (m016 until merged): a covering index from a full-text row to its case,
for search as you type.

A search walks the full-text hits newest first and needs only each hit's case. Asking the
FTS5 table for `case_id` reads the hit's whole stored row (the entry's text) from the
content table: one page per hit, most of a search's time in a large vault. This index
holds just (row, case) in a few dense pages, so the walk reads those instead.
It sits on FTS5's own content table, which FTS5 keeps with plain INSERT and DELETE
statements, so the index follows every change the triggers make.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

# Numbered after the last migration on this branch (schema versions have no gaps); the
# module is m016 because migrations 12-15 are being added elsewhere in parallel.
VERSION = 17

#: The name search.py forces with INDEXED BY (SQLite would pick the primary key).
INDEX_NAME = "search_index_case"


def apply(conn: Connection) -> None:
    conn.execute(f"CREATE INDEX {INDEX_NAME} ON search_index_content(id, c1)")
