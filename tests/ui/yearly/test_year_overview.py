"""The year overview: figures computed in the background, bars that list their cases,
the PDF written through the audited export."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.casefile import CaseFile
from tests.core.yearly.school_vault import fill_school
from ui.yearly.bars import BarChart
from ui.yearly.overview import YearOverviewDialog


@pytest.fixture
def school(vault: CaseFile) -> CaseFile:
    fill_school(vault)
    return vault


def test_bars_list_the_cases_behind_them_and_the_pdf_is_audited(
        qtbot, school: CaseFile, tmp_path: Path) -> None:
    dialog = YearOverviewDialog(school)
    qtbot.addWidget(dialog)
    index = dialog.cmb_period.findData(2025)
    dialog.cmb_period.setCurrentIndex(index)
    qtbot.waitUntil(lambda: dialog.computed is not None
                    and dialog.computed.stats.report.period.school_year == "2025-2026")
    assert "24" in dialog.lbl_summary.text()
    charts = dialog.scr_charts.widget().findChildren(BarChart)
    kinds = charts[0]
    assert [(b.key, b.text) for b in kinds.bars][:4] == [
        ("pesten", "10"), ("online-pesten", "6"), ("plagen", "hidden"),
        ("conflict", "fewer than 5")]
    dialog.resize(1000, 1400)
    dialog.show()
    qtbot.waitExposed(dialog)
    kinds.bar_clicked.emit("conflict")
    assert dialog.lst_cases.count() == 3
    assert dialog.lst_cases.item(0).text().endswith("Titelkanarie 0")
    if os.environ.get("YEARLY_SCREENSHOT"):
        dialog.grab().save(os.environ["YEARLY_SCREENSHOT"])
    op = dialog.export_to("pdf", str(tmp_path / "jaar.pdf"))
    qtbot.waitUntil(lambda: not op.is_running, timeout=10000)
    assert (tmp_path / "jaar.pdf").read_bytes().startswith(b"%PDF")
    assert any(e.action == "report.exported" for e in school.audit.entries())


def test_the_overview_speaks_dutch(qtbot, dutch, school: CaseFile) -> None:
    """Every title, row label and small-number word is translated (they were once built
    through a helper that lupdate could not see, and stayed English in the Dutch app)."""
    from PySide6.QtWidgets import QLabel

    dialog = YearOverviewDialog(school)
    qtbot.addWidget(dialog)
    dialog.cmb_period.setCurrentIndex(dialog.cmb_period.findData(2025))
    qtbot.waitUntil(lambda: dialog.computed is not None
                    and dialog.computed.stats.report.period.school_year == "2025-2026")
    page = dialog.scr_charts.widget()
    titles = [label.text() for label in page.findChildren(QLabel)]
    assert "Soort melding" in titles and "Kind of case" not in titles
    bars = [bar for chart in page.findChildren(BarChart) for bar in chart.bars]
    english = {"bullying", "online bullying", "teasing", "student", "parent",
               "fewer than 5", "hidden", "not recorded", "still open"}
    assert not [b for b in bars if b.label in english or b.text in english]


def test_another_period_of_whole_months_can_be_chosen(qtbot, school: CaseFile) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from app.yearly import Period
    from ui.yearly.overview import CUSTOM, file_label

    dialog = YearOverviewDialog(school)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.span.isHidden()
    dialog.cmb_period.setCurrentIndex(dialog.cmb_period.findData(CUSTOM))
    assert not dialog.span.isHidden()
    dialog.span.dte_from.setDate(QDate(2025, 9, 1))
    dialog.span.dte_to.setDate(QDate(2026, 2, 1))
    wanted = Period(date(2025, 9, 1), date(2026, 2, 1))
    qtbot.waitUntil(lambda: dialog.computed is not None
                    and dialog.computed.stats.report.period == wanted)
    assert file_label(dialog.period()) == "2025-09_2026-02"
    # the end can never lie before the start, nor more than five years after it
    dialog.span.dte_from.setDate(QDate(2026, 5, 1))
    assert dialog.period() == Period(date(2026, 5, 1), date(2026, 5, 1))
    dialog.span.dte_to.setDate(QDate(2035, 1, 1))
    assert dialog.period().last_month == date(2031, 4, 1)


def test_a_label_too_long_for_its_column_is_shown_whole_on_hover(qtbot) -> None:
    from PySide6.QtCore import QPoint

    from ui.yearly.bars import Bar

    long_label = "politie ingelicht of aangifte geadviseerd, en nog veel meer tekst erbij"
    chart = BarChart([Bar("a", "kort", 3, "minder dan 5"), Bar("b", long_label, 7, "7")])
    qtbot.addWidget(chart)
    chart.resize(700, 80)
    chart.show()
    qtbot.mouseMove(chart, QPoint(50, 3 + 22 + 10))
    qtbot.waitUntil(lambda: chart.toolTip() == long_label)
    chart.grab()  # paints the elided label without error
