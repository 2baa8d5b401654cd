"""Protocols as data: TOML files in resources/protocols, a loader and a pure schedule engine.

No Qt and no database here: the vault stores what was recorded, this package says what
it means (what is done, due, overdue or blocked, and which follow-ups come next).
"""

from __future__ import annotations

from app.protocols.checks import Problem, check_protocol
from app.protocols.loader import (
    ProtocolFileError,
    load_protocol,
    load_protocols,
    parse_protocol_text,
    read_protocol,
)
from app.protocols.model import (
    AFSPRAAK,
    KNOWN_ROLES,
    MELDING,
    RECORD_KINDS,
    SCHOOL_TYPES,
    Choice,
    ChoiceOption,
    Condition,
    ConsequencePhase,
    Deadline,
    DeadlineKind,
    Duration,
    FollowUpSchedule,
    InformItem,
    Protocol,
    RepeatBlock,
    Step,
)
from app.protocols.schedule import compute_followups, compute_schedule, local_date
from app.protocols.schedule_model import (
    Agreement,
    CaseProgress,
    CaseSchedule,
    ChoiceRecord,
    FollowUp,
    FollowUpState,
    StepState,
    StepStatus,
)
from app.resources import resource_path

#: The folder with the protocols that ship with the app.
SHIPPED_PROTOCOLS_DIR = resource_path("protocols")

__all__ = [
    "AFSPRAAK", "KNOWN_ROLES", "MELDING", "RECORD_KINDS", "SCHOOL_TYPES",
    "SHIPPED_PROTOCOLS_DIR", "Agreement", "CaseProgress", "CaseSchedule", "Choice",
    "ChoiceOption", "ChoiceRecord", "Condition", "ConsequencePhase", "Deadline",
    "DeadlineKind", "Duration", "FollowUp", "FollowUpSchedule", "FollowUpState",
    "InformItem", "Problem", "Protocol", "ProtocolFileError", "RepeatBlock", "Step",
    "StepState", "StepStatus", "check_protocol", "compute_followups", "compute_schedule",
    "load_protocol", "load_protocols", "local_date", "parse_protocol_text", "read_protocol",
]
