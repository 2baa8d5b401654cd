"""Dates and times the way the user reads them: "22 november 2026, 14:05" in
Europe/Amsterdam, month names in the interface language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain import Precision
from app.timeutil import AMSTERDAM


def _month(month: int) -> str:
    return QLocale().monthName(month, QLocale.FormatType.LongFormat)


def format_date(value: date | datetime) -> str:
    if isinstance(value, datetime):
        value = value.astimezone(AMSTERDAM).date()
    return f"{value.day} {_month(value.month)} {value.year}"


def format_datetime(value: datetime, *, seconds: bool = False) -> str:
    """22 november 2026, 14:05 (with seconds for evidence, whose times are facts).

    A naive time (a camera's EXIF clock, a chat export's own time) is shown as written."""
    local = value.astimezone(AMSTERDAM) if value.tzinfo is not None else value
    clock = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return f"{format_date(local.date())}, {clock}"


def format_occurred(value: datetime, precision: Precision) -> str:
    """An event's time: date only without a time, approximate ones as "around ..."."""
    precision = Precision(precision)
    if precision is Precision.DATE:
        return format_date(value)
    text = format_datetime(value)
    if precision is Precision.APPROX:
        return QCoreApplication.translate("Formatting", "around %1").replace("%1", text)
    return text
