"""Counting: per-case facts become the tables of a school's yearly report."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable

from app.domain import BullyingForm, CaseKind, ReportChannel, ReportedBy
from app.yearly.collect import CaseFacts
from app.yearly.model import NOT_RECORDED, Count, Durations, Row, Table
from app.yearly.period import Period, month_key

OPEN = "open"
OUTCOMES = ("gestopt", "verminderd", "niet-gestopt", "overgedragen", "geen-pesten", OPEN)
PRIORITIES = ("normaal", "hoog", "acuut")
PLATFORM_ORDER = ("whatsapp", "instagram", "snapchat", "tiktok", "discord", "youtube",
                  "facebook", "x", "telegram", "games", "sms", "anders", "meerdere",
                  NOT_RECORDED)
OFFENCE_ORDER = ("bedreiging", "afpersing", "belediging", "smaad_laster", "seksueel_beeld",
                 "identiteitsfraude", "hacken", "heimelijk_filmen", "mishandeling", "vernieling",
                 "belaging", "doxing")
FACTS = ("open-einde", "teruggekomen", "strafbare-feiten", "politie")
BUCKETS = ((7, "0-7"), (14, "8-14"), (30, "15-30"), (60, "31-60"), (None, "61+"))
NO_PROTOCOL = "geen-protocol"

CaseIds = dict[tuple[str, str], tuple[int, ...]]


class TableBuilder:
    """Collects case ids per row; the counts follow from them."""

    def __init__(self, case_ids: CaseIds) -> None:
        self._case_ids = case_ids

    def single(self, key: str, facts: Iterable[CaseFacts], value: Callable[[CaseFacts], str],
               order: Iterable[str], labels: dict[str, str] | None = None) -> Table:
        """Each case in exactly one row; rows in `order`, then any others sorted."""
        groups: dict[str, list[int]] = defaultdict(list)
        for fact in facts:
            groups[value(fact)].append(fact.case_id)
        keys = list(order) + sorted(set(groups) - set(order))
        return self._table(key, keys, groups, sum(map(len, groups.values())), True, labels)

    def multi(self, key: str, facts: Iterable[CaseFacts], values: Callable[[CaseFacts], set[str]],
              order: Iterable[str], total: int) -> Table:
        """A case may be in several rows (or none): the rows do not add up."""
        groups: dict[str, list[int]] = defaultdict(list)
        for fact in facts:
            for item in values(fact):
                groups[item].append(fact.case_id)
        keys = list(order) + sorted(set(groups) - set(order))
        return self._table(key, keys, groups, total, False, None)

    def _table(self, key: str, keys: list[str], groups: dict[str, list[int]], total: int,
               additive: bool, labels: dict[str, str] | None) -> Table:
        for row_key in keys:
            self._case_ids[(key, row_key)] = tuple(groups.get(row_key, ()))
        rows = tuple(Row(k, Count.exact(len(groups.get(k, ()))), (labels or {}).get(k, ""))
                     for k in keys)
        return Table(key, rows, Count.exact(total), additive)


def outcome_at_end(fact: CaseFacts, period: Period) -> str:
    if fact.status != "gesloten" or not fact.outcomes:
        return OPEN
    outcome, closed_on = fact.outcomes[-1]
    return outcome if closed_on <= period.end else OPEN


def came_back(fact: CaseFacts) -> bool:
    return len(fact.outcomes) >= 2 or (bool(fact.outcomes) and fact.status != "gesloten")


def fact_flags(fact: CaseFacts, period: Period) -> set[str]:
    flags = {"open-einde"} if outcome_at_end(fact, period) == OPEN else set()
    if came_back(fact):
        flags.add("teruggekomen")
    if fact.offences:
        flags.add("strafbare-feiten")
    if fact.police:
        flags.add("politie")
    return flags


def group_key(fact: CaseFacts) -> str:
    return fact.group_name.strip() or NOT_RECORDED


def protocol_key(fact: CaseFacts) -> str:
    return fact.protocol[0] if fact.protocol else NO_PROTOCOL


def protocol_labels(facts: Iterable[CaseFacts]) -> dict[str, str]:
    return {f.protocol[0]: f.protocol[1] for f in facts if f.protocol}


def bucket(days: int) -> str:
    return next(name for limit, name in BUCKETS if limit is None or days <= limit)


def durations(key: str, days_by_case: dict[int, int], case_ids: CaseIds) -> Durations:
    groups: dict[str, list[int]] = defaultdict(list)
    for case_id, days in days_by_case.items():
        groups[bucket(days)].append(case_id)
    names = [name for _, name in BUCKETS]
    for name in names:
        case_ids[(key, name)] = tuple(groups.get(name, ()))
    table = Table(key, tuple(Row(n, Count.exact(len(groups.get(n, ())))) for n in names),
                  Count.exact(len(days_by_case)))
    values = list(days_by_case.values())
    if not values:
        return Durations(key, table, 0)
    return Durations(key, table, len(values), float(statistics.median(values)), min(values),
                     max(values))


def days_to_first_action(facts: Iterable[CaseFacts]) -> dict[int, int]:
    return {f.case_id: (f.first_action - f.reported_on).days for f in facts
            if f.first_action is not None}


def days_to_closing(facts: Iterable[CaseFacts], period: Period) -> dict[int, int]:
    out = {}
    for fact in facts:
        if outcome_at_end(fact, period) != OPEN:
            out[fact.case_id] = max(0, (fact.outcomes[-1][1] - fact.reported_on).days)
    return out


def month_table(key: str, period: Period, per_month: dict[str, int]) -> Table:
    rows = tuple(Row(month_key(m), Count.exact(per_month.get(month_key(m), 0)))
                 for m in period.months())
    return Table(key, rows, Count.exact(sum(r.count.low for r in rows)))


def kind_order() -> tuple[str, ...]:
    return tuple(k.value for k in CaseKind)


def reporter_order() -> tuple[str, ...]:
    return tuple(r.value for r in ReportedBy)


def channel_order() -> tuple[str, ...]:
    return (*(r.value for r in ReportChannel), NOT_RECORDED)


def form_order() -> tuple[str, ...]:
    return (*(f.value for f in BullyingForm), NOT_RECORDED)

