"""Schema 13: who was informed in a case, and the measures taken (issue 13 items 2, 4).

The protocol file says who is informed, how and after which step ([[inform]]); this
table keeps, per case and item, what the counsellor recorded: done (when, how, by whom,
a short note, the timeline contact it made) or deliberately not (with the reason). An
item without a row is still to do. One row per item: a new record replaces the old one,
and the audit log keeps the history. The destruction of a case finds the table by its
`case_id` column.

`case_measures` keeps the consequences of a case: one more chance, a measure from the
protocol's ladder ([[consequences]]), or an escalation to someone higher up; with who
took it, when, why, and later its effect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 13

STATEMENTS = [
    """CREATE TABLE inform_records (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        item_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('gedaan', 'bewust-niet')),
        occurred_at TEXT,
        means TEXT NOT NULL DEFAULT '',
        by_whom TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        entry_id INTEGER REFERENCES entries(id),
        recorded_at TEXT NOT NULL,
        UNIQUE (case_id, item_id)
    )""",
    """CREATE TABLE case_measures (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('kans', 'maatregel', 'escalatie')),
        phase INTEGER,
        title TEXT NOT NULL,
        to_whom TEXT NOT NULL DEFAULT '',
        by_whom TEXT NOT NULL DEFAULT '',
        taken_on TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        effect TEXT NOT NULL DEFAULT '',
        effect_on TEXT,
        entry_id INTEGER REFERENCES entries(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_measures_case ON case_measures(case_id)",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
