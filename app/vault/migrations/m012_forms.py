"""Schema 12: the non-pestcontract and the pupil's own plan (issue 13 item 5).

A form belongs to one case and one pupil. Its fields are a JSON object (they differ per
kind and a school may want more later); every change keeps the previous content as a
revision with its reason, like a timeline entry's text. Both tables carry case_id, so a
destruction or anonymisation finds them with every other table of the case. The full-text
index gets the fields' text, so a search finds the case by what the contract says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 12

_BODY = "'contract ' || {row}.kind || ' ' || {row}.search_text"

STATEMENTS = [
    """CREATE TABLE case_forms (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        kind TEXT NOT NULL CHECK (kind IN ('contract', 'plan')),
        content TEXT NOT NULL,
        search_text TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_forms_case ON case_forms(case_id)",
    """CREATE TABLE case_form_revisions (
        id INTEGER PRIMARY KEY,
        form_id INTEGER NOT NULL REFERENCES case_forms(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        version INTEGER NOT NULL,
        content TEXT NOT NULL,
        written_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        reason TEXT NOT NULL
    )""",
    "CREATE INDEX case_form_revisions_form ON case_form_revisions(form_id)",
    f"""CREATE TRIGGER case_forms_fts_insert AFTER INSERT ON case_forms BEGIN
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES ({_BODY.format(row="new")}, new.case_id, 'form', new.id);
    END""",
    f"""CREATE TRIGGER case_forms_fts_update AFTER UPDATE OF search_text ON case_forms BEGIN
        DELETE FROM search_index WHERE source = 'form' AND source_id = old.id;
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES ({_BODY.format(row="new")}, new.case_id, 'form', new.id);
    END""",
    """CREATE TRIGGER case_forms_fts_delete AFTER DELETE ON case_forms BEGIN
        DELETE FROM search_index WHERE source = 'form' AND source_id = old.id;
    END""",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
