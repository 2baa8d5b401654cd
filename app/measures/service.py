"""`case_file.measures`: the ladder of a case, the next rung after a broken agreement, and
recording measures, their effect and escalations (audited, on the timeline).

Each broken agreement calls for the next rung not yet taken: with a ladder that starts
with one more chance (001 step 5), the first broken agreement offers that chance, the
next one the first measure, and so on. The school decides; the app only offers.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from app.audit import fresh_id
from app.casework._base import Repo, opt_date
from app.domain import EntryKind, Precision
from app.errors import InvalidInputError, NotFoundError
from app.measures.model import DEFAULT_ESCALATION, LadderRung, MeasureKind, MeasureRecord
from app.messages import Message
from app.protocols import ConsequencePhase, Protocol
from app.reasons import clean_reason
from app.timeutil import AMSTERDAM, from_storage
from app.wording import dutch

_COLUMNS = ("id, case_id, kind, phase, title, to_whom, by_whom, taken_on, reason, effect,"
            " effect_on, entry_id, recorded_at")


def _record(row: tuple[Any, ...]) -> MeasureRecord:
    return MeasureRecord(row[0], row[1], MeasureKind(row[2]), row[3], row[4], row[5], row[6],
                         date.fromisoformat(row[7]), row[8], row[9], opt_date(row[10]),
                         row[11], from_storage(row[12]))


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=AMSTERDAM)


class Measures(Repo):
    # ----------------------------------------------------------------- reading
    def _protocol(self, case_id: int) -> Protocol | None:
        choice = self.current_choice(case_id)
        return self._registry.find(choice.protocol_id) if choice else None

    def records(self, case_id: int) -> list[MeasureRecord]:
        self._require_case(case_id)
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM case_measures WHERE case_id = ?"
                                 " ORDER BY taken_on, id", (case_id,))
        return [_record(r) for r in rows]

    def _broken_count(self, case_id: int) -> int:
        rows = self._vault.query("SELECT count(*) FROM agreements WHERE case_id = ?"
                                 " AND status = 'verbroken'", (case_id,))
        return int(rows[0][0])

    def ladder(self, case_id: int) -> list[LadderRung]:
        """The protocol's rungs with what was taken, and the one to offer next."""
        protocol = self._protocol(case_id)
        if protocol is None:
            self._require_case(case_id)
            return []
        taken = {r.phase: r for r in self.records(case_id) if r.kind is not MeasureKind.ESCALATIE}
        following = self.next_rung(case_id)
        return [LadderRung(p, taken.get(p.phase), following is not None and p == following)
                for p in protocol.consequences]

    def next_rung(self, case_id: int) -> ConsequencePhase | None:
        """The rung a broken agreement calls for now: the first not taken, as long as
        there are more broken agreements than rungs taken."""
        protocol = self._protocol(case_id)
        if protocol is None or not protocol.consequences:
            return None
        taken = {r.phase for r in self.records(case_id) if r.kind is not MeasureKind.ESCALATIE}
        if self._broken_count(case_id) <= len(taken):
            return None
        return next((p for p in protocol.consequences if p.phase not in taken), None)

    def escalation_targets(self, case_id: int) -> tuple[str, ...]:
        """Whom the case can go to: the protocol's escalation route after its first
        (the one who has it now), or the usual route."""
        protocol = self._protocol(case_id)
        route = protocol.escalation[1:] if protocol and len(protocol.escalation) > 1 else ()
        return route or DEFAULT_ESCALATION

    def get(self, measure_id: int) -> MeasureRecord:
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM case_measures WHERE id = ?",
                                 (measure_id,))
        if not rows:
            raise NotFoundError("measure.unknown", id=measure_id)
        return _record(rows[0])

    # ----------------------------------------------------------------- writing
    def take(self, case_id: int, phase: int, *, on: date | None = None, by_whom: str = "",
             note: str = "") -> MeasureRecord:
        """A rung of the ladder was taken (or the one more chance given)."""
        protocol = self._protocol(case_id)
        rung = next((p for p in protocol.consequences if p.phase == phase),
                    None) if protocol else None
        if rung is None:
            raise InvalidInputError("measure.phase_unknown", phase=phase)
        if any(r.phase == phase and r.kind is not MeasureKind.ESCALATIE
               for r in self.records(case_id)):
            raise InvalidInputError("measure.phase_taken", title=rung.title)
        kind = MeasureKind.KANS if rung.chance else MeasureKind.MAATREGEL
        day = on or self._vault.clock.today_local()
        text = dutch(Message("measure.entry", title=rung.title, note=note.strip()))
        return self._store(case_id, kind, rung.phase, rung.title, day, by_whom=by_whom,
                           reason=note, entry=(EntryKind.MAATREGEL, text, by_whom))

    def escalate(self, case_id: int, to_whom: str, reason: str, *, on: date | None = None,
                 by_whom: str = "") -> MeasureRecord:
        """Handed to someone higher up (anti-pestcoördinator, afdelingsleider, directie),
        with the date and the reason."""
        if not to_whom.strip():
            raise InvalidInputError("status.escalate_to_missing")
        if not reason.strip():
            raise InvalidInputError("status.escalate_reason_missing")
        reason = clean_reason(reason)
        day = on or self._vault.clock.today_local()
        text = dutch(Message("measure.escalation_entry", to_whom=to_whom.strip(), reason=reason))
        return self._store(case_id, MeasureKind.ESCALATIE, None, to_whom.strip(), day,
                           to_whom=to_whom.strip(), by_whom=by_whom, reason=reason,
                           entry=(EntryKind.OVERDRACHT, text, to_whom.strip()))

    def record_effect(self, measure_id: int, effect: str, on: date | None = None) -> MeasureRecord:
        """What the measure did, written later."""
        record = self.get(measure_id)
        if not effect.strip():
            raise InvalidInputError("measure.effect_missing")
        day = on or self._vault.clock.today_local()
        with self._vault.write() as tx:
            tx.execute("UPDATE case_measures SET effect = ?, effect_on = ? WHERE id = ?",
                       (effect.strip(), day.isoformat(), measure_id))
            self._audit(tx, "measure.effect", record.case_id, measure_id=measure_id)
            self._touch(tx, record.case_id)
        return self.get(measure_id)

    def _store(self, case_id: int, kind: MeasureKind, phase: int | None, title: str, day: date,
               *, to_whom: str = "", by_whom: str = "", reason: str = "",
               entry: tuple[EntryKind, str, str]) -> MeasureRecord:
        self._require_case(case_id)
        with self._vault.write() as tx:
            entry_kind, text, with_whom = entry
            entry_id = self._timeline.add(case_id, entry_kind, text, _noon(day),
                                          Precision.DATE, with_whom.strip()).id
            measure_id = fresh_id(tx, "case_measures", "measure")
            tx.execute(
                f"INSERT INTO case_measures ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,'',NULL,?,?)",
                (measure_id, case_id, kind.value, phase, title, to_whom, by_whom.strip(),
                 day.isoformat(), reason.strip(), entry_id, self._now()))
            self._audit(tx, f"measure.{kind.value}", case_id, measure_id=measure_id,
                        phase=phase, entry_id=entry_id)
            self._touch(tx, case_id)
        return self.get(measure_id)
