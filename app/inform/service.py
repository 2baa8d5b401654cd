"""`case_file.inform`: the protocol's inform items for a case, and recording them.

An item is to do until it is recorded as done or deliberately not done. It is due once
the step it follows is recorded: on that day, or within the protocol's own term
(`within`), the only case in which it can be late. An item that waits for a choice
(`when_choice`) is not needed until that option is chosen, and an `optional` one only
when the case calls for it; both can still be recorded. An item with `gates` is not due
before those conditions (the pupil's consent) are recorded.
A parent conversation or call is also put on the timeline as an oudercontact.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.audit import fresh_id
from app.casework._base import Repo, opt_moment
from app.casework.model import TodoItem, TodoKind, TodoState
from app.casework.progress import CaseData, load_case_data
from app.domain import CaseStatus, EntryKind
from app.errors import InvalidInputError, NotFoundError
from app.inform.model import InformLine, InformRecord, InformState
from app.messages import Message
from app.pacing import paced_rows
from app.protocols import InformItem, Protocol, local_date
from app.protocols.inform import MEANS
from app.reasons import clean_reason
from app.timeutil import from_storage, to_storage
from app.wording import dutch

#: Means that make a contact worth a timeline entry when parents are informed.
PARENT_MEANS = frozenset({"gesprek", "telefoon"})
_COLUMNS = ("item_id, status, occurred_at, means, by_whom, note, reason, entry_id,"
            " recorded_at")


def _record(row: tuple[Any, ...]) -> InformRecord:
    return InformRecord(row[0], InformState(row[1]), opt_moment(row[2]), row[3], row[4],
                        row[5], row[6], row[7], from_storage(row[8]))


def _is_parents(item: InformItem) -> bool:
    return "ouder" in item.who.lower()


class Informing(Repo):
    # ----------------------------------------------------------------- reading
    def _protocol(self, case_id: int) -> Protocol | None:
        choice = self.current_choice(case_id)
        return self._registry.find(choice.protocol_id) if choice else None

    def _records(self, case_id: int) -> dict[str, InformRecord]:
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM inform_records WHERE case_id = ?",
                                 (case_id,))
        return {r[0]: _record(r) for r in rows}

    def lines(self, case_id: int) -> list[InformLine]:
        """Every inform item of the case's protocol, in the file's order, with its state."""
        self._require_case(case_id)
        return self._lines(case_id, load_case_data(self._vault, case_id).get(case_id))

    def _lines(self, case_id: int, data: CaseData | None) -> list[InformLine]:
        protocol = self._protocol(case_id)
        if protocol is None:
            return []
        records = self._records(case_id)
        return [self._line(protocol, item, data, records.get(item.id))
                for item in protocol.inform]

    def _records_by_case(self, case_id: int | None) -> dict[int, dict[str, InformRecord]]:
        """The records of every case (or one) in one read, for 'te doen' over all cases."""
        sql = f"SELECT case_id, {_COLUMNS} FROM inform_records"
        rows = (self._vault.query(sql + " WHERE case_id = ?", (case_id,))
                if case_id is not None else self._vault.query(sql))
        out: dict[int, dict[str, InformRecord]] = {}
        for row in rows:
            out.setdefault(int(row[0]), {})[row[1]] = _record(row[1:])
        return out

    def _line(self, protocol: Protocol, item: InformItem, data: CaseData | None,
              record: InformRecord | None) -> InformLine:
        step = protocol.step(item.step) if item.step else None
        title = step.title if step else (item.step or "")
        if record is not None:
            return InformLine(item, title, record.state, None, False, record)
        progress = data.progress if data else None
        if item.optional:
            return InformLine(item, title, InformState.NIET_NODIG, None, False, None)
        if item.when_choice:
            chosen = {c.option for cs in (progress.choices.values() if progress else ())
                      for c in cs}
            if not chosen & set(item.when_choice):
                return InformLine(item, title, InformState.NIET_NODIG, None, False, None)
        due = start = None
        if progress is not None and all(g in progress.conditions for g in item.gates):
            done = progress.completions.get(item.step) if item.step else None
            start = local_date(min(done)) if done else (None if item.step else progress.melding)
            if start is not None:
                due = item.within.add_to(start) if item.within else start
        return InformLine(item, title, InformState.TE_DOEN, due, item.within is not None, None,
                          start)

    def line(self, case_id: int, item_id: str) -> InformLine:
        for line in self.lines(case_id):
            if line.item.id == item_id:
                return line
        raise NotFoundError("inform.item_unknown", item=item_id)

    def todo_items(self, today: date, case_id: int | None = None) -> list[TodoItem]:
        """'Te doen' lines: open items whose step was recorded, in cases still being
        worked on. Late only past a term the protocol itself gives."""
        out = []
        records = self._records_by_case(case_id)
        for cid, data in paced_rows(load_case_data(self._vault, case_id).items(),
                                    bulk=case_id is None):
            if data.choice is None or data.status in (CaseStatus.GESLOTEN,
                                                      CaseStatus.MONITORING):
                continue
            protocol = self._registry.find(data.choice.protocol_id)   # the current choice
            if protocol is None:
                continue
            found = records.get(cid, {})
            for line in (self._line(protocol, item, data, found.get(item.id))
                         for item in protocol.inform):
                if line.state is not InformState.TE_DOEN or line.due is None \
                        or line.from_date is None or line.from_date > today:
                    continue
                late = line.deadline and line.due < today
                out.append(TodoItem(
                    cid, data.reference, data.title, TodoKind.INFORM,
                    f"informeren/{line.item.id}",
                    Message("todo.inform", who=line.item.who, means=line.item.means),
                    line.due, TodoState.OVERDUE if late else TodoState.DUE, data.priority))
        return out

    # ----------------------------------------------------------------- writing
    def record_done(self, case_id: int, item_id: str, occurred_at: datetime, *,
                    means: str = "", by_whom: str = "", note: str = "") -> InformLine:
        """Informed: when, how (the protocol's means when not given), by whom, a note.
        Parents informed by a conversation or call also get an oudercontact entry."""
        if occurred_at.tzinfo is None:
            raise InvalidInputError("input.time_without_zone")
        item = self.line(case_id, item_id).item
        means = means or item.means
        if means not in MEANS:
            raise InvalidInputError("inform.means_unknown", means=means, allowed=MEANS)
        with self._vault.write() as tx:
            entry_id = None
            if means in PARENT_MEANS and _is_parents(item):
                text = dutch(Message("inform.contact_entry", who=item.who, means=means,
                                     note=note.strip()))
                entry_id = self._timeline.add(case_id, EntryKind.OUDERCONTACT, text,
                                              occurred_at, with_whom=by_whom.strip()).id
            self._store(tx, case_id, item_id, InformState.GEDAAN,
                        occurred_at=to_storage(occurred_at), means=means,
                        by_whom=by_whom.strip(), note=note.strip(), entry_id=entry_id)
        return self.line(case_id, item_id)

    def record_not(self, case_id: int, item_id: str, reason: str) -> InformLine:
        """Deliberately not informed, with the reason."""
        self.line(case_id, item_id)
        reason = clean_reason(reason) if reason.strip() else ""
        if not reason:
            raise InvalidInputError("inform.reason_missing")
        with self._vault.write() as tx:
            self._store(tx, case_id, item_id, InformState.BEWUST_NIET, reason=reason)
        return self.line(case_id, item_id)

    def reopen(self, case_id: int, item_id: str) -> InformLine:
        """Back to 'to do' (a record made by mistake); the audit log keeps the old one.
        A timeline contact it made stays: that conversation did take place."""
        self.line(case_id, item_id)
        with self._vault.write() as tx:
            tx.execute("DELETE FROM inform_records WHERE case_id = ? AND item_id = ?",
                       (case_id, item_id))
            self._audit(tx, "inform.reopened", case_id, item=item_id)
            self._touch(tx, case_id)
        return self.line(case_id, item_id)

    def _store(self, tx: Any, case_id: int, item_id: str, state: InformState, *,
               occurred_at: str | None = None, means: str = "", by_whom: str = "",
               note: str = "", reason: str = "", entry_id: int | None = None) -> None:
        tx.execute("DELETE FROM inform_records WHERE case_id = ? AND item_id = ?",
                   (case_id, item_id))
        tx.execute(
            f"INSERT INTO inform_records (id, case_id, {_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (fresh_id(tx, "inform_records", "inform"), case_id, item_id, state.value,
             occurred_at, means, by_whom, note, reason, entry_id, self._now()))
        self._audit(tx, "inform.recorded", case_id, item=item_id, status=state.value,
                    means=means or None, entry_id=entry_id)
        self._touch(tx, case_id)
