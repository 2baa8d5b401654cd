"""Each shipped protocol walked from melding to closing on fixed dates: every due date is
checked against the source that sets it (/work/shared/sources, cited by file and line),
and every date a source does not set is a suggestion that never becomes 'te laat'.

Sources: 000 = 000_f6fc8f5e5e865e40.txt (No Blame / OPA), 001 = 001_2ee233778a3c84ab.txt
(zesstappenplan), 002 = 002_36e7be4b9048042f.txt (5 B's), 003 = 003_6c8a2d6ff8221e75.txt
(supportgroep protocol).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.casework.registry import same_day_variant, severe_variant
from app.protocols import (
    SHIPPED_PROTOCOLS_DIR,
    CaseProgress,
    ChoiceRecord,
    FollowUpState,
    Protocol,
    StepState,
    compute_schedule,
    load_protocols,
)

FAR = date(2031, 1, 1)   # long after every date: whatever can be late, is


@pytest.fixture(scope="module")
def shipped() -> dict[str, Protocol]:
    loaded, errors = load_protocols([SHIPPED_PROTOCOLS_DIR])
    assert errors == []
    return {p.id: p for p in loaded}


def d(day: int, month: int = 9, year: int = 2026) -> date:
    return date(year, month, day)


def test_zesstappenplan_walk(shipped: dict[str, Protocol]) -> None:
    zes = shipped["zesstappenplan"]
    prog = CaseProgress(melding=d(7))           # Monday 7 September 2026
    s = compute_schedule(zes, prog, today=d(7))
    # step 1: 001 line 998-1006 names no term; the same day is the app's proposal
    assert (s.step("signaleren").due, s.step("signaleren").suggested) == (d(7), True)
    prog.completions["signaleren"] = [d(7)]
    s = compute_schedule(zes, prog, today=d(8))
    # step 2: 'De mentor spreekt binnen een week met het slachtoffer' (001 line 20)
    assert (s.step("gesprek_gepeste").due, s.step("gesprek_gepeste").suggested) == (d(14), False)
    assert s.step("ouders").due is None         # not severe: after step 3 (001 line 1099)
    prog.completions["gesprek_gepeste"] = [d(10)]
    s = compute_schedule(zes, prog, today=d(11))
    # step 3: 'binnen een week en na het gesprek met het slachtoffer' (001 line 38)
    assert s.step("gesprek_pester").due == d(17)
    prog.completions["gesprek_pester"] = [d(15)]
    s = compute_schedule(zes, prog, today=d(16))
    # step 4: 'binnen een week na de vorige stap' (001 line 50)
    assert s.step("gezamenlijk_gesprek").due == d(22)
    # step 6: parents 'binnen een week', after step 3 (001 line 74, 1097-1099)
    assert s.step("ouders").due == d(22)
    prog.completions["gezamenlijk_gesprek"] = [d(21)]
    prog.completions["ouders"] = [d(22)]
    s = compute_schedule(zes, prog, today=d(22))
    # step 5: follow-ups after 2 days, a week and a month (001 line 62-64)
    talks = s.followups_from("vervolggesprek")
    assert [f.due for f in talks] == [d(23), d(28), d(21, 10)]
    assert not any(f.suggested for f in talks)
    assert s.step("vervolg").due == d(21, 10)
    # monitoring for 2 years 'in een lagere frequentie' (001 line 68-70): the quarterly
    # dates are the app's proposal, up to two years after the last talk
    monitoring = s.followups_from("monitoring")
    assert monitoring[0].due == d(21, 12) and monitoring[-1].due == d(21, 9, 2028)
    assert all(f.suggested for f in monitoring)
    late = compute_schedule(zes, prog, today=FAR)
    assert {f.state for f in late.followups_from("monitoring")} == {FollowUpState.CURRENT}
    assert {f.state for f in late.followups_from("vervolggesprek")} == {FollowUpState.OVERDUE}


def test_zesstappenplan_severe_case_informs_parents_after_step_one(
        shipped: dict[str, Protocol]) -> None:
    # 'Afhankelijk van de ernst doet de school dit na stap 1 of na stap 3' (001 line 1099)
    prog = CaseProgress(melding=d(7), completions={"signaleren": [d(7)]})
    severe = compute_schedule(severe_variant(shipped["zesstappenplan"]), prog, today=d(8))
    assert severe.step("ouders").due == d(14) and not severe.step("ouders").suggested
    later = compute_schedule(severe_variant(shipped["zesstappenplan"]), prog, today=d(15))
    assert later.step("ouders").state is StepState.OVERDUE
    # acute (threats, extortion): the same, plus step 1 proposed the same day
    acute = compute_schedule(same_day_variant(shipped["zesstappenplan"]),
                             CaseProgress(melding=d(7)), today=d(7))
    assert acute.step("signaleren").due == d(7) and acute.step("signaleren").suggested
    prog_acute = CaseProgress(melding=d(7), completions={"signaleren": [d(7)]})
    acute = compute_schedule(same_day_variant(shipped["zesstappenplan"]), prog_acute,
                             today=d(8))
    assert acute.step("ouders").due == d(14)    # had no due date at all before


def test_supportgroep_walk(shipped: dict[str, Protocol]) -> None:
    opa = shipped["supportgroep"]
    prog = CaseProgress(melding=d(7))
    s = compute_schedule(opa, prog, today=d(7))
    # step 1 'zo snel mogelijk' (000 line 103): 2 days is a proposal
    assert (s.step("gesprek_gepeste").due, s.step("gesprek_gepeste").suggested) == (d(9), True)
    prog.completions["gesprek_gepeste"] = [d(8)]
    prog.conditions["consent_gepeste"] = d(8)
    s = compute_schedule(opa, prog, today=d(8))
    # step 2 'bij voorkeur op dezelfde dag' (000 line 195-196): a proposal
    assert (s.step("gesprek_steungroep").due, s.step("gesprek_steungroep").suggested) \
        == (d(8), True)
    prog.completions["gesprek_steungroep"] = [d(8)]
    s = compute_schedule(opa, prog, today=d(9))
    # steps 3 and 4 'na ongeveer een week' (000 line 75-79; 003 line 233)
    for step_id in ("tweede_gesprek_gepeste", "tweede_gesprek_steungroep"):
        assert (s.step(step_id).due, s.step(step_id).window) == (d(15), (d(13), d(17)))
        assert not s.step(step_id).suggested
    # the whole approach 6 to 9 weeks (000 line 393-394): close around week 8
    assert [(f.due, f.window) for f in s.followups_from("afronding")] == [
        (d(3, 11), (d(27, 10), d(10, 11)))]
    prog.completions["tweede_gesprek_gepeste"] = [d(15)]
    prog.completions["tweede_gesprek_steungroep"] = [d(15)]
    # 003 line 254-256: end the group, or one more week with a last evaluation
    prog.choices["tweede_gesprek_steungroep"] = [ChoiceRecord("nog-een-week", "Bijna.", d(15))]
    s = compute_schedule(opa, prog, today=d(16))
    [again] = s.followups_from("ronde")
    assert (again.due, again.window, again.suggested) == (d(22), (d(20), d(24)), False)
    prog.completions["gesprek_steungroep"].append(d(22))
    prog.completions["tweede_gesprek_gepeste"].append(d(29))
    prog.completions["tweede_gesprek_steungroep"].append(d(29))
    prog.choices["tweede_gesprek_steungroep"].append(ChoiceRecord("opheffen", "Gestopt.", d(29)))
    s = compute_schedule(opa, prog, today=d(30))
    assert all(st.state is not StepState.OVERDUE for st in s.steps)
    assert [f.key for f in s.followups_from("ronde")] == ["ronde/ronde-2"]
    # the optional confronting talk needs no consent (003 line 264-272 asks none) and is
    # followed by an evaluation with the bullied pupil a week later (003 line 276)
    assert s.step("confronterend_gesprek").blocked_by == ()
    prog.completions["confronterend_gesprek"] = [d(1, 10)]
    s = compute_schedule(opa, prog, today=d(2, 10))
    assert [f.due for f in s.followups_from("na_confrontatie")] == [d(8, 10)]
    assert compute_schedule(opa, prog, today=d(9, 10)).followups_from(
        "na_confrontatie")[0].state is FollowUpState.OVERDUE


def test_vijf_bs_walk_sets_no_deadline_of_its_own(shipped: dict[str, Protocol]) -> None:
    # 002 gives the order of the 5 B's (line 116-131) but no terms: every date is a proposal
    bs = shipped["vijf_bs"]
    prog = CaseProgress(melding=d(7))
    expected = (("bekijken", d(14)), ("begrijpen", d(21)), ("beslissen", d(28)),
                ("bijsturen", d(5, 10)), ("beoordelen", d(26, 10)))
    done = {"bekijken": d(14), "begrijpen": d(21), "beslissen": d(28), "bijsturen": d(5, 10),
            "beoordelen": d(26, 10)}
    for step_id, due in expected:
        status = compute_schedule(bs, prog, today=FAR).step(step_id)
        assert (status.due, status.suggested, status.state) == (due, True, StepState.CURRENT)
        prog.completions[step_id] = [done[step_id]]
        if step_id == "beslissen":
            prog.choices["beslissen"] = [ChoiceRecord("confronterend", "Hoge status.", d(28))]
    # 'niet gestopt': start again at Bekijken (002 line 130-131, 842-846)
    prog.choices["beoordelen"] = [ChoiceRecord("niet-gestopt", "Nieuwe signalen.", d(26, 10))]
    s = compute_schedule(bs, prog, today=FAR)
    assert s.rounds["cyclus"] == 2
    again = s.step("bekijken")
    assert (again.round, again.due, again.suggested, again.state) == (
        2, d(2, 11), True, StepState.CURRENT)
    assert s.followups_from("cyclus")[0].suggested
    # 'gestopt': short and long term evaluation (002 line 764-773), proposed dates
    prog.choices["beoordelen"] = [ChoiceRecord("gestopt", "Rust.", d(26, 10))]
    s = compute_schedule(bs, prog, today=FAR)
    evaluations = s.followups_from("evaluatie")
    assert [f.due for f in evaluations] == [d(9, 11), d(26, 1, 2027), d(26, 4, 2027)]
    assert {f.state for f in evaluations} == {FollowUpState.CURRENT}


def test_meldcode_walk(shipped: dict[str, Protocol]) -> None:
    # The meldcode's five steps set no terms; the step-5 decision is recorded with its
    # reason, also when the school does not report (afwegingskader since 2019)
    mc = shipped["meldcode"]
    assert mc.step_ids == ("signalen", "overleggen", "gesprek", "afwegen", "beslissen")
    prog = CaseProgress(melding=d(7))
    for day, step_id in enumerate(mc.step_ids, 8):
        s = compute_schedule(mc, prog, today=FAR)
        assert s.step(step_id).due is None and s.step(step_id).state is StepState.CURRENT
        prog.completions[step_id] = [d(day)]
    prog.choices["afwegen"] = [ChoiceRecord("geen", "Geen acute onveiligheid.", d(11))]
    prog.choices["beslissen"] = [ChoiceRecord("hulp", "Ouders aanvaarden hulp.", d(12))]
    s = compute_schedule(mc, prog, today=FAR)
    assert all(st.state is StepState.DONE and not st.notes for st in s.steps)
    follow = s.followups_from("hulp_volgen")
    assert [f.due for f in follow] == [d(12, 10), d(12, 12)]
    assert all(f.suggested and f.state is FollowUpState.CURRENT for f in follow)
    report = mc.step("beslissen").choice
    assert report is not None and report.reason_required
    assert [o.id for o in report.options] == ["melden", "hulp"]
    prog.choices["beslissen"] = [ChoiceRecord("hulp", " ", d(12))]
    notes = compute_schedule(mc, prog, today=FAR).step("beslissen").notes
    assert [n.code for n in notes] == ["schedule.choice_reason_missing"]


@pytest.mark.parametrize("protocol_id", ["supportgroep", "zesstappenplan", "vijf_bs",
                                         "meldcode"])
def test_a_suggestion_is_never_late(shipped: dict[str, Protocol], protocol_id: str) -> None:
    """Walk the steps one by one, each done on its proposed day or left open far past it:
    a suggested date is never overdue and never reported as done late."""
    protocol = shipped[protocol_id]
    for variant in (protocol, severe_variant(protocol), same_day_variant(protocol)):
        prog = CaseProgress(melding=d(7))
        for step in variant.steps:
            status = compute_schedule(variant, prog, today=FAR).step(step.id)
            if status.suggested:
                assert status.state is not StepState.OVERDUE, step.id
            prog.completions[step.id] = [FAR]
            done = compute_schedule(variant, prog, today=FAR).step(step.id)
            if done.suggested:
                assert all(n.code != "schedule.done_late" for n in done.notes), step.id
        late = compute_schedule(variant, prog, today=FAR)
        for followup in late.followups:
            if followup.suggested:
                assert followup.state is not FollowUpState.OVERDUE, followup.key
