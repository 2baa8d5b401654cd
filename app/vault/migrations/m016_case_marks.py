"""Schema 16: marks on a case that change what must happen (issue 13 item 8).

One mark so far: a sexual offence by a staff member against a pupil, which every staff
member, the internal counsellor included, reports to the board (bevoegd gezag) at once.
Rows are never changed: setting or clearing a mark adds a row, so the history stays,
and the latest row per case and mark is the current state. Destroying a case deletes
them with it (app/destruction/scope.py finds every table with a case_id).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 16

STATEMENTS = [
    """CREATE TABLE case_marks (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        mark TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        set_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_marks_case ON case_marks(case_id, mark, id)",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
