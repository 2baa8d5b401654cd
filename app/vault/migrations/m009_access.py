"""Schema 9: marks on timeline entries, a person's date of birth, access requests.

- `entries.special_category`: "geen", or the kind of special personal data the entry
  holds (AVG art. 9: gezondheid, seksualiteit, anders-bijzonder); every export follows
  the profile's rule for it (app/dossier/profiles.py, docs/privacy.md).
- `entries.work_note`: 1 for the counsellor's personal working note (werkaantekening):
  never in a dossier, package or access overview.
- `people.born_on`: optional date of birth (ISO date); decides who exercises a pupil's
  rights (under 16 the parents, from 16 the pupil).
- `access_requests`: an access request (AVG art. 15) about one person: when it was
  received, who asked, the deadline (one calendar month), when it was answered.
Changing the marks does not touch the text, so the m006 revision trigger is not involved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 9

STATEMENTS = [
    "ALTER TABLE entries ADD COLUMN special_category TEXT NOT NULL DEFAULT 'geen'",
    "ALTER TABLE entries ADD COLUMN work_note INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE people ADD COLUMN born_on TEXT",
    """CREATE TABLE access_requests (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        received_on TEXT NOT NULL,
        requested_by TEXT NOT NULL CHECK (requested_by IN ('leerling', 'ouder')),
        deadline TEXT NOT NULL,
        answered_on TEXT,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX access_requests_person ON access_requests(person_id)",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
