"""The rotation keeps exactly what it promises, over two simulated years."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.backup import RotationPolicy
from app.backup.rotation import to_keep
from app.casefile import CaseFile
from app.timeutil import to_local


def _month(moment: datetime) -> tuple[int, int]:
    return moment.year, moment.month


def test_two_years_of_backups_every_few_hours() -> None:
    policy = RotationPolicy(keep_last=10, keep_daily=14, keep_monthly=24)
    start = datetime(2025, 1, 1, 8, 0)
    kept: list[datetime] = []
    moment = start
    while moment < start + timedelta(days=730):
        kept.append(moment)
        kept = sorted(to_keep(kept, moment, policy))
        moment += timedelta(hours=5)
    now = kept[-1]
    everything = [start + timedelta(hours=5 * i) for i in range(int(730 * 24 / 5) + 1)]
    everything = [m for m in everything if m <= now]
    assert kept[-10:] == everything[-10:]  # the newest ten
    for back in range(14):  # the newest of each of the last 14 days
        day = now.date() - timedelta(days=back)
        assert max(m for m in everything if m.date() == day) in kept
    months = sorted({_month(m) for m in everything})[-24:]
    for month in months:  # the newest of each of the last 24 months
        assert max(m for m in everything if _month(m) == month) in kept
    assert len(kept) <= 10 + 14 + 24
    assert min(kept) >= datetime(months[0][0], months[0][1], 1)


def test_the_service_deletes_what_the_policy_drops(vault: CaseFile) -> None:
    vault.backups.set_policy(RotationPolicy(keep_last=2, keep_daily=2, keep_monthly=2))
    clock = vault.clock
    clock.set(datetime(2026, 1, 10, 9, 0, tzinfo=UTC))
    for _ in range(6):  # three a day for two days
        vault.backups.create()
        clock.advance(timedelta(hours=8))
    kept = [to_local(b.created_at) for b in vault.backups.all()]
    assert len(kept) == len(set(kept)) and 2 <= len(kept) <= 4
    assert len(list(vault.backups.local_folder.iterdir())) == len(kept)
