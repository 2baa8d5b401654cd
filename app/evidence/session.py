"""A "bewijs verzamelen" session: one timeline entry for sitting with the student,
listing what was collected, linked to every item. Also the links between evidence and
timeline entries or people.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain import Entry, EntryKind, Person, Precision
from app.errors import InvalidInputError, NotFoundError
from app.evidence.model import EvidenceItem
from app.evidence.queries import load_item
from app.people import PeopleRepository
from app.timeline import TimelineRepository
from app.timeutil import AMSTERDAM, to_storage
from app.wording import label

if TYPE_CHECKING:
    from app.vault import Vault

STUDENT_ADVICE_NL = ("Advies aan de leerling: bewaar alles, reageer niet, blokkeer de "
                     "afzender pas na het bewaren, meld het bij het platform en vertel het "
                     "aan iemand die je vertrouwt.")


def session_text(present: Sequence[str], started_at: datetime, items: Sequence[EvidenceItem],
                 notes: str) -> str:
    local = started_at.astimezone(AMSTERDAM)
    who = ", ".join(p.strip() for p in present if p.strip()) or "(niemand genoemd)"
    lines = [f"Bewijs verzameld (begonnen om {local:%H:%M}). Aanwezig: {who}."]
    if items:
        lines.append(f"Verzameld ({len(items)}):")
        for item in items:
            name = f" '{item.original_name}'" if item.original_name else ""
            digest = f", SHA-256 {item.sha256}" if item.sha256 else ""
            lines.append(f"- {item.label} {label(item.kind).lower()}{name}{digest}")
    else:
        lines.append("Er is niets opgeslagen.")
    lines.append(STUDENT_ADVICE_NL)
    if notes.strip():
        lines.append(notes.strip())
    return "\n".join(lines)


def record_collection_session(vault: Vault, case_id: int, present: Sequence[str],
                              started_at: datetime, items: Sequence[int | EvidenceItem],
                              notes: str = "", kind: EntryKind = EntryKind.GESPREK) -> Entry:
    if EntryKind(kind) not in (EntryKind.GESPREK, EntryKind.NOTITIE):
        raise InvalidInputError("evidence.session_kind")
    loaded = [load_item(vault, i if isinstance(i, int) else i.id) for i in items]
    if any(item.case_id != case_id for item in loaded):
        raise InvalidInputError("evidence.other_case")
    text = session_text(present, started_at, loaded, notes)
    with vault.write():
        entry = TimelineRepository(vault).add(case_id, kind, text, started_at, Precision.EXACT,
                                   ", ".join(p.strip() for p in present if p.strip()))
        for item in loaded:
            link_entry(vault, item.id, entry.id)
    return entry


# ----------------------------------------------------------------------------- links
def link_entry(vault: Vault, item_id: int, entry_id: int) -> None:
    item = load_item(vault, item_id)
    with vault.write() as tx:
        row = tx.execute("SELECT case_id FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NotFoundError("entry.not_found")
        if row[0] != item.case_id:
            raise InvalidInputError("evidence.entry_of_other_case")
        cur = tx.execute("INSERT OR IGNORE INTO evidence_entry_links (item_id, entry_id,"
                         " linked_at) VALUES (?,?,?)",
                         (item_id, entry_id, to_storage(vault.clock.now())))
        if cur.rowcount:
            vault.audit.record(tx, "evidence.linked_entry", "evidence", item_id,
                               entry_id=entry_id)


def unlink_entry(vault: Vault, item_id: int, entry_id: int) -> None:
    with vault.write() as tx:
        cur = tx.execute("DELETE FROM evidence_entry_links WHERE item_id = ? AND entry_id = ?",
                         (item_id, entry_id))
        if cur.rowcount:
            vault.audit.record(tx, "evidence.unlinked_entry", "evidence", item_id,
                               entry_id=entry_id)


def link_person(vault: Vault, item_id: int, person_id: int, relation: str = "") -> None:
    load_item(vault, item_id)
    PeopleRepository(vault).get(person_id)
    with vault.write() as tx:
        tx.execute("INSERT INTO evidence_person_links (item_id, person_id, relation, linked_at)"
                   " VALUES (?,?,?,?) ON CONFLICT(item_id, person_id) DO UPDATE SET"
                   " relation = excluded.relation",
                   (item_id, person_id, relation.strip(), to_storage(vault.clock.now())))
        vault.audit.record(tx, "evidence.linked_person", "evidence", item_id,
                           person_id=person_id, relation=relation.strip())


def unlink_person(vault: Vault, item_id: int, person_id: int) -> None:
    with vault.write() as tx:
        cur = tx.execute("DELETE FROM evidence_person_links WHERE item_id = ? AND"
                         " person_id = ?", (item_id, person_id))
        if cur.rowcount:
            vault.audit.record(tx, "evidence.unlinked_person", "evidence", item_id,
                               person_id=person_id)


def linked_entries(vault: Vault, item_id: int) -> list[Entry]:
    rows = vault.query("SELECT entry_id FROM evidence_entry_links WHERE item_id = ?"
                       " ORDER BY entry_id", (item_id,))
    return [TimelineRepository(vault).get(r[0]) for r in rows]


def linked_people(vault: Vault, item_id: int) -> list[tuple[Person, str]]:
    rows = vault.query(
        "SELECT p.id, p.name, p.group_name, l.relation FROM evidence_person_links l"
        " JOIN people p ON p.id = l.person_id WHERE l.item_id = ? ORDER BY p.name", (item_id,))
    return [(Person(r[0], r[1], r[2]), r[3]) for r in rows]


def items_for_entry(vault: Vault, entry_id: int) -> list[int]:
    return [r[0] for r in vault.query("SELECT item_id FROM evidence_entry_links WHERE"
                                      " entry_id = ? ORDER BY item_id", (entry_id,))]
