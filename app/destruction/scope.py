"""Everything that belongs to one case: the rows to delete (children first), the people
no other case knows, its drafts, and the audit lines whose details mention it.

Tables added by later schemas are found by their `case_id` column (or a foreign key to
people), so a new table is destroyed with its case without touching this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.audit import REDACTING_ACTIONS

if TYPE_CHECKING:
    from app.vault.connection import Connection

ITEMS = "(SELECT id FROM evidence_items WHERE case_id = :c)"
ENTRIES = "(SELECT id FROM entries WHERE case_id = :c)"

# Children before parents: the evidence triggers look up an item's case while it exists.
EVIDENCE_TABLES: tuple[tuple[str, str], ...] = (
    ("chat_messages", f"item_id IN {ITEMS}"),
    ("chat_transcripts", f"item_id IN {ITEMS}"),
    ("evidence_chunks", f"item_id IN {ITEMS}"),
    ("evidence_thumbnails", f"item_id IN {ITEMS}"),
    ("evidence_metadata", f"item_id IN {ITEMS}"),
    ("evidence_entry_links", f"item_id IN {ITEMS}"),
    ("evidence_person_links", f"item_id IN {ITEMS}"),
    ("evidence_items", "case_id = :c"),
)
PERSON_LINK_TABLES: tuple[tuple[str, str], ...] = (
    ("step_record_participants",
     "record_id IN (SELECT id FROM step_records WHERE case_id = :c)"),
    ("agreement_participants", "agreement_id IN (SELECT id FROM agreements WHERE case_id = :c)"),
    ("steungroep_notes", "member_id IN (SELECT id FROM steungroep_members WHERE case_id = :c)"),
    ("steungroep_members", "case_id = :c"),
    ("participants", "case_id = :c"),
)
CASEWORK_TABLES: tuple[tuple[str, str], ...] = tuple(
    (name, "case_id = :c") for name in (
        "offence_advice", "case_offences", "case_outcomes", "case_priorities",
        "followup_actions", "agreements", "step_choices", "case_conditions",
        "step_exceptions", "step_records", "case_protocols", "case_platforms_kept"))
TIMELINE_TABLES: tuple[tuple[str, str], ...] = (
    ("entry_revisions", f"entry_id IN {ENTRIES}"),
    ("entries", "case_id = :c"),
)
KNOWN = {t for group in (EVIDENCE_TABLES, PERSON_LINK_TABLES, CASEWORK_TABLES,
                         TIMELINE_TABLES) for t, _ in group} | {"cases", "people",
                                                                  "identity_forms"}
# Where a person is named, with the condition that the row belongs to the case.
PERSON_REFERENCES: tuple[tuple[str, str], ...] = (
    ("participants", "case_id = :c"),
    ("evidence_person_links", f"item_id IN {ITEMS}"),
    ("step_record_participants", PERSON_LINK_TABLES[0][1]),
    ("agreement_participants", PERSON_LINK_TABLES[1][1]),
    ("steungroep_members", "case_id = :c"),
)
EXPORT_ACTIONS = ("dossier.exported", "package.exported", "evidence.exported")
LETTER_ACTIONS = ("letter.exported", "form.exported")


def _user_tables(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]


def _columns(conn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]


def other_case_tables(conn: Connection) -> list[tuple[str, str]]:
    """Tables of later schemas that hold rows of a case (a `case_id` column)."""
    names = [t for t in _user_tables(conn) if t not in KNOWN and not _is_fts_shadow(conn, t)]
    return [(t, "case_id = :c") for t in names if "case_id" in _columns(conn, t)]


def _is_fts_shadow(conn: Connection, table: str) -> bool:
    return any(table.startswith(f"{name}_") for name in fts_tables(conn))


def fts_tables(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")]


def _other_person_references(conn: Connection) -> list[tuple[str, str, str]]:
    """(table, column, extra condition) of later schemas with a foreign key to people;
    a row of the case itself (a `case_id` column equal to it) keeps nobody."""
    known = {t for t, _ in PERSON_REFERENCES} | {"identity_forms"}
    found = []
    for table in _user_tables(conn):
        if table in known:
            continue
        own = " AND x.case_id != :c" if "case_id" in _columns(conn, table) else ""
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
            if fk[2] == "people":
                found.append((table, str(fk[3]), own))
    return found


@dataclass(frozen=True)
class CaseScope:
    """What one case's destruction touches, read inside its transaction."""

    case_id: int
    reference: str
    tables: tuple[tuple[str, str], ...]      # (table, condition on :c), delete in order
    people: tuple[int, ...]                  # known to no other case: deleted too
    drafts: tuple[str, ...]
    audit_lines: tuple[int, ...]             # details mention the case: redacted

    @property
    def params(self) -> dict[str, Any]:
        return {"c": self.case_id}

    @classmethod
    def load(cls, conn: Connection, case_id: int, reference: str) -> CaseScope:
        tables = (*EVIDENCE_TABLES, *PERSON_LINK_TABLES, *CASEWORK_TABLES,
                  *other_case_tables(conn), *TIMELINE_TABLES)
        people = _people_of_case_only(conn, case_id)
        entries = [int(r[0]) for r in conn.execute(ENTRIES[1:-1], {"c": case_id})]
        return cls(case_id, reference, tables, people,
                   _drafts(conn, case_id, entries, people),
                   _audit_lines(conn, case_id, people))


def _people_of_case_only(conn: Connection, case_id: int) -> tuple[int, ...]:
    named = " UNION ".join(f"SELECT person_id FROM {t} WHERE {cond}"
                           for t, cond in PERSON_REFERENCES)
    elsewhere = [f"EXISTS (SELECT 1 FROM {t} x WHERE x.person_id = p.id AND NOT ({cond}))"
                 for t, cond in PERSON_REFERENCES]
    elsewhere += [f"EXISTS (SELECT 1 FROM {t} x WHERE x.{col} = p.id{own})"
                  for t, col, own in _other_person_references(conn)]
    sql = (f"SELECT p.id FROM people p WHERE p.id IN ({named})"
           f" AND NOT ({' OR '.join(elsewhere)}) ORDER BY p.id")
    return tuple(int(r[0]) for r in conn.execute(sql, {"c": case_id}))


def _drafts(conn: Connection, case_id: int, entries: list[int],
            people: tuple[int, ...]) -> tuple[str, ...]:
    """Draft keys name what they edit: `.../case:3`, `entry-text/entry:12`,
    `describe/evidence:7`, ..."""
    items = [int(r[0]) for r in conn.execute(ITEMS[1:-1], {"c": case_id})]
    owned = {f"case:{case_id}", *(f"entry:{e}" for e in entries),
             *(f"person:{p}" for p in people), *(f"evidence:{i}" for i in items)}
    part = re.compile(r"(?:^|/)((?:case|entry|person|evidence):\d+)(?=/|$)")
    keys = [str(r[0]) for r in conn.execute("SELECT key FROM drafts")]
    return tuple(k for k in keys if owned & set(part.findall(k)))


def _audit_lines(conn: Connection, case_id: int, people: tuple[int, ...]) -> tuple[int, ...]:
    marks = ",".join("?" * len(people)) or "NULL"
    actions = ",".join(f"'{a}'" for a in REDACTING_ACTIONS)
    rows = conn.execute(
        "SELECT id FROM audit_log WHERE details != '{}'"
        " AND details NOT LIKE '{\"redacted_by\":%'"
        f" AND action NOT IN ({actions}) AND ("
        " (object_type = 'case' AND object_id = ?)"
        " OR (object_type = 'entry' AND object_id IN (SELECT id FROM entries WHERE case_id = ?))"
        " OR (object_type = 'evidence'"
        "     AND object_id IN (SELECT id FROM evidence_items WHERE case_id = ?))"
        f" OR (object_type = 'person' AND object_id IN ({marks}))"
        " OR json_extract(details, '$.case_id') = ?) ORDER BY id",
        (case_id, case_id, case_id, *people, case_id))
    return tuple(int(r[0]) for r in rows)
