"""Protocols as data: the shipped files, the loader's error messages and the schedule."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.protocols import (
    SHIPPED_PROTOCOLS_DIR,
    Agreement,
    CaseProgress,
    ChoiceRecord,
    DeadlineKind,
    Duration,
    FollowUpState,
    Protocol,
    StepState,
    compute_schedule,
    load_protocol,
    load_protocols,
)
from app.wording import dutch

MELDING = date(2026, 9, 7)   # a Monday
SHIPPED = {"supportgroep", "zesstappenplan", "vijf_bs", "meldcode"}


@pytest.fixture(scope="module")
def protocols() -> dict[str, Protocol]:
    loaded, errors = load_protocols([SHIPPED_PROTOCOLS_DIR])
    assert errors == []
    return {p.id: p for p in loaded}


def d(day: int, month: int = 9, year: int = 2026) -> date:
    return date(year, month, day)


def progress(**completions: list[date]) -> CaseProgress:
    return CaseProgress(melding=MELDING, completions=dict(completions))


# -- the shipped files -------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_each_shipped_file_loads(name: str) -> None:
    protocol = load_protocol(SHIPPED_PROTOCOLS_DIR / f"{name}.toml")
    assert protocol.id == name
    assert protocol.name and protocol.description and protocol.school_types
    assert all(step.title and step.guidance for step in protocol.steps)
    assert protocol.source == SHIPPED_PROTOCOLS_DIR / f"{name}.toml"
    text = (SHIPPED_PROTOCOLS_DIR / f"{name}.toml").read_text(encoding="utf-8")
    assert text.startswith("#") and "Schema" in text   # documented in the header


def test_shipped_protocol_content(protocols: dict[str, Protocol]) -> None:
    assert set(protocols) == SHIPPED
    opa, zes, bs = protocols["supportgroep"], protocols["zesstappenplan"], protocols["vijf_bs"]
    assert opa.school_types == ("po",) and zes.school_types == ("vo",)
    assert opa.step("gesprek_steungroep").gates == ("consent_gepeste",)
    assert "ideeen" in opa.step("gesprek_steungroep").produces
    assert {i.template for i in opa.inform} >= {
        "brief_ouders_gepeste_zonder_schuld", "brief_ouders_klas", "brief_ouders_steungroep"}
    assert "brief_ouders_gepeste" in opa.step("gesprek_gepeste").letters
    assert opa.repeats[0].steps == (
        "gesprek_steungroep", "tweede_gesprek_gepeste", "tweede_gesprek_steungroep")
    assert opa.step("confronterend_gesprek").optional
    assert zes.escalation == ("mentor", "anti-pestcoördinator", "afdelingsleider", "directie")
    # 001 step 5: one more chance, then §9 phases 1-5
    assert [c.phase for c in zes.consequences] == [0, 1, 2, 3, 4, 5]
    assert [c.chance for c in zes.consequences] == [True] + [False] * 5
    assert zes.step("gesprek_gepeste").deadline.kind is DeadlineKind.WITHIN
    choice = bs.step("beslissen").choice
    assert choice is not None and choice.reason_required
    assert [o.id for o in choice.options] == ["niet-confronterend", "confronterend"]
    assert all(len(o.considerations) == 4 for o in choice.options)
    assert bs.repeats[0].when_choice == "niet-gestopt"


# -- durations ---------------------------------------------------------------------------

def test_durations_follow_the_calendar() -> None:
    assert Duration.parse("2d").add_to(MELDING) == d(9)
    assert Duration.parse("1w").add_to(MELDING) == d(14)
    assert Duration.parse("1m").add_to(date(2027, 1, 31)) == date(2027, 2, 28)
    assert Duration.parse("2y").add_to(date(2028, 2, 29)) == date(2030, 2, 28)
    assert Duration.parse("1y6m") == Duration(months=6, years=1)
    assert Duration.parse("3 dagen") == Duration(days=3)
    assert str(Duration.parse("2w")) == "2 weken"
    assert str(Duration(months=24)) == "2 jaar"
    for bad in ("", "7", "7x", "d7", "1.5w"):
        with pytest.raises(ValueError, match="ongeldige duur"):
            Duration.parse(bad)


# -- zesstappenplan ----------------------------------------------------------------------

def test_zesstappenplan_step_two_within_a_week(protocols: dict[str, Protocol]) -> None:
    zes = protocols["zesstappenplan"]
    # recorded late in the evening (UTC) of the 6th = 7 September in Amsterdam
    evening = datetime(2026, 9, 6, 22, 30, tzinfo=UTC)
    sched = compute_schedule(zes, progress(signaleren=[evening]), today=d(8))
    assert sched.step("signaleren").state is StepState.DONE
    assert sched.step("signaleren").completed_on == (MELDING,)
    step2 = sched.step("gesprek_gepeste")
    assert step2.due == d(14) and step2.state is StepState.CURRENT
    assert sched.step("gesprek_pester").state is StepState.UPCOMING
    assert sched.step("gesprek_pester").due is None   # its anchor is not done yet
    late = compute_schedule(zes, progress(signaleren=[MELDING]), today=d(15))
    assert late.step("gesprek_gepeste").state is StepState.OVERDUE
    assert [s.id for s in late.overdue_steps] == ["gesprek_gepeste"]


def test_zesstappenplan_chain_of_deadlines(protocols: dict[str, Protocol]) -> None:
    zes = protocols["zesstappenplan"]
    prog = progress(signaleren=[d(7)], gesprek_gepeste=[d(10)], gesprek_pester=[d(16)])
    sched = compute_schedule(zes, prog, today=d(17))
    assert sched.step("gezamenlijk_gesprek").due == d(23)
    assert sched.step("ouders").due == d(23)
    assert sched.step("vervolg").state is StepState.UPCOMING


def test_zesstappenplan_followups_and_two_years_monitoring(
        protocols: dict[str, Protocol]) -> None:
    zes = protocols["zesstappenplan"]
    step4 = d(21)
    prog = progress(signaleren=[d(7)], gesprek_gepeste=[d(10)], gesprek_pester=[d(15)],
                    gezamenlijk_gesprek=[step4])
    sched = compute_schedule(zes, prog, today=d(22))
    vervolg = sched.followups_from("vervolggesprek")
    assert [f.due for f in vervolg] == [d(23), d(28), d(21, 10)]
    assert dutch(vervolg[0].label).endswith("(na 2 dagen)")
    monitoring = sched.followups_from("monitoring")
    assert [f.due for f in monitoring][:3] == [d(21, 12), date(2027, 3, 21), date(2027, 6, 21)]
    assert len(monitoring) == 8
    assert monitoring[-1].due == date(2028, 9, 21) == step4.replace(year=2028)
    assert all(f.state is FollowUpState.UPCOMING for f in vervolg + monitoring)
    assert sched.next_due == d(22)   # step 6: parents within a week after step 3


def test_agreement_starts_followups_and_done_followups_are_kept(
        protocols: dict[str, Protocol]) -> None:
    zes = protocols["zesstappenplan"]
    prog = progress(signaleren=[d(7)], gesprek_gepeste=[d(9)], gesprek_pester=[d(14)])
    prog.agreements.append(Agreement("a1", datetime(2026, 9, 14, 10, 0, tzinfo=UTC),
                                     "Vanaf nu laat Sam de tas van Noor met rust"))
    prog.agreements.append(Agreement("a2", d(14), "Sam zit voortaan naast Jip"))
    sched = compute_schedule(zes, prog, today=d(17))
    vervolg = sched.followups_from("vervolggesprek")
    assert [f.due for f in vervolg] == [d(16), d(21), d(14, 10)]   # same-day agreements merge
    assert vervolg[0].state is FollowUpState.OVERDUE
    assert "afspraak" in vervolg[0].trigger
    prog.followups_done[vervolg[0].key] = d(16)
    again = compute_schedule(zes, prog, today=d(17))
    assert again.followups_from("vervolggesprek")[0].state is FollowUpState.DONE
    assert again.overdue_followups == []
    monitoring = again.followups_from("monitoring")
    assert monitoring[-1].due == date(2028, 9, 14)


def test_overdue_when_today_moves_past_due(protocols: dict[str, Protocol]) -> None:
    zes = protocols["zesstappenplan"]
    prog = progress(signaleren=[d(7)], gesprek_gepeste=[d(10)])
    due = compute_schedule(zes, prog, today=d(10)).step("gesprek_pester").due
    assert due == d(17)
    assert compute_schedule(zes, prog, today=due).step("gesprek_pester").state \
        is StepState.CURRENT
    after = compute_schedule(zes, prog, today=due + timedelta(days=1))
    assert after.step("gesprek_pester").state is StepState.OVERDUE


def test_out_of_order_and_late_steps_are_reported_not_refused(
        protocols: dict[str, Protocol]) -> None:
    zes = protocols["zesstappenplan"]
    prog = progress(signaleren=[d(7)], gesprek_pester=[d(8)], gesprek_gepeste=[d(20)])
    prog.deviations["gesprek_pester"] = "De pester meldde zich zelf bij de mentor."
    prog.skipped["ouders"] = "Ouders worden pas na stap 4 ingelicht (overleg APC)."
    sched = compute_schedule(zes, prog, today=d(21))
    pester = sched.step("gesprek_pester")
    assert pester.state is StepState.DONE
    assert any("vóór stap" in dutch(n) for n in pester.notes)
    assert any("zelf bij de mentor" in dutch(n) for n in pester.notes)
    assert any("Later gedaan" in dutch(n) for n in sched.step("gesprek_gepeste").notes)
    assert sched.step("ouders").state is StepState.SKIPPED
    assert sched.step("gezamenlijk_gesprek").due == d(15)   # the engine keeps working
    assert sched.step("gezamenlijk_gesprek").state is StepState.OVERDUE
    # a skipped step passes its own anchor on to the steps that count from it
    prog = progress(signaleren=[d(7)])
    prog.skipped["gesprek_gepeste"] = "Leerling wil alleen een gezamenlijk gesprek."
    sched = compute_schedule(zes, prog, today=d(8))
    assert sched.step("gesprek_gepeste").state is StepState.SKIPPED
    assert sched.step("gesprek_pester").due == d(14)
    assert sched.step("gesprek_pester").state is StepState.CURRENT


# -- supportgroep (OPA) ------------------------------------------------------------------

def test_opa_consent_gate_blocks_step_two(protocols: dict[str, Protocol]) -> None:
    opa = protocols["supportgroep"]
    prog = progress(gesprek_gepeste=[d(8)])
    sched = compute_schedule(opa, prog, today=d(9))
    for step_id in ("gesprek_steungroep", "tweede_gesprek_gepeste", "tweede_gesprek_steungroep"):
        assert sched.step(step_id).state is StepState.BLOCKED
        assert sched.step(step_id).blocked_by == ("consent_gepeste",)
    # the student took two days to think; the group talk is planned from the consent
    prog.conditions["consent_gepeste"] = datetime(2026, 9, 10, 15, 30, tzinfo=UTC)
    sched = compute_schedule(opa, prog, today=d(10))
    step2 = sched.step("gesprek_steungroep")
    assert step2.state is StepState.CURRENT
    assert step2.due == d(10) and step2.window == (d(10), d(12))
    # 'bij voorkeur op dezelfde dag' (000_f6fc8f5e5e865e40.txt line 195-196) is a wish, not
    # a deadline: after the window the step is still current, never overdue
    later = compute_schedule(opa, prog, today=d(13)).step("gesprek_steungroep")
    assert later.state is StepState.CURRENT and later.suggested


def test_opa_step_done_without_consent_is_reported(protocols: dict[str, Protocol]) -> None:
    opa = protocols["supportgroep"]
    prog = progress(gesprek_gepeste=[d(8)], gesprek_steungroep=[d(8)])
    status = compute_schedule(opa, prog, today=d(9)).step("gesprek_steungroep")
    assert status.state is StepState.DONE
    assert any("toestemming" in dutch(n) or "voorwaarde" in dutch(n) for n in status.notes)


def test_opa_second_conversations_about_a_week_later(protocols: dict[str, Protocol]) -> None:
    opa = protocols["supportgroep"]
    prog = progress(gesprek_gepeste=[d(8)], gesprek_steungroep=[d(8)])
    prog.conditions["consent_gepeste"] = d(8)
    sched = compute_schedule(opa, prog, today=d(10))
    second = sched.step("tweede_gesprek_gepeste")
    assert second.due == d(15) and second.window == (d(13), d(17))
    assert second.state is StepState.UPCOMING        # not yet time
    assert compute_schedule(opa, prog, today=d(14)).step("tweede_gesprek_gepeste").state \
        is StepState.CURRENT
    assert compute_schedule(opa, prog, today=d(18)).step("tweede_gesprek_gepeste").state \
        is StepState.OVERDUE
    assert sched.step("confronterend_gesprek").state is StepState.UPCOMING   # optional


def test_opa_repeat_round(protocols: dict[str, Protocol]) -> None:
    opa = protocols["supportgroep"]
    prog = progress(gesprek_gepeste=[d(8)], gesprek_steungroep=[d(8)],
                    tweede_gesprek_gepeste=[d(15)], tweede_gesprek_steungroep=[d(15)])
    prog.conditions["consent_gepeste"] = d(8)
    sched = compute_schedule(opa, prog, today=d(16))
    assert sched.rounds["ronde"] == 1
    assert sched.followups_from("ronde") == []      # no decision yet: no new round
    assert any("Stopt de steungroep" in dutch(n)
               for n in sched.step("tweede_gesprek_steungroep").notes)
    # 003 line 254-256: the group stops, or goes on a week with a last evaluation
    prog.choices["tweede_gesprek_steungroep"] = [
        ChoiceRecord("nog-een-week", "Nog niet helemaal gestopt.", d(15))]
    sched = compute_schedule(opa, prog, today=d(16))
    offer = sched.followups_from("ronde")
    assert len(offer) == 1 and not offer[0].optional and offer[0].due == d(22)
    assert offer[0].key == "ronde/ronde-2" and offer[0].window == (d(20), d(24))
    # the counsellor starts round 2: steps 3 and 4 get new dates from the new group talk
    prog.completions["gesprek_steungroep"].append(d(22))
    sched = compute_schedule(opa, prog, today=d(23))
    assert sched.rounds["ronde"] == 2
    assert sched.step("gesprek_steungroep").state is StepState.DONE
    assert sched.step("gesprek_steungroep").round == 2
    third = sched.step("tweede_gesprek_gepeste")
    assert third.state is StepState.UPCOMING and third.due == d(29)
    rounds = sched.followups_from("ronde")
    assert [(f.key, f.state) for f in rounds] == [("ronde/ronde-2", FollowUpState.DONE)]
    # round 2 completes with 'nog een week' again; round 3 is due, within 9 weeks
    prog.completions["tweede_gesprek_gepeste"].append(d(29))
    prog.completions["tweede_gesprek_steungroep"].append(d(29))
    prog.choices["tweede_gesprek_steungroep"].append(
        ChoiceRecord("nog-een-week", "Laatste evaluatie.", d(29)))
    sched = compute_schedule(opa, prog, today=d(30))
    assert [f.key for f in sched.followups_from("ronde")] == ["ronde/ronde-2", "ronde/ronde-3"]
    # the protocol sets this week: a round not held is overdue after its window
    later = compute_schedule(opa, prog, today=d(20, 10))
    assert later.followups_from("ronde")[-1].state is FollowUpState.OVERDUE
    # 'opheffen' ends it: no further round
    prog.choices["tweede_gesprek_steungroep"][-1] = ChoiceRecord("opheffen", "Gestopt.", d(29))
    assert [f.key for f in compute_schedule(opa, prog, today=d(30)).followups_from("ronde")] \
        == ["ronde/ronde-2"]


def test_opa_final_evaluation(protocols: dict[str, Protocol]) -> None:
    opa = protocols["supportgroep"]
    prog = progress(gesprek_gepeste=[d(8)], gesprek_steungroep=[d(8)])
    prog.conditions["consent_gepeste"] = d(8)
    final = compute_schedule(opa, prog, today=d(9)).followups_from("afronding")
    assert [f.due for f in final] == [d(3, 11)]
    assert final[0].window == (d(27, 10), d(10, 11))


# -- 5 B's -------------------------------------------------------------------------------

def _bs_round_one(choice: str, reason: str = "Nieuwe berichten in de klassenapp.") \
        -> CaseProgress:
    prog = progress(bekijken=[d(9)], begrijpen=[d(14)], beslissen=[d(16)], bijsturen=[d(18)],
                    beoordelen=[d(12, 10)])
    prog.choices["beslissen"] = [ChoiceRecord("confronterend", "Pester heeft hoge status.",
                                              d(16))]
    prog.choices["beoordelen"] = [ChoiceRecord(choice, reason, d(12, 10))]
    return prog


def test_vijf_bs_restarts_at_bekijken_when_not_stopped(protocols: dict[str, Protocol]) -> None:
    bs = protocols["vijf_bs"]
    sched = compute_schedule(bs, _bs_round_one("niet-gestopt"), today=d(13, 10))
    assert sched.rounds["cyclus"] == 2
    bekijken = sched.step("bekijken")
    assert bekijken.round == 2 and bekijken.state is StepState.CURRENT
    assert bekijken.due == d(19, 10)
    for step_id in ("begrijpen", "beslissen", "bijsturen", "beoordelen"):
        assert sched.step(step_id).state is StepState.UPCOMING
        assert sched.step(step_id).round == 2
    restart = sched.followups_from("cyclus")
    assert [(f.key, f.due) for f in restart] == [("cyclus/ronde-2", d(19, 10))]
    assert sched.followups_from("evaluatie") == []
    # round 2 starts, then Bekijken is done again and Begrijpen is due a week later
    prog = _bs_round_one("niet-gestopt")
    prog.completions["bekijken"].append(d(15, 10))
    sched = compute_schedule(bs, prog, today=d(16, 10))
    assert sched.step("bekijken").state is StepState.DONE
    assert sched.step("begrijpen").due == d(22, 10)
    assert sched.followups_from("cyclus")[0].state is FollowUpState.DONE
    # a new Bekijken on the very day of 'niet gestopt' starts round 2 without
    # counting round 1's Beoordelen as done in round 2
    prog = _bs_round_one("niet-gestopt")
    prog.completions["bekijken"].append(d(12, 10))
    sched = compute_schedule(bs, prog, today=d(12, 10))
    assert sched.rounds["cyclus"] == 2
    assert sched.step("beoordelen").state is StepState.UPCOMING
    assert sched.step("begrijpen").due == d(19, 10)
    # 002 sets no term for the new cycle (line 842-846): a proposal, never late
    late = compute_schedule(bs, _bs_round_one("niet-gestopt"), today=d(20, 10))
    assert late.step("bekijken").state is StepState.CURRENT and late.step("bekijken").suggested
    assert late.step("bekijken").round == 2
    assert late.followups_from("cyclus")[0].state is FollowUpState.CURRENT
    assert late.followups_from("cyclus")[0].suggested


def test_vijf_bs_stopped_plans_short_and_long_term_evaluation(
        protocols: dict[str, Protocol]) -> None:
    bs = protocols["vijf_bs"]
    sched = compute_schedule(bs, _bs_round_one("gestopt", "Leerling en klas merken rust."),
                             today=d(13, 10))
    assert sched.rounds["cyclus"] == 1
    assert all(s.state is StepState.DONE for s in sched.steps)
    assert [f.due for f in sched.followups_from("evaluatie")] == [
        d(26, 10), d(12, 1, 2027), d(12, 4, 2027)]
    assert [f.due for f in sched.followups_from("vervolggesprek")] == [d(23), d(30)]
    assert sched.followups_from("cyclus") == []


def test_vijf_bs_choice_must_be_recorded_with_reason(protocols: dict[str, Protocol]) -> None:
    bs = protocols["vijf_bs"]
    prog = _bs_round_one("gestopt", reason="  ")
    del prog.choices["beslissen"]
    sched = compute_schedule(bs, prog, today=d(13, 10))
    assert any("keuze is niet vastgelegd" in dutch(n) for n in sched.step("beslissen").notes)
    assert any("reden" in dutch(n) for n in sched.step("beoordelen").notes)


# -- robustness: whatever was recorded, the engine answers -------------------------------

def test_engine_never_fails_on_arbitrary_progress(protocols: dict[str, Protocol]) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    days = st.dates(min_value=date(2026, 9, 1), max_value=date(2027, 9, 1))

    @settings(max_examples=150, deadline=None)
    @given(st.sampled_from(sorted(protocols)), st.data(), days)
    def check(protocol_id: str, data: st.DataObject, today: date) -> None:
        protocol = protocols[protocol_id]
        ids = [*protocol.step_ids, "onbekend"]
        prog = CaseProgress(
            melding=MELDING,
            completions=data.draw(st.dictionaries(st.sampled_from(ids), st.lists(days,
                                                                                 max_size=4))),
            conditions=data.draw(st.dictionaries(st.sampled_from(["consent_gepeste"]), days)),
            skipped=data.draw(st.dictionaries(st.sampled_from(ids), st.just("reden"))),
        )
        for step in protocol.steps:
            if step.choice and step.id in prog.completions:
                options = [o.id for o in step.choice.options]
                prog.choices[step.id] = data.draw(st.lists(st.builds(
                    ChoiceRecord, st.sampled_from(options), st.text(max_size=3), days),
                    max_size=3))
        sched = compute_schedule(protocol, prog, today)
        assert [s.id for s in sched.steps] == list(protocol.step_ids)
        for status in sched.steps:
            if status.state is StepState.OVERDUE:
                assert status.latest is not None and status.latest < today
            if status.window:
                assert status.window[0] <= status.due <= status.window[1]
        assert all(f.due for f in sched.followups)

    check()
