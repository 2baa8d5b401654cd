"""Records of protocol-guided case work, as the core returns them.

Enum values are the Dutch words stored in the vault; their Dutch labels for the CLI and
letters live in app.wording (the GUI has its own translated labels).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain import Person, Role
from app.messages import Message
from app.protocols import CaseSchedule, FollowUp, Protocol, StepStatus
from app.wording import dutch


class Priority(StrEnum):
    NORMAAL = "normaal"
    HOOG = "hoog"
    ACUUT = "acuut"

    @property
    def rank(self) -> int:
        return ("normaal", "hoog", "acuut").index(self.value)


class AgreementStatus(StrEnum):
    OPEN = "open"
    KEPT = "nagekomen"
    BROKEN = "verbroken"


class FollowUpAction(StrEnum):
    DONE = "gedaan"
    MOVED = "verzet"
    CANCELLED = "geannuleerd"


class ExceptionKind(StrEnum):
    SKIPPED = "overgeslagen"
    DEVIATION = "afwijking"


class Outcome(StrEnum):
    """How a case ended, asked for when closing."""

    GESTOPT = "gestopt"
    VERMINDERD = "verminderd"
    NIET_GESTOPT = "niet-gestopt"
    OVERGEDRAGEN = "overgedragen"
    GEEN_PESTEN = "geen-pesten"


class TodoState(StrEnum):
    OVERDUE = "overdue"      # past the last acceptable day
    DUE = "due"              # it is time: can be done now, at the latest on `due`
    UPCOMING = "upcoming"    # within the horizon, not yet due
    BLOCKED = "blocked"      # waits for a condition (e.g. the student's consent)
    SUGGESTED = "suggested"  # a date the protocol does not set has come: a proposal, never late


class TodoKind(StrEnum):
    STEP = "step"
    FOLLOW_UP = "follow-up"
    VAULT = "kluis"          # about the whole vault (a yearly deadline), not one case
    ACCESS = "inzage"        # an access request (AVG art. 15) waiting for its answer
    RETENTION = "bewaartermijn"  # the case's retention date has passed
    INFORM = "informeren"    # someone the protocol says to inform (app/inform)


@dataclass(frozen=True)
class ProtocolChoice:
    """One choice of protocol for a case; the newest is the current one."""

    id: int
    case_id: int
    protocol_id: str
    protocol_name: str
    protocol_version: int
    content_hash: str
    reason: str
    chosen_at: datetime


@dataclass(frozen=True)
class StepRecord:
    id: int
    case_id: int
    choice_id: int                  # ProtocolChoice.id it was recorded under
    protocol_id: str
    step_id: str
    step_title: str                 # from the protocol at hand, or the step id
    occurred_at: datetime
    participant_ids: tuple[int, ...]
    participants: tuple[Person, ...]
    entry_id: int                   # timeline entry holding the verslag (revisions there)
    verslag: str
    next_appointment: datetime | None
    recorded_at: datetime


@dataclass(frozen=True)
class StepException:
    id: int
    step_id: str
    kind: ExceptionKind
    reason: str
    recorded_at: datetime


@dataclass(frozen=True)
class ConditionRecord:
    id: int
    case_id: int
    key: str
    given_at: datetime
    how: str
    step_record_id: int | None
    recorded_at: datetime


@dataclass(frozen=True)
class ChoiceMade:
    id: int
    step_id: str
    option: str
    reason: str
    at: datetime
    step_record_id: int | None


@dataclass(frozen=True)
class AgreementRecord:
    id: int
    case_id: int
    text: str
    participant_ids: tuple[int, ...]
    participants: tuple[Person, ...]
    made_on: datetime
    evaluate_on: date | None
    status: AgreementStatus
    status_note: str
    status_at: datetime | None
    step_record_id: int | None
    choice_id: int | None
    status_entry_id: int | None


@dataclass(frozen=True)
class FollowUpActionRecord:
    id: int
    key: str
    action: FollowUpAction
    on_date: date          # done on / moved to / cancelled on
    reason: str
    recorded_at: datetime


@dataclass(frozen=True)
class FollowUpItem:
    """A follow-up of the current protocol with what the counsellor did to it."""

    followup: FollowUp              # as the engine computed it
    due: date                       # the engine's date, or the date it was moved to
    state: str                      # done, cancelled, overdue, current, upcoming
    action: FollowUpActionRecord | None = None

    @property
    def key(self) -> str:
        return self.followup.key

    @property
    def label(self) -> Message:
        return self.followup.label

    @property
    def is_open(self) -> bool:
        return self.state in ("overdue", "current", "upcoming")


@dataclass(frozen=True)
class CaseWorkSchedule:
    """Where a case stands: the engine's schedule plus the counsellor's actions."""

    case_id: int
    choice: ProtocolChoice
    protocol: Protocol
    schedule: CaseSchedule
    steps: tuple[StepStatus, ...]
    followups: tuple[FollowUpItem, ...]
    priority: Priority
    notes: tuple[Message, ...] = ()

    def step(self, step_id: str) -> StepStatus:
        return self.schedule.step(step_id)

    def followup(self, key: str) -> FollowUpItem:
        for item in self.followups:
            if item.key == key:
                return item
        raise KeyError(key)


@dataclass(frozen=True)
class SteungroepMember:
    id: int
    participant_id: int
    person: Person
    role: Role | None             # the role in the case; never put this in a letter
    added_at: datetime


@dataclass(frozen=True)
class SteungroepNote:
    id: int
    member_id: int
    kind: str                     # 'idee' or 'resultaat'
    text: str
    step_record_id: int | None
    recorded_at: datetime


@dataclass(frozen=True)
class SteungroepResult:
    """The group after a change, with warnings (never a refusal)."""

    members: tuple[SteungroepMember, ...]
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class PriorityRecord:
    priority: Priority
    reason: str | Message          # typed by the counsellor, or (automatic) why it was raised
    automatic: bool
    set_at: datetime | None


@dataclass(frozen=True)
class PrioritySuggestion:
    priority: Priority
    reason: Message
    same_day: bool


@dataclass(frozen=True)
class OutcomeRecord:
    id: int
    case_id: int
    outcome: Outcome
    note: str
    keep_monitoring: bool
    closed_on: date
    entry_id: int | None
    recorded_at: datetime


@dataclass(frozen=True)
class TodoItem:
    case_id: int
    reference: str
    title: str
    kind: TodoKind
    key: str                      # step id or follow-up key
    label: Message                # todo.* or followup.*
    due: date
    state: TodoState
    priority: Priority = Priority.NORMAAL

    def as_json(self) -> dict[str, str]:
        return {"case": self.reference, "title": self.title, "kind": self.kind.value,
                "label": dutch(self.label), "due": self.due.isoformat(),
                "state": self.state.value,
                "key": self.key, "priority": self.priority.value}


@dataclass(frozen=True)
class TodoList:
    today: date
    items: tuple[TodoItem, ...] = ()
    problems: tuple[Message, ...] = field(default=())  # e.g. a case's protocol is missing

    @property
    def overdue_count(self) -> int:
        return sum(1 for i in self.items if i.state is TodoState.OVERDUE)


@dataclass(frozen=True)
class NewAgreement:
    """An agreement to record, on its own or as part of a step record."""

    text: str
    participant_ids: tuple[int, ...] = ()
    evaluate_on: date | None = None
    made_on: datetime | None = None        # default: the step's time, or now
