"""Taking a person out of a case, or out of the vault, when they were added by mistake.

Removing from a case deletes the person's roles there and their links to that case's
evidence; the person stays in the vault. Deleting a person also deletes their identity
register (nicknames, accounts, numbers, addresses), and is refused while the person
still appears in another case, or in this case's protocol records (steungroep,
agreements, step reports), which keep what was done with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import InvalidInputError, NotFoundError
from app.reasons import clean_reason

if TYPE_CHECKING:
    from app.vault import Vault
    from app.vault.connection import Connection

# Every place a person can be linked to a case: (table, how to find the case of a row).
_CASE_LINKS = (
    "SELECT case_id FROM participants WHERE person_id = :p",
    "SELECT i.case_id FROM evidence_person_links l JOIN evidence_items i ON i.id = l.item_id"
    " WHERE l.person_id = :p",
    "SELECT case_id FROM steungroep_members WHERE person_id = :p",
    "SELECT a.case_id FROM agreement_participants x JOIN agreements a"
    " ON a.id = x.agreement_id WHERE x.person_id = :p",
    "SELECT s.case_id FROM step_record_participants x JOIN step_records s"
    " ON s.id = x.record_id WHERE x.person_id = :p",
    "SELECT case_id FROM case_forms WHERE person_id = :p",
)
# Protocol records that keep what was done with a person; deleting them would rewrite
# the case's history, so a person in them cannot be deleted.
_RECORDS = (
    "SELECT count(*) FROM steungroep_members WHERE person_id = ?",
    "SELECT count(*) FROM agreement_participants WHERE person_id = ?",
    "SELECT count(*) FROM step_record_participants WHERE person_id = ?",
    "SELECT count(*) FROM case_forms WHERE person_id = ?",
)


def cases_of_person(conn: Connection, person_id: int) -> list[int]:
    """Every case the person is linked to in any way, in order."""
    sql = " UNION ".join(_CASE_LINKS)
    return sorted(int(r[0]) for r in conn.execute(sql, {"p": person_id}))


def references(conn: Connection, case_ids: list[int]) -> list[str]:
    marks = ",".join("?" * len(case_ids))
    rows = conn.execute(f"SELECT reference FROM cases WHERE id IN ({marks})"
                        " ORDER BY reference", case_ids).fetchall()
    return [str(r[0]) for r in rows]


def _require_person(conn: Connection, person_id: int) -> None:
    if conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is None:
        raise NotFoundError("person.not_found")


def _unlink_from_case(vault: Vault, tx: Connection, case_id: int, person_id: int,
                      reason: str) -> int:
    """Delete the person's roles in the case and their links to its evidence."""
    rows = tx.execute("SELECT id, role FROM participants WHERE case_id = ? AND person_id = ?"
                      " ORDER BY id", (case_id, person_id)).fetchall()
    links = tx.execute(
        "DELETE FROM evidence_person_links WHERE person_id = ? AND item_id IN"
        " (SELECT id FROM evidence_items WHERE case_id = ?)", (person_id, case_id)).rowcount
    for participant_id, role in rows:
        tx.execute("DELETE FROM participants WHERE id = ?", (participant_id,))
        vault.audit.record(tx, "participant.removed", "case", case_id, person_id=person_id,
                           role=role, reason=reason)
    return len(rows) + max(links, 0)


def remove_from_case(vault: Vault, case_id: int, person_id: int, reason: str) -> None:
    text = clean_reason(reason)
    with vault.write() as tx:
        _require_person(tx, person_id)
        if not _unlink_from_case(vault, tx, case_id, person_id, text):
            raise NotFoundError("participant.not_found")


def delete_person(vault: Vault, person_id: int, reason: str,
                  case_id: int | None = None) -> None:
    """Delete a person who appears in no case but `case_id` (taken out of that one)."""
    text = clean_reason(reason)
    with vault.write() as tx:
        _require_person(tx, person_id)
        elsewhere = [c for c in cases_of_person(tx, person_id) if c != case_id]
        if elsewhere:
            raise InvalidInputError("person.in_other_cases",
                                    cases=", ".join(references(tx, elsewhere)))
        if any(tx.execute(sql, (person_id,)).fetchone()[0] for sql in _RECORDS):
            raise InvalidInputError("person.has_records")
        if case_id is not None:
            _unlink_from_case(vault, tx, case_id, person_id, text)
        forms = tx.execute("DELETE FROM identity_forms WHERE person_id = ?",
                           (person_id,)).rowcount
        tx.execute("DELETE FROM people WHERE id = ?", (person_id,))
        vault.audit.record(tx, "person.deleted", "person", person_id, case_id=case_id,
                           reason=text, identity_forms=max(forms, 0))
    vault.checkpoint()  # the deleted name leaves the WAL too
