"""`case_file.overview`: where a case stands, for the Overzicht page, in each protocol state."""

from __future__ import annotations

from datetime import date

from app.casefile import CaseFile
from app.casework import NewAgreement
from app.casework.model import AgreementStatus, Priority
from app.consent import ConsentAnswer
from app.protocols import StepState
from app.timeutil import Clock
from tests.core.casework.test_casework import at, d, make_case, set_today


def test_a_case_without_protocol_has_no_stage(vault: CaseFile, clock: Clock) -> None:
    set_today(clock, d(8))
    case_id, _ = make_case(vault, None)
    facts = vault.overview(case_id)
    assert facts.stage is None and facts.next_followup is None and facts.consent is None
    assert (facts.open_agreements, facts.offences, facts.evidence_count) == ((), (), 0)
    assert facts.priority is Priority.NORMAAL and facts.today == d(8)
    assert facts.retention.case_id == case_id


def test_the_stage_moves_with_the_protocol(vault: CaseFile, clock: Clock) -> None:
    set_today(clock, d(8))
    case_id, people = make_case(vault, "supportgroep")
    first = vault.overview(case_id).stage
    assert first is not None and first.steps_done == 0 and first.steps_total == 5
    assert first.next_step is not None and first.next_step.id == "gesprek_gepeste"
    vault.casework.steps.record(case_id, "gesprek_gepeste", at(8), verslag="Gesproken.",
                                participant_ids=[people["Sem Jansen"]],
                                conditions=[("consent_gepeste", "mondeling")])
    facts = vault.overview(case_id)
    assert facts.stage is not None and facts.stage.steps_done == 1
    step = facts.stage.next_step
    assert step is not None and step.id == "gesprek_steungroep"
    assert step.state is StepState.CURRENT and step.latest is not None
    assert facts.consent is not None and facts.consent.answer is ConsentAnswer.GEGEVEN
    set_today(clock, d(30))
    late = vault.overview(case_id)
    assert late.stage is not None and late.stage.next_step is not None
    # the steungroep talk's few days are the app's proposal (000 gives no term): weeks
    # later it is still the next step, never 'te laat'
    assert late.stage.next_step.id == "gesprek_steungroep"
    assert late.stage.next_step.state is StepState.CURRENT and late.stage.next_step.suggested


def test_agreements_followups_offences_and_evidence(vault: CaseFile, clock: Clock) -> None:
    set_today(clock, d(7))
    case_id, people = make_case(vault, "zesstappenplan")
    work = vault.casework
    work.steps.record(case_id, "signaleren", at(7), verslag="Mentor ingelicht.")
    kept = work.agreements.add(case_id, NewAgreement("Daan laat Sem met rust",
                                                     (people["Daan Visser"],), d(21)))
    work.agreements.add(case_id, NewAgreement("De klas eet samen", (), d(28)))
    work.agreements.set_status(kept.id, AgreementStatus.KEPT)
    work.offences.set_checked(case_id, ["bedreiging"])
    vault.evidence.import_bytes(case_id, b"chat", "chat.txt")
    withdrawn = vault.evidence.import_bytes(case_id, b"per ongeluk", "fout.txt")
    vault.evidence.withdraw(withdrawn.id, "verkeerde leerling")
    facts = vault.overview(case_id, today=date(2026, 9, 8))
    assert [a.text for a in facts.open_agreements] == ["De klas eet samen"]
    assert facts.offences == ("bedreiging",)
    assert facts.evidence_count == 1
    assert facts.today == date(2026, 9, 8)
    for step in ("gesprek_gepeste", "gesprek_pester", "gezamenlijk_gesprek", "vervolg"):
        work.steps.record(case_id, step, at(8), verslag="Gedaan.")
    later = vault.overview(case_id, today=date(2026, 9, 9))
    open_followups = sorted((f for f in work.schedule(case_id, date(2026, 9, 9)).followups
                             if f.is_open), key=lambda f: f.due)
    assert open_followups, "the protocol plans follow-ups after its steps"
    assert later.next_followup == open_followups[0]
