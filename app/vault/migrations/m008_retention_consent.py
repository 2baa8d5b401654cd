"""Schema 8: each case's retention rule and the student's consent to keeping a dossier.

- `case_retention`: every choice of retention rule for a case, the latest in force (a
  case without one follows the default rule of resources/retention). A choice always
  has a reason; the leaving date and a custom date live here too.
- `case_consents`: the consent recorded or changed by hand. Consent that a protocol step
  recorded as its gate condition stays in `case_conditions` (one truth, see
  app/consent.py); both are in the full-text index, so a search for "toestemming" finds
  the case. Consent conditions recorded before this schema are indexed here once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 8

_CONSENT_BODY = ("'toestemming ' || coalesce(replace(new.answer, '-', ' '), 'niet gevraagd')"
                 " || ' ' || new.how || ' ' || new.asked_by || ' ' || new.note")
_CONDITION_BODY = "'toestemming gegeven ' || {row}.how"
_IS_CONSENT = "substr({row}.key, 1, 7) = 'consent'"

STATEMENTS = [
    """CREATE TABLE case_retention (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        rule_id TEXT NOT NULL,
        leaves_on TEXT,
        custom_until TEXT,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        set_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_retention_case ON case_retention(case_id)",
    """CREATE TABLE case_consents (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        asked INTEGER NOT NULL CHECK (asked IN (0, 1)),
        answer TEXT CHECK (answer IS NULL OR answer IN
                           ('gegeven', 'niet-gegeven', 'gedeeltelijk')),
        how TEXT NOT NULL DEFAULT '',
        given_on TEXT,
        asked_by TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        entry_id INTEGER REFERENCES entries(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_consents_case ON case_consents(case_id)",
    f"""CREATE TRIGGER case_consents_fts_insert AFTER INSERT ON case_consents BEGIN
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES ({_CONSENT_BODY}, new.case_id, 'consent', new.id);
    END""",
    """CREATE TRIGGER case_consents_fts_delete AFTER DELETE ON case_consents BEGIN
        DELETE FROM search_index WHERE source = 'consent' AND source_id = old.id;
    END""",
    f"""CREATE TRIGGER case_conditions_fts_insert AFTER INSERT ON case_conditions
        WHEN {_IS_CONSENT.format(row="new")} BEGIN
        INSERT INTO search_index(body, case_id, source, source_id)
        VALUES ({_CONDITION_BODY.format(row="new")}, new.case_id, 'condition', new.id);
    END""",
    """CREATE TRIGGER case_conditions_fts_delete AFTER DELETE ON case_conditions BEGIN
        DELETE FROM search_index WHERE source = 'condition' AND source_id = old.id;
    END""",
    f"""INSERT INTO search_index(body, case_id, source, source_id)
        SELECT {_CONDITION_BODY.format(row="c")}, c.case_id, 'condition', c.id
        FROM case_conditions c WHERE {_IS_CONSENT.format(row="c")}""",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
