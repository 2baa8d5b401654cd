"""A generated school with known yearly numbers (school year 2025-2026).

10 pesten (Sep, leerling, 7A, zesstappenplan; gesprek after 2 days; 6 closed
'gestopt' after 30 days), 6 online pesten (Oct, ouder, 8B, Instagram evidence; 5 with
bedreiging and the police informed), 5 plagen (Nov, medewerker, 7A; gesprek after
4 days; all closed 'verminderd' after 10 days), 3 conflicts (Jan, anoniem, no group).
Every case has one melding entry. 5 pesten cases in October 2024 (the year before).
The intake: pesten by gesprek, woorden + buitensluiten; online pesten by e-mail, woorden +
digitaal; plagen waargenomen, woorden; the conflicts have none ("niet vastgelegd").
Follow-ups (zesstappenplan: the joint talk on 20 Sep 2025 plans vervolggesprek after 2d,
1w, 1m and monitoring every 3m with a week's margin) in FOLLOWUP_PLAN, counted by hand
in test_yearly.py.
Canaries: names, handles, titles and texts that must never leave in an export.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import AdviceAction, Outcome
from app.domain import BullyingForm, CaseKind, Criterion, EntryKind, ReportChannel, ReportedBy, Role
from app.evidence.model import Account, EvidenceMetadata

CANARIES = ("Kanariepiet Zeldzaam", "@kanariehandle", "Titelkanarie", "Beschrijvingkanarie",
            "Notitiekanarie", "T. Tester", "Uitkomstkanarie")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
       b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05"
       b"\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


JOINT_TALK = date(2025, 9, 20)
VERVOLG = "vervolggesprek/gezamenlijk_gesprek#1/"
MONITOR = "monitoring/gezamenlijk_gesprek#1/"
# pesten case number -> follow-up key -> day held (None: never held; "cancel": cancelled).
# Due: 2d 22 Sep, 1w 27 Sep, 1m 20 Oct; monitoring 20 Dec, 20 Mar, 20 Jun (each +-7 days).
# Cases 0-5 close on 10 Oct 2025: only the 2d and 1w follow-ups were due before that.
FOLLOWUP_PLAN: dict[int, dict[str, date | str | None]] = {
    6: {VERVOLG + "2d": date(2025, 9, 22), VERVOLG + "1w": date(2025, 9, 27),
        VERVOLG + "1m": date(2025, 10, 20), MONITOR + "3m": date(2025, 12, 20),
        MONITOR + "6m": date(2026, 3, 20), MONITOR + "9m": date(2026, 6, 20)},
    7: {VERVOLG + "2d": date(2025, 9, 25), VERVOLG + "1w": date(2025, 9, 27),
        MONITOR + "3m": date(2025, 12, 26), MONITOR + "6m": date(2026, 3, 30)},
    8: {},
    9: {VERVOLG + "2d": "cancel", VERVOLG + "1w": date(2025, 10, 1),
        VERVOLG + "1m": date(2025, 10, 20), MONITOR + "3m": date(2025, 12, 20),
        MONITOR + "6m": date(2026, 3, 20), MONITOR + "9m": date(2026, 6, 20)},
    0: {VERVOLG + "2d": date(2025, 9, 22)},
    1: {VERVOLG + "2d": date(2025, 9, 24), VERVOLG + "1w": date(2025, 9, 29)},
}


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def _case(cf: CaseFile, kind: CaseKind, day: date, by: ReportedBy, group: str, n: int,
          how: ReportChannel | None = None,
          forms: frozenset[BullyingForm] | None = None) -> int:
    marks = frozenset(Criterion) if kind in (CaseKind.PESTEN, CaseKind.ONLINE_PESTEN) else None
    case = cf.cases.create(NewCase(f"Titelkanarie {n}", kind, day, by, group,
                                   "Beschrijvingkanarie", how, marks, forms))
    cf.timeline.add(case.id, EntryKind.MELDING, "Notitiekanarie melding", _at(day))
    cf.people.add_new_to_case(case.id, f"Kanariepiet Zeldzaam {n}", Role.GEPESTE)
    return case.id


def _pesten(cf: CaseFile, n: int) -> None:
    day = date(2025, 9, 10)
    case_id = _case(cf, CaseKind.PESTEN, day, ReportedBy.LEERLING, "7A", n,
                    ReportChannel.GESPREK,
                    frozenset({BullyingForm.WOORDEN, BullyingForm.BUITENSLUITEN}))
    cf.casework.protocols.choose(case_id, "zesstappenplan")
    cf.timeline.add(case_id, EntryKind.GESPREK, "Notitiekanarie gesprek",
                    _at(day + timedelta(days=2)))
    if n in FOLLOWUP_PLAN:
        cf.casework.steps.record(case_id, "gezamenlijk_gesprek", _at(JOINT_TALK))
        for key, held in FOLLOWUP_PLAN[n].items():
            if held == "cancel":
                cf.casework.followups.cancel(case_id, key, "Notitiekanarie")
            elif isinstance(held, date):
                cf.casework.followups.mark_done(case_id, key, held)
    if n < 6:
        cf.casework.status.close(case_id, Outcome.GESTOPT, "Uitkomstkanarie",
                                 keep_monitoring=False, on=day + timedelta(days=30))


def _online(cf: CaseFile, n: int) -> None:
    case_id = _case(cf, CaseKind.ONLINE_PESTEN, date(2025, 10, 5), ReportedBy.OUDER, "8B", n,
                    ReportChannel.EMAIL, frozenset({BullyingForm.WOORDEN, BullyingForm.DIGITAAL}))
    meta = EvidenceMetadata(platform="Instagram", accounts=(
        Account("@kanariehandle", "Kanariepiet Zeldzaam", "Instagram"),),
        description="Beschrijvingkanarie")
    cf.evidence.import_bytes(case_id, PNG, f"scherm{n}.png", metadata=meta, thumbnail=False)
    if n < 5:
        cf.casework.offences.set_checked(case_id, ["bedreiging"])
        cf.casework.offences.record_advice(case_id, ["bedreiging"],
                                           [AdviceAction.POLITIE_INGELICHT], "wijkagent")


def _plagen(cf: CaseFile, n: int) -> None:
    day = date(2025, 11, 3)
    case_id = _case(cf, CaseKind.PLAGEN, day, ReportedBy.MEDEWERKER, "7A", n,
                    ReportChannel.WAARGENOMEN, frozenset({BullyingForm.WOORDEN}))
    cf.timeline.add(case_id, EntryKind.GESPREK, "Notitiekanarie", _at(day + timedelta(days=4)))
    cf.casework.status.close(case_id, Outcome.VERMINDERD, keep_monitoring=False,
                             on=day + timedelta(days=10))


def fill_school(cf: CaseFile, school: str = "De Kanarieschool") -> None:
    cf.set_school(school)
    with cf.batch():
        for n in range(10):
            _pesten(cf, n)
        for n in range(6):
            _online(cf, n)
        for n in range(5):
            _plagen(cf, n)
        for n in range(3):
            _case(cf, CaseKind.CONFLICT, date(2026, 1, 20), ReportedBy.ANONIEM, "", n)
        for n in range(5):
            _case(cf, CaseKind.PESTEN, date(2024, 10, 1), ReportedBy.LEERLING, "6C", 100 + n)
