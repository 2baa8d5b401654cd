"""The JSON the CLI prints: one function per kind of record, so every subcommand that
shows an agreement, a step or an evidence item shows it with the same keys.

Dates and times are ISO 8601 (times with their UTC offset); states and kinds are the
values stored in the vault (`nagekomen`, `overdue`, `online-pesten`); absent values are
null, never left out.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.casework import (
    AdviceRecord,
    AgreementRecord,
    CaseWorkSchedule,
    FollowUpActionRecord,
    FollowUpItem,
    OutcomeRecord,
    PriorityRecord,
    StepException,
    StepRecord,
    SteungroepMember,
    SteungroepNote,
)
from app.domain import Case, Entry, Participant, Revision
from app.evidence import EvidenceItem, EvidenceMetadata, MetadataVersion
from app.letters import LetterSuggestion
from app.protocols import StepStatus
from app.protocols.guides import Guide
from app.wording import dutch, label

Json = dict[str, Any]


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def case_json(case: Case) -> Json:
    return {"reference": case.reference, "id": case.id, "title": case.title,
            "kind": case.kind.value, "status": case.status.value,
            "reported_on": iso(case.reported_on), "reported_by": case.reported_by.value,
            "group": case.group_name, "description": case.description,
            "updated_at": iso(case.updated_at), **intake_json(case)}


def intake_json(case: Case) -> Json:
    """The intake; null where it was never recorded (a case from before the intake)."""
    def keys(values: frozenset[Any] | None) -> list[str] | None:
        return None if values is None else sorted(v.value for v in values)

    return {"reported_via": case.reported_via.value if case.reported_via else None,
            "marks": keys(case.criteria), "forms": keys(case.forms),
            "signals": keys(case.signals)}


def participant_json(p: Participant) -> Json:
    return {"name": p.person.name, "role": p.role.value, "group": p.person.group_name,
            "note": p.note}


def entry_json(e: Entry) -> Json:
    return {"id": e.id, "kind": e.kind.value, "occurred_at": iso(e.occurred_at),
            "precision": e.precision.value, "recorded_at": iso(e.recorded_at),
            "with": e.with_whom, "text": e.text, "updated_at": iso(e.updated_at),
            "revisions": e.revision_count, "special_category": e.special_category.value,
            "work_note": e.work_note, "withdrawn_at": iso(e.withdrawn_at),
            "withdrawal_reason": e.withdrawal_reason}


def revision_json(r: Revision) -> Json:
    return {"text": r.text, "written_at": iso(r.written_at), "replaced_at": iso(r.replaced_at)}


# ----------------------------------------------------------------------- case work
def priority_json(p: PriorityRecord) -> Json:
    return {"priority": p.priority.value, "reason": p.reason, "automatic": p.automatic,
            "set_at": iso(p.set_at)}


def outcome_json(o: OutcomeRecord | None) -> Json | None:
    if o is None:
        return None
    return {"outcome": o.outcome.value, "label": label(o.outcome), "note": o.note,
            "keep_monitoring": o.keep_monitoring, "closed_on": iso(o.closed_on),
            "entry_id": o.entry_id}


def guide_json(guide: Guide) -> Json:
    return {"source": guide.source, "purpose": guide.purpose, "safety": list(guide.safety),
            "phases": [{"title": p.title, "points": list(p.points)} for p in guide.phases],
            "questions": list(guide.questions), "do": list(guide.do),
            "dont": list(guide.dont),
            "next_appointment": str(guide.next_appointment) if guide.next_appointment
            else None}


def step_json(s: StepStatus) -> Json:
    step = s.step
    choice = None if step.choice is None else {
        "id": step.choice.id, "question": step.choice.question,
        "options": [o.id for o in step.choice.options],
        "reason_required": step.choice.reason_required}
    return {"id": step.id, "title": step.title, "state": s.state.value, "round": s.round,
            "due": iso(s.due), "latest": iso(s.latest),
            "window": [iso(d) for d in s.window] if s.window else None,
            "completed_on": [iso(d) for d in s.completed_on], "blocked_by": list(s.blocked_by),
            "notes": list(s.notes), "optional": step.optional, "produces": list(step.produces),
            "checklist": list(step.checklist), "choice": choice, "suggested": s.suggested,
            "guide": guide_json(step.guide) if step.guide else None}


def protocol_json(work: CaseWorkSchedule) -> Json:
    choice = work.choice
    return {"id": choice.protocol_id, "name": choice.protocol_name,
            "version": choice.protocol_version, "chosen_at": iso(choice.chosen_at),
            "reason": choice.reason, "notes": list(work.notes),
            "steps": [step_json(s) for s in work.steps]}


def followup_action_json(a: FollowUpActionRecord | None) -> Json | None:
    if a is None:
        return None
    return {"action": a.action.value, "on_date": iso(a.on_date), "reason": a.reason,
            "recorded_at": iso(a.recorded_at)}


def followup_json(item: FollowUpItem) -> Json:
    f = item.followup
    return {"key": item.key, "label": item.label, "kind": f.kind, "due": iso(item.due),
            "window": [iso(d) for d in f.window] if f.window else None, "state": item.state,
            "optional": f.optional, "suggested": f.suggested, "trigger": f.trigger,
            "action": followup_action_json(item.action)}


def step_record_json(r: StepRecord) -> Json:
    return {"id": r.id, "step_id": r.step_id, "step_title": r.step_title,
            "protocol_id": r.protocol_id, "occurred_at": iso(r.occurred_at),
            "participants": [p.name for p in r.participants], "entry_id": r.entry_id,
            "verslag": r.verslag, "next_appointment": iso(r.next_appointment)}


def exception_json(e: StepException) -> Json:
    return {"id": e.id, "step_id": e.step_id, "kind": e.kind.value, "reason": e.reason,
            "recorded_at": iso(e.recorded_at)}


def agreement_json(a: AgreementRecord) -> Json:
    return {"id": a.id, "text": a.text, "with": [p.name for p in a.participants],
            "made_on": iso(a.made_on), "evaluate_on": iso(a.evaluate_on),
            "status": a.status.value, "status_note": a.status_note,
            "status_at": iso(a.status_at), "step_record_id": a.step_record_id}


def advice_json(a: AdviceRecord) -> Json:
    return {"id": a.id, "offences": list(a.offences), "actions": [x.value for x in a.actions],
            "to_whom": a.to_whom, "note": a.note, "given_at": iso(a.given_at),
            "entry_id": a.entry_id}


def note_json(n: SteungroepNote) -> Json:
    return {"text": n.text, "recorded_at": iso(n.recorded_at),
            "step_record_id": n.step_record_id}


def member_json(m: SteungroepMember, notes: list[SteungroepNote]) -> Json:
    own = [n for n in notes if n.member_id == m.id]
    return {"name": m.person.name, "group": m.person.group_name,
            "role": m.role.value if m.role else None,
            "ideas": [note_json(n) for n in own if n.kind == "idee"],
            "results": [note_json(n) for n in own if n.kind == "resultaat"]}


# ----------------------------------------------------------------------- evidence
def metadata_json(m: EvidenceMetadata) -> Json:
    c = m.circulation
    return {"platform": m.platform, "urls": list(m.urls),
            "accounts": [{"handle": a.handle, "display_name": a.display_name,
                          "platform": a.platform} for a in m.accounts],
            "shown_at": m.shown_at, "description": m.description,
            "collected_with": m.collected_with, "device": m.device,
            "actions": [a.value for a in m.actions],
            "student_account": m.student_account,
            "circulation": None if c.is_empty else {
                "where": c.where, "groups": list(c.groups), "first_sender": c.first_sender,
                "first_seen": c.first_seen, "estimated_reach": c.estimated_reach}}


def evidence_json(item: EvidenceItem) -> Json:
    return {"label": item.label, "id": item.id, "kind": item.kind.value,
            "sha256": item.sha256, "size": item.size, "mime_type": item.mime_type,
            "original_name": item.original_name, "source": item.source.value,
            "imported_at": iso(item.imported_at), "imported_by": item.imported_by,
            "file_modified_at": iso(item.file_modified_at),
            "exif_taken_at": item.exif_taken_at,
            "bytes_destroyed_at": iso(item.bytes_destroyed_at),
            "withdrawn_at": iso(item.withdrawn_at), "withdrawal_reason": item.withdrawal_reason,
            "warnings": [dutch(w) for w in item.warnings],
            "metadata_version": item.metadata_version, "metadata": metadata_json(item.metadata)}


def metadata_version_json(v: MetadataVersion) -> Json:
    return {"version": v.version, "written_at": iso(v.written_at), "written_by": v.written_by,
            "metadata": metadata_json(v.metadata)}


def letter_json(s: LetterSuggestion, child: str | None) -> Json:
    return {"template": s.template_id, "title": s.title, "recipient": s.recipient,
            "child": child, "kind": s.kind, "inform_item": s.inform_item or None}
