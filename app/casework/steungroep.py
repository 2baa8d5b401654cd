"""The steungroep: composed from the case's people, with each member's idea ("Ik ga ...")
and, at the next meeting, what the member did. Sizes outside 5-8 give a warning only.
"""

from __future__ import annotations

from typing import Any

from app.casework._base import Repo
from app.casework.model import SteungroepMember, SteungroepNote, SteungroepResult
from app.domain import Person, Role
from app.errors import InvalidInputError, NotFoundError
from app.messages import Message
from app.timeutil import from_storage

MIN_SIZE, MAX_SIZE = 5, 8
IDEA, RESULT = "idee", "resultaat"


class Steungroep(Repo):
    def members(self, case_id: int) -> list[SteungroepMember]:
        rows = self._vault.query(
            "SELECT m.id, m.participant_id, p.id, p.name, p.group_name, pa.role, m.added_at"
            " FROM steungroep_members m JOIN people p ON p.id = m.person_id"
            " LEFT JOIN participants pa ON pa.id = m.participant_id"
            " WHERE m.case_id = ? AND m.removed_at IS NULL ORDER BY m.id", (case_id,))
        return [SteungroepMember(r[0], r[1], Person(r[2], r[3], r[4]),
                                 Role(r[5]) if r[5] else None, from_storage(r[6])) for r in rows]

    def warnings(self, case_id: int) -> tuple[Message, ...]:
        members = self.members(case_id)
        out = []
        if members and not MIN_SIZE <= len(members) <= MAX_SIZE:
            out.append(Message("steungroep.unusual_size", count=len(members), low=MIN_SIZE,
                               high=MAX_SIZE))
        victims = self._victims(case_id)
        if any(m.person.id in victims for m in members):
            out.append(Message("steungroep.victim_is_member"))
        return tuple(out)

    def _victims(self, case_id: int) -> set[int]:
        """Person ids of the case's bullied students."""
        return {r[0] for r in self._vault.query(
            "SELECT person_id FROM participants WHERE case_id = ? AND role = 'gepeste'",
            (case_id,))}

    def compose(self, case_id: int, participant_ids: list[int] | tuple[int, ...]
                ) -> SteungroepResult:
        """Set the group to exactly these case participants; returns it with warnings.

        The bullied student is refused: the method works because they are not there."""
        self._require_case(case_id)
        chosen = self._participants(case_id, participant_ids)
        if any(person.id in self._victims(case_id) for _, person in chosen):
            raise InvalidInputError("steungroep.victim_not_allowed")
        current = {m.participant_id: m for m in self.members(case_id)}
        wanted = {pid for pid, _ in chosen}
        now = self._now()
        with self._vault.write() as tx:
            for pid, member in current.items():
                if pid not in wanted:
                    tx.execute("UPDATE steungroep_members SET removed_at = ? WHERE id = ?",
                               (now, member.id))
            persons_in = {m.person.id for m in current.values()}
            for pid, person in chosen:
                if pid not in current and person.id not in persons_in:
                    tx.execute("INSERT INTO steungroep_members (case_id, participant_id,"
                               " person_id, added_at) VALUES (?,?,?,?)",
                               (case_id, pid, person.id, now))
                    persons_in.add(person.id)
            self._touch(tx, case_id)
            self._audit(tx, "casework.steungroep_composed", case_id, size=len(persons_in))
        return SteungroepResult(tuple(self.members(case_id)), self.warnings(case_id))

    def _add_notes(self, case_id: int, notes: dict[int, str], kind: str,
                   step_record_id: int | None) -> tuple[Message, ...]:
        members = {m.id: m for m in self.members(case_id)}
        unknown = [mid for mid in notes if mid not in members]
        if unknown:
            raise InvalidInputError("steungroep.not_a_member")
        cleaned = {mid: text.strip() for mid, text in notes.items() if text.strip()}
        if not cleaned:
            raise InvalidInputError("steungroep.ideas_missing" if kind == IDEA
                                    else "steungroep.results_missing")
        warnings = []
        if kind == IDEA:
            warnings = [Message("steungroep.idea_not_ik_ga", name=members[mid].person.name)
                        for mid, text in cleaned.items() if not text.lower().startswith("ik ")]
        with self._vault.write() as tx:
            tx.executemany("INSERT INTO steungroep_notes (member_id, kind, text, step_record_id,"
                           " recorded_at) VALUES (?,?,?,?,?)",
                           [(mid, kind, text, step_record_id, self._now())
                            for mid, text in cleaned.items()])
            self._touch(tx, case_id)
            self._audit(tx, f"casework.steungroep_{kind}", case_id, members=sorted(cleaned),
                        step_record_id=step_record_id)
        return tuple(warnings)

    def record_ideas(self, case_id: int, ideas: dict[int, str],
                     step_record_id: int | None = None) -> tuple[Message, ...]:
        """Per member id the idea in "Ik ga ..." form; returns warnings (never refuses)."""
        return self._add_notes(case_id, ideas, IDEA, step_record_id)

    def record_results(self, case_id: int, results: dict[int, str],
                       step_record_id: int | None = None) -> tuple[Message, ...]:
        """Per member id what the member did, told at the next meeting."""
        return self._add_notes(case_id, results, RESULT, step_record_id)

    def notes(self, case_id: int, member_id: int | None = None) -> list[SteungroepNote]:
        sql = ("SELECT n.id, n.member_id, n.kind, n.text, n.step_record_id, n.recorded_at FROM"
               " steungroep_notes n JOIN steungroep_members m ON m.id = n.member_id"
               " WHERE m.case_id = ?")
        params: list[Any] = [case_id]
        if member_id is not None:
            sql += " AND n.member_id = ?"
            params.append(member_id)
        return [SteungroepNote(r[0], r[1], r[2], r[3], r[4], from_storage(r[5]))
                for r in self._vault.query(sql + " ORDER BY n.id", params)]

    def latest_idea(self, case_id: int, member_id: int) -> SteungroepNote | None:
        ideas = [n for n in self.notes(case_id, member_id) if n.kind == IDEA]
        if not ideas and member_id not in {m.id for m in self.members(case_id)}:
            raise NotFoundError("steungroep.member_not_found")
        return ideas[-1] if ideas else None
