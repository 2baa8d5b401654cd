"""The core's message codes as translated text: `message_text(Message(...))`.

The core returns codes with parameters (app/messages.py) and keeps their Dutch wording for
the CLI and PDFs in app/wording; here every code has a literal tr() text, so lupdate finds
it and the interface speaks the chosen language. The texts live by area in
ui/messages_core.py, ui/messages_casework.py and ui/messages_evidence.py.

Placeholders are `{name}`; `{name:lower}` lowercases, `{name:lcfirst}` lowercases the first
letter (each item of a tuple). Parameters are shown the way the interface shows them
elsewhere: dates with localised month names, enum members by their tr() label, byte
sizes as "1.5 MB", durations as "6 weeks".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.casework import AgreementStatus, Outcome, Priority, TodoState
from app.casework.offences import AdviceAction
from app.domain import (
    CaseKind,
    CaseStatus,
    EntryKind,
    Precision,
    ReportedBy,
    Requester,
    Role,
    SpecialCategory,
)
from app.evidence import Action, EvidenceKind, EvidenceSource
from app.messages import ByteSize, Message, MessageFormatter, Param
from app.protocols import Duration, StepState
from ui.casework import labels as casework_labels
from ui.common import labels
from ui.common.formatting import format_date, format_datetime
from ui.common.messages_access import access_texts
from ui.common.messages_anchors import anchor_texts
from ui.common.messages_backup import backup_texts
from ui.common.messages_casework import casework_texts
from ui.common.messages_core import core_texts
from ui.common.messages_corrections import corrections_texts
from ui.common.messages_destruction import destruction_texts
from ui.common.messages_evidence import evidence_texts
from ui.common.messages_forms import forms_texts
from ui.common.messages_inform import inform_texts
from ui.common.messages_retention import retention_texts
from ui.evidence import labels as evidence_labels
from ui.shell import i18n

_ENUM_LABELS: dict[type[Enum], Callable[[Any], str]] = {
    CaseKind: labels.kind_label, CaseStatus: labels.status_label,
    ReportedBy: labels.reported_by_label, Role: labels.role_label,
    EntryKind: labels.entry_kind_label, Precision: labels.precision_label,
    Priority: casework_labels.priority_label, Outcome: casework_labels.outcome_label,
    AgreementStatus: casework_labels.agreement_status_label,
    TodoState: casework_labels.todo_state_label, StepState: casework_labels.step_state_label,
    AdviceAction: casework_labels.advice_label, EvidenceKind: evidence_labels.kind_label,
    EvidenceSource: evidence_labels.source_label, Action: evidence_labels.action_label,
    Requester: labels.requester_label, SpecialCategory: labels.special_category_label,
}


_cache: tuple[int, dict[str, str]] = (-1, {})


def texts() -> dict[str, str]:
    """Every code's translated template in the current language (built once per language)."""
    global _cache  # noqa: PLW0603 - one table per installed language
    if _cache[0] != i18n.generation():
        _cache = (i18n.generation(), {**core_texts(), **casework_texts(), **evidence_texts(),
                             **backup_texts(), **access_texts(), **retention_texts(),
                             **destruction_texts(), **corrections_texts(),
                             **anchor_texts(), **forms_texts(), **inform_texts()})
    return _cache[1]


def enum_text(member: Enum) -> str:
    label = _ENUM_LABELS.get(type(member))
    return label(member) if label is not None else str(member.value)


def _unit_texts(count: int) -> tuple[str, str, str, str]:
    """Year, month, week and day for `count` (one or more)."""
    if count == 1:
        return (QCoreApplication.translate("Messages", "1 year"),
                QCoreApplication.translate("Messages", "1 month"),
                QCoreApplication.translate("Messages", "1 week"),
                QCoreApplication.translate("Messages", "1 day"))
    return (QCoreApplication.translate("Messages", "{count} years"),
            QCoreApplication.translate("Messages", "{count} months"),
            QCoreApplication.translate("Messages", "{count} weeks"),
            QCoreApplication.translate("Messages", "{count} days"))


def duration_text(duration: Duration) -> str:
    """'1 year and 6 months', '2 weeks' in the interface language."""
    years, months = duration.years + duration.months // 12, duration.months % 12
    amounts = (years, months, duration.weeks, duration.days)
    parts = [_unit_texts(n)[unit].format(count=n) for unit, n in enumerate(amounts) if n]
    if not parts:
        return _unit_texts(0)[3].format(count=0)
    if len(parts) == 1:
        return parts[0]
    return QCoreApplication.translate("Messages", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1])


def param_text(value: Param) -> str:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, Enum):
        return enum_text(value)
    if isinstance(value, ByteSize):
        return evidence_labels.human_size(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Duration):
        return duration_text(value)
    if isinstance(value, tuple):
        return ", ".join(param_text(v) for v in value)
    return str(value)


_FORMATTER = MessageFormatter(param_text)


def message_text(message: Message) -> str:
    """The message in the interface language."""
    return _FORMATTER.fill(texts()[message.code], message)


def message_lines(messages: tuple[Message, ...] | list[Message]) -> list[str]:
    table = texts()
    return [_FORMATTER.fill(table[m.code], m) for m in messages]
