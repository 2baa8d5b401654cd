"""The Dutch wording of the core, in one place: message codes and enum labels.

    dutch(Message("step.unknown", protocol="Zesstappenplan", step="x"))
    label(CaseStatus.IN_BEHANDELING)          # "In behandeling"

The CLI prints these texts and the dossier PDFs use them; the GUI has its own tr()
rendering of the same codes (ui/common/messages.py). Templates use `{name}` placeholders;
`{name:lower}` lowercases the value and `{name:lcfirst}` only its first letter (each item
of a tuple).
Parameters are formatted the Dutch way: dates as "22 november 2026", enum members by
their label, byte sizes as "1,5 MB", tuples as a comma-separated list.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from app.messages import ByteSize, Message, MessageFormatter, Param
from app.timeutil import format_date_nl, format_datetime_nl
from app.wording import (
    access,
    anchors,
    backup,
    casework,
    core,
    corrections,
    destruction,
    dossier,
    evidence,
    forms,
    inform,
    retention,
    yearly,
)


def _merge(*tables: dict[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for table in tables:
        twice = merged.keys() & table.keys()
        if twice:
            raise RuntimeError(f"message codes worded twice: {sorted(twice)}")
        merged.update(table)
    return merged


TEMPLATES: dict[str, str] = _merge(core.TEMPLATES, casework.TEMPLATES, evidence.TEMPLATES,
                                   dossier.TEMPLATES, yearly.TEMPLATES, backup.TEMPLATES,
                                   access.TEMPLATES,
                                   retention.TEMPLATES,
                                   destruction.TEMPLATES,
                                   corrections.TEMPLATES,
                                   anchors.TEMPLATES,
                                   forms.TEMPLATES,
                                   inform.TEMPLATES, inform.MEASURE_TEMPLATES)


def label(member: Enum) -> str:
    """The Dutch label of an enum member (its value when the enum has no label table)."""
    # Imported here: the tables name the enums, and their modules use this package.
    from app.wording.labels import LABELS  # noqa: PLC0415

    table = LABELS.get(type(member))
    if table is None:
        return str(member.value)
    return table[member]


def human_size(size: int) -> str:
    """1 572 864 -> "1,5 MB"."""
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB".replace(".", ",")
    return f"{size / 1024**2:.1f} MB".replace(".", ",")


def dutch_param(value: Param) -> str:
    if isinstance(value, Message):
        return dutch(value)
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, ByteSize):
        return human_size(value)
    if isinstance(value, datetime):
        return format_datetime_nl(value)
    if isinstance(value, date):
        return format_date_nl(value)
    if isinstance(value, tuple):
        return ", ".join(dutch_param(v) for v in value)
    return str(value)


_FORMATTER = MessageFormatter(dutch_param)


def dutch(message: Message) -> str:
    """The Dutch sentence for a message."""
    return _FORMATTER.fill(TEMPLATES[message.code], message)


def dutch_lines(messages: tuple[Message, ...] | list[Message]) -> list[str]:
    return [dutch(m) for m in messages]


__all__ = ["TEMPLATES", "dutch", "dutch_lines", "dutch_param", "human_size", "label"]
