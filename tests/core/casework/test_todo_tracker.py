"""'Te doen' kept case by case: the same list as a full collection, with less work."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework.todo_tracker import TodoTracker
from app.domain import CaseKind, CaseStatus
from app.timeutil import AMSTERDAM, Clock


@pytest.fixture
def case_file(tmp_path: Path) -> Iterator[CaseFile]:
    clock = Clock(lambda: datetime(2026, 11, 22, 13, 5, tzinfo=UTC))
    opened = CaseFile.create(tmp_path / "k.pestdossier", "wachtwoord-voor-de-test",
                             clock=clock, check_strength=False)
    yield opened
    opened.close()


def _case(cf: CaseFile, title: str, protocol: str, reported: date) -> int:
    case_id = cf.cases.create(NewCase(title, CaseKind.PESTEN, reported)).id
    cf.casework.protocols.choose(case_id, protocol)
    return case_id


def test_only_the_changed_case_is_recomputed_and_the_list_stays_equal(
        case_file: CaseFile) -> None:
    work = case_file.casework
    first = _case(case_file, "Eerste", "zesstappenplan", date(2026, 11, 1))
    second = _case(case_file, "Tweede", "supportgroep", date(2026, 11, 20))
    tracker = TodoTracker()
    assert tracker.refresh(work, case_file.changes) == work.todo()
    assert tracker.recomputed is None
    work.steps.record(second, "gesprek_gepeste", datetime(2026, 11, 21, 10, tzinfo=AMSTERDAM),
                      conditions=[("consent_gepeste", "mondeling")])
    assert tracker.refresh(work, case_file.changes) == work.todo()
    assert tracker.recomputed == {second}
    assert tracker.refresh(work, case_file.changes) == work.todo()
    assert tracker.recomputed == frozenset()
    # An anonymised case leaves the list: its lines go, the other case's stay.
    case_file.destruction.anonymise(first, "Bewaartermijn verstreken.", confirm=True)
    todo = tracker.refresh(work, case_file.changes)
    assert tracker.recomputed is not None and first in tracker.recomputed
    assert todo == work.todo() and all(i.case_id != first for i in todo.items)


def test_a_new_day_collects_everything_again(case_file: CaseFile) -> None:
    work = case_file.casework
    _case(case_file, "Eerste", "zesstappenplan", date(2026, 11, 1))
    tracker = TodoTracker()
    tracker.refresh(work, case_file.changes)
    case_file.clock.advance(timedelta(days=1))
    assert tracker.refresh(work, case_file.changes) == work.todo()
    assert tracker.recomputed is None


def test_today_overview_sorts_the_day(case_file: CaseFile) -> None:
    work = case_file.casework
    late = _case(case_file, "Te laat", "zesstappenplan", date(2026, 11, 1))
    fresh = case_file.cases.create(NewCase("Nieuw", CaseKind.PESTEN, date(2026, 11, 21))).id
    work.steps.record(late, "signaleren", datetime(2026, 11, 2, 9, tzinfo=AMSTERDAM),
                      next_appointment=datetime(2026, 11, 24, 10, tzinfo=AMSTERDAM))
    today = work.today_overview(work.todo())
    assert today.today == date(2026, 11, 22)
    assert today.overdue == sum(1 for i in today.now_and_overdue if i.due < today.today)
    assert [(a.case_id, a.when) for a in today.appointments] == [
        (late, datetime(2026, 11, 24, 10, tzinfo=AMSTERDAM))]
    statuses = {c.id: c.status for c in case_file.cases.list()}
    assert [w.case_id for w in today.waiting] == [
        c for c in (late, fresh) if statuses[c] is CaseStatus.NIEUW]
    assert today.recent[0].case_id == late and today.recent[0].kind
