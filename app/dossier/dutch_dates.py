"""Dutch date formatting for dossiers.

All times in the vault are UTC; dossiers show them in Europe/Amsterdam local time,
written out the Dutch way: ``22 november 2026, 14:05``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def to_local(dt: datetime) -> datetime:
    """Convert to Europe/Amsterdam. A naive datetime is taken to be UTC (the vault's convention)."""
    if dt.tzinfo is None or dt.tzinfo.utcoffset(dt) is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(AMSTERDAM)


def format_date_nl(value: date | datetime, *, weekday: bool = False) -> str:
    """``22 november 2026`` (optionally ``zondag 22 november 2026``).

    A datetime is first converted to Amsterdam time, so a UTC timestamp late in the
    evening lands on the right local day.
    """
    if isinstance(value, datetime):
        value = to_local(value).date()
    text = f"{value.day} {MONTHS_NL[value.month - 1]} {value.year}"
    if weekday:
        text = f"{WEEKDAYS_NL[value.weekday()]} {text}"
    return text


def format_time_nl(dt: datetime) -> str:
    """``14:05`` in Amsterdam time."""
    local = to_local(dt)
    return f"{local.hour:02d}:{local.minute:02d}"


def format_datetime_nl(dt: datetime, *, seconds: bool = False) -> str:
    """``22 november 2026, 14:05`` in Amsterdam time (``14:05:09`` with ``seconds=True``)."""
    local = to_local(dt)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if seconds:
        clock += f":{local.second:02d}"
    return f"{format_date_nl(local.date())}, {clock}"


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
