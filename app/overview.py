"""`case_file.overview(case_id)`: where a case stands, in one call.

The case's Overzicht page answers "where are we": the protocol stage and the next step with
its date, consent, open agreements and the next follow-up, urgency and offences considered,
evidence count and the retention date. Every part comes from the service that owns it; this
module only gathers them (one schedule computation, a handful of queries).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.casework.model import AgreementRecord, AgreementStatus, FollowUpItem, Priority
from app.inform.model import InformState
from app.protocols import StepState, StepStatus

if TYPE_CHECKING:
    from app.casework import CaseWork
    from app.consent import Consent, ConsentService
    from app.evidence import EvidenceStore
    from app.inform.service import Informing
    from app.retention import Retention, RetentionService

#: Step states that still ask for work.
_OPEN_STEPS = (StepState.OVERDUE, StepState.CURRENT, StepState.BLOCKED, StepState.UPCOMING)


@dataclass(frozen=True)
class ProtocolStage:
    """How far the protocol is: steps done of all, and the step that comes next."""

    protocol_name: str
    steps_done: int
    steps_total: int
    next_step: StepStatus | None      # None: every step is done or skipped


@dataclass(frozen=True)
class CaseOverviewFacts:
    case_id: int
    today: date
    stage: ProtocolStage | None          # None: no protocol chosen yet (or its file is gone)
    consent: Consent | None              # None: never asked
    open_agreements: tuple[AgreementRecord, ...]
    next_followup: FollowUpItem | None
    priority: Priority
    offences: tuple[str, ...]            # offence keys the counsellor checked
    evidence_count: int                  # items not withdrawn
    retention: Retention
    # whom the protocol says to inform: (who, done) per item that applies, in file order
    informed: tuple[tuple[str, bool], ...] = ()


def _stage(work: CaseWork, case_id: int, today: date
           ) -> tuple[ProtocolStage | None, FollowUpItem | None]:
    schedule = work.schedule(case_id, today)
    if schedule is None:
        return None, None
    steps = schedule.steps
    finished = sum(1 for s in steps if s.state in (StepState.DONE, StepState.SKIPPED))
    # the first open step in protocol order, unless an overdue one asks first
    open_steps = [s for s in steps if s.state in _OPEN_STEPS]
    overdue = [s for s in open_steps if s.state is StepState.OVERDUE]
    first = overdue or open_steps
    next_step = first[0] if first else None
    followups = sorted((f for f in schedule.followups if f.is_open), key=lambda f: f.due)
    stage = ProtocolStage(schedule.protocol.name, finished, len(steps), next_step)
    return stage, (followups[0] if followups else None)


class CaseOverviews:
    """Gathers a case's overview from the services that own each part."""

    def __init__(self, work: CaseWork, consent: ConsentService, evidence: EvidenceStore,
                 retention: RetentionService, today: Callable[[], date],
                 inform: Informing | None = None) -> None:
        self._work = work
        self._inform = inform
        self._today = today
        self._consent = consent
        self._evidence = evidence
        self._retention = retention

    def get(self, case_id: int, today: date | None = None) -> CaseOverviewFacts:
        today = today or self._today()
        retention = self._retention.for_case(case_id, today)  # raises for an unknown case
        stage, followup = _stage(self._work, case_id, today)
        agreements = tuple(a for a in self._work.agreements.for_case(case_id)
                           if a.status is AgreementStatus.OPEN)
        return CaseOverviewFacts(
            case_id=case_id, today=today, stage=stage, consent=self._consent.current(case_id),
            open_agreements=agreements, next_followup=followup,
            priority=self._work.status.priority(case_id).priority,
            offences=tuple(self._work.offences.checked(case_id)),
            evidence_count=self._evidence.count_for_case(case_id), retention=retention,
            informed=self._informed(case_id))

    def _informed(self, case_id: int) -> tuple[tuple[str, bool], ...]:
        """Done (or deliberately not) counts as settled; items the case does not call for
        (niet nodig) are left out."""
        if self._inform is None:
            return ()
        return tuple((line.item.who, line.state is not InformState.TE_DOEN)
                     for line in self._inform.lines(case_id)
                     if line.state is not InformState.NIET_NODIG)
