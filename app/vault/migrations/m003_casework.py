"""Schema 3: protocol-guided case work.

A case chooses a protocol (and may switch: every choice is a row, the newest is current,
older ones keep their step records). Step records link to a timeline entry that holds
the verslag, so its revisions come from the timeline. Agreements, follow-up actions,
the steungroep with its ideas, priority, the outcome of closing and the strafbare
feiten checklist each have their own table. Nothing here is ever deleted except the
steungroep membership and checklist ticks, which keep their history in the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault.connection import Connection

VERSION = 3

STATEMENTS = [
    """CREATE TABLE case_protocols (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        protocol_id TEXT NOT NULL,
        protocol_name TEXT NOT NULL,
        protocol_version INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        chosen_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_protocols_case ON case_protocols(case_id, id)",
    """CREATE TABLE step_records (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        case_protocol_id INTEGER NOT NULL REFERENCES case_protocols(id),
        step_id TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        next_appointment TEXT,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX step_records_case ON step_records(case_id, case_protocol_id)",
    """CREATE TABLE step_record_participants (
        record_id INTEGER NOT NULL REFERENCES step_records(id),
        participant_id INTEGER NOT NULL,
        person_id INTEGER NOT NULL REFERENCES people(id),
        UNIQUE (record_id, participant_id)
    )""",
    """CREATE TABLE step_exceptions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        case_protocol_id INTEGER NOT NULL REFERENCES case_protocols(id),
        step_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('overgeslagen','afwijking')),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        recorded_at TEXT NOT NULL,
        withdrawn_at TEXT
    )""",
    "CREATE INDEX step_exceptions_case ON step_exceptions(case_id)",
    """CREATE TABLE case_conditions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        key TEXT NOT NULL,
        given_at TEXT NOT NULL,
        how TEXT NOT NULL DEFAULT '',
        step_record_id INTEGER REFERENCES step_records(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_conditions_case ON case_conditions(case_id)",
    """CREATE TABLE step_choices (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        case_protocol_id INTEGER NOT NULL REFERENCES case_protocols(id),
        step_id TEXT NOT NULL,
        option TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        step_record_id INTEGER REFERENCES step_records(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX step_choices_case ON step_choices(case_id)",
    """CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        case_protocol_id INTEGER REFERENCES case_protocols(id),
        step_record_id INTEGER REFERENCES step_records(id),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        made_on TEXT NOT NULL,
        evaluate_on TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','nagekomen','verbroken')),
        status_note TEXT NOT NULL DEFAULT '',
        status_at TEXT,
        status_entry_id INTEGER REFERENCES entries(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX agreements_case ON agreements(case_id)",
    """CREATE TABLE agreement_participants (
        agreement_id INTEGER NOT NULL REFERENCES agreements(id),
        participant_id INTEGER NOT NULL,
        person_id INTEGER NOT NULL REFERENCES people(id),
        UNIQUE (agreement_id, participant_id)
    )""",
    """CREATE TABLE followup_actions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        case_protocol_id INTEGER NOT NULL REFERENCES case_protocols(id),
        followup_key TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('gedaan','verzet','geannuleerd')),
        on_date TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX followup_actions_case ON followup_actions(case_id, followup_key)",
    """CREATE TABLE steungroep_members (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        participant_id INTEGER NOT NULL,
        person_id INTEGER NOT NULL REFERENCES people(id),
        added_at TEXT NOT NULL,
        removed_at TEXT
    )""",
    "CREATE INDEX steungroep_members_case ON steungroep_members(case_id)",
    """CREATE TABLE steungroep_notes (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES steungroep_members(id),
        kind TEXT NOT NULL CHECK (kind IN ('idee','resultaat')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        step_record_id INTEGER REFERENCES step_records(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX steungroep_notes_member ON steungroep_notes(member_id)",
    """CREATE TABLE case_priorities (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        priority TEXT NOT NULL CHECK (priority IN ('normaal','hoog','acuut')),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        automatic INTEGER NOT NULL DEFAULT 0,
        set_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_priorities_case ON case_priorities(case_id, id)",
    """CREATE TABLE case_outcomes (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        outcome TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        keep_monitoring INTEGER NOT NULL,
        closed_on TEXT NOT NULL,
        entry_id INTEGER REFERENCES entries(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX case_outcomes_case ON case_outcomes(case_id, id)",
    """CREATE TABLE case_offences (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        offence TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        PRIMARY KEY (case_id, offence)
    ) WITHOUT ROWID""",
    """CREATE TABLE offence_advice (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        offences TEXT NOT NULL,
        actions TEXT NOT NULL,
        to_whom TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        given_at TEXT NOT NULL,
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX offence_advice_case ON offence_advice(case_id)",
]


def apply(conn: Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
