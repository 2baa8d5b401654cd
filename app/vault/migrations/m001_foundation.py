"""Schema 1: cases, people and roles, the timeline with revisions, audit log, search."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 1

_CASE_KINDS = "'pesten','online-pesten','plagen','conflict','incident'"
_STATUSES = "'nieuw','in-behandeling','monitoring','gesloten'"
_REPORTERS = "'leerling','ouder','medewerker','anoniem'"
_ROLES = (
    "'gepeste','pester','meeloper','aanmoediger','buitenstaander','verdediger',"
    "'ouder','mentor','getuige','anders'"
)
_ENTRY_KINDS = (
    "'melding','incident','observatie','gesprek','afspraak','oudercontact',"
    "'maatregel','overdracht','notitie'"
)

STATEMENTS = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    f"""CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        ref_year INTEGER NOT NULL,
        ref_seq INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ({_CASE_KINDS})),
        status TEXT NOT NULL DEFAULT 'nieuw' CHECK (status IN ({_STATUSES})),
        reported_on TEXT NOT NULL,
        reported_by TEXT NOT NULL CHECK (reported_by IN ({_REPORTERS})),
        group_name TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (ref_year, ref_seq)
    )""",
    "CREATE INDEX cases_status_kind ON cases(status, kind)",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        group_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX people_name ON people(name COLLATE NOCASE)",
    f"""CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT NOT NULL CHECK (role IN ({_ROLES})),
        note TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        UNIQUE (case_id, person_id, role)
    )""",
    "CREATE INDEX participants_person ON participants(person_id)",
    f"""CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ({_ENTRY_KINDS})),
        occurred_at TEXT NOT NULL,
        precision TEXT NOT NULL CHECK (precision IN ('exact','datum','ongeveer')),
        recorded_at TEXT NOT NULL,
        with_whom TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX entries_case_time ON entries(case_id, occurred_at)",
    """CREATE TABLE entry_revisions (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        text TEXT NOT NULL,
        written_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL
    )""",
    "CREATE INDEX entry_revisions_entry ON entry_revisions(entry_id)",
    # recorded_at is set by the app and never edited.
    """CREATE TRIGGER entries_recorded_at_fixed BEFORE UPDATE OF recorded_at ON entries
       BEGIN SELECT RAISE(ABORT, 'recorded_at is immutable'); END""",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        object_type TEXT NOT NULL DEFAULT '',
        object_id INTEGER,
        details TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    # Full-text index over everything a counsellor may search for. Kept by triggers so
    # no code path can forget it.
    """CREATE VIRTUAL TABLE search_index USING fts5(
        body, case_id UNINDEXED, source UNINDEXED, source_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )""",
    "INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)",
    """CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES (new.reference || ' ' || new.title || ' ' || new.group_name || ' '
                || new.description, new.id, 'case', new.id);
    END""",
    """CREATE TRIGGER cases_fts_update AFTER UPDATE OF reference, title, group_name,
        description ON cases BEGIN
        DELETE FROM search_index WHERE source = 'case' AND source_id = old.id;
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES (new.reference || ' ' || new.title || ' ' || new.group_name || ' '
                || new.description, new.id, 'case', new.id);
    END""",
    """CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES (new.with_whom || ' ' || new.text, new.case_id, 'entry', new.id);
    END""",
    """CREATE TRIGGER entries_fts_update AFTER UPDATE OF text, with_whom ON entries BEGIN
        DELETE FROM search_index WHERE source = 'entry' AND source_id = old.id;
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES (new.with_whom || ' ' || new.text, new.case_id, 'entry', new.id);
    END""",
    """CREATE TRIGGER participants_fts_insert AFTER INSERT ON participants BEGIN
        INSERT INTO search_index(body, case_id, source, source_id)
        SELECT p.name || ' ' || p.group_name, new.case_id, 'participant', new.id
        FROM people p WHERE p.id = new.person_id;
    END""",
    """CREATE TRIGGER participants_fts_delete AFTER DELETE ON participants BEGIN
        DELETE FROM search_index WHERE source = 'participant' AND source_id = old.id;
    END""",
    """CREATE TRIGGER people_fts_update AFTER UPDATE OF name, group_name ON people BEGIN
        DELETE FROM search_index WHERE source = 'participant'
            AND source_id IN (SELECT id FROM participants WHERE person_id = new.id);
        INSERT INTO search_index(body, case_id, source, source_id)
        SELECT new.name || ' ' || new.group_name, pa.case_id, 'participant', pa.id
        FROM participants pa WHERE pa.person_id = new.id;
    END""",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
