"""A case's status and urgency: in behandeling, monitoring, closing with an outcome,
escalation to the coordinator (an overdracht entry) and the priority with its reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from app.casework._base import Repo, aware
from app.casework.model import Outcome, OutcomeRecord, Priority, PriorityRecord
from app.casework.progress import monitoring_schedules
from app.domain import CaseStatus, Entry, EntryKind, Precision
from app.errors import InvalidInputError
from app.messages import Message
from app.timeutil import from_storage
from app.wording import label


def _priority_record(row: tuple[Any, ...]) -> PriorityRecord:
    """An automatic priority keeps its reason as a stored message (older vaults: Dutch)."""
    reason: str | Message = row[1]
    if row[2] and row[1].startswith('{"code"'):
        reason = Message.from_json(json.loads(row[1]))
    return PriorityRecord(Priority(row[0]), reason, bool(row[2]), from_storage(row[3]))


class CaseStatusService(Repo):
    # -- status --------------------------------------------------------------------------
    def set_status(self, case_id: int, status: CaseStatus) -> None:
        """nieuw, in-behandeling or monitoring. Use `close` for gesloten."""
        status = CaseStatus(status)
        if status is CaseStatus.GESLOTEN:
            raise InvalidInputError("status.close_with_outcome")
        self._cases.update(case_id, status=status)

    def protocol_keeps_monitoring(self, case_id: int) -> bool:
        """Whether the case's protocol has follow-ups that outlive closing (e.g. 2 years)."""
        choice = self.current_choice(case_id)
        protocol = self._registry.find(choice.protocol_id) if choice else None
        return bool(protocol and monitoring_schedules(protocol))

    def close(self, case_id: int, outcome: Outcome, note: str = "",
              keep_monitoring: bool | None = None, on: date | None = None) -> OutcomeRecord:
        """Close with an outcome. Monitoring dates stay in 'te doen' if the protocol has
        them (or `keep_monitoring` says so); a timeline note records the closing."""
        outcome = Outcome(outcome)
        self._require_case(case_id)
        keep = self.protocol_keeps_monitoring(case_id) if keep_monitoring is None \
            else keep_monitoring
        closed_on = on or self._vault.clock.today_local()
        text = f"Melding gesloten. Uitkomst: {label(outcome)}."
        if note.strip():
            text += f"\n{note.strip()}"
        if keep:
            text += "\nDe monitoring volgens het protocol loopt door."
        with self._vault.write() as tx:
            entry = self._timeline.add(case_id, EntryKind.NOTITIE, text,
                                             self._vault.clock.now(), Precision.EXACT)
            cur = tx.execute("INSERT INTO case_outcomes (case_id, outcome, note, keep_monitoring,"
                             " closed_on, entry_id, recorded_at) VALUES (?,?,?,?,?,?,?)",
                             (case_id, outcome.value, note.strip(), int(keep),
                              closed_on.isoformat(), entry.id, self._now()))
            self._cases.update(case_id, status=CaseStatus.GESLOTEN)
            self._audit(tx, "casework.closed", case_id, outcome=outcome.value,
                        keep_monitoring=keep)
        return next(o for o in self.outcomes(case_id) if o.id == cur.lastrowid)

    def reopen(self, case_id: int, reason: str) -> Entry:
        if not reason.strip():
            raise InvalidInputError("status.reopen_reason_missing")
        with self._vault.write():
            entry = self._timeline.add(case_id, EntryKind.NOTITIE,
                                             f"Melding heropend: {reason.strip()}",
                                             self._vault.clock.now(), Precision.EXACT)
            self._cases.update(case_id, status=CaseStatus.IN_BEHANDELING)
        return entry

    def outcomes(self, case_id: int) -> list[OutcomeRecord]:
        rows = self._vault.query("SELECT id, case_id, outcome, note, keep_monitoring, closed_on,"
                                 " entry_id, recorded_at FROM case_outcomes WHERE case_id = ?"
                                 " ORDER BY id", (case_id,))
        return [OutcomeRecord(r[0], r[1], Outcome(r[2]), r[3], bool(r[4]),
                              date.fromisoformat(r[5]), r[6], from_storage(r[7])) for r in rows]

    def outcome(self, case_id: int) -> OutcomeRecord | None:
        found = self.outcomes(case_id)
        return found[-1] if found else None

    # -- escalation --------------------------------------------------------------------
    def escalation_chain(self, case_id: int) -> tuple[str, ...]:
        """Who takes over next according to the protocol (may be empty)."""
        choice = self.current_choice(case_id)
        protocol = self._registry.find(choice.protocol_id) if choice else None
        return protocol.escalation if protocol else ()

    def escalate(self, case_id: int, to_whom: str, reason: str,
                 at: datetime | None = None) -> Entry:
        """Hand the case to the coordinator (or another): a timeline entry 'overdracht'."""
        if not to_whom.strip():
            raise InvalidInputError("status.escalate_to_missing")
        if not reason.strip():
            raise InvalidInputError("status.escalate_reason_missing")
        moment = aware(at or self._vault.clock.now())
        with self._vault.write() as tx:
            entry = self._timeline.add(
                case_id, EntryKind.OVERDRACHT,
                f"Overgedragen aan {to_whom.strip()}. Reden: {reason.strip()}", moment,
                Precision.EXACT, to_whom)
            self._audit(tx, "casework.escalated", case_id, entry_id=entry.id)
        return entry

    # -- priority ----------------------------------------------------------------------
    def priority(self, case_id: int) -> PriorityRecord:
        rows = self._vault.query("SELECT priority, reason, automatic, set_at FROM"
                                 " case_priorities WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                                 (case_id,))
        if not rows:
            return PriorityRecord(Priority.NORMAAL, "", False, None)
        return _priority_record(rows[0])

    def set_priority(self, case_id: int, priority: Priority, reason: str) -> PriorityRecord:
        priority = Priority(priority)
        self._require_case(case_id)
        if not reason.strip():
            raise InvalidInputError("priority.reason_missing")
        with self._vault.write() as tx:
            tx.execute("INSERT INTO case_priorities (case_id, priority, reason, automatic,"
                       " set_at) VALUES (?,?,?,0,?)",
                       (case_id, priority.value, reason.strip(), self._now()))
            self._touch(tx, case_id)
            self._audit(tx, "casework.priority_set", case_id, priority=priority.value,
                        automatic=False)
        return self.priority(case_id)

    def priorities(self, case_ids: Iterable[int] | None = None) -> dict[int, Priority]:
        """Every case (or each of `case_ids`) whose latest priority is above normaal (for
        the case list)."""
        sql = ("SELECT p.case_id, p.priority FROM case_priorities p WHERE"
               " p.id = (SELECT max(id) FROM case_priorities q WHERE"
               " q.case_id = p.case_id) AND p.priority != 'normaal'")
        ids = None if case_ids is None else sorted(set(case_ids))
        if ids == []:
            return {}
        if ids is not None:
            sql += f" AND p.case_id IN ({','.join('?' * len(ids))})"
        rows = self._vault.query(sql, ids or [])
        return {r[0]: Priority(r[1]) for r in rows}

    def priority_history(self, case_id: int) -> list[PriorityRecord]:
        rows = self._vault.query("SELECT priority, reason, automatic, set_at FROM"
                                 " case_priorities WHERE case_id = ? ORDER BY id", (case_id,))
        return [_priority_record(r) for r in rows]

