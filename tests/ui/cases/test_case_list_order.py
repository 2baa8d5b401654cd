"""The case list's order: the core lists newest reference first, which is the list's
default order, so a reload keeps it without sorting again; another order the counsellor
chose is kept across reloads."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from app.domain import CaseKind, CaseStatus, CaseSummary
from ui.cases.case_list_model import COL_REFERENCE, CaseTableModel


def _case(case_id: int, reference: str) -> CaseSummary:
    return CaseSummary(id=case_id, reference=reference, title=f"Melding {reference}",
                       kind=CaseKind.PESTEN, status=CaseStatus.NIEUW,
                       reported_on=date(2026, 1, 5), group_name="2B",
                       last_activity=datetime(2026, 1, 5, 9, tzinfo=UTC), entry_count=0,
                       anonymised=False)


CORE_ORDER = [_case(3, "2026-1000"), _case(2, "2026-999"), _case(1, "2025-1200")]


def _references(model: CaseTableModel) -> list[str]:
    return [model.case_at(row).reference for row in range(model.rowCount())]


def test_the_core_order_is_the_default_order(qapp) -> None:  # type: ignore[no-untyped-def]
    model = CaseTableModel()
    model.sort(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    model.set_cases(CORE_ORDER)
    assert _references(model) == ["2026-1000", "2026-999", "2025-1200"]


def test_an_order_the_counsellor_chose_survives_a_reload(qapp) -> None:  # type: ignore[no-untyped-def]
    model = CaseTableModel()
    model.sort(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    model.set_cases(CORE_ORDER)
    assert _references(model) == ["2025-1200", "2026-999", "2026-1000"]
