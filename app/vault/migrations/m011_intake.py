"""Schema 11: the intake of a melding (issue 13 item 6).

How it was reported, which of the three marks of bullying hold, the forms of bullying
and the signals observed. Each is NULL for a case made before the intake existed, so
the yearly figures count it as "niet vastgelegd" instead of guessing. The sets are
sorted JSON lists of their keys; the full-text index gets the keys as words, so a
search for "buitensluiten" finds the cases with that form.

One index for the yearly figures: meldingen in a period are counted from it instead of
reading every timeline entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 11

# JSON punctuation is no word for the tokenizer, but the snippet shows it: drop it.
_WORDS = ("replace(replace(replace(replace(coalesce(new.{0}, ''), '[', ''), ']', ''),"
          " '\"', ''), ',', ' ')")
_BODY = ("new.reference || ' ' || new.title || ' ' || new.group_name || ' ' || new.description"
         " || ' ' || coalesce(new.reported_via, '') || ' ' || "
         + _WORDS.format("forms") + " || ' ' || " + _WORDS.format("signals"))

STATEMENTS = [
    "ALTER TABLE cases ADD COLUMN reported_via TEXT",
    "ALTER TABLE cases ADD COLUMN criteria TEXT",
    "ALTER TABLE cases ADD COLUMN forms TEXT",
    "ALTER TABLE cases ADD COLUMN signals TEXT",
    "CREATE INDEX entries_kind_time ON entries(kind, occurred_at)",
    "DROP TRIGGER cases_fts_insert",
    "DROP TRIGGER cases_fts_update",
    f"""CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES ({_BODY}, new.id, 'case', new.id);
    END""",
    f"""CREATE TRIGGER cases_fts_update AFTER UPDATE OF reference, title, group_name,
        description, reported_via, forms, signals ON cases BEGIN
        DELETE FROM search_index WHERE source = 'case' AND source_id = old.id;
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES ({_BODY}, new.id, 'case', new.id);
    END""",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
