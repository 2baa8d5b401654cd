"""Follow-ups held on time or late: the protocol engine's own follow-ups, per case.

A follow-up counts when its (latest acceptable) date falls in the period: done on or
before that date is on time, done after it is late, not done while the date has passed
is overdue. Cancelled follow-ups and optional suggestions do not count, nor does one due
after the case was closed (unless monitoring went on and it belongs to a monitoring
series: the same rule as "te doen").

Follow-ups hang off recorded steps and agreements, so only cases with one of those are
loaded, and the engine works out their follow-ups without every step's state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.casework.model import FollowUpAction, FollowUpItem
from app.casework.progress import CaseData, followup_items, load_case_data, monitoring_schedules
from app.domain import CaseStatus
from app.yearly.period import Period

if TYPE_CHECKING:
    from app.casework.registry import ProtocolRegistry
    from app.vault import Vault

ON_TIME, LATE, OVERDUE = "op-tijd", "te-laat", "verlopen"


def _latest(item: FollowUpItem) -> date:
    window = item.followup.window
    return max(item.due, window[1]) if window else item.due


def _verdict(item: FollowUpItem, today: date) -> str | None:
    action = item.action
    if item.followup.optional or (action and action.action is FollowUpAction.CANCELLED):
        return None
    if action is not None and action.action is FollowUpAction.DONE:
        return ON_TIME if action.on_date <= _latest(item) else LATE
    return OVERDUE if _latest(item) < today else None


def followup_verdicts(vault: Vault, registry: ProtocolRegistry, period: Period,
                      case_ids: set[int], today: date) -> dict[int, list[str]]:
    """Per case in `case_ids`: the verdict of each follow-up due in the period."""
    moment = min(today, period.end)
    out: dict[int, list[str]] = {}
    candidates = _with_steps_or_agreements(vault) & case_ids
    if not candidates:
        return out
    everything = load_case_data(vault)   # in bulk: a handful of queries for all cases
    for case_id in sorted(candidates):
        data = everything[case_id]
        expected = _expected_after_closing(registry, data)
        verdicts = [v for item in followup_items(registry, data, moment, period.end)
                    if period.contains(item.due) and expected(item)
                    and (v := _verdict(item, moment)) is not None]
        if verdicts:
            out[case_id] = verdicts
    return out


def _expected_after_closing(registry: ProtocolRegistry, data: CaseData
                            ) -> Callable[[FollowUpItem], bool]:
    closed_on = data.closed_on if data.status is CaseStatus.GESLOTEN else None
    if closed_on is None:
        return lambda item: True
    protocol = registry.find(data.choice.protocol_id) if data.choice else None
    going_on = monitoring_schedules(protocol) if protocol and data.keep_monitoring else set()
    return lambda item: item.due <= closed_on or item.followup.source in going_on


def _with_steps_or_agreements(vault: Vault) -> set[int]:
    """Cases that can have a follow-up at all: a recorded step or an agreement under
    their current protocol (without either the engine plans none)."""
    rows = vault.query(
        "WITH cur AS (SELECT case_id, max(id) AS id FROM case_protocols GROUP BY case_id)"
        " SELECT s.case_id FROM step_records s JOIN cur ON cur.id = s.case_protocol_id"
        " UNION SELECT a.case_id FROM agreements a JOIN cur ON cur.id = a.case_protocol_id")
    return {int(r[0]) for r in rows}
