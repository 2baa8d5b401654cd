"""Schema 15: the accounts of a case, and the student's own account per evidence item.

`case_accounts` is one list per case of the accounts seen in its evidence (platform,
handle, display name, profile URL) with the person behind it, or NULL for "onbekend".
Evidence metadata names accounts by handle; this list is where the counsellor keeps
who is who. Destruction finds the table by its `case_id`. The search index gets the
handle, display name and URL, kept by triggers as for every other searchable table.

`evidence_metadata.student_account` holds what the student told about the item, in
their own words (the police dossier and manifest show it); like every metadata column
it is versioned, never overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 15

_ACCOUNT_BODY = ("new.platform || ' ' || new.handle || ' ' || new.display_name || ' '"
                 " || new.url")

STATEMENTS = [
    """CREATE TABLE case_accounts (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        platform TEXT NOT NULL DEFAULT '',
        handle TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        added_at TEXT NOT NULL,
        CHECK (length(trim(handle)) > 0 OR length(trim(display_name)) > 0)
    )""",
    "CREATE INDEX case_accounts_case ON case_accounts(case_id)",
    "CREATE INDEX case_accounts_person ON case_accounts(person_id)",
    f"""CREATE TRIGGER case_accounts_fts_insert AFTER INSERT ON case_accounts BEGIN
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES ({_ACCOUNT_BODY}, new.case_id, 'account', new.id);
    END""",
    f"""CREATE TRIGGER case_accounts_fts_update AFTER UPDATE OF platform, handle,
        display_name, url ON case_accounts BEGIN
        DELETE FROM search_index WHERE source = 'account' AND source_id = old.id;
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES ({_ACCOUNT_BODY}, new.case_id, 'account', new.id);
    END""",
    """CREATE TRIGGER case_accounts_fts_delete AFTER DELETE ON case_accounts BEGIN
        DELETE FROM search_index WHERE source = 'account' AND source_id = old.id;
    END""",
    "ALTER TABLE evidence_metadata ADD COLUMN student_account TEXT NOT NULL DEFAULT ''",
    # the student's words are searchable like the counsellor's description
    "DROP TRIGGER evidence_metadata_fts",
    """CREATE TRIGGER evidence_metadata_fts AFTER INSERT ON evidence_metadata BEGIN
        DELETE FROM search_index WHERE source = 'evidence' AND source_id = new.item_id;
        INSERT INTO search_index(body, case_id, source, source_id)
        SELECT i.original_name || ' ' || new.platform || ' ' || new.shown_at || ' '
               || new.description || ' ' || new.collected_with || ' '
               || new.student_account || ' '
               || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.urls)), '')
               || ' ' || coalesce((SELECT group_concat(
                    coalesce(json_extract(value, '$.handle'), '') || ' '
                    || coalesce(json_extract(value, '$.display_name'), ''), ' ')
                  FROM json_each(new.accounts)), ''),
               i.case_id, 'evidence', new.item_id
        FROM evidence_items i WHERE i.id = new.item_id;
    END""",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
