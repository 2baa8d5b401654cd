"""Follow-ups held on time or late: the protocol engine's own schedule, per case.

A follow-up counts when its (latest acceptable) date falls in the period: done on or
before that date is on time, done after it is late, not done while the date has passed
is overdue. Cancelled follow-ups and optional suggestions do not count.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.casework.model import FollowUpAction, FollowUpItem
from app.casework.progress import build_schedule, load_case_data
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
    for case_id, data in load_case_data(vault).items():
        if case_id not in case_ids or data.choice is None:
            continue
        work = build_schedule(registry, data, moment)
        if work is None:
            continue
        verdicts = [v for item in work.followups if period.contains(item.due)
                    and (v := _verdict(item, moment)) is not None]
        if verdicts:
            out[case_id] = verdicts
    return out
