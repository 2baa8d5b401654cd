"""What a yearly report holds: counts in tables, durations, the months of the year.

Everything here is anonymous by construction: category keys and counts, months, never
a name, a text typed by the counsellor or a day. A `Count` is a range so a board's
sum of schools can carry the small numbers each school hid ("minder dan 5" is 1 to 4);
a school's own counts are exact. The case ids behind a bar (for the window's drill
down) live apart, in `YearStats.case_ids`, and never reach an export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from app.yearly.period import Period

NOT_RECORDED = "niet-vastgelegd"


@dataclass(frozen=True)
class Count:
    low: int
    high: int

    @classmethod
    def exact(cls, value: int) -> Count:
        return cls(value, value)

    @property
    def is_exact(self) -> bool:
        return self.low == self.high

    def __add__(self, other: Count) -> Count:
        return Count(self.low + other.low, self.high + other.high)


ZERO = Count(0, 0)


@dataclass(frozen=True)
class Row:
    key: str
    count: Count
    label: str = ""          # only where the key is not a fixed word (a protocol's name)


@dataclass(frozen=True)
class Table:
    key: str
    rows: tuple[Row, ...]
    total: Count
    additive: bool = True    # the rows add up to the total (each case in one row)
    recorded: bool = True    # False: the app has no such field yet

    def count(self, key: str) -> Count:
        return next((r.count for r in self.rows if r.key == key), ZERO)


@dataclass(frozen=True)
class Durations:
    """Days from melding to an event; `median` etc. only for one school's own cases."""

    key: str
    buckets: Table
    cases: int | None = None
    median: float | None = None
    shortest: int | None = None
    longest: int | None = None


@dataclass(frozen=True)
class AnonymousReport:
    period: Period
    schools: tuple[str, ...]
    meldingen: Count
    cases: Count
    tables: tuple[Table, ...]
    months: Table
    previous_months: Table | None = None
    durations: tuple[Durations, ...] = ()
    groups_included: bool = False

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


@dataclass(frozen=True)
class YearStats:
    """A school's report plus, inside the vault only, which cases are behind each row."""

    report: AnonymousReport
    case_ids: Mapping[tuple[str, str], tuple[int, ...]] = field(
        default_factory=lambda: MappingProxyType({}))

    def cases_behind(self, table_key: str, row_key: str) -> tuple[int, ...]:
        return self.case_ids.get((table_key, row_key), ())
