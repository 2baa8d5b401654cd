"""A case's retention in one Dutch line, for the CLI and the access overview."""

from __future__ import annotations

from app.retention.service import Retention
from app.timeutil import format_date_nl
from app.wording import dutch


def retention_text(r: Retention) -> str:
    """'31 augustus 2027 (rule)' or 'Nog niet te bepalen: why (rule)'."""
    rule = r.rule.label if r.rule else r.rule_id
    if r.until is not None:
        return f"{format_date_nl(r.until)} ({rule})"
    return f"{dutch(r.pending) if r.pending else 'nog niet te bepalen'} ({rule})"
