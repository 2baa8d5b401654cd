"""Dutch date formatting for dossiers.

All times in the vault are UTC; dossiers show them in Europe/Amsterdam local time,
written out the Dutch way: ``22 november 2026, 14:05``.
"""

from __future__ import annotations

from datetime import date, datetime

# The shared Dutch formatting lives in app.timeutil; this module adds what only dossiers
# need (times on their own, "omstreeks", periods) and keeps the dossier's import path.
from app.timeutil import (
    AMSTERDAM,
    MONTHS_NL,
    WEEKDAYS_NL,
    format_date_nl,
    format_datetime_nl,
    to_local,
)

__all__ = [
    "AMSTERDAM",
    "MONTHS_NL",
    "WEEKDAYS_NL",
    "format_date_nl",
    "format_datetime_nl",
    "format_moment_nl",
    "format_period_nl",
    "format_time_nl",
    "to_local",
]


def format_time_nl(dt: datetime) -> str:
    """``14:05`` in Amsterdam time."""
    local = to_local(dt)
    return f"{local.hour:02d}:{local.minute:02d}"


def format_moment_nl(value: date | datetime, *, approximate: bool = False) -> str:
    """A date or datetime as shown in a timeline; ``omstreeks`` when approximate."""
    text = format_datetime_nl(value) if isinstance(value, datetime) else format_date_nl(value)
    return f"omstreeks {text}" if approximate else text


def format_period_nl(start: date | datetime | None, end: date | datetime | None) -> str:
    """``3 september 2026 t/m 22 november 2026``; open ends read ``heden`` / ``onbekend``."""
    if start is None and end is None:
        return "onbekend"
    left = format_date_nl(start) if start is not None else "onbekend"
    right = format_date_nl(end) if end is not None else "heden"
    return f"{left} t/m {right}"
