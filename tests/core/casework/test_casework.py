"""Case work through a real vault: protocol choice, step records, the consent gate,
the steungroep, agreements and follow-ups. Time comes from the injected clock."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import (
    AgreementStatus,
    CaseWork,
    ExceptionKind,
    NewAgreement,
    ProtocolRegistry,
)
from app.casework.registry import file_hash
from app.domain import CaseKind, CaseStatus, EntryKind, Role
from app.errors import InvalidInputError, NotFoundError
from app.protocols import SHIPPED_PROTOCOLS_DIR, FollowUpState, StepState
from app.timeutil import AMSTERDAM, Clock
from app.wording import dutch

STUDENTS = (("Sem Jansen", Role.GEPESTE), ("Daan Visser", Role.PESTER),
            ("Liam de Wit", Role.MEELOPER), ("Noor Bakker", Role.VERDEDIGER),
            ("Emma Smit", Role.BUITENSTAANDER), ("Mila Mulder", Role.BUITENSTAANDER),
            ("Finn Bos", Role.AANMOEDIGER), ("Julia Kok", Role.VERDEDIGER))


@pytest.fixture(scope="session")
def registry() -> ProtocolRegistry:
    return ProtocolRegistry([SHIPPED_PROTOCOLS_DIR])


@pytest.fixture
def work(vault: CaseFile, registry: ProtocolRegistry) -> CaseWork:
    return vault.casework


def at(day: int, month: int = 9, hour: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=AMSTERDAM)


def d(day: int, month: int = 9, year: int = 2026) -> date:
    return date(year, month, day)


def make_case(vault: CaseFile, protocol: str | None, reported: date = date(2026, 9, 7),
              title: str = "Uitgelachen in de klassenapp", group: str = "groep 7"
              ) -> tuple[int, dict[str, int]]:
    """A case with eight students; returns (case id, name -> participant id)."""
    case = vault.cases.create(NewCase(title, CaseKind.PESTEN, reported, group_name=group))
    people = {name: vault.people.add_new_to_case(case.id, name, role, group).id
              for name, role in STUDENTS}
    if protocol:
        vault.casework.protocols.choose(case.id, protocol)
    return case.id, people


def set_today(clock: Clock, day: date) -> None:
    clock.set(datetime(day.year, day.month, day.day, 12, 0, tzinfo=AMSTERDAM).astimezone(UTC))


# -- protocol choice ---------------------------------------------------------------------

def test_choosing_and_switching_protocol_keeps_history(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    set_today(clock, d(8))
    case_id, people = make_case(vault, "supportgroep")
    first = work.protocols.current(case_id)
    assert first is not None and first.protocol_id == "supportgroep"
    assert first.content_hash == file_hash(SHIPPED_PROTOCOLS_DIR / "supportgroep.toml")
    assert len(first.content_hash) == 64 and first.protocol_version == 1
    work.steps.record(case_id, "gesprek_gepeste", at(8), participant_ids=[people["Sem Jansen"]],
                      verslag="Sem vertelt over de klassenapp.")
    with pytest.raises(InvalidInputError, match="volgt dit protocol al"):
        work.protocols.choose(case_id, "supportgroep")
    with pytest.raises(NotFoundError):
        work.protocols.choose(case_id, "bestaat_niet")
    set_today(clock, d(10))
    work.protocols.choose(case_id, "vijf_bs", reason="De groep is te onrustig voor een steungroep.")
    history = work.protocols.history(case_id)
    assert [c.protocol_id for c in history] == ["supportgroep", "vijf_bs"]
    assert history[1].reason.startswith("De groep")
    records = work.steps.for_case(case_id)
    assert [(r.protocol_id, r.step_id) for r in records] == [("supportgroep", "gesprek_gepeste")]
    assert records[0].step_title == "Gesprek met de gepeste leerling"
    sched = work.schedule(case_id)
    assert sched is not None and sched.protocol.id == "vijf_bs"
    bekijken = sched.step("bekijken")
    # the new protocol counts from the day of the switch, with no completions carried over
    assert bekijken.state is StepState.CURRENT and bekijken.due == d(17)
    with pytest.raises(InvalidInputError, match="geen stap"):
        work.steps.record(case_id, "gesprek_gepeste", at(10))


def test_no_protocol_yet(vault: CaseFile, work: CaseWork) -> None:
    case_id, _ = make_case(vault, None)
    assert work.schedule(case_id) is None
    with pytest.raises(InvalidInputError, match="Kies eerst een protocol"):
        work.steps.record(case_id, "bekijken", at(8))


# -- due dates per protocol, through the vault ------------------------------------------

def test_zesstappenplan_dates_and_two_year_monitoring(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, people = make_case(vault, "zesstappenplan")
    set_today(clock, d(7))
    assert work.schedule(case_id).step("signaleren").due == d(7)
    work.steps.record(case_id, "signaleren", at(7), verslag="Mentor ingelicht.")
    sched = work.schedule(case_id)
    assert sched.step("gesprek_gepeste").due == d(14)
    work.steps.record(case_id, "gesprek_gepeste", at(10), verslag="Gesprek zonder schuldvraag.",
                      participant_ids=[people["Sem Jansen"]])
    work.steps.record(case_id, "gesprek_pester", at(15), participant_ids=[people["Daan Visser"]],
                      verslag="Daan begrijpt wat het met Sem doet.")
    set_today(clock, d(16))
    sched = work.schedule(case_id)
    assert sched.step("gezamenlijk_gesprek").due == d(22)
    assert sched.step("ouders").due == d(22)
    work.steps.record(
        case_id, "gezamenlijk_gesprek", at(21), verslag="Samen afspraken gemaakt.",
        participant_ids=[people["Sem Jansen"], people["Daan Visser"]],
        agreements=[NewAgreement("Vanaf nu laat Daan de spullen van Sem met rust.",
                                 (people["Daan Visser"],), evaluate_on=d(28))])
    set_today(clock, d(22))
    sched = work.schedule(case_id)
    vervolg = [f for f in sched.followups if f.followup.source == "vervolggesprek"]
    assert [f.due for f in vervolg] == [d(23), d(28), d(21, 10)]
    monitoring = [f for f in sched.followups if f.followup.source == "monitoring"]
    assert len(monitoring) == 8
    assert [f.due for f in monitoring][:2] == [d(21, 12), date(2027, 3, 21)]
    assert monitoring[-1].due == date(2028, 9, 21)
    assert all(f.state == "upcoming" for f in vervolg + monitoring)


def test_supportgroep_gate_rounds_and_final_evaluation(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, people = make_case(vault, "supportgroep")
    set_today(clock, d(8))
    first = work.steps.record(case_id, "gesprek_gepeste", at(8),
                              participant_ids=[people["Sem Jansen"]], verslag="Sem wil nadenken.")
    sched = work.schedule(case_id)
    for step_id in ("gesprek_steungroep", "tweede_gesprek_gepeste", "tweede_gesprek_steungroep"):
        assert sched.step(step_id).state is StepState.BLOCKED
    assert work.steps.missing_gates(case_id, "gesprek_steungroep") == [
        "De gepeste leerling stemt in met de aanpak met een steungroep"]
    # step 2 is refused until consent is recorded (or a reason to deviate is given)
    with pytest.raises(InvalidInputError, match="wacht nog op: de gepeste leerling stemt in"):
        work.steps.record(case_id, "gesprek_steungroep", at(9), verslag="Groep gesproken.")
    assert [r.step_id for r in work.steps.for_case(case_id)] == ["gesprek_gepeste"]
    consent = work.steps.record_condition(case_id, "consent_gepeste", at(10, hour=15),
                                          "Mondeling, na twee dagen bedenktijd", first.id)
    assert consent.how.startswith("Mondeling") and consent.step_record_id == first.id
    set_today(clock, d(10))
    step2 = work.schedule(case_id).step("gesprek_steungroep")
    assert step2.state is StepState.CURRENT and step2.window == (d(10), d(12))
    work.steps.record(case_id, "gesprek_steungroep", at(10, hour=16), verslag="Ideeën verzameld.")
    sched = work.schedule(case_id)
    assert sched.step("tweede_gesprek_gepeste").due == d(17)
    assert [f.due for f in sched.followups if f.followup.source == "afronding"] == [d(5, 11)]
    work.steps.record(case_id, "tweede_gesprek_gepeste", at(17), verslag="Het gaat beter.")
    work.steps.record(case_id, "tweede_gesprek_steungroep", at(17), verslag="Iedereen deed iets.",
                      choice=("nog-een-week", "Nog niet helemaal gestopt."))
    set_today(clock, d(18))
    rounds = [f for f in work.schedule(case_id).followups if f.followup.source == "ronde"]
    assert [(f.key, f.due, f.followup.optional) for f in rounds] == [
        ("ronde/ronde-2", d(24), False)]
    # a second round: the group talk is recorded again
    work.steps.record(case_id, "gesprek_steungroep", at(24), verslag="Ronde twee.")
    set_today(clock, d(25))
    sched = work.schedule(case_id)
    assert sched.schedule.rounds["ronde"] == 2
    assert sched.step("tweede_gesprek_gepeste").due == d(1, 10)


def test_vijf_bs_choice_with_reason_and_restart(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, _people = make_case(vault, "vijf_bs")
    set_today(clock, d(16))
    work.steps.record(case_id, "bekijken", at(9), verslag="Signalen verzameld.")
    work.steps.record(case_id, "begrijpen", at(14), verslag="Daan zoekt status.")
    with pytest.raises(InvalidInputError, match="waarom"):
        work.steps.record(case_id, "beslissen", at(16), choice=("confronterend", " "))
    with pytest.raises(InvalidInputError, match="Kies uit"):
        work.steps.record(case_id, "beslissen", at(16), choice=("streng", "Omdat."))
    assert [r.step_id for r in work.steps.for_case(case_id)] == ["bekijken", "begrijpen"]
    work.steps.record(case_id, "beslissen", at(16), verslag="Plan op vijf niveaus.",
                      choice=("confronterend", "Daan heeft een hoge status; Sem staat alleen."))
    made = work.steps.choices(case_id)
    assert [(c.step_id, c.option) for c in made] == [("beslissen", "confronterend")]
    assert made[0].step_record_id is not None
    work.steps.record(case_id, "bijsturen", at(18), verslag="Logboek bijgehouden.")
    work.steps.record(case_id, "beoordelen", at(12, 10), verslag="Nieuwe berichten.")
    work.steps.record_choice(case_id, "beoordelen", "niet-gestopt",
                             "Nieuwe berichten in de klassenapp.", at(12, 10))
    set_today(clock, d(13, 10))
    sched = work.schedule(case_id)
    assert sched.schedule.rounds["cyclus"] == 2
    assert sched.step("bekijken").state is StepState.CURRENT
    assert sched.step("bekijken").due == d(19, 10)
    restart = [f for f in sched.followups if f.followup.source == "cyclus"]
    assert [(f.key, f.due, f.state) for f in restart] == [("cyclus/ronde-2", d(19, 10), "upcoming")]
    # the talks planned after Beslissen were never marked done: 002 gives them no date,
    # so they are proposals that stay current, never overdue
    talks = [f for f in sched.followups if f.followup.source == "vervolggesprek"]
    assert {f.state for f in talks} == {"current"} and all(f.followup.suggested for f in talks)


def test_skip_and_deviation_are_kept_with_the_step(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, _ = make_case(vault, "zesstappenplan")
    set_today(clock, d(8))
    work.steps.record(case_id, "signaleren", at(7), verslag="Gemeld.")
    with pytest.raises(InvalidInputError):
        work.steps.skip(case_id, "gesprek_gepeste", "  ")
    skip = work.steps.skip(case_id, "gesprek_gepeste", "Leerling wil alleen een gezamenlijk gesprek.")
    work.steps.deviate(case_id, "gesprek_pester", "De pester meldde zich zelf.")
    sched = work.schedule(case_id)
    assert sched.step("gesprek_gepeste").state is StepState.SKIPPED
    assert sched.step("gesprek_pester").due == d(14)
    assert any("zelf" in dutch(n) for n in sched.step("gesprek_pester").notes)
    assert {e.kind for e in work.steps.exceptions(case_id)} == {ExceptionKind.SKIPPED,
                                                               ExceptionKind.DEVIATION}
    work.steps.withdraw_exception(skip.id)
    assert work.schedule(case_id).step("gesprek_gepeste").state is StepState.CURRENT


def test_step_record_links_verslag_with_revisions(work: CaseWork, vault: CaseFile,
                                                   clock: Clock) -> None:
    case_id, people = make_case(vault, "supportgroep")
    assert vault.cases.get(case_id).status is CaseStatus.NIEUW
    record = work.steps.record(case_id, "gesprek_gepeste", at(8, hour=11),
                               participant_ids=[people["Sem Jansen"]], verslag="Eerste versie.",
                               next_appointment=at(15, hour=11))
    assert vault.cases.get(case_id).status is CaseStatus.IN_BEHANDELING
    entry = vault.timeline.get(record.entry_id)
    assert entry.kind is EntryKind.GESPREK and entry.with_whom == "Sem Jansen"
    assert record.next_appointment == at(15, hour=11)
    assert [p.name for p in record.participants] == ["Sem Jansen"]
    edited = work.steps.edit_verslag(record.id, "Tweede versie, aangevuld.")
    assert edited.verslag == "Tweede versie, aangevuld."
    assert [r.text for r in work.steps.revisions(record.id)] == ["Eerste versie."]
    with pytest.raises(InvalidInputError, match="betrokkenen"):
        other, _ = make_case(vault, "supportgroep", title="Andere melding")
        work.steps.record(other, "gesprek_gepeste", at(8), participant_ids=[people["Sem Jansen"]])


# -- steungroep --------------------------------------------------------------------------

def test_steungroep_size_warning_ideas_and_results(vault: CaseFile, work: CaseWork) -> None:
    case_id, people = make_case(vault, "supportgroep")
    small = work.steungroep.compose(case_id, [people[n] for n in (
        "Daan Visser", "Liam de Wit", "Noor Bakker", "Emma Smit")])
    assert len(small.members) == 4
    assert tuple(map(dutch, small.warnings)) == (
        "De steungroep heeft 4 leden; gebruikelijk is 5 tot 8.",)
    six = ["Daan Visser", "Liam de Wit", "Noor Bakker", "Emma Smit", "Mila Mulder", "Finn Bos"]
    group = work.steungroep.compose(case_id, [people[n] for n in six])
    assert group.warnings == () and [m.person.name for m in group.members] == six
    # the bullied student is refused, the group stays as it was
    with pytest.raises(InvalidInputError, match="gepeste leerling kan geen lid"):
        work.steungroep.compose(case_id, [people[n] for n in [*six, "Sem Jansen"]])
    assert [m.person.name for m in work.steungroep.members(case_id)] == six
    # a member who later turns out to be bullied is warned about (their role changed)
    vault.people.change_role(people["Finn Bos"], Role.GEPESTE)
    assert any("gepeste leerling hoort niet" in dutch(w)
               for w in work.steungroep.warnings(case_id))
    vault.people.change_role(people["Finn Bos"], Role.AANMOEDIGER)
    group = work.steungroep.compose(case_id, [people[n] for n in six])
    members = {m.person.name: m.id for m in group.members}
    meeting = work.steps.record  # ideas belong to the group talk
    work.steps.record_condition(case_id, "consent_gepeste", at(8), "Mondeling")
    talk = meeting(case_id, "gesprek_steungroep", at(8), verslag="Groepsgesprek.")
    warnings = work.steungroep.record_ideas(case_id, {
        members["Daan Visser"]: "Ik ga Sem vragen om mee te voetballen.",
        members["Noor Bakker"]: "Naast Sem zitten bij het eten.",
        members["Emma Smit"]: "  "}, step_record_id=talk.id)
    assert tuple(map(dutch, warnings)) == ("Noor Bakker: schrijf het idee als 'Ik ga ...'.",)
    work.steungroep.record_results(case_id, {members["Daan Visser"]: "Heeft twee keer gevraagd."})
    notes = work.steungroep.notes(case_id, members["Daan Visser"])
    assert [(n.kind, n.text) for n in notes] == [
        ("idee", "Ik ga Sem vragen om mee te voetballen."),
        ("resultaat", "Heeft twee keer gevraagd.")]
    assert notes[0].step_record_id == talk.id
    assert work.steungroep.latest_idea(case_id, members["Noor Bakker"]).text.startswith("Naast")
    assert work.steungroep.notes(case_id, members["Emma Smit"]) == []
    with pytest.raises(InvalidInputError):
        work.steungroep.record_ideas(case_id, {9999: "Ik ga helpen."})


# -- agreements and follow-ups -----------------------------------------------------------

def test_broken_agreement_is_visible_and_on_the_timeline(work: CaseWork, vault: CaseFile) -> None:
    case_id, people = make_case(vault, "zesstappenplan")
    agreement = work.agreements.add(case_id, NewAgreement(
        "Vanaf nu laat Daan de tas van Sem met rust.", (people["Daan Visser"],),
        evaluate_on=d(21), made_on=at(14)))
    assert agreement.status is AgreementStatus.OPEN and agreement.evaluate_on == d(21)
    assert [p.name for p in agreement.participants] == ["Daan Visser"]
    assert work.agreements.broken(case_id) == []
    with pytest.raises(InvalidInputError, match="verbroken"):
        work.agreements.set_status(agreement.id, AgreementStatus.BROKEN)
    broken = work.agreements.set_status(agreement.id, AgreementStatus.BROKEN,
                                        "De tas lag weer in de prullenbak.", at(18))
    assert [a.id for a in work.agreements.broken(case_id)] == [agreement.id]
    entry = vault.timeline.get(broken.status_entry_id)
    assert entry.kind is EntryKind.AFSPRAAK
    assert "Afspraak niet nagekomen: Vanaf nu laat Daan" in entry.text
    assert "prullenbak" in entry.text and entry.with_whom == "Daan Visser"
    kept = work.agreements.set_status(agreement.id, AgreementStatus.KEPT, "Daarna goed gegaan.")
    assert kept.status is AgreementStatus.KEPT and work.agreements.broken(case_id) == []


def test_followups_moved_done_and_cancelled(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, _people = make_case(vault, "zesstappenplan")
    work.agreements.add(case_id, NewAgreement("Vanaf nu zit Daan naast Jip.", made_on=at(14)))
    set_today(clock, d(17))
    sched = work.schedule(case_id)
    vervolg = [f for f in sched.followups if f.followup.source == "vervolggesprek"]
    assert [(f.due, f.state) for f in vervolg] == [
        (d(16), "overdue"), (d(21), "upcoming"), (d(14, 10), "upcoming")]
    first, second, third = (f.key for f in vervolg)
    with pytest.raises(InvalidInputError, match="reden"):
        work.followups.move(case_id, first, d(18), "")
    with pytest.raises(InvalidInputError, match="hoort niet bij het protocol"):
        work.followups.mark_done(case_id, "vervolggesprek/bestaat-niet/2d")
    work.followups.move(case_id, first, d(18), "Sem was ziek.")
    moved = work.schedule(case_id).followup(first)
    assert (moved.due, moved.state, moved.action.reason) == (d(18), "upcoming", "Sem was ziek.")
    set_today(clock, d(19))
    assert work.schedule(case_id).followup(first).state == "overdue"
    work.followups.mark_done(case_id, first, d(19), "Goed gesprek.")
    work.followups.cancel(case_id, second, "Sem en Daan zitten niet meer in dezelfde klas.")
    sched = work.schedule(case_id)
    assert sched.followup(first).state == "done"
    assert sched.followup(second).state == "cancelled"
    assert sched.followup(third).is_open
    assert sched.schedule.overdue_followups == []
    assert [a.action.value for a in work.followups.history(case_id, first)] == [
        "verzet", "gedaan"]
    assert sched.schedule.followups_from("vervolggesprek")[1].state is FollowUpState.DONE


def test_every_change_is_in_the_audit_log(work: CaseWork, vault: CaseFile) -> None:
    case_id, people = make_case(vault, "supportgroep")
    work.steps.record(case_id, "gesprek_gepeste", at(8), verslag="x")
    work.steps.record_condition(case_id, "consent_gepeste", at(8), "Mondeling")
    work.steungroep.compose(case_id, [people["Noor Bakker"]])
    work.agreements.add(case_id, NewAgreement("Samen spelen.", made_on=at(8)))
    actions = [e.action for e in vault.audit.entries(action_prefix="casework.")]
    assert actions == ["casework.protocol_chosen", "casework.step_recorded",
                       "casework.condition_recorded", "casework.steungroep_composed",
                       "casework.agreement_added"]
    assert vault.audit.verify().ok


def test_consent_given_in_the_step_dialog_opens_the_gate(vault: CaseFile, work: CaseWork, clock: Clock) -> None:
    case_id, people = make_case(vault, "supportgroep")
    set_today(clock, d(8))
    record = work.steps.record(case_id, "gesprek_gepeste", at(8),
                               participant_ids=[people["Sem Jansen"], people["Sem Jansen"]],
                               verslag="Sem stemt in.",
                               conditions=[("consent_gepeste", "Mondeling, zonder bedenktijd")])
    assert record.participant_ids == (people["Sem Jansen"],)
    [consent] = work.steps.conditions(case_id)
    assert (consent.key, consent.step_record_id, consent.given_at) == (
        "consent_gepeste", record.id, at(8))
    assert work.schedule(case_id).step("gesprek_steungroep").state is StepState.CURRENT
    # a bad condition key undoes the whole dialog
    with pytest.raises(InvalidInputError, match="kent de voorwaarde"):
        work.steps.record(case_id, "gesprek_gepeste", at(9), conditions=[("onbekend", "x")])
    assert len(work.steps.for_case(case_id)) == 1
    # going ahead without the gate needs a reason, which is kept as a deviation
    other, _ = make_case(vault, "supportgroep", title="Tweede")
    work.steps.record(other, "gesprek_steungroep", at(9), verslag="Met spoed, ouders akkoord.",
                      deviation_reason="Acute situatie; toestemming volgt.")
    [deviation] = work.steps.exceptions(other)
    assert deviation.kind is ExceptionKind.DEVIATION
    assert deviation.reason.startswith("Zonder de gepeste leerling stemt in")
    notes = work.schedule(other).step("gesprek_steungroep").notes
    assert any("Acute situatie" in dutch(n) for n in notes)
