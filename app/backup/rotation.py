"""Which backups to keep: the newest N, the newest of each recent day, the newest of each
recent month. A pure function of the backups' times and now, so it is tested with a clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class RotationPolicy:
    keep_last: int = 10
    keep_daily: int = 14
    keep_monthly: int = 24


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def to_keep(times: list[datetime], now: datetime, policy: RotationPolicy) -> set[datetime]:
    newest_first = sorted(times, reverse=True)
    keep = set(newest_first[:policy.keep_last])
    first_day = now.date() - timedelta(days=policy.keep_daily - 1)
    first_month = _month_index(now.date()) - policy.keep_monthly + 1
    seen_days: set[date] = set()
    seen_months: set[int] = set()
    for moment in newest_first:
        day = moment.date()
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(moment)
        month = _month_index(day)
        if month >= first_month and month not in seen_months:
            seen_months.add(month)
            keep.add(moment)
    return keep
