"""The case list's narrow columns are sized from what they can hold, without measuring
every row through the model (ui/cases/case_list_columns.py)."""

from __future__ import annotations

from datetime import date

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, CaseStatus
from ui.cases.case_list import CaseListPanel
from ui.cases.case_list_columns import GROUP_MAX
from ui.cases.case_list_model import COL_GROUP, COL_REFERENCE, COL_STATUS
from ui.common.labels import status_label


def _new(vault: CaseFile, group: str) -> int:
    return vault.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 2),
                                      group_name=group)).id


def test_each_column_holds_its_widest_text_and_its_header(qtbot, vault: CaseFile) -> None:  # type: ignore[no-untyped-def]
    _new(vault, "2B")
    panel = CaseListPanel(vault)
    qtbot.addWidget(panel)
    table, header = panel.tbl_cases, panel.tbl_cases.horizontalHeader()
    metrics = table.fontMetrics()
    assert header.sectionSize(COL_REFERENCE) > metrics.horizontalAdvance("2026-0000")
    widest_status = max(metrics.horizontalAdvance(status_label(s)) for s in CaseStatus)
    assert header.sectionSize(COL_STATUS) > widest_status + 24
    for column in (COL_REFERENCE, COL_GROUP, COL_STATUS):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)


def test_the_group_column_follows_the_groups_in_the_list(qtbot, vault: CaseFile) -> None:  # type: ignore[no-untyped-def]
    _new(vault, "2B")
    panel = CaseListPanel(vault)
    qtbot.addWidget(panel)
    header = panel.tbl_cases.horizontalHeader()
    narrow = header.sectionSize(COL_GROUP)
    case_id = _new(vault, "Havo 4 wiskunde")
    panel.update_cases({case_id})           # a changed row brings its group along
    wider = header.sectionSize(COL_GROUP)
    assert wider > narrow
    _new(vault, "Brugklas met een heel lange naam voor de hele gang en de aula")
    panel.reload()
    assert wider < header.sectionSize(COL_GROUP) <= GROUP_MAX
