"""Schema 4: the identity register.

Besides a person's name, the forms by which a person can be recognised: nicknames and
diminutives the counsellor adds, accounts (platform, handle, display name, profile URL),
phone numbers and e-mail addresses. Together with the names of everyone in a case they
are what a pseudonymised dossier must hide. A form belongs to a person, not to a case:
an account is the same account in every case the person is in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 4

STATEMENTS = [
    """CREATE TABLE identity_forms (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        kind TEXT NOT NULL CHECK (kind IN ('bijnaam','account','telefoon','email')),
        value TEXT NOT NULL CHECK (length(trim(value)) > 0),
        platform TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        UNIQUE (person_id, kind, value, platform)
    )""",
    "CREATE INDEX identity_forms_person ON identity_forms(person_id)",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
