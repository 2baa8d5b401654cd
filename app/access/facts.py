"""What other services know of one case, for the access overview: how long the case is
kept and the pupil's consent to keeping it (both are the pupil's data too)."""

from __future__ import annotations

from collections.abc import Callable

from app.consent import ConsentService, consent_summary
from app.retention import RetentionService
from app.retention.text import retention_text

CaseFacts = Callable[[int], list[tuple[str, str]]]


def privacy_facts(retention: RetentionService, consent: ConsentService) -> CaseFacts:
    def facts(case_id: int) -> list[tuple[str, str]]:
        return [("Bewaren tot", retention_text(retention.for_case(case_id))),
                ("Toestemming voor het dossier", consent_summary(consent.current(case_id)))]
    return facts
