"""Agreements (afspraken) and what the counsellor did to the follow-ups.

A broken agreement gets a timeline entry of kind 'afspraak' and stays visible through
`broken()`. Follow-up actions are appended (latest per key counts), keyed by the
engine's stable follow-up key within the case's current protocol choice.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.casework._base import Repo, aware, opt_date, opt_moment
from app.casework.model import (
    AgreementRecord,
    AgreementStatus,
    FollowUpAction,
    FollowUpActionRecord,
    NewAgreement,
)
from app.casework.progress import build_schedule, load_case_data
from app.domain import EntryKind, Person, Precision
from app.errors import InvalidInputError, NotFoundError
from app.timeutil import format_date_nl, from_storage, to_storage

if TYPE_CHECKING:
    from app.vault.connection import Connection

_COLUMNS = ("id, case_id, text, made_on, evaluate_on, status, status_note, status_at,"
            " step_record_id, case_protocol_id, status_entry_id")


class Agreements(Repo):
    def add(self, case_id: int, new: NewAgreement, *, step_record_id: int | None = None
            ) -> AgreementRecord:
        """Record an agreement; follow-ups of the protocol are generated from it."""
        self._require_case(case_id)
        with self._vault.write() as tx:
            agreement_id = self.insert(tx, case_id, new, step_record_id=step_record_id)
        return self.get(agreement_id)

    def insert(self, tx: Connection, case_id: int, new: NewAgreement, *,
               step_record_id: int | None = None, default_made_on: datetime | None = None
               ) -> int:
        text = new.text.strip()
        if not text:
            raise InvalidInputError("agreement.text_missing")
        made_on = aware(new.made_on or default_made_on or self._vault.clock.now())
        people = self._participants(case_id, new.participant_ids)
        choice = self.current_choice(case_id)
        cur = tx.execute(
            "INSERT INTO agreements (case_id, case_protocol_id, step_record_id, text, made_on,"
            " evaluate_on, recorded_at) VALUES (?,?,?,?,?,?,?)",
            (case_id, choice.id if choice else None, step_record_id, text, to_storage(made_on),
             new.evaluate_on.isoformat() if new.evaluate_on else None, self._now()))
        agreement_id = int(cur.lastrowid or 0)
        tx.executemany("INSERT INTO agreement_participants (agreement_id, participant_id,"
                       " person_id) VALUES (?,?,?)",
                       [(agreement_id, pid, person.id) for pid, person in people])
        self._touch(tx, case_id)
        self._audit(tx, "casework.agreement_added", case_id, agreement_id=agreement_id,
                    step_record_id=step_record_id)
        return agreement_id

    def set_status(self, agreement_id: int, status: AgreementStatus, note: str = "",
                   at: datetime | None = None) -> AgreementRecord:
        """Mark kept, broken or open again. Broken: a timeline entry says so."""
        status = AgreementStatus(status)
        current = self.get(agreement_id)
        moment = aware(at or self._vault.clock.now())
        if status is AgreementStatus.BROKEN and not note.strip():
            raise InvalidInputError("agreement.broken_note_missing")
        with self._vault.write() as tx:
            entry_id = current.status_entry_id
            if status is AgreementStatus.BROKEN:
                names = ", ".join(p.name for p in current.participants)
                text = (f"Afspraak niet nagekomen: {current.text}\n{note.strip()}"
                        f"\n(Afgesproken op {format_date_nl(current.made_on)}.)")
                entry_id = self._timeline.add(current.case_id, EntryKind.AFSPRAAK, text,
                                                    moment, Precision.EXACT, names).id
            tx.execute("UPDATE agreements SET status = ?, status_note = ?, status_at = ?,"
                       " status_entry_id = ? WHERE id = ?",
                       (status.value, note.strip(), to_storage(moment), entry_id, agreement_id))
            self._touch(tx, current.case_id)
            self._audit(tx, "casework.agreement_status", current.case_id,
                        agreement_id=agreement_id, status=status.value)
        return self.get(agreement_id)

    def _records(self, where: str, params: tuple[Any, ...]) -> list[AgreementRecord]:
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM agreements WHERE {where} ORDER BY"
                                 " made_on, id", params)
        if not rows:
            return []
        ids = [r[0] for r in rows]
        people: dict[int, list[tuple[int, Person]]] = {}
        for aid, pid, person_id, name, group in self._vault.query(
                "SELECT ap.agreement_id, ap.participant_id, p.id, p.name, p.group_name"
                " FROM agreement_participants ap JOIN people p ON p.id = ap.person_id"
                f" WHERE ap.agreement_id IN ({','.join('?' * len(ids))})"
                " ORDER BY ap.rowid", ids):
            people.setdefault(aid, []).append((pid, Person(person_id, name, group)))
        return [AgreementRecord(
            id=r[0], case_id=r[1], text=r[2],
            participant_ids=tuple(p for p, _ in people.get(r[0], [])),
            participants=tuple(x for _, x in people.get(r[0], [])),
            made_on=from_storage(r[3]), evaluate_on=opt_date(r[4]),
            status=AgreementStatus(r[5]), status_note=r[6], status_at=opt_moment(r[7]),
            step_record_id=r[8], choice_id=r[9], status_entry_id=r[10]) for r in rows]

    def get(self, agreement_id: int) -> AgreementRecord:
        found = self._records("id = ?", (agreement_id,))
        if not found:
            raise NotFoundError("agreement.not_found")
        return found[0]

    def for_case(self, case_id: int) -> list[AgreementRecord]:
        return self._records("case_id = ?", (case_id,))

    def broken(self, case_id: int) -> list[AgreementRecord]:
        """Broken agreements: shown prominently on the case."""
        return self._records("case_id = ? AND status = 'verbroken'", (case_id,))

    def for_step_record(self, record_id: int) -> list[AgreementRecord]:
        return self._records("step_record_id = ?", (record_id,))


class FollowUps(Repo):
    """Done / moved / cancelled, per stable follow-up key of the current protocol."""

    def _act(self, case_id: int, key: str, action: FollowUpAction, on_date: date,
             reason: str) -> FollowUpActionRecord:
        choice = self._require_choice(case_id)
        data = load_case_data(self._vault, case_id)[case_id]
        work = build_schedule(self._registry, data, self._vault.clock.today_local())
        if work is None or key not in {f.key for f in work.followups}:
            raise InvalidInputError("followup.not_in_protocol")
        with self._vault.write() as tx:
            cur = tx.execute(
                "INSERT INTO followup_actions (case_id, case_protocol_id, followup_key, action,"
                " on_date, reason, recorded_at) VALUES (?,?,?,?,?,?,?)",
                (case_id, choice.id, key, action.value, on_date.isoformat(), reason.strip(),
                 self._now()))
            action_id = int(cur.lastrowid or 0)
            self._touch(tx, case_id)
            self._audit(tx, f"casework.followup_{action.name.lower()}", case_id, key=key,
                        on_date=on_date.isoformat())
        return FollowUpActionRecord(action_id, key, action, on_date, reason.strip(),
                                    self._vault.clock.now())

    def mark_done(self, case_id: int, key: str, on: date | None = None, note: str = ""
                  ) -> FollowUpActionRecord:
        return self._act(case_id, key, FollowUpAction.DONE,
                         on or self._vault.clock.today_local(), note)

    def move(self, case_id: int, key: str, new_date: date, reason: str) -> FollowUpActionRecord:
        if not reason.strip():
            raise InvalidInputError("followup.move_reason_missing")
        return self._act(case_id, key, FollowUpAction.MOVED, new_date, reason)

    def cancel(self, case_id: int, key: str, reason: str) -> FollowUpActionRecord:
        if not reason.strip():
            raise InvalidInputError("followup.cancel_reason_missing")
        return self._act(case_id, key, FollowUpAction.CANCELLED,
                         self._vault.clock.today_local(), reason)

    def history(self, case_id: int, key: str | None = None) -> list[FollowUpActionRecord]:
        sql = ("SELECT id, followup_key, action, on_date, reason, recorded_at FROM"
               " followup_actions WHERE case_id = ?")
        params: list[Any] = [case_id]
        if key is not None:
            sql += " AND followup_key = ?"
            params.append(key)
        return [FollowUpActionRecord(r[0], r[1], FollowUpAction(r[2]), date.fromisoformat(r[3]),
                                     r[4], from_storage(r[5]))
                for r in self._vault.query(sql + " ORDER BY id", params)]
