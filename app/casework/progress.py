"""From the vault to the protocol engine: what was recorded, per case, in bulk.

`load_case_data` reads every table once (for one case or all cases), so the "te doen"
list over hundreds of cases costs a handful of queries, not hundreds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.casework._base import CHOICE_COLUMNS, choice_from_row, opt_date
from app.casework.model import (
    CaseWorkSchedule,
    FollowUpAction,
    FollowUpActionRecord,
    FollowUpItem,
    Priority,
    ProtocolChoice,
)
from app.casework.registry import ProtocolRegistry
from app.domain import CaseStatus
from app.messages import Message
from app.pacing import paced_rows
from app.protocols import (
    Agreement,
    CaseProgress,
    ChoiceRecord,
    FollowUpState,
    Protocol,
    compute_followups,
    compute_schedule,
    local_date,
)
from app.timeutil import from_storage

if TYPE_CHECKING:
    from app.vault import Vault

_CURRENT = "cur AS (SELECT case_id, max(id) AS id FROM case_protocols GROUP BY case_id)"


@dataclass
class CaseData:
    case_id: int
    reference: str
    title: str
    status: CaseStatus
    reported_on: date
    choice: ProtocolChoice | None = None
    first_choice_id: int | None = None
    progress: CaseProgress | None = None
    actions: dict[str, FollowUpActionRecord] = field(default_factory=dict)  # latest per key
    priority: Priority = Priority.NORMAAL
    keep_monitoring: bool = False
    closed_on: date | None = None


def _where(case_id: int | None, column: str) -> tuple[str, tuple[Any, ...]]:
    return (f" AND {column} = ?", (case_id,)) if case_id is not None else ("", ())


def _current(case_id: int | None) -> tuple[str, tuple[Any, ...]]:
    """The current protocol choice of every case, or of one case only: the case's own
    rows, not a pass over every case's choices (that grew with the vault)."""
    if case_id is None:
        return _CURRENT, ()
    return ("cur AS (SELECT case_id, max(id) AS id FROM case_protocols WHERE case_id = ?"
            " GROUP BY case_id)", (case_id,))


def load_case_data(vault: Vault, case_id: int | None = None) -> dict[int, CaseData]:
    """Everything the engine needs, for one case or (case_id None) for every case. Every
    case's data is read once per change: 'te doen', its inform lines and the retention
    dates each ask for it in one refresh (read-only: nobody changes a CaseData)."""
    if case_id is None:
        return dict(vault.kept("case_data", lambda: _load_case_data(vault, None)))
    return _load_case_data(vault, case_id)


def _load_case_data(vault: Vault, case_id: int | None) -> dict[int, CaseData]:
    cond, params = _where(case_id, "c.id")
    data = {r[0]: CaseData(r[0], r[1], r[2], CaseStatus(r[3]), date.fromisoformat(r[4]))
            for r in paced_rows(vault.query("SELECT c.id, c.reference, c.title, c.status,"
                                            f" c.reported_on FROM cases c WHERE 1=1{cond}",
                                            params), bulk=case_id is None)}
    cond, params = _where(case_id, "cp.case_id")
    current, current_params = _current(case_id)
    for row in paced_rows(vault.query(
            f"WITH {current} SELECT {', '.join('cp.' + c for c in CHOICE_COLUMNS.split(', '))},"
            " (SELECT min(id) FROM case_protocols f WHERE f.case_id = cp.case_id)"
            f" FROM case_protocols cp JOIN cur ON cur.id = cp.id WHERE 1=1{cond}",
            current_params + params), bulk=case_id is None):
        item = data.get(row[1])
        if item is None:
            continue
        item.choice = choice_from_row(row[:8])
        item.first_choice_id = row[8]
        melding = (item.reported_on if row[0] == row[8]
                   else local_date(item.choice.chosen_at))
        item.progress = CaseProgress(melding=melding)
    _load_steps(vault, data, case_id)
    _load_facts(vault, data, case_id)
    return data


def _rows(vault: Vault, sql: str, case_id: int | None, column: str, tail: str = ""
          ) -> Iterable[tuple[Any, ...]]:
    cond, params = _where(case_id, column)
    current, current_params = _current(case_id)
    # Every case's rows give way to the window now and then (app/pacing.py).
    return paced_rows(vault.query(f"WITH {current} {sql}{cond}{tail}", current_params + params),
                      bulk=case_id is None)


def _load_steps(vault: Vault, data: dict[int, CaseData], case_id: int | None) -> None:
    for cid, step_id, at in _rows(
            vault, "SELECT s.case_id, s.step_id, s.occurred_at FROM step_records s"
            " JOIN cur ON cur.id = s.case_protocol_id WHERE 1=1", case_id, "s.case_id"):
        prog = data[cid].progress
        if prog is not None:
            prog.completions.setdefault(step_id, []).append(from_storage(at))
    for cid, step_id, option, reason, at in _rows(
            vault, "SELECT s.case_id, s.step_id, s.option, s.reason, s.at FROM step_choices s"
            " JOIN cur ON cur.id = s.case_protocol_id WHERE 1=1", case_id, "s.case_id"):
        prog = data[cid].progress
        if prog is not None:
            prog.choices.setdefault(step_id, []).append(
                ChoiceRecord(option, reason, from_storage(at)))
    for cid, step_id, kind, reason in _rows(
            vault, "SELECT s.case_id, s.step_id, s.kind, s.reason FROM step_exceptions s"
            " JOIN cur ON cur.id = s.case_protocol_id WHERE s.withdrawn_at IS NULL",
            case_id, "s.case_id", " ORDER BY s.id"):
        prog = data[cid].progress
        if prog is not None:
            target = prog.skipped if kind == "overgeslagen" else prog.deviations
            target[step_id] = reason
    for cid, key, given_at in _rows(
            vault, "SELECT case_id, key, min(given_at) FROM case_conditions WHERE 1=1",
            case_id, "case_id", " GROUP BY case_id, key"):
        prog = data[cid].progress
        if prog is not None:
            prog.conditions[key] = from_storage(given_at)


def _load_facts(vault: Vault, data: dict[int, CaseData], case_id: int | None) -> None:
    for aid, cid, text, made_on, step_id in _rows(
            vault, "SELECT a.id, a.case_id, a.text, a.made_on, sr.step_id FROM agreements a"
            " JOIN cur ON cur.id = a.case_protocol_id"
            " LEFT JOIN step_records sr ON sr.id = a.step_record_id WHERE 1=1",
            case_id, "a.case_id", " ORDER BY a.id"):
        prog = data[cid].progress
        if prog is not None:
            prog.agreements.append(Agreement(str(aid), from_storage(made_on), text, step_id))
    for row in _rows(
            vault, "SELECT f.id, f.case_id, f.followup_key, f.action, f.on_date, f.reason,"
            " f.recorded_at FROM followup_actions f JOIN cur ON cur.id = f.case_protocol_id"
            " WHERE 1=1", case_id, "f.case_id"):
        record = FollowUpActionRecord(row[0], row[2], FollowUpAction(row[3]),
                                      date.fromisoformat(row[4]), row[5], from_storage(row[6]))
        item = data[row[1]]
        previous = item.actions.get(record.key)
        if previous is None or previous.id < record.id:
            item.actions[record.key] = record
    for item in data.values():
        if item.progress is None:
            continue
        for key, action in item.actions.items():
            if action.action is not FollowUpAction.MOVED:
                item.progress.followups_done[key] = action.on_date
    for cid, priority in _rows(
            vault, "SELECT p.case_id, p.priority FROM case_priorities p WHERE p.id ="
            " (SELECT max(id) FROM case_priorities q WHERE q.case_id = p.case_id)",
            case_id, "p.case_id"):
        data[cid].priority = Priority(priority)
    for cid, keep, closed_on in _rows(
            vault, "SELECT o.case_id, o.keep_monitoring, o.closed_on FROM case_outcomes o"
            " WHERE o.id = (SELECT max(id) FROM case_outcomes q WHERE q.case_id = o.case_id)",
            case_id, "o.case_id"):
        data[cid].keep_monitoring, data[cid].closed_on = bool(keep), opt_date(closed_on)


def monitoring_schedules(protocol: Protocol) -> set[str]:
    """Follow-up series that reach 3 months or more: they outlive the case's closing."""
    base = date(2001, 1, 1)
    out = set()
    for sched in protocol.followups:
        spans = [*sched.offsets, *([sched.until] if sched.until else [])]
        if any(span.add_to(base) - base >= timedelta(days=89) for span in spans):
            out.add(sched.id)
    return out


def _item(followup: Any, action: FollowUpActionRecord | None, today: date) -> FollowUpItem:
    if action is None:
        return FollowUpItem(followup, followup.due, followup.state.value)
    if action.action is FollowUpAction.DONE:
        return FollowUpItem(followup, followup.due, "done", action)
    if action.action is FollowUpAction.CANCELLED:
        return FollowUpItem(followup, followup.due, "cancelled", action)
    due = action.on_date
    if today > due:
        never_late = followup.optional or followup.suggested
        state = FollowUpState.CURRENT if never_late else FollowUpState.OVERDUE
    else:
        state = FollowUpState.CURRENT if today == due else FollowUpState.UPCOMING
    return FollowUpItem(followup, due, state.value, action)


def build_schedule(registry: ProtocolRegistry, item: CaseData, today: date
                   ) -> CaseWorkSchedule | None:
    """The case's schedule on `today`, or None without a (loadable) protocol."""
    if item.choice is None or item.progress is None:
        return None
    protocol = registry.find(item.choice.protocol_id)
    if protocol is None:
        return None
    sched = compute_schedule(_effective(registry, item, protocol), item.progress, today)
    followups = tuple(sorted((_item(f, item.actions.get(f.key), today) for f in sched.followups),
                             key=lambda i: (i.due, i.key)))
    notes = list(sched.notes)
    current_hash = registry.content_hash(protocol.id)
    if current_hash and item.choice.content_hash and current_hash != item.choice.content_hash:
        notes.append(Message("schedule.protocol_file_changed"))
    return CaseWorkSchedule(item.case_id, item.choice, protocol, sched, sched.steps, followups,
                            item.priority, tuple(notes))


def _effective(registry: ProtocolRegistry, item: CaseData, protocol: Protocol) -> Protocol:
    """Acute: same day and severe; hoog: severe (deadlines with `severe_after`)."""
    if item.priority is Priority.ACUUT:
        return registry.acute(protocol.id)
    return registry.severe(protocol.id) if item.priority is Priority.HOOG else protocol


def followup_items(registry: ProtocolRegistry, item: CaseData, today: date,
                   horizon: date | None = None) -> tuple[FollowUpItem, ...]:
    """The case's follow-ups on `today`, as `build_schedule` gives them, without working
    out every step's state (the yearly figures need only these); with a `horizon`, none
    due after it."""
    if item.choice is None or item.progress is None:
        return ()
    protocol = registry.find(item.choice.protocol_id)
    if protocol is None:
        return ()
    followups = compute_followups(_effective(registry, item, protocol), item.progress, today,
                                  horizon=horizon, acted=frozenset(item.actions))
    items = (_item(f, item.actions.get(f.key), today) for f in followups)
    return tuple(sorted((i for i in items if horizon is None or i.due <= horizon),
                        key=lambda i: (i.due, i.key)))
