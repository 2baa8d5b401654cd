"""A span of whole months for the year overview's custom period ("september 2025 t/m
februari 2026"). Reports never name a date finer than a month, so the day is not shown;
the end can never lie before the start or more than five years after it (the same
limits as `app.yearly.custom_period`), so the counsellor cannot pick a span that fails.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from app.yearly import Period, add_months, custom_period

MAX_MONTHS = 60


def _month_edit(first: date) -> QDateEdit:
    edit = QDateEdit(QDate(first.year, first.month, 1))
    edit.setDisplayFormat("MMMM yyyy")
    edit.setCalendarPopup(False)
    return edit


class MonthSpan(QWidget):
    changed = Signal()

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dte_from = _month_edit(first)
        self.dte_to = _month_edit(last)
        self.dte_from.setAccessibleName(self.tr("First month"))
        self.dte_to.setAccessibleName(self.tr("Last month"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dte_from)
        layout.addWidget(QLabel(self.tr("through")))
        layout.addWidget(self.dte_to)
        self._limit_end()
        self.dte_from.dateChanged.connect(self._from_changed)
        self.dte_to.dateChanged.connect(lambda _d: self.changed.emit())

    def _limit_end(self) -> None:
        first: date = self.dte_from.date().toPython()  # type: ignore[assignment]
        last = add_months(first.replace(day=1), MAX_MONTHS - 1)
        self.dte_to.setDateRange(QDate(first.year, first.month, 1),
                                 QDate(last.year, last.month, 1))

    def _from_changed(self) -> None:
        self.dte_to.blockSignals(True)  # one refresh for one change, not two
        self._limit_end()
        self.dte_to.blockSignals(False)
        self.changed.emit()

    def period(self) -> Period:
        first: date = self.dte_from.date().toPython()  # type: ignore[assignment]
        last: date = self.dte_to.date().toPython()  # type: ignore[assignment]
        return custom_period(first, last)
