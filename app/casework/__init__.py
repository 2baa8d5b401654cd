"""Protocol-guided case work: steps, agreements, follow-ups, steungroep, status, urgency,
strafbare feiten and the 'te doen' list. Built on the vault; no Qt."""

from app.casework.guides import StepGuide
from app.casework.marks import CaseMark, MarkRecord
from app.casework.model import (
    AgreementRecord,
    AgreementStatus,
    CaseWorkSchedule,
    ChoiceMade,
    ConditionRecord,
    ExceptionKind,
    FollowUpAction,
    FollowUpActionRecord,
    FollowUpItem,
    NewAgreement,
    Outcome,
    OutcomeRecord,
    Priority,
    PriorityRecord,
    PrioritySuggestion,
    ProtocolChoice,
    StepException,
    StepRecord,
    SteungroepMember,
    SteungroepNote,
    SteungroepResult,
    TodoItem,
    TodoKind,
    TodoList,
    TodoState,
)
from app.casework.offences import (
    DISCLAIMER,
    OFFENCES,
    AdviceAction,
    AdviceRecord,
    Offence,
    offence,
    suggest_priority,
)
from app.casework.registry import ProtocolRegistry, default_registry, school_protocols_dir
from app.casework.service import CaseWork

__all__ = [
    "DISCLAIMER", "OFFENCES", "AdviceAction", "AdviceRecord", "AgreementRecord",
    "AgreementStatus", "CaseMark", "CaseWork", "CaseWorkSchedule", "ChoiceMade", "ConditionRecord",
    "ExceptionKind", "FollowUpAction", "FollowUpActionRecord", "FollowUpItem", "MarkRecord",
    "NewAgreement",
    "Offence", "Outcome", "OutcomeRecord", "Priority", "PriorityRecord", "PrioritySuggestion",
    "ProtocolChoice", "ProtocolRegistry", "StepException", "StepGuide", "StepRecord",
    "SteungroepMember",
    "SteungroepNote", "SteungroepResult", "TodoItem", "TodoKind", "TodoList", "TodoState",
    "default_registry", "offence", "school_protocols_dir", "suggest_priority",
]
