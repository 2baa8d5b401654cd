"""The period a yearly report covers: a school year (1 August to 31 July) or a custom
span of whole months. Reports never name a date finer than a month, so a period is
always whole months too."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.errors import InvalidInputError

_YEAR = re.compile(r"(\d{4})\s*[-/]\s*(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
SCHOOL_YEAR_START_MONTH = 8


@dataclass(frozen=True)
class Period:
    first_month: date        # the first day of the first month
    last_month: date         # the first day of the last month
    school_year: str = ""    # "2025-2026" when the period is one school year

    @property
    def start(self) -> date:
        return self.first_month

    @property
    def end(self) -> date:
        """The last day of the period."""
        return add_months(self.last_month, 1) - timedelta(days=1)

    @property
    def label(self) -> str:
        return self.school_year or f"{month_key(self.first_month)} t/m {month_key(self.last_month)}"

    def months(self) -> list[date]:
        out, month = [], self.first_month
        while month <= self.last_month:
            out.append(month)
            month = add_months(month, 1)
        return out

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        """The same span one year earlier (for the comparison with last year)."""
        earlier = _year_earlier(self.school_year)
        return Period(self.first_month.replace(year=self.first_month.year - 1),
                      self.last_month.replace(year=self.last_month.year - 1), earlier)


def _year_earlier(school_year: str) -> str:
    if not school_year:
        return ""
    first = int(school_year[:4]) - 1
    return f"{first}-{first + 1}"


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def month_key(month: date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def school_year(first_year: int) -> Period:
    return Period(date(first_year, SCHOOL_YEAR_START_MONTH, 1),
                  date(first_year + 1, SCHOOL_YEAR_START_MONTH - 1, 1),
                  f"{first_year}-{first_year + 1}")


def school_year_of(day: date) -> Period:
    """The school year `day` falls in (1 August starts a new one)."""
    return school_year(day.year if day.month >= SCHOOL_YEAR_START_MONTH else day.year - 1)


def parse_school_year(text: str) -> Period:
    """'2025-2026' (or 2025/2026): two consecutive years."""
    found = _YEAR.fullmatch(text.strip())
    if not found or int(found.group(2)) != int(found.group(1)) + 1:
        raise InvalidInputError("cli.yearly_bad_school_year", value=text)
    return school_year(int(found.group(1)))


def parse_month(text: str) -> date:
    found = _MONTH.fullmatch(text.strip())
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise InvalidInputError("cli.yearly_bad_month", value=text)
    return date(int(found.group(1)), int(found.group(2)), 1)


def custom_period(first: date, last: date) -> Period:
    """From the month of `first` through the month of `last` (at most five years)."""
    first, last = first.replace(day=1), last.replace(day=1)
    if last < first:
        raise InvalidInputError("cli.yearly_period_reversed")
    if add_months(first, 60) <= last:
        raise InvalidInputError("cli.yearly_period_too_long")
    return Period(first, last)
