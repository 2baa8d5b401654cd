"""Marks on a case that bring a duty with them, set and cleared through the front door
and audited (`work.marks`).

`zeden-medewerker`: the case concerns a sexual offence by a staff member against a
pupil. Every staff member, the internal counsellor included, must tell the board
(bevoegd gezag) at once; the counsellor's confidentiality does not apply to this
(Wet op het primair/voortgezet onderwijs, meld- en aangifteplicht). The duty is shown
prominently wherever the case is (the `mark.*` messages).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.casework._base import Repo
from app.errors import InvalidInputError
from app.messages import Message
from app.timeutil import from_storage


class CaseMark(StrEnum):
    STAFF_SEXUAL_OFFENCE = "zeden-medewerker"


#: What each mark asks of the counsellor, shown with the case.
DUTIES: dict[CaseMark, Message] = {
    CaseMark.STAFF_SEXUAL_OFFENCE: Message("mark.staff_sexual_offence_duty"),
}


@dataclass(frozen=True)
class MarkRecord:
    id: int
    case_id: int
    mark: CaseMark
    active: bool
    note: str
    set_at: datetime


def case_mark(value: str) -> CaseMark:
    try:
        return CaseMark(value)
    except ValueError:
        raise InvalidInputError("mark.unknown", mark=value,
                                allowed=tuple(m.value for m in CaseMark)) from None


class CaseMarks(Repo):
    def set(self, case_id: int, mark: CaseMark | str, active: bool = True,
            note: str = "") -> MarkRecord:
        """Set (or with active False clear) a mark; clearing needs a reason."""
        self._require_case(case_id)
        chosen = case_mark(str(mark))
        if not active and not note.strip():
            raise InvalidInputError("mark.clear_reason_missing")
        with self._vault.write() as tx:
            cur = tx.execute("INSERT INTO case_marks (case_id, mark, active, note, set_at)"
                             " VALUES (?,?,?,?,?)",
                             (case_id, chosen.value, int(active), note.strip(), self._now()))
            self._touch(tx, case_id)
            self._audit(tx, "casework.mark_set" if active else "casework.mark_cleared",
                        case_id, mark=chosen.value)
        return next(r for r in self.history(case_id) if r.id == cur.lastrowid)

    def history(self, case_id: int) -> list[MarkRecord]:
        rows = self._vault.query("SELECT id, case_id, mark, active, note, set_at FROM case_marks"
                                 " WHERE case_id = ? ORDER BY id", (case_id,))
        return [MarkRecord(r[0], r[1], CaseMark(r[2]), bool(r[3]), r[4], from_storage(r[5]))
                for r in rows]

    def active(self, case_id: int) -> tuple[CaseMark, ...]:
        latest: dict[CaseMark, bool] = {}
        for record in self.history(case_id):
            latest[record.mark] = record.active
        return tuple(m for m in CaseMark if latest.get(m))

    def duties(self, case_id: int) -> tuple[Message, ...]:
        """The duty each active mark brings, to show prominently with the case."""
        return tuple(DUTIES[m] for m in self.active(case_id))
