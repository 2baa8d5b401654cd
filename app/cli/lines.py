"""One Dutch line per record for the CLI's human output, shared by the list commands and
`show`, so a number printed by one is the number another command takes."""

from __future__ import annotations

from app.casework import AdviceRecord, AgreementRecord, FollowUpItem, offence
from app.cli.nl import AGREEMENT_STATUS, FOLLOWUP_STATE, STEP_STATE, day
from app.domain import Entry, Precision
from app.evidence import EvidenceItem
from app.protocols import StepStatus
from app.timeutil import format_date_nl, format_datetime_nl
from app.wording import dutch, label


def _when(e: Entry) -> str:
    when = (format_date_nl(e.occurred_at) if e.precision is Precision.DATE
            else format_datetime_nl(e.occurred_at))
    return "rond " + when if e.precision is Precision.APPROX else when


def entry_line(e: Entry) -> str:
    edited = f" (gewijzigd; {e.revision_count} eerdere versie(s))" if e.revision_count else ""
    with_whom = f" met {e.with_whom}" if e.with_whom else ""
    text = e.text.replace("\n", "\n      ")  # a text of several lines stays under its entry
    if e.withdrawn_at is not None:
        text = (f"ingetrokken op {format_datetime_nl(e.withdrawn_at)}, reden: "
                f"{e.withdrawal_reason}")
    return f"#{e.id}  {_when(e)}  {label(e.kind)}{with_whom}{_marks(e)}: {text}{edited}"


def _marks(e: Entry) -> str:
    marks = ["werkaantekening"] if e.work_note else []
    if e.is_special:
        marks.append(f"bijzonder persoonsgegeven: {label(e.special_category).lower()}")
    return f" [{'; '.join(marks)}]" if marks else ""


def step_line(s: StepStatus) -> str:
    round_ = f" (ronde {s.round})" if s.round > 1 else ""
    blocked = f"; wacht op {', '.join(s.blocked_by)}" if s.blocked_by else ""
    proposal = " (datum is een voorstel)" if s.suggested and s.due else ""
    return (f"{s.id:<28} {STEP_STATE[s.state.value]:<13} {day(s.latest):<11} "
            f"{s.step.title}{round_}{blocked}{proposal}")


def followup_line(item: FollowUpItem) -> str:
    state = FOLLOWUP_STATE[item.state]
    return f"{item.key:<40} {state:<10} {day(item.due):<11} {dutch(item.label)}"


def agreement_line(a: AgreementRecord) -> str:
    with_whom = ", ".join(p.name for p in a.participants) or "de hele groep"
    evaluate = f"; evalueren {day(a.evaluate_on)}" if a.evaluate_on else ""
    note = f" ({a.status_note})" if a.status_note else ""
    return (f"#{a.id}  {AGREEMENT_STATUS[a.status.value]:<10} {format_date_nl(a.made_on)}, "
            f"met {with_whom}{evaluate}: {a.text}{note}")


def advice_line(a: AdviceRecord) -> str:
    facts = ", ".join(dutch(offence(k).label).lower() for k in a.offences)
    actions = "; ".join(label(x) for x in a.actions)
    return f"{format_datetime_nl(a.given_at)}  aan {a.to_whom}: {actions} ({facts})"


def evidence_line(item: EvidenceItem) -> str:
    name = item.original_name or label(item.kind)
    platform = f" [{item.metadata.platform}]" if item.metadata.platform else ""
    if item.withdrawn_at is not None:
        name = (f"ingetrokken op {format_datetime_nl(item.withdrawn_at)}, reden: "
                f"{item.withdrawal_reason}")
        platform = ""
    return f"{item.label:<4} {item.kind.value:<14} {item.sha256 or '-':<64}  {name}{platform}"
