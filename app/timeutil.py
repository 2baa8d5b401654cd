"""Time: stored as UTC ISO 8601, shown in Europe/Amsterdam the Dutch way.

All "now" goes through a Clock so tests can move time without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


class Clock:
    """Source of the current time; replace `now` in tests to move time forward."""

    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))

    def now(self) -> datetime:
        value = self._now()
        if value.tzinfo is None:
            raise ValueError("Clock must return aware datetimes")
        return value.astimezone(UTC)

    def today_local(self) -> date:
        return self.now().astimezone(AMSTERDAM).date()

    def set(self, now: datetime) -> None:
        self._now = lambda: now

    def advance(self, delta: timedelta) -> None:
        current = self.now()
        self._now = lambda: current + delta


SYSTEM_CLOCK = Clock()


def to_storage(moment: datetime) -> str:
    """UTC ISO 8601 with seconds, e.g. 2026-11-22T13:05:00+00:00."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=AMSTERDAM)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_storage(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def date_only_moment(day: date) -> datetime:
    """A date without a time is stored as local noon, so it never slides to another day."""
    return datetime.combine(day, time(12, 0), tzinfo=AMSTERDAM)


def parse_user_datetime(text: str) -> tuple[datetime, bool]:
    """Parse ISO input from the CLI. Returns (moment, date_only). Naive means Amsterdam."""
    text = text.strip()
    try:
        if len(text) == 10:
            return date_only_moment(date.fromisoformat(text)), True
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"not an ISO date or date-time: {text!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=AMSTERDAM)
    return moment, False


WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def to_local(moment: datetime) -> datetime:
    """Amsterdam time. A naive datetime is taken to be UTC (the vault's convention)."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(AMSTERDAM)


def format_date_nl(value: date | datetime, *, weekday: bool = False) -> str:
    """22 november 2026 (optionally "zondag 22 november 2026"); a datetime is first
    converted to Amsterdam time, so a late UTC timestamp lands on the right day."""
    if isinstance(value, datetime):
        value = to_local(value).date()
    text = f"{value.day} {MONTHS_NL[value.month - 1]} {value.year}"
    return f"{WEEKDAYS_NL[value.weekday()]} {text}" if weekday else text


def format_datetime_nl(value: datetime, *, seconds: bool = False) -> str:
    """22 november 2026, 14:05 (Amsterdam time; 14:05:09 with seconds=True)."""
    local = to_local(value)
    clock = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return f"{format_date_nl(local.date())}, {clock}"
