"""Strafbare feiten: a short checklist on the case with plain Dutch guidance per item, and
the advice given (aangifte advised, police contact informed) as a timeline entry.

The texts are guidance for a school, not legal advice. Belediging (art. 266 Sr) and
smaad/laster (art. 261/262 Sr) are klachtdelicten (art. 269 Sr): only the victim (under
16: the parents) can start prosecution, by filing a complaint within three months.
Belaging (art. 285b Sr) is a klachtdelict too (its second paragraph). The other items are
not klachtdelicten: anyone may report them.

Articles as checked in December 2026 (ARTICLES_CHECKED): the Wet seksuele misdrijven (in
force 1 July 2024) replaced art. 240b Sr by art. 252 Sr (sexual images of children) and
moved art. 139h Sr to art. 254ba Sr; doxing is art. 285d Sr since 1 January 2024.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.casework._base import Repo, aware
from app.casework.model import Priority, PrioritySuggestion
from app.domain import CaseKind, Entry, EntryKind, Precision
from app.errors import InvalidInputError
from app.messages import Message
from app.timeutil import from_storage, to_storage
from app.wording import dutch, label

DISCLAIMER = Message("offence.disclaimer")
#: When the articles below were last checked against the law in force.
ARTICLES_CHECKED = "december 2026"


@dataclass(frozen=True)
class Offence:
    key: str
    label: Message
    articles: str
    klachtdelict: bool
    advice: Message
    priority: Priority

    @property
    def who_reports(self) -> Message:
        """Klachtdelicten: only the victim can report; otherwise anyone can."""
        return Message("offence.victim_reports" if self.klachtdelict
                       else "offence.anyone_reports")


OFFENCES: tuple[Offence, ...] = (
    Offence("bedreiging", Message("offence.threat"), "art. 285 Sr", False,
            Message("offence.threat_advice"), Priority.ACUUT),
    Offence("afpersing", Message("offence.extortion"), "art. 317 en 318 Sr", False,
            Message("offence.extortion_advice"), Priority.ACUUT),
    Offence("belediging", Message("offence.insult"), "art. 266 Sr", True,
            Message("offence.insult_advice"), Priority.NORMAAL),
    Offence("smaad_laster", Message("offence.defamation"), "art. 261 en 262 Sr", True,
            Message("offence.defamation_advice"), Priority.HOOG),
    Offence("seksueel_beeld", Message("offence.sexual_image"),
            "art. 254ba Sr, tot 1 juli 2024 art. 139h Sr; bij minderjarigen ook art. 252 Sr,"
            " tot 1 juli 2024 art. 240b Sr", False,
            Message("offence.sexual_image_advice"), Priority.ACUUT),
    Offence("heimelijk_filmen", Message("offence.secret_filming"),
            "art. 139f Sr; van seksuele aard art. 254ba Sr", False,
            Message("offence.secret_filming_advice"), Priority.HOOG),
    Offence("mishandeling", Message("offence.assault"), "art. 300 tot en met 302 Sr", False,
            Message("offence.assault_advice"), Priority.HOOG),
    Offence("vernieling", Message("offence.vandalism"), "art. 350 Sr", False,
            Message("offence.vandalism_advice"), Priority.NORMAAL),
    Offence("belaging", Message("offence.stalking"), "art. 285b Sr", True,
            Message("offence.stalking_advice"), Priority.HOOG),
    Offence("doxing", Message("offence.doxing"), "art. 285d Sr", False,
            Message("offence.doxing_advice"), Priority.HOOG),
    Offence("identiteitsfraude", Message("offence.identity_fraud"), "art. 231b Sr", False,
            Message("offence.identity_fraud_advice"), Priority.HOOG),
    Offence("hacken", Message("offence.hacking"), "art. 138ab Sr", False,
            Message("offence.hacking_advice"), Priority.HOOG),
)
_BY_KEY = {o.key: o for o in OFFENCES}


class AdviceAction(StrEnum):
    AANGIFTE_GEADVISEERD = "aangifte-geadviseerd"
    POLITIE_INGELICHT = "politie-ingelicht"
    VERWIJDERVERZOEK = "verwijderverzoek-geadviseerd"


def offence(key: str) -> Offence:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise InvalidInputError("offence.unknown", offence=key,
                                allowed=tuple(_BY_KEY)) from None


def suggest_priority(offence_keys: list[str] | tuple[str, ...] | set[str],
                     case_kind: CaseKind | None = None) -> PrioritySuggestion:
    """Threats, extortion and intimate images: acuut, same day. Otherwise the highest."""
    chosen = [offence(k) for k in offence_keys]
    top = max((o.priority for o in chosen), key=lambda p: p.rank, default=Priority.NORMAAL)
    if top is Priority.ACUUT:
        names = tuple(o.label for o in chosen if o.priority is Priority.ACUUT)
        return PrioritySuggestion(top, Message("priority.acute_because", offences=names), True)
    if top is Priority.HOOG:
        names = tuple(o.label for o in chosen if o.priority is Priority.HOOG)
        return PrioritySuggestion(top, Message("priority.high_because", offences=names), False)
    if case_kind is CaseKind.INCIDENT:
        return PrioritySuggestion(Priority.HOOG, Message("priority.high_for_incident"), False)
    return PrioritySuggestion(Priority.NORMAAL, Message("priority.no_urgency"), False)


@dataclass(frozen=True)
class AdviceRecord:
    id: int
    case_id: int
    offences: tuple[str, ...]
    actions: tuple[AdviceAction, ...]
    to_whom: str
    note: str
    given_at: datetime
    entry_id: int


class Offences(Repo):
    def checked(self, case_id: int) -> list[str]:
        rows = self._vault.query("SELECT offence FROM case_offences WHERE case_id = ?",
                                 (case_id,))
        found = {r[0] for r in rows}
        return [o.key for o in OFFENCES if o.key in found]

    def set_checked(self, case_id: int, keys: list[str] | tuple[str, ...] | set[str]
                    ) -> PrioritySuggestion:
        """Tick exactly these items. Raises the case's priority to the suggestion if higher."""
        self._require_case(case_id)
        wanted = {offence(k).key for k in keys}
        before = set(self.checked(case_id))
        kind = CaseKind(self._vault.query("SELECT kind FROM cases WHERE id = ?",
                                          (case_id,))[0][0])
        suggestion = suggest_priority(sorted(wanted), kind)
        with self._vault.write() as tx:
            for key in before - wanted:
                tx.execute("DELETE FROM case_offences WHERE case_id = ? AND offence = ?",
                           (case_id, key))
            for key in wanted - before:
                tx.execute("INSERT INTO case_offences (case_id, offence, checked_at)"
                           " VALUES (?,?,?)", (case_id, key, self._now()))
            if wanted != before:
                self._touch(tx, case_id)
                self._audit(tx, "casework.offences_checked", case_id, offences=sorted(wanted))
            row = tx.execute("SELECT priority FROM case_priorities WHERE case_id = ? ORDER BY"
                             " id DESC LIMIT 1", (case_id,)).fetchone()
            current = Priority(row[0]) if row else Priority.NORMAAL
            if wanted - before and suggestion.priority.rank > current.rank:
                tx.execute("INSERT INTO case_priorities (case_id, priority, reason, automatic,"
                           " set_at) VALUES (?,?,?,1,?)",
                           (case_id, suggestion.priority.value,
                            json.dumps(suggestion.reason.to_json(), ensure_ascii=False),
                            self._now()))
                self._audit(tx, "casework.priority_set", case_id,
                            priority=suggestion.priority.value, automatic=True)
        return suggestion

    def record_advice(self, case_id: int, offences: list[str] | tuple[str, ...],
                      actions: list[AdviceAction] | tuple[AdviceAction, ...], to_whom: str,
                      note: str = "", given_at: datetime | None = None) -> AdviceRecord:
        """Record the advice given and to whom, as a timeline entry (kind notitie)."""
        self._require_case(case_id)
        items = [offence(k) for k in offences]
        acts = [AdviceAction(a) for a in actions]
        if not items or not acts:
            raise InvalidInputError("offence.advice_incomplete")
        if not to_whom.strip():
            raise InvalidInputError("offence.advice_to_whom_missing")
        moment = aware(given_at or self._vault.clock.now())
        lines = [f"Advies over strafbare feiten aan {to_whom.strip()}: "
                 + "; ".join(label(a) for a in acts) + ".",
                 "Feiten: " + "; ".join(f"{dutch(o.label)} ({o.articles}"
                                        f"{', klachtdelict' if o.klachtdelict else ''})"
                                        for o in items) + "."]
        if note.strip():
            lines.append(note.strip())
        with self._vault.write() as tx:
            entry: Entry = self._timeline.add(case_id, EntryKind.NOTITIE, "\n".join(lines),
                                                    moment, Precision.EXACT, to_whom)
            cur = tx.execute(
                "INSERT INTO offence_advice (case_id, offences, actions, to_whom, note,"
                " given_at, entry_id, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
                (case_id, json.dumps([o.key for o in items]), json.dumps([a.value for a in acts]),
                 to_whom.strip(), note.strip(), to_storage(moment), entry.id, self._now()))
            self._audit(tx, "casework.offence_advice", case_id, offences=[o.key for o in items],
                        actions=[a.value for a in acts], entry_id=entry.id)
        return next(a for a in self.advice(case_id) if a.id == cur.lastrowid)

    def advice(self, case_id: int) -> list[AdviceRecord]:
        rows = self._vault.query("SELECT id, case_id, offences, actions, to_whom, note,"
                                 " given_at, entry_id FROM offence_advice WHERE case_id = ?"
                                 " ORDER BY id", (case_id,))
        return [AdviceRecord(r[0], r[1], tuple(json.loads(r[2])),
                             tuple(AdviceAction(a) for a in json.loads(r[3])), r[4], r[5],
                             from_storage(r[6]), r[7]) for r in rows]
