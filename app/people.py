"""People and their roles in cases. One person can play different roles in several cases."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from app import people_removal
from app.audit import fresh_id
from app.cases import require_editable
from app.domain import Participant, Person, Role
from app.errors import InvalidInputError, NotFoundError
from app.timeutil import to_storage

if TYPE_CHECKING:
    from app.vault import Vault


def _person(row: tuple[Any, ...]) -> Person:
    born = date.fromisoformat(row[3]) if len(row) > 3 and row[3] else None
    return Person(id=row[0], name=row[1], group_name=row[2], born_on=born)


class PeopleRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def create(self, name: str, group_name: str = "") -> Person:
        name = name.strip()
        if not name:
            raise InvalidInputError("person.name_missing")
        with self._vault.write() as tx:
            cur = tx.execute("INSERT INTO people (id, name, group_name, created_at)"
                             " VALUES (?,?,?,?)", (fresh_id(tx, "people", "person"), name,
                                                   group_name.strip(),
                                                   to_storage(self._vault.clock.now())))
            person_id = int(cur.lastrowid or 0)
            self._vault.audit.record(tx, "person.created", "person", person_id)
        return Person(person_id, name, group_name.strip())

    def get(self, person_id: int) -> Person:
        rows = self._vault.query("SELECT id, name, group_name, born_on FROM people"
                                 " WHERE id = ?", (person_id,))
        if not rows:
            raise NotFoundError("person.not_found")
        return _person(rows[0])

    def find(self, text: str = "", limit: int = 50) -> list[Person]:
        """People whose name contains `text` (case-insensitive), for pick-lists."""
        escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        rows = self._vault.query(
            "SELECT id, name, group_name, born_on FROM people WHERE name LIKE ? ESCAPE '\\'"
            " ORDER BY name COLLATE NOCASE LIMIT ?", (pattern, limit))
        return [_person(r) for r in rows]

    def rename(self, person_id: int, name: str, group_name: str, *,
               keep_old_name: bool = False) -> Person:
        """Correct a person's name and group (in every case they are in).

        With `keep_old_name` the old name stays in the identity register as a nickname,
        so a pseudonymised dossier keeps hiding it in texts written with it.
        """
        name, group_name = name.strip(), group_name.strip()
        if not name:
            raise InvalidInputError("person.name_missing")
        old = self.get(person_id)
        fields = [f for f, changed in (("name", name != old.name),
                                       ("group", group_name != old.group_name)) if changed]
        if not fields:
            return old
        keep = keep_old_name and "name" in fields and name.casefold() != old.name.casefold()
        with self._vault.write() as tx:
            tx.execute("UPDATE people SET name = ?, group_name = ? WHERE id = ?",
                       (name, group_name, person_id))
            if keep:
                tx.execute("INSERT OR IGNORE INTO identity_forms (person_id, kind, value,"
                           " added_at) VALUES (?, 'bijnaam', ?, ?)",
                           (person_id, old.name, to_storage(self._vault.clock.now())))
            self._vault.audit.record(tx, "person.updated", "person", person_id,
                                     fields=fields, old_name_kept=keep)
        return self.get(person_id)

    def set_born_on(self, person_id: int, born_on: date | None) -> Person:
        """Record (or forget, with None) a date of birth: it decides who exercises a
        pupil's rights in an access request (app/access)."""
        person = self.get(person_id)
        if born_on is not None and born_on > self._vault.clock.today_local():
            raise InvalidInputError("person.born_in_future", day=born_on)
        if born_on == person.born_on:
            return person
        with self._vault.write() as tx:
            tx.execute("UPDATE people SET born_on = ? WHERE id = ?",
                       (born_on.isoformat() if born_on else None, person_id))
            self._vault.audit.record(tx, "person.born_on_set", "person", person_id,
                                     known=born_on is not None)
        return self.get(person_id)

    def change_role(self, participant_id: int, role: Role) -> Participant:
        """Correct the role a person has in a case."""
        role = Role(role)
        with self._vault.write() as tx:
            row = tx.execute("SELECT case_id, person_id, role FROM participants WHERE id = ?",
                             (participant_id,)).fetchone()
            if row is None:
                raise NotFoundError("participant.not_found")
            case_id, person_id, old_role = row
            if old_role == role.value:
                return self._participant(participant_id)
            if tx.execute("SELECT 1 FROM participants WHERE case_id = ? AND person_id = ?"
                          " AND role = ?", (case_id, person_id, role.value)).fetchone():
                raise InvalidInputError("participant.already_in_role")
            tx.execute("UPDATE participants SET role = ? WHERE id = ?",
                       (role.value, participant_id))
            self._vault.audit.record(tx, "participant.role_changed", "case", case_id,
                                     person_id=person_id, old_role=old_role, role=role.value)
        return self._participant(participant_id)

    def _participant(self, participant_id: int) -> Participant:
        rows = self._vault.query(
            "SELECT pa.id, pa.case_id, p.id, p.name, p.group_name, pa.role, pa.note"
            " FROM participants pa JOIN people p ON p.id = pa.person_id WHERE pa.id = ?",
            (participant_id,))
        if not rows:
            raise NotFoundError("participant.not_found")
        r = rows[0]
        return Participant(r[0], r[1], Person(r[2], r[3], r[4]), Role(r[5]), r[6])

    def add_to_case(self, case_id: int, person_id: int, role: Role, note: str = "") -> Participant:
        role = Role(role)
        with self._vault.write() as tx:
            require_editable(tx, case_id)
            exists = tx.execute("SELECT 1 FROM participants WHERE case_id = ? AND person_id = ?"
                                " AND role = ?", (case_id, person_id, role.value)).fetchone()
            if exists:
                raise InvalidInputError("participant.already_in_role")
            cur = tx.execute(
                "INSERT INTO participants (case_id, person_id, role, note, added_at)"
                " VALUES (?,?,?,?,?)",
                (case_id, person_id, role.value, note.strip(), to_storage(self._vault.clock.now())))
            participant_id = int(cur.lastrowid or 0)
            self._vault.audit.record(tx, "participant.added", "case", case_id,
                                     person_id=person_id, role=role.value)
        return Participant(participant_id, case_id, self.get(person_id), role, note.strip())

    def add_new_to_case(self, case_id: int, name: str, role: Role, group_name: str = "",
                        note: str = "") -> Participant:
        with self._vault.write():
            person = self.create(name, group_name)
            return self.add_to_case(case_id, person.id, role, note)

    def remove_from_case(self, participant_id: int, reason: str = "") -> None:
        """Take one role of a person out of a case (the person stays in the vault)."""
        reason = " ".join(reason.split())
        with self._vault.write() as tx:
            row = tx.execute("SELECT case_id, person_id, role FROM participants WHERE id = ?",
                             (participant_id,)).fetchone()
            if row is None:
                raise NotFoundError("participant.not_found")
            tx.execute("DELETE FROM participants WHERE id = ?", (participant_id,))
            self._vault.audit.record(tx, "participant.removed", "case", row[0],
                                     person_id=row[1], role=row[2],
                                     **({"reason": reason} if reason else {}))

    def remove_person_from_case(self, case_id: int, person_id: int, reason: str) -> None:
        """Take a person (every role) out of a case, with the reason in the audit log.
        Their links to the case's evidence go too; the person stays in the vault."""
        people_removal.remove_from_case(self._vault, case_id, person_id, reason)

    def other_cases(self, person_id: int, case_id: int | None = None) -> list[str]:
        """References of the cases besides `case_id` the person appears in."""
        ids = [c for c in people_removal.cases_of_person(self._vault.conn, person_id)
               if c != case_id]
        return people_removal.references(self._vault.conn, ids)

    def delete(self, person_id: int, reason: str, case_id: int | None = None) -> None:
        """Delete a person and their identity register for good. Refused while they
        appear in any case but `case_id` (taken out of that one) or in its protocol
        records."""
        people_removal.delete_person(self._vault, person_id, reason, case_id)

    def for_case(self, case_id: int) -> list[Participant]:
        rows = self._vault.query(
            "SELECT pa.id, pa.case_id, p.id, p.name, p.group_name, pa.role, pa.note,"
            " p.born_on FROM participants pa JOIN people p ON p.id = pa.person_id"
            " WHERE pa.case_id = ? ORDER BY pa.id", (case_id,))
        return [Participant(r[0], r[1], _person((r[2], r[3], r[4], r[7])), Role(r[5]), r[6])
                for r in rows]

    def cases_of(self, person_id: int) -> list[tuple[int, Role]]:
        rows = self._vault.query("SELECT case_id, role FROM participants WHERE person_id = ?"
                                 " ORDER BY case_id", (person_id,))
        return [(r[0], Role(r[1])) for r in rows]
