"""What other services know of one case, for the access overview: how long the case is
kept and the pupil's consent to keeping it (both are the pupil's data too)."""

from __future__ import annotations

from collections.abc import Callable

from app.consent import ConsentService, consent_summary
from app.retention import Retention, RetentionService
from app.timeutil import format_date_nl
from app.wording import dutch

CaseFacts = Callable[[int], list[tuple[str, str]]]


def retention_text(r: Retention) -> str:
    """'31 augustus 2027 (rule)' or 'nog niet te bepalen: why (rule)'."""
    rule = r.rule.label if r.rule else r.rule_id
    if r.until is not None:
        return f"{format_date_nl(r.until)} ({rule})"
    return f"{dutch(r.pending) if r.pending else 'nog niet te bepalen'} ({rule})"


def privacy_facts(retention: RetentionService, consent: ConsentService) -> CaseFacts:
    def facts(case_id: int) -> list[tuple[str, str]]:
        return [("Bewaren tot", retention_text(retention.for_case(case_id))),
                ("Toestemming voor het dossier", consent_summary(consent.current(case_id)))]
    return facts
