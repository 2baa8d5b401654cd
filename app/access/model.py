"""Access requests (AVG art. 15): the records and the date rules.

- The deadline is one calendar month after receipt (AVG art. 12(3)); a day the next
  month lacks becomes its last day (31 January -> 28 or 29 February), as the EU rule on
  time limits (Regulation 1182/71, art. 3) counts a month.
- Under 16 the parents or guardians exercise the pupil's rights, from 16 the pupil
  (UAVG art. 5); the age is taken on the day the request was received.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from app.domain import Person, Requester, Role

RIGHTS_AGE = 16


def one_month_after(day: date) -> date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def age_on(born_on: date, day: date) -> int:
    before_birthday = (day.month, day.day) < (born_on.month, born_on.day)
    return day.year - born_on.year - int(before_birthday)


def requester_for_age(born_on: date | None, day: date) -> Requester | None:
    """Who exercises the rights on `day`; None when the date of birth is unknown."""
    if born_on is None:
        return None
    return Requester.OUDER if age_on(born_on, day) < RIGHTS_AGE else Requester.LEERLING


@dataclass(frozen=True)
class AccessRequest:
    id: int
    person: Person
    received_on: date
    requested_by: Requester
    deadline: date
    answered_on: date | None
    recorded_at: date

    @property
    def is_open(self) -> bool:
        return self.answered_on is None


@dataclass(frozen=True)
class PersonCandidate:
    """A person a name may mean, with the cases they are in (reference, role)."""

    person: Person
    cases: tuple[tuple[str, Role], ...]


@dataclass(frozen=True)
class AccessExport:
    path: str
    sha256: str
    page_count: int
    request_id: int
    case_count: int
    entry_count: int
    work_notes_left_out: int
