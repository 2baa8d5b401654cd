"""Long loops over every case give way to the window (app/pacing.py): with a pacer they
call it between batches of rows; without one nothing changes."""

from __future__ import annotations

from datetime import date

import pytest

from app import pacing
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind


def _cases_with_a_protocol(vault: CaseFile, count: int) -> None:
    with vault.batch():
        for number in range(count):
            case = vault.cases.create(NewCase(f"Melding {number}", CaseKind.PESTEN,
                                              date(2026, 11, 2)))
            vault.casework.protocols.choose(case.id, "zesstappenplan")


def test_te_doen_and_retention_over_every_case_give_way_between_batches(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pacing, "PACE_ROWS", 2)
    _cases_with_a_protocol(vault, 6)
    calls: list[int] = []
    with pacing.paced(lambda: calls.append(1)):
        todo = vault.casework.todo(today=date(2026, 11, 23))
        after_todo = len(calls)
        retention = vault.retention.for_all()
    assert len({item.case_id for item in todo.items}) == 6 and len(retention) == 6
    assert after_todo >= 6            # the schedules, the inform lines, the reads
    assert len(calls) > after_todo    # and the retention dates


def test_without_a_pacer_or_after_the_block_nothing_is_called(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pacing, "PACE_ROWS", 1)
    _cases_with_a_protocol(vault, 2)
    calls: list[int] = []
    with pacing.paced(lambda: calls.append(1)):
        pass
    vault.casework.todo(today=date(2026, 11, 23))
    pacing.pace()
    assert calls == []


def test_a_single_case_never_waits(vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    # One case's reads may run inside a write; a pacer never holds up a write.
    monkeypatch.setattr(pacing, "PACE_ROWS", 1)
    _cases_with_a_protocol(vault, 1)
    case_id = vault.cases.list()[0].id
    calls: list[int] = []
    with pacing.paced(lambda: calls.append(1)):
        vault.casework.todo(today=date(2026, 11, 23), case_id=case_id)
        vault.retention.for_case(case_id)
    assert calls == []
