"""Recording protocol steps: the record itself, skips and deviations, gate conditions and
choices (such as the 5 B's niet-confronterend / confronterend).

A step record's verslag lives in a timeline entry (kind gesprek, oudercontact or notitie)
so its revisions are the timeline's revisions. Gates are respected: recording a step
whose condition is missing needs a reason, which is stored as a deviation.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.casework._base import Repo, aware, opt_moment
from app.casework.agreements import Agreements
from app.casework.model import (
    ChoiceMade,
    ConditionRecord,
    ExceptionKind,
    NewAgreement,
    StepException,
    StepRecord,
)
from app.casework.registry import ProtocolRegistry
from app.consent import ConsentService, is_consent_condition
from app.domain import CaseStatus, EntryKind, Person, Precision, Revision
from app.errors import InvalidInputError, NotFoundError
from app.protocols import Protocol, Step
from app.timeutil import from_storage, to_storage

if TYPE_CHECKING:
    from app.vault import Vault
    from app.vault.connection import Connection

_STUDENT_ROLES = {"gepeste", "pester", "meeloper", "assistent", "aanmoediger", "buitenstaander",
                  "verdediger", "helper", "klasgenoot", "steungroep", "getuige"}
_RECORD_SQL = ("SELECT s.id, s.case_id, s.case_protocol_id, cp.protocol_id, s.step_id,"
               " s.occurred_at, s.entry_id, e.text, s.next_appointment, s.recorded_at"
               " FROM step_records s JOIN case_protocols cp ON cp.id = s.case_protocol_id"
               " JOIN entries e ON e.id = s.entry_id")


def entry_kind_for(step: Step) -> EntryKind:
    """Timeline kind for a step's verslag: a talk with parents, with students, or a note."""
    roles = set(step.participants)
    if "ouder" in roles:
        return EntryKind.OUDERCONTACT
    return EntryKind.GESPREK if roles & _STUDENT_ROLES else EntryKind.NOTITIE


class StepRecords(Repo):
    def __init__(self, vault: Vault, registry: ProtocolRegistry, agreements: Agreements
                 ) -> None:
        super().__init__(vault, registry)
        self._agreements = agreements

    def _protocol(self, case_id: int) -> tuple[int, Protocol]:
        choice = self._require_choice(case_id)
        return choice.id, self._registry.get(choice.protocol_id)

    @staticmethod
    def _step(protocol: Protocol, step_id: str) -> Step:
        try:
            return protocol.step(step_id)
        except KeyError:
            raise InvalidInputError("step.unknown", protocol=protocol.name,
                                    step=step_id) from None

    def missing_gates(self, case_id: int, step_id: str) -> list[str]:
        """Labels of the conditions this step still waits for (empty: it may go ahead)."""
        _, protocol = self._protocol(case_id)
        step = self._step(protocol, step_id)
        have = {c.key for c in self.conditions(case_id)}
        return [protocol.condition_label(g) for g in step.gates if g not in have]

    def record(self, case_id: int, step_id: str, occurred_at: datetime, *,
               participant_ids: tuple[int, ...] | list[int] = (), verslag: str = "",
               agreements: tuple[NewAgreement, ...] | list[NewAgreement] = (),
               next_appointment: datetime | None = None, entry_kind: EntryKind | None = None,
               choice: tuple[str, str] | None = None,
               conditions: tuple[tuple[str, str], ...] | list[tuple[str, str]] = (),
               deviation_reason: str = "") -> StepRecord:
        """Record that a step took place: one transaction for the whole dialog.

        `choice` = (option id, reason) for a step with a choice; `conditions` = (key, how)
        pairs given during this step (e.g. the student's consent in OPA step 1). A step
        whose gate is not yet recorded is refused unless `deviation_reason` says why it
        goes ahead anyway.
        """
        aware(occurred_at)
        if next_appointment is not None:
            aware(next_appointment)
        choice_id, protocol = self._protocol(case_id)
        step = self._step(protocol, step_id)
        missing = self.missing_gates(case_id, step_id)
        if missing and not deviation_reason.strip():
            raise InvalidInputError("step.waits_for", conditions=tuple(missing))
        people = self._participants(case_id, participant_ids)
        text = verslag.strip() or f"{step.title} (nog zonder verslag)."
        kind = EntryKind(entry_kind) if entry_kind else entry_kind_for(step)
        with self._vault.write() as tx:
            entry = self._timeline.add(case_id, kind, text, occurred_at, Precision.EXACT,
                                             ", ".join(p.name for _, p in people))
            cur = tx.execute(
                "INSERT INTO step_records (case_id, case_protocol_id, step_id, occurred_at,"
                " entry_id, next_appointment, recorded_at) VALUES (?,?,?,?,?,?,?)",
                (case_id, choice_id, step.id, to_storage(occurred_at), entry.id,
                 to_storage(next_appointment) if next_appointment else None, self._now()))
            record_id = int(cur.lastrowid or 0)
            tx.executemany("INSERT INTO step_record_participants (record_id, participant_id,"
                           " person_id) VALUES (?,?,?)",
                           [(record_id, pid, person.id) for pid, person in people])
            self._audit(tx, "casework.step_recorded", case_id, step=step.id,
                        record_id=record_id, entry_id=entry.id)
            if missing:
                self._exception(tx, case_id, choice_id, step.id, ExceptionKind.DEVIATION,
                                f"Zonder {'; '.join(m[:1].lower() + m[1:] for m in missing)}:"
                                f" {deviation_reason.strip()}")
            for new in agreements:
                self._agreements.insert(tx, case_id, new, step_record_id=record_id,
                                        default_made_on=occurred_at)
            for key, how in conditions:
                self.record_condition(case_id, key, occurred_at, how, record_id)
            if choice is not None:
                self._insert_choice(tx, case_id, choice_id, protocol, step.id, choice[0],
                                    choice[1], occurred_at, record_id)
            self._start_treatment(tx, case_id)
        return self.get(record_id)

    def _start_treatment(self, tx: Connection, case_id: int) -> None:
        row = tx.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row and row[0] == CaseStatus.NIEUW.value:
            tx.execute("UPDATE cases SET status = ? WHERE id = ?",
                       (CaseStatus.IN_BEHANDELING.value, case_id))
            self._vault.audit.record(tx, "case.updated", "case", case_id, fields=["status"])

    def get(self, record_id: int) -> StepRecord:
        found = self._records(" WHERE s.id = ?", (record_id,))
        if not found:
            raise NotFoundError("step.record_not_found")
        return found[0]

    def for_case(self, case_id: int) -> list[StepRecord]:
        """Every step record of the case, under every protocol it followed, by time."""
        return self._records(" WHERE s.case_id = ? ORDER BY s.occurred_at, s.id", (case_id,))

    def _records(self, where: str, params: tuple[Any, ...]) -> list[StepRecord]:
        rows = self._vault.query(_RECORD_SQL + where, params)
        if not rows:
            return []
        ids = [r[0] for r in rows]
        people: dict[int, list[tuple[int, Person]]] = {}
        for rid, pid, person_id, name, group in self._vault.query(
                "SELECT sp.record_id, sp.participant_id, p.id, p.name, p.group_name"
                " FROM step_record_participants sp JOIN people p ON p.id = sp.person_id"
                f" WHERE sp.record_id IN ({','.join('?' * len(ids))}) ORDER BY sp.rowid", ids):
            people.setdefault(rid, []).append((pid, Person(person_id, name, group)))
        out = []
        for r in rows:
            protocol = self._registry.find(r[3])
            title = r[4]
            if protocol is not None and r[4] in protocol.step_ids:
                title = protocol.step(r[4]).title
            out.append(StepRecord(
                id=r[0], case_id=r[1], choice_id=r[2], protocol_id=r[3], step_id=r[4],
                step_title=title, occurred_at=from_storage(r[5]),
                participant_ids=tuple(p for p, _ in people.get(r[0], [])),
                participants=tuple(x for _, x in people.get(r[0], [])), entry_id=r[6],
                verslag=r[7], next_appointment=opt_moment(r[8]),
                recorded_at=from_storage(r[9])))
        return out

    def edit_verslag(self, record_id: int, text: str) -> StepRecord:
        """Change the verslag; the old text is kept as a revision (see `revisions`)."""
        record = self.get(record_id)
        self._timeline.edit_text(record.entry_id, text)
        return self.get(record_id)

    def revisions(self, record_id: int) -> list[Revision]:
        return self._timeline.revisions(self.get(record_id).entry_id)

    # -- skips and deviations ----------------------------------------------------------
    def _exception(self, tx: Connection, case_id: int, choice_id: int, step_id: str,
                   kind: ExceptionKind, reason: str) -> int:
        cur = tx.execute("INSERT INTO step_exceptions (case_id, case_protocol_id, step_id, kind,"
                         " reason, recorded_at) VALUES (?,?,?,?,?,?)",
                         (case_id, choice_id, step_id, kind.value, reason.strip(), self._now()))
        self._audit(tx, f"casework.step_{kind.name.lower()}", case_id, step=step_id)
        return int(cur.lastrowid or 0)

    def _add_exception(self, case_id: int, step_id: str, kind: ExceptionKind, reason: str
                       ) -> StepException:
        if not reason.strip():
            raise InvalidInputError("step.reason_missing")
        choice_id, protocol = self._protocol(case_id)
        step = self._step(protocol, step_id)
        with self._vault.write() as tx:
            exc_id = self._exception(tx, case_id, choice_id, step.id, kind, reason)
            self._touch(tx, case_id)
        return next(e for e in self.exceptions(case_id) if e.id == exc_id)

    def skip(self, case_id: int, step_id: str, reason: str) -> StepException:
        """The step is not done on purpose; later steps count from its own date."""
        return self._add_exception(case_id, step_id, ExceptionKind.SKIPPED, reason)

    def deviate(self, case_id: int, step_id: str, reason: str) -> StepException:
        """The step is done differently from the protocol; shown with the step."""
        return self._add_exception(case_id, step_id, ExceptionKind.DEVIATION, reason)

    def withdraw_exception(self, exception_id: int) -> None:
        rows = self._vault.query("SELECT case_id FROM step_exceptions WHERE id = ? AND"
                                 " withdrawn_at IS NULL", (exception_id,))
        if not rows:
            raise NotFoundError("step.exception_not_found")
        with self._vault.write() as tx:
            tx.execute("UPDATE step_exceptions SET withdrawn_at = ? WHERE id = ?",
                       (self._now(), exception_id))
            self._audit(tx, "casework.step_exception_withdrawn", rows[0][0],
                        exception_id=exception_id)

    def exceptions(self, case_id: int) -> list[StepException]:
        """Skips and deviations in force under the current protocol."""
        choice = self.current_choice(case_id)
        if choice is None:
            return []
        rows = self._vault.query("SELECT id, step_id, kind, reason, recorded_at FROM"
                                 " step_exceptions WHERE case_protocol_id = ? AND"
                                 " withdrawn_at IS NULL ORDER BY id", (choice.id,))
        return [StepException(r[0], r[1], ExceptionKind(r[2]), r[3], from_storage(r[4]))
                for r in rows]

    # -- gate conditions ---------------------------------------------------------------
    def record_condition(self, case_id: int, key: str, given_at: datetime, how: str,
                         step_record_id: int | None = None) -> ConditionRecord:
        """E.g. consent_gepeste: when and how the student agreed."""
        aware(given_at)
        _, protocol = self._protocol(case_id)
        if key not in {c.key for c in protocol.conditions}:
            raise InvalidInputError("condition.unknown", protocol=protocol.name, condition=key)
        if not how.strip():
            raise InvalidInputError("condition.how_missing")
        with self._vault.write() as tx:
            cur = tx.execute("INSERT INTO case_conditions (case_id, key, given_at, how,"
                             " step_record_id, recorded_at) VALUES (?,?,?,?,?,?)",
                             (case_id, key, to_storage(given_at), how.strip(), step_record_id,
                              self._now()))
            self._touch(tx, case_id)
            self._audit(tx, "casework.condition_recorded", case_id, key=key,
                        step_record_id=step_record_id)
            if is_consent_condition(key):   # the student's consent: also on the timeline
                ConsentService(self._vault).step_recorded(tx, case_id, how, given_at)
        return next(c for c in self.conditions(case_id) if c.id == cur.lastrowid)

    def conditions(self, case_id: int) -> list[ConditionRecord]:
        rows = self._vault.query("SELECT id, case_id, key, given_at, how, step_record_id,"
                                 " recorded_at FROM case_conditions WHERE case_id = ? ORDER BY"
                                 " id", (case_id,))
        return [ConditionRecord(r[0], r[1], r[2], from_storage(r[3]), r[4], r[5],
                                from_storage(r[6])) for r in rows]

    # -- choices -------------------------------------------------------------------------
    def _insert_choice(self, tx: Connection, case_id: int, choice_id: int, protocol: Protocol,
                       step_id: str, option: str, reason: str, at: datetime,
                       record_id: int | None) -> int:
        step = self._step(protocol, step_id)
        if step.choice is None:
            raise InvalidInputError("choice.not_asked", step=step.title)
        if step.choice.option(option) is None:
            raise InvalidInputError("choice.unknown_option",
                                    allowed=tuple(o.id for o in step.choice.options))
        if step.choice.reason_required and not reason.strip():
            raise InvalidInputError("choice.reason_missing")
        cur = tx.execute("INSERT INTO step_choices (case_id, case_protocol_id, step_id, option,"
                         " reason, at, step_record_id, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
                         (case_id, choice_id, step_id, option, reason.strip(), to_storage(at),
                          record_id, self._now()))
        self._audit(tx, "casework.choice_recorded", case_id, step=step_id, option=option)
        return int(cur.lastrowid or 0)

    def record_choice(self, case_id: int, step_id: str, option: str, reason: str,
                      at: datetime | None = None, step_record_id: int | None = None
                      ) -> ChoiceMade:
        choice_id, protocol = self._protocol(case_id)
        moment = aware(at or self._vault.clock.now())
        with self._vault.write() as tx:
            made_id = self._insert_choice(tx, case_id, choice_id, protocol, step_id, option,
                                          reason, moment, step_record_id)
            self._touch(tx, case_id)
        return next(c for c in self.choices(case_id) if c.id == made_id)

    def choices(self, case_id: int) -> list[ChoiceMade]:
        """Choices recorded under the current protocol, oldest first."""
        choice = self.current_choice(case_id)
        if choice is None:
            return []
        rows = self._vault.query("SELECT id, step_id, option, reason, at, step_record_id FROM"
                                 " step_choices WHERE case_protocol_id = ? ORDER BY id",
                                 (choice.id,))
        return [ChoiceMade(r[0], r[1], r[2], r[3], from_storage(r[4]), r[5]) for r in rows]
