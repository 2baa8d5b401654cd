"""Status, closing with an outcome, escalation, priority and strafbare feiten."""

from __future__ import annotations

from datetime import date

import pytest

from app.casefile import CaseFile
from app.casework import (
    DISCLAIMER,
    OFFENCES,
    AdviceAction,
    CaseWork,
    NewAgreement,
    Outcome,
    Priority,
    TodoKind,
    TodoState,
    suggest_priority,
)
from app.domain import CaseKind, CaseStatus, EntryKind
from app.errors import InvalidInputError
from app.protocols import StepState
from app.timeutil import Clock
from app.wording import dutch, dutch_param
from tests.core.casework.test_casework import at, d, make_case, registry, set_today, work

__all__ = ["registry", "work"]   # fixtures shared with test_casework


def test_closing_keeps_monitoring_when_the_protocol_has_it(work: CaseWork, vault: CaseFile,
                                                           clock: Clock) -> None:
    case_id, _people = make_case(vault, "zesstappenplan")
    set_today(clock, d(21))
    work.steps.record(case_id, "gezamenlijk_gesprek", at(21), verslag="Afspraken gemaakt.",
                      agreements=[NewAgreement("Vanaf nu groet Daan Sem gewoon.")])
    assert work.status.protocol_keeps_monitoring(case_id)
    set_today(clock, d(30, 10))
    with pytest.raises(InvalidInputError, match="uitkomst"):
        work.status.set_status(case_id, CaseStatus.GESLOTEN)
    closed = work.status.close(case_id, Outcome.GESTOPT, "Sem voelt zich weer veilig.")
    assert closed.keep_monitoring and closed.closed_on == d(30, 10)
    assert vault.cases.get(case_id).status is CaseStatus.GESLOTEN
    assert work.status.outcome(case_id).outcome is Outcome.GESTOPT
    note = vault.timeline.get(closed.entry_id)
    assert "Het pesten is gestopt" in note.text and "monitoring" in note.text
    # steps and short follow-ups are gone from 'te doen'; the 2-year monitoring stays
    set_today(clock, d(15, 12))
    items = work.todo().items
    assert [(i.kind, i.key.split("/")[0], i.due) for i in items] == [
        (TodoKind.FOLLOW_UP, "monitoring", d(21, 12))]
    set_today(clock, date(2028, 9, 20))
    late = work.todo()
    assert [i.due for i in late.items][-1] == date(2028, 9, 21) and len(late.items) == 8
    # never marked done, but 001 sets no frequency for the monitoring (line 68-70):
    # the dates are proposals, still to do and never late
    assert late.overdue_count == 0 and {i.state for i in late.items} == {TodoState.SUGGESTED}
    work.status.reopen(case_id, "Nieuwe melding van de moeder.")
    assert vault.cases.get(case_id).status is CaseStatus.IN_BEHANDELING


def test_closing_without_monitoring_clears_todo(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, _ = make_case(vault, "supportgroep")
    set_today(clock, d(20))
    # the first talk's proposed date passed: to do, not late ('zo snel mogelijk', 000)
    assert [(i.key, i.state) for i in work.todo().items] == [("gesprek_gepeste", TodoState.SUGGESTED)]
    assert not work.status.protocol_keeps_monitoring(case_id)
    closed = work.status.close(case_id, Outcome.GEEN_PESTEN, "Bleek een ruzie.")
    assert not closed.keep_monitoring
    assert work.todo().items == ()


def test_monitoring_status_shows_only_followups(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, _ = make_case(vault, "zesstappenplan")
    work.agreements.add(case_id, NewAgreement("Niet meer uitschelden.", made_on=at(8)))
    set_today(clock, d(20))
    assert {i.kind for i in work.todo().items} == {TodoKind.STEP, TodoKind.FOLLOW_UP}
    work.status.set_status(case_id, CaseStatus.MONITORING)
    assert {i.kind for i in work.todo().items} == {TodoKind.FOLLOW_UP}


def test_escalation_is_an_overdracht_entry(work: CaseWork, vault: CaseFile) -> None:
    case_id, _ = make_case(vault, "zesstappenplan")
    assert work.status.escalation_chain(case_id)[1] == "anti-pestcoördinator"
    with pytest.raises(InvalidInputError):
        work.status.escalate(case_id, "afdelingsleider", " ")
    entry = work.status.escalate(case_id, "mevrouw De Vries (afdelingsleider)",
                                 "Het pesten gaat door ondanks twee gesprekken.", at(30))
    assert entry.kind is EntryKind.OVERDRACHT
    assert entry.with_whom == "mevrouw De Vries (afdelingsleider)"
    assert "Reden: Het pesten gaat door" in entry.text
    assert [e.id for e in vault.timeline.for_case(case_id)] == [entry.id]


def test_priority_defaults_from_strafbare_feiten() -> None:
    for key in ("bedreiging", "afpersing", "seksueel_beeld"):
        suggestion = suggest_priority([key])
        assert suggestion.priority is Priority.ACUUT and suggestion.same_day
    assert suggest_priority(["hacken"]).priority is Priority.HOOG
    assert suggest_priority(["belediging"]).priority is Priority.NORMAAL
    assert dutch(suggest_priority(["belediging", "afpersing"]).reason).startswith(
        "Acuut vanwege afpersing")
    assert suggest_priority([], CaseKind.INCIDENT).priority is Priority.HOOG
    with pytest.raises(InvalidInputError, match="Onbekend"):
        suggest_priority(["roddelen"])


def test_acute_case_gets_same_day_steps(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, _ = make_case(vault, "supportgroep", reported=d(20, 11))
    set_today(clock, d(21, 11))
    normal = work.schedule(case_id).step("gesprek_gepeste")
    assert (normal.due, normal.state) == (d(22, 11), StepState.CURRENT)
    suggestion = work.offences.set_checked(case_id, ["belediging", "seksueel_beeld"])
    assert suggestion.priority is Priority.ACUUT
    current = work.status.priority(case_id)
    assert current.priority is Priority.ACUUT and current.automatic
    assert "verspreiden van seksueel beeld" in dutch_param(current.reason)
    acute = work.schedule(case_id).step("gesprek_gepeste")
    # the same day, still a proposal: the protocol itself sets no term for this talk
    assert (acute.due, acute.state, acute.suggested) == (d(20, 11), StepState.CURRENT, True)
    assert work.todo().items[0].priority is Priority.ACUUT
    # the counsellor may lower it, with a reason
    with pytest.raises(InvalidInputError, match="reden"):
        work.status.set_priority(case_id, Priority.HOOG, "")
    lowered = work.status.set_priority(case_id, Priority.HOOG, "Beelden zijn al verwijderd.")
    assert lowered.priority is Priority.HOOG and not lowered.automatic
    assert [p.priority for p in work.status.priority_history(case_id)] == [
        Priority.ACUUT, Priority.HOOG]
    assert work.offences.checked(case_id) == ["belediging", "seksueel_beeld"]
    work.offences.set_checked(case_id, ["belediging"])
    assert work.offences.checked(case_id) == ["belediging"]
    assert work.status.priority(case_id).priority is Priority.HOOG   # never lowered by itself


def test_strafbare_feiten_texts_are_careful() -> None:
    by_key = {o.key: o for o in OFFENCES}
    assert set(by_key) == {"bedreiging", "afpersing", "belediging", "smaad_laster",
                           "seksueel_beeld", "identiteitsfraude", "hacken", "heimelijk_filmen",
                           "mishandeling", "vernieling", "belaging", "doxing"}
    assert {k for k, o in by_key.items() if o.klachtdelict} == {
        "belediging", "smaad_laster", "belaging"}   # art. 285b lid 2 Sr
    assert by_key["belediging"].articles == "art. 266 Sr"
    assert "261" in by_key["smaad_laster"].articles and "262" in by_key["smaad_laster"].articles
    assert "285" in by_key["bedreiging"].articles
    assert "317" in by_key["afpersing"].articles and "318" in by_key["afpersing"].articles
    # the Wet seksuele misdrijven (1 July 2024): 240b became 252, 139h became 254ba; the
    # old numbers stay only as 'tot 1 juli 2024'
    sexual = by_key["seksueel_beeld"].articles
    assert "art. 252 Sr" in sexual and "art. 254ba Sr" in sexual
    assert "tot 1 juli 2024 art. 240b" in sexual and "tot 1 juli 2024 art. 139h" in sexual
    assert by_key["doxing"].articles == "art. 285d Sr"
    assert by_key["belaging"].articles == "art. 285b Sr"
    assert "350" in by_key["vernieling"].articles and "300" in by_key["mishandeling"].articles
    assert "139f" in by_key["heimelijk_filmen"].articles
    assert "138ab" in by_key["hacken"].articles and "231b" in by_key["identiteitsfraude"].articles
    for o in OFFENCES:
        assert dutch(o.advice) and dutch(o.who_reports)
        assert ("alleen het slachtoffer" in dutch(o.who_reports)) == o.klachtdelict
        assert ("iedereen kan aangifte doen" in dutch(o.who_reports)) != o.klachtdelict
    assert "geen juridisch advies" in dutch(DISCLAIMER)
    assert "nooit" in dutch(by_key["seksueel_beeld"].advice)   # never copy the images


def test_advice_is_recorded_as_timeline_entry(work: CaseWork, vault: CaseFile) -> None:
    case_id, _ = make_case(vault, "zesstappenplan")
    with pytest.raises(InvalidInputError):
        work.offences.record_advice(case_id, ["bedreiging"], [], "ouders van Sem")
    advice = work.offences.record_advice(
        case_id, ["bedreiging", "belediging"],
        [AdviceAction.AANGIFTE_GEADVISEERD, AdviceAction.POLITIE_INGELICHT],
        "ouders van Sem", "Wijkagent Jansen gebeld.", at(9))
    entry = vault.timeline.get(advice.entry_id)
    assert entry.kind is EntryKind.NOTITIE and entry.with_whom == "ouders van Sem"
    assert entry.text.startswith("Advies over strafbare feiten aan ouders van Sem: aangifte "
                                 "geadviseerd; contactpersoon bij de politie ingelicht.")
    assert "Belediging (art. 266 Sr, klachtdelict)" in entry.text
    assert "Bedreiging (art. 285 Sr)" in entry.text
    assert work.offences.advice(case_id)[0].actions == (
        AdviceAction.AANGIFTE_GEADVISEERD, AdviceAction.POLITIE_INGELICHT)
