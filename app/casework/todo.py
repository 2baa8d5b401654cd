"""'Te doen' across all cases: overdue and upcoming steps and follow-ups, by date.

Closed cases only keep their monitoring follow-ups (when closing kept them); cases in
monitoring show follow-ups only. Open agreements with an evaluation date count as
follow-ups too (key `afspraak/<id>/evalueren`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.casework.model import (
    CaseWorkSchedule,
    Priority,
    TodoItem,
    TodoKind,
    TodoList,
    TodoState,
)
from app.casework.progress import CaseData, build_schedule, load_case_data, monitoring_schedules
from app.casework.registry import ProtocolRegistry
from app.casework.reminders import vault_reminders
from app.domain import CaseStatus
from app.messages import Message
from app.pacing import paced_rows
from app.protocols import StepState, local_date
from app.timeutil import from_storage

if TYPE_CHECKING:
    from app.vault import Vault

HORIZON_DAYS = 14
_STEP_STATES = {StepState.OVERDUE: TodoState.OVERDUE, StepState.CURRENT: TodoState.DUE,
                StepState.UPCOMING: TodoState.UPCOMING, StepState.BLOCKED: TodoState.BLOCKED}
_FOLLOWUP_STATES = {"overdue": TodoState.OVERDUE, "current": TodoState.DUE,
                    "upcoming": TodoState.UPCOMING}


def _steps(data: CaseData, work: CaseWorkSchedule, until: date) -> list[TodoItem]:
    out = []
    for status in work.steps:
        state = _STEP_STATES.get(status.state)
        if state is None or status.due is None:
            continue
        if status.step.optional and state is not TodoState.OVERDUE:
            continue
        if state is not TodoState.OVERDUE and status.due > until:
            continue
        if status.suggested and state is TodoState.DUE:
            state = TodoState.SUGGESTED
        label = (Message("todo.step_round", step=status.step.title, round=status.round)
                 if status.round > 1 else Message("todo.step", step=status.step.title))
        if state is TodoState.BLOCKED:
            waits = tuple(work.protocol.condition_label(k) for k in status.blocked_by)
            label = Message("todo.step_waiting", step=label, conditions=waits)
        out.append(TodoItem(data.case_id, data.reference, data.title, TodoKind.STEP,
                            status.id, label, status.due, state, data.priority))
    return out


def _followups(data: CaseData, work: CaseWorkSchedule, until: date) -> list[TodoItem]:
    keep = None
    if data.status is CaseStatus.GESLOTEN:
        if not data.keep_monitoring:
            return []
        keep = monitoring_schedules(work.protocol)
    out = []
    for item in work.followups:
        state = _FOLLOWUP_STATES.get(item.state)
        if state is None or item.followup.optional:
            continue
        if keep is not None and (item.followup.source not in keep
                                 or (data.closed_on and item.due < data.closed_on)):
            continue
        if state is not TodoState.OVERDUE and item.due > until:
            continue
        if item.followup.suggested and state is TodoState.DUE:
            state = TodoState.SUGGESTED
        out.append(TodoItem(data.case_id, data.reference, data.title, TodoKind.FOLLOW_UP,
                            item.key, item.label, item.due, state, data.priority))
    return out


def _agreement_items(vault: Vault, data: dict[int, CaseData], today: date, until: date,
                     case_id: int | None) -> list[TodoItem]:
    sql = ("SELECT id, case_id, text, evaluate_on FROM agreements WHERE status = 'open'"
           " AND evaluate_on IS NOT NULL AND evaluate_on <= ?")
    params: list[object] = [until.isoformat()]
    if case_id is not None:
        sql += " AND case_id = ?"
        params.append(case_id)
    out = []
    for aid, cid, text, evaluate_on in vault.query(sql, params):
        item = data.get(cid)
        if item is None or item.status is CaseStatus.GESLOTEN:
            continue
        due = date.fromisoformat(evaluate_on)
        state = (TodoState.OVERDUE if due < today else TodoState.DUE if due == today
                 else TodoState.UPCOMING)
        short = text if len(text) <= 60 else text[:57] + "..."
        out.append(TodoItem(cid, item.reference, item.title, TodoKind.FOLLOW_UP,
                            f"afspraak/{aid}/evalueren",
                            Message("todo.evaluate_agreement", text=short), due, state,
                            item.priority))
    return out


def _appointment_items(vault: Vault, registry: ProtocolRegistry, data: dict[int, CaseData],
                       today: date, until: date, case_id: int | None) -> list[TodoItem]:
    """The next appointment set when a step was recorded (001 Bijlage 4: in three days),
    until a later step is recorded in the case."""
    sql = ("SELECT s.id, s.case_id, s.step_id, s.next_appointment, cp.protocol_id"
           " FROM step_records s JOIN case_protocols cp ON cp.id = s.case_protocol_id"
           " WHERE s.next_appointment IS NOT NULL AND NOT EXISTS (SELECT 1 FROM step_records t"
           " WHERE t.case_id = s.case_id AND t.occurred_at > s.occurred_at)")
    # one case when the tracker recomputes only what a change touched
    rows = vault.query(sql + " AND s.case_id = ?", (case_id,)) if case_id else vault.query(sql)
    out = []
    for rid, cid, step_id, moment, protocol_id in rows:
        item = data.get(cid)
        due = local_date(from_storage(moment))
        if item is None or item.status is CaseStatus.GESLOTEN or due > until:
            continue
        protocol = registry.find(protocol_id)
        title = (protocol.step(step_id).title if protocol and step_id in protocol.step_ids
                 else step_id)
        state = (TodoState.OVERDUE if due < today else TodoState.DUE if due == today
                 else TodoState.UPCOMING)
        out.append(TodoItem(cid, item.reference, item.title, TodoKind.FOLLOW_UP,
                            f"vervolgafspraak/{rid}",
                            Message("todo.next_appointment", step=title), due, state,
                            item.priority))
    return out


#: Problems found while collecting, each with its case id.
CaseProblems = list[tuple[int, Message]]
Extra = Callable[[date, int | None], list[TodoItem]]


def todo_order(item: TodoItem) -> tuple[object, ...]:
    """By date, then the most urgent case first."""
    return (item.due, -item.priority.rank, item.reference, item.kind.value, item.key)


def collect_parts(vault: Vault, registry: ProtocolRegistry, today: date, *,
                  horizon_days: int = HORIZON_DAYS, case_id: int | None = None,
                  extra: Extra | None = None) -> tuple[list[TodoItem], CaseProblems]:
    """The unsorted lines of every case (or of one), with the problems per case; the
    vault's own reminders only when all cases are collected."""
    until = today + timedelta(days=horizon_days)
    data = load_case_data(vault, case_id)
    items: list[TodoItem] = []
    problems: CaseProblems = []
    # A long loop at 20,000 cases: the window goes first (app/pacing.py).
    for item in paced_rows(data.values(), bulk=case_id is None):
        if item.choice is None:
            continue
        work = build_schedule(registry, item, today)
        if work is None:
            problems.append((item.case_id, Message(
                "todo.protocol_missing", case=item.reference, protocol=item.choice.protocol_id)))
            continue
        if item.status not in (CaseStatus.MONITORING, CaseStatus.GESLOTEN):
            items += _steps(item, work, until)
        items += _followups(item, work, until)
    items += _agreement_items(vault, data, today, until, case_id)
    items += _appointment_items(vault, registry, data, today, until, case_id)
    if case_id is None:
        items += vault_reminders(vault, today)
    if extra is not None:
        items += extra(today, case_id)
    # An anonymised case keeps only its figures: nothing is left to do for it.
    sql = "SELECT id FROM cases WHERE anonymised_at IS NOT NULL"
    gone = {int(r[0]) for r in (vault.query(sql + " AND id = ?", (case_id,))
                                if case_id is not None else vault.query(sql))}
    return [i for i in items if i.case_id not in gone], problems


def collect_todo(vault: Vault, registry: ProtocolRegistry, *, today: date | None = None,
                 horizon_days: int = HORIZON_DAYS, case_id: int | None = None,
                 extra: Extra | None = None) -> TodoList:
    """Everything due until today + horizon, and everything overdue, sorted by date.
    `extra` adds lines from elsewhere (retention dates that passed)."""
    today = today or vault.clock.today_local()
    items, problems = collect_parts(vault, registry, today, horizon_days=horizon_days,
                                    case_id=case_id, extra=extra)
    items.sort(key=todo_order)
    return TodoList(today, tuple(items), tuple(m for _, m in problems))


def overdue_count(vault: Vault, registry: ProtocolRegistry) -> int:
    return collect_todo(vault, registry).overdue_count


__all__ = ["HORIZON_DAYS", "Priority", "collect_parts", "collect_todo", "overdue_count",
           "todo_order"]
