"""`show`: one case with everything the window's case detail shows: where it stands (the
Overzicht: stage, next step, next follow-up), people, timeline, urgency, outcome,
protocol steps, follow-ups, agreements, strafbare feiten, the steungroep and evidence.
Arguments: app/cli/arguments/cases.py."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from app.casefile import CaseFile
from app.casework import (
    AdviceRecord,
    AgreementRecord,
    CaseWorkSchedule,
    OutcomeRecord,
    Priority,
    PriorityRecord,
    SteungroepMember,
    SteungroepNote,
    offence,
)
from app.cli import lines, shapes
from app.cli.context import open_case_file, print_json
from app.cli.nl import STEP_STATE
from app.cli.retention_commands import consent_json, retention_json
from app.consent import Consent, consent_summary
from app.domain import BullyingForm, Case, CaseStatus, Criterion, Entry, Participant, Signal
from app.evidence import EvidenceItem
from app.messages import Message
from app.overview import CaseOverviewFacts
from app.retention import Retention
from app.retention.text import retention_text
from app.timeutil import format_date_nl
from app.wording import dutch, dutch_param, label


@dataclass(frozen=True)
class CaseView:
    """Everything `show` prints, read in one go while the vault is open."""

    case: Case
    people: list[Participant]
    entries: list[Entry]
    priority: PriorityRecord
    outcome: OutcomeRecord | None
    schedule: CaseWorkSchedule | None
    agreements: list[AgreementRecord]
    offences: list[str]
    advice: list[AdviceRecord]
    members: list[SteungroepMember]
    notes: list[SteungroepNote]
    evidence: list[EvidenceItem]
    retention: Retention
    consent: Consent | None
    overview: CaseOverviewFacts
    duties: tuple[Message, ...] = ()    # what a case mark asks (work.marks), shown first


def read_case(vault: CaseFile, reference: str) -> CaseView:
    case = vault.cases.by_reference(reference)
    work = vault.casework
    return CaseView(
        case, vault.people.for_case(case.id), vault.timeline.for_case(case.id),
        work.status.priority(case.id), work.status.outcome(case.id), work.schedule(case.id),
        work.agreements.for_case(case.id), work.offences.checked(case.id),
        work.offences.advice(case.id), work.steungroep.members(case.id),
        work.steungroep.notes(case.id), vault.evidence.list_for_case(case.id),
        vault.retention.for_case(case.id), vault.consent.current(case.id),
        vault.overview(case.id), work.marks.duties(case.id))


def view_json(v: CaseView) -> shapes.Json:
    case = v.case
    return {
        "reference": case.reference, "id": case.id, "title": case.title,
        "kind": case.kind.value, "status": case.status.value,
        "reported_on": shapes.iso(case.reported_on), "reported_by": case.reported_by.value,
        "group": case.group_name, "description": case.description, **shapes.intake_json(case),
        "priority": shapes.priority_json(v.priority), "outcome": shapes.outcome_json(v.outcome),
        "duties": [dutch(d) for d in v.duties],
        "people": [shapes.participant_json(p) for p in v.people],
        "entries": [shapes.entry_json(e) for e in v.entries],
        "protocol": shapes.protocol_json(v.schedule) if v.schedule else None,
        "followups": [shapes.followup_json(f) for f in v.schedule.followups]
        if v.schedule else [],
        "agreements": [shapes.agreement_json(a) for a in v.agreements],
        "offences": {"checked": v.offences, "advice": [shapes.advice_json(a) for a in v.advice]},
        "steungroep": [shapes.member_json(m, v.notes) for m in v.members],
        "evidence": [shapes.evidence_json(i) for i in v.evidence],
        "retention": retention_json(v.retention),
        "consent": consent_json(v.consent),
        "overview": overview_json(v.overview),
    }


def overview_json(o: CaseOverviewFacts) -> shapes.Json:
    """Where the case stands (the window's Overzicht): stage, next step, next follow-up."""
    stage, step = o.stage, o.stage.next_step if o.stage else None
    return {
        "steps_done": stage.steps_done if stage else None,
        "steps_total": stage.steps_total if stage else None,
        "next_step": {"id": step.id, "title": step.step.title, "state": step.state.value,
                      "latest": shapes.iso(step.latest) if step.latest else None}
        if step else None,
        "next_followup": {"key": o.next_followup.key, "due": shapes.iso(o.next_followup.due)}
        if o.next_followup else None,
        "open_agreements": len(o.open_agreements), "evidence_count": o.evidence_count,
        "priority": o.priority.value, "offences": list(o.offences),
    }


def overview_lines(o: CaseOverviewFacts) -> list[str]:
    """'Waar staan we' in Dutch, the lines `show` prints under the case's header."""
    if o.stage is None:
        return ["Fase: nog geen protocol gekozen"]
    rows = [f"Fase: {o.stage.protocol_name}, {o.stage.steps_done} van "
            f"{o.stage.steps_total} stappen gedaan"]
    step = o.stage.next_step
    if step is not None:
        latest = f", uiterlijk {format_date_nl(step.latest)}" if step.latest else ""
        rows.append(f"Volgende stap: {step.step.title} "
                    f"({STEP_STATE[step.state.value].lower()}{latest})")
    if o.next_followup is not None:
        rows.append(f"Volgend vervolg: {dutch(o.next_followup.label)}, "
                    f"{format_date_nl(o.next_followup.due)}")
    rows.append(f"Open afspraken: {len(o.open_agreements)}   Bewijsstukken: {o.evidence_count}")
    return rows


def _print_header(v: CaseView) -> None:
    case = v.case
    for duty in v.duties:
        print(f"LET OP: {dutch(duty)}")
    print(f"{case.reference}  {case.title}")
    print(f"Soort: {label(case.kind)}   Status: {label(case.status)}   "
          f"Gemeld op: {format_date_nl(case.reported_on)} door {label(case.reported_by).lower()}")
    if case.group_name:
        print(f"Groep: {case.group_name}")
    for line in _intake_lines(case):
        print(line)
    if v.priority.priority is not Priority.NORMAAL:
        print(f"Urgentie: {label(v.priority.priority)} ({dutch_param(v.priority.reason)})")
    if v.outcome is not None and case.status is CaseStatus.GESLOTEN:
        print(f"Gesloten op {format_date_nl(v.outcome.closed_on)}: {label(v.outcome.outcome)}")
    print(f"Bewaren tot: {retention_text(v.retention)}")
    print(f"Toestemming leerling: {consent_summary(v.consent)}")
    for line in overview_lines(v.overview):
        print(line)
    if case.description:
        print(case.description)


def _intake_lines(case: Case) -> list[str]:
    lines = []
    if case.reported_via is not None:
        lines.append(f"Hoe gemeld: {label(case.reported_via).lower()}")
    if case.criteria is not None:
        marks = [label(c) for c in Criterion if c in case.criteria]
        lines.append("Kenmerken van pesten: " + ("; ".join(marks) or "geen van de drie"))
    for title, values, enum in (("Vormen", case.forms, BullyingForm),
                                ("Signalen", case.signals, Signal)):
        if values:
            lines.append(f"{title}: " + ", ".join(label(m).lower() for m in enum if m in values))
    return lines


def _print_section(title: str, rows: list[str]) -> None:
    if rows:
        print(f"\n{title}:")
        for row in rows:
            print(f"  {row}")


def print_view(v: CaseView) -> None:
    _print_header(v)
    print("\nBetrokkenen:")
    for p in v.people:
        group = f" ({p.person.group_name})" if p.person.group_name else ""
        note = f" - {p.note}" if p.note else ""
        print(f"  {p.person.name}{group}: {label(p.role)}{note}")
    print("\nTijdlijn:")
    for e in v.entries:
        print(f"  {lines.entry_line(e)}")
    if v.schedule is not None:
        _print_section(f"Protocol: {v.schedule.choice.protocol_name}",
                       [lines.step_line(s) for s in v.schedule.steps])
        _print_section("Vervolg", [lines.followup_line(f) for f in v.schedule.followups])
    _print_section("Afspraken", [lines.agreement_line(a) for a in v.agreements])
    _print_section("Strafbare feiten", [dutch(offence(k).label) for k in v.offences]
                   + [lines.advice_line(a) for a in v.advice])
    _print_section("Steungroep", [m.person.name for m in v.members])
    _print_section("Bewijs", [lines.evidence_line(i) for i in v.evidence])


def cmd_show(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        view = read_case(vault, args.case_ref)
    if args.json:
        print_json(view_json(view))
    else:
        print_view(view)
    return 0
