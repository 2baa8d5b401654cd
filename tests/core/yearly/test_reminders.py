"""The vault's own reminders in "te doen": the Inspectie monitor summary (from 1 June,
due 1 July) and the yearly report (July, gone once its PDF was exported)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from app.casefile import CaseFile
from app.casework import TodoKind, TodoState
from app.wording import dutch
from app.yearly import school_year


def _vault_items(vault: CaseFile, on: date) -> list[tuple[str, str, date, TodoState]]:
    vault.clock.set(datetime(on.year, on.month, on.day, 10, tzinfo=UTC))
    return [(i.key, dutch(i.label), i.due, i.state) for i in vault.casework.todo().items
            if i.kind is TodoKind.VAULT]


def test_the_monitor_summary_from_june_to_1_july(vault: CaseFile) -> None:
    assert _vault_items(vault, date(2026, 5, 31)) == []
    [(key, text, due, state)] = _vault_items(vault, date(2026, 6, 1))
    assert key == "kluis/monitor/2026" and "Inspectie" in text
    assert due == date(2026, 7, 1) and state is TodoState.UPCOMING
    assert _vault_items(vault, date(2026, 7, 1))[0][3] is TodoState.DUE


def test_the_yearly_report_until_it_is_exported(vault: CaseFile, tmp_path: Path) -> None:
    items = _vault_items(vault, date(2026, 8, 3))
    assert [(k, s) for k, _, _, s in items] == [("kluis/jaarverslag/2025-2026",
                                                 TodoState.OVERDUE)]
    assert vault.casework.todo(case_id=None).overdue_count == 1
    vault.statistics.export_pdf(vault.statistics.compute(school_year(2025)),
                                tmp_path / "jaarverslag.pdf")
    assert _vault_items(vault, date(2026, 8, 3)) == []
    assert _vault_items(vault, date(2026, 9, 1)) == []
