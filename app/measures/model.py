"""Consequences of a case: the ladder's rungs and what was recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.protocols import ConsequencePhase

#: Whom a case goes to when it repeats, when the protocol names nobody (001 §7, DOMAIN.md).
DEFAULT_ESCALATION = ("anti-pestcoördinator", "afdelingsleider", "directie")


class MeasureKind(StrEnum):
    KANS = "kans"              # one more chance after a broken agreement
    MAATREGEL = "maatregel"    # a rung of the ladder
    ESCALATIE = "escalatie"    # handed to someone higher up


@dataclass(frozen=True)
class MeasureRecord:
    id: int
    case_id: int
    kind: MeasureKind
    phase: int | None
    title: str
    to_whom: str           # escalation: to whom
    by_whom: str
    taken_on: date
    reason: str            # why (escalation) or a note (measure)
    effect: str            # filled in later
    effect_on: date | None
    entry_id: int | None   # the timeline entry it made
    recorded_at: datetime


@dataclass(frozen=True)
class LadderRung:
    phase: ConsequencePhase
    taken: MeasureRecord | None
    suggested: bool        # the next rung, offered after a broken agreement
