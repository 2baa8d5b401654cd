"""`case_file.consent`: the student's consent to keeping a dossier, a field of the case.

    consent.record(case.id, ConsentForm(asked=True, answer=ConsentAnswer.GEGEVEN,
                   how="mondeling", on=date(2026, 9, 7), asked_by="mevr. De Vries"))
    consent.current(case.id)        # Consent or None

One truth: the consent a protocol step records as its gate condition (a condition whose
key starts with "consent", e.g. `consent_gepeste` in the supportgroep protocol, with
"Hoe gegeven?") *is* a consent record; it is read from `case_conditions`, not copied.
What the counsellor records or changes here goes to `case_consents`. The newest of the
two is the case's consent. Every record adds a timeline entry (so it is on the timeline
and found by search) and an audit row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from app.cases import require_case, touch_case
from app.domain import EntryKind, Precision
from app.errors import InvalidInputError
from app.timeline import TimelineRepository
from app.timeutil import AMSTERDAM, date_only_moment, format_date_nl, from_storage, to_storage

if TYPE_CHECKING:
    from app.vault import Vault
    from app.vault.connection import Connection

#: Gate conditions that are the student's consent (the shipped protocols use consent_gepeste).
CONSENT_CONDITION_PREFIX = "consent"


class ConsentAnswer(StrEnum):
    GEGEVEN = "gegeven"
    NIET_GEGEVEN = "niet-gegeven"
    GEDEELTELIJK = "gedeeltelijk"


class ConsentSource(StrEnum):
    RECORDED = "vastgelegd"        # recorded or changed in the consent dialog / CLI
    STEP = "protocolstap"          # the gate condition a protocol step recorded


@dataclass(frozen=True)
class ConsentForm:
    asked: bool
    answer: ConsentAnswer | None = None
    how: str = ""
    on: date | None = None
    asked_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class Consent:
    case_id: int
    asked: bool
    answer: ConsentAnswer | None
    how: str
    on: date | None
    asked_by: str
    note: str
    source: ConsentSource
    recorded_at: datetime


_ANSWER_NL = {ConsentAnswer.GEGEVEN: "gegeven", ConsentAnswer.NIET_GEGEVEN: "niet gegeven",
              ConsentAnswer.GEDEELTELIJK: "gedeeltelijk gegeven"}


def is_consent_condition(key: str) -> bool:
    return key.startswith(CONSENT_CONDITION_PREFIX)


def consent_summary(consent: Consent | None) -> str:
    """One Dutch line for the dossier and the CLI: 'gegeven (mondeling) op 7 september
    2026, gevraagd door ...'."""
    if consent is None:
        return "niet vastgelegd"
    if not consent.asked:
        text = "nog niet gevraagd"
    else:
        text = _ANSWER_NL[consent.answer] if consent.answer else "gevraagd"
        if consent.how:
            text += f" ({consent.how})"
        if consent.on:
            text += f" op {format_date_nl(consent.on)}"
        if consent.asked_by:
            text += f", gevraagd door {consent.asked_by}"
    return f"{text}. {consent.note}" if consent.note else text


def consent_entry_text(consent: Consent) -> str:
    """The timeline entry that records (a change of) the consent."""
    return f"Toestemming van de leerling voor het dossier: {consent_summary(consent)}"


def _check(form: ConsentForm) -> ConsentForm:
    if not form.asked:
        if form.answer is not None:
            raise InvalidInputError("consent.answer_without_asking")
        return ConsentForm(False, None, "", None, "", form.note.strip())
    if form.answer is None:
        raise InvalidInputError("consent.answer_missing")
    answer = ConsentAnswer(form.answer)
    if answer is not ConsentAnswer.NIET_GEGEVEN and not form.how.strip():
        raise InvalidInputError("consent.how_missing")
    if answer is ConsentAnswer.GEDEELTELIJK and not form.note.strip():
        raise InvalidInputError("consent.partly_note_missing")
    return ConsentForm(True, answer, form.how.strip(), form.on, form.asked_by.strip(),
                       form.note.strip())


class ConsentService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._timeline = TimelineRepository(vault)

    def history(self, case_id: int) -> list[Consent]:
        """Every consent record of the case, oldest first (from both sources)."""
        recorded = [Consent(case_id, bool(r[0]), ConsentAnswer(r[1]) if r[1] else None, r[2],
                            date.fromisoformat(r[3]) if r[3] else None, r[4], r[5],
                            ConsentSource.RECORDED, from_storage(r[6]))
                    for r in self._vault.query(
                        "SELECT asked, answer, how, given_on, asked_by, note, recorded_at"
                        " FROM case_consents WHERE case_id = ? ORDER BY id", (case_id,))]
        from_steps = [Consent(case_id, True, ConsentAnswer.GEGEVEN, r[0],
                              from_storage(r[1]).astimezone(AMSTERDAM).date(), "", "",
                              ConsentSource.STEP, from_storage(r[2]))
                      for r in self._vault.query(
                          "SELECT how, given_at, recorded_at FROM case_conditions"
                          " WHERE case_id = ? AND substr(key, 1, ?) = ? ORDER BY id",
                          (case_id, len(CONSENT_CONDITION_PREFIX),
                           CONSENT_CONDITION_PREFIX))]
        # a step's record first on a tie: a change made in the same second wins
        return sorted(from_steps + recorded,
                      key=lambda c: (c.recorded_at, c.source is ConsentSource.RECORDED))

    def current(self, case_id: int) -> Consent | None:
        found = self.history(case_id)
        return found[-1] if found else None

    def record(self, case_id: int, form: ConsentForm) -> Consent:
        """Record or change the consent: a row, a timeline entry and an audit row."""
        clean = _check(form)
        require_case(self._vault.conn, case_id)
        now = self._vault.clock.now()
        consent = Consent(case_id, clean.asked, clean.answer, clean.how, clean.on,
                          clean.asked_by, clean.note, ConsentSource.RECORDED, now)
        when = date_only_moment(clean.on) if clean.on else now
        with self._vault.write() as tx:
            entry = self._timeline.add(case_id, EntryKind.NOTITIE, consent_entry_text(consent),
                                       when, Precision.DATE if clean.on else Precision.EXACT)
            tx.execute("INSERT INTO case_consents (case_id, asked, answer, how, given_on,"
                       " asked_by, note, entry_id, recorded_at) VALUES (?,?,?,?,?,?,?,?,?)",
                       (case_id, int(clean.asked), clean.answer.value if clean.answer else None,
                        clean.how, clean.on.isoformat() if clean.on else None, clean.asked_by,
                        clean.note, entry.id, to_storage(now)))
            touch_case(tx, case_id, now)
            self._vault.audit.record(tx, "consent.recorded", "case", case_id,
                                     asked=clean.asked,
                                     answer=clean.answer.value if clean.answer else "",
                                     entry_id=entry.id)
        return self.current(case_id) or consent

    def step_recorded(self, tx: Connection, case_id: int, how: str, given_at: datetime) -> None:
        """A protocol step recorded the consent gate: put it on the timeline (the
        condition row itself is the record; see the module docstring)."""
        consent = Consent(case_id, True, ConsentAnswer.GEGEVEN, how.strip(),
                          given_at.astimezone(AMSTERDAM).date(), "", "", ConsentSource.STEP,
                          given_at)
        entry = self._timeline.add(case_id, EntryKind.NOTITIE, consent_entry_text(consent),
                                   given_at, Precision.EXACT)
        self._vault.audit.record(tx, "consent.recorded", "case", case_id, asked=True,
                                 answer=ConsentAnswer.GEGEVEN.value, entry_id=entry.id,
                                 source=ConsentSource.STEP.value)
