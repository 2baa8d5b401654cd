"""What goes into the schedule engine (what was recorded) and what comes out (step
states, due dates, follow-ups). Plain data; the engine is in `schedule`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.messages import Message
from app.protocols.model import Step

Moment = date | datetime


@dataclass(frozen=True)
class Agreement:
    """An agreement (afspraak) made in the case; schedules may follow up on it."""

    id: str
    made_on: Moment
    text: str = ""
    step_id: str | None = None


@dataclass(frozen=True)
class ChoiceRecord:
    """A choice recorded for a step (e.g. 'confronterend'), with its reason.

    It belongs to the completion of that step on or just before its date.
    """

    option: str
    reason: str
    at: Moment


@dataclass
class CaseProgress:
    """What the counsellor recorded for one case."""

    melding: date
    completions: dict[str, list[Moment]] = field(default_factory=dict)   # step id -> when
    conditions: dict[str, Moment] = field(default_factory=dict)          # gate key -> when
    agreements: list[Agreement] = field(default_factory=list)
    choices: dict[str, list[ChoiceRecord]] = field(default_factory=dict)  # step id -> choices
    skipped: dict[str, str] = field(default_factory=dict)        # step id -> reason
    deviations: dict[str, str] = field(default_factory=dict)     # step id -> reason
    followups_done: dict[str, Moment] = field(default_factory=dict)  # FollowUp.key -> when


class StepState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    OVERDUE = "overdue"
    BLOCKED = "blocked"
    SKIPPED = "skipped"


class FollowUpState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class StepStatus:
    step: Step
    state: StepState
    round: int = 1
    due: date | None = None                     # deadline, or target date for 'about'
    window: tuple[date, date] | None = None     # acceptable range for 'about'
    completed_on: tuple[date, ...] = ()         # every recorded completion, all rounds
    blocked_by: tuple[str, ...] = ()            # missing condition keys
    notes: tuple[Message, ...] = ()             # deviations, lateness, missing choice
    suggested: bool = False                     # `due` is a proposal: never overdue

    @property
    def id(self) -> str:
        return self.step.id

    @property
    def latest(self) -> date | None:
        """The last acceptable day; after it the step is overdue."""
        return self.window[1] if self.window else self.due


@dataclass(frozen=True)
class FollowUp:
    key: str                        # stable; record it in CaseProgress.followups_done
    source: str                     # follow-up schedule id or repeat block id
    kind: str                       # "vervolg" or "ronde"
    label: Message                  # followup.after or followup.round
    due: date
    state: FollowUpState
    trigger: str                    # what generated it, in Dutch
    window: tuple[date, date] | None = None
    optional: bool = False          # a suggestion; never overdue
    participants: tuple[str, ...] = ()
    suggested: bool = False         # a date the protocol does not set: never overdue


@dataclass(frozen=True)
class CaseSchedule:
    protocol_id: str
    today: date
    steps: tuple[StepStatus, ...]
    followups: tuple[FollowUp, ...]
    rounds: dict[str, int]          # repeat block id -> round shown in `steps`
    notes: tuple[Message, ...] = ()

    def step(self, step_id: str) -> StepStatus:
        for status in self.steps:
            if status.id == step_id:
                return status
        raise KeyError(step_id)

    @property
    def overdue_steps(self) -> list[StepStatus]:
        return [s for s in self.steps if s.state is StepState.OVERDUE]

    @property
    def overdue_followups(self) -> list[FollowUp]:
        return [f for f in self.followups if f.state is FollowUpState.OVERDUE]

    def followups_from(self, source: str) -> list[FollowUp]:
        return [f for f in self.followups if f.source == source]

    @property
    def next_due(self) -> date | None:
        dates = [s.due for s in self.steps
                 if s.due and s.state in (StepState.CURRENT, StepState.OVERDUE)]
        dates += [f.due for f in self.followups if f.state is not FollowUpState.DONE]
        return min(dates, default=None)
