"""Between the step dialog and the core: what the dialog is told about a step, and how
the form it returns is saved (the step record, then the steungroep's results and ideas)."""

from __future__ import annotations

from app.casefile import CaseFile
from app.casework import CaseWorkSchedule
from app.messages import Message
from app.protocols import StepStatus
from ui.casework.step_dialog import StepContext, StepForm, SteungroepMemberRow


def step_context(vault: CaseFile, case_id: int, schedule: CaseWorkSchedule,
                 status: StepStatus) -> StepContext:
    work = vault.casework
    protocol = schedule.protocol
    have = {c.key for c in work.steps.conditions(case_id)}
    settable = tuple((key, protocol.condition_label(key)) for key in
                     status.step.sets_conditions if key not in have
                     and key not in status.step.gates)
    members: tuple[SteungroepMemberRow, ...] = ()
    present: frozenset[int] = frozenset()
    if "ideeen" in status.step.produces:
        rows = []
        group = work.steungroep.members(case_id)
        present = frozenset(m.participant_id for m in group)  # the group's talk: all there
        for member in group:
            idea = work.steungroep.latest_idea(case_id, member.id)
            rows.append(SteungroepMemberRow(member.id, member.person.name,
                                            idea.text if idea else ""))
        members = tuple(rows)
    return StepContext(
        step=status.step, participants=tuple(vault.people.for_case(case_id)),
        now=vault.clock.now(),
        missing_gates=tuple(work.steps.missing_gates(case_id, status.id)),
        settable=settable, members=members, present=present,
        export_guide=lambda target: work.guides.export_pdf(case_id, status.id, target))


def save_step(vault: CaseFile, case_id: int, step_id: str, form: StepForm) -> list[Message]:
    """Record the step; returns the warnings about the steungroep's results and ideas."""
    work = vault.casework
    record = work.steps.record(
        case_id, step_id, form.occurred_at,
        participant_ids=form.participant_ids, verslag=form.verslag,
        agreements=form.agreements, next_appointment=form.next_appointment,
        choice=form.choice, conditions=form.conditions,
        deviation_reason=form.deviation_reason)
    warnings: list[Message] = []
    if form.results:
        warnings += work.steungroep.record_results(case_id, form.results, record.id)
    if form.ideas:
        warnings += work.steungroep.record_ideas(case_id, form.ideas, record.id)
    return warnings
