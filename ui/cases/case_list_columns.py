"""The case list's narrow columns, sized from what they can hold.

Qt's ResizeToContents measures rows through the model and the chip delegate every time
the rows change (hundreds of calls into Python per reload, again whenever the retention
dates arrive); at 20,000 cases that was a visible pause at unlock. The widths here come
from the texts a column can show: a reference, the status chips, a date, and the group
names actually in the list (few distinct ones); the header's own text is the least.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from app.domain import CaseStatus, CaseSummary
from ui.cases.case_list_model import (
    COL_ACTIVITY,
    COL_GROUP,
    COL_REFERENCE,
    COL_RETENTION,
    COL_STATUS,
    COL_TITLE,
)
from ui.common.formatting import format_date
from ui.common.labels import status_label

CHIP_EXTRA = 24          # the chip's padding beyond its text (StatusChipDelegate.sizeHint)
GROUP_MAX = 180          # a very long group name is elided rather than squeezing titles
LONGEST_DATE = date(2026, 9, 30)   # "30 september 2026": the widest month


class CaseListColumns:
    def __init__(self, table: QTableView) -> None:
        self._table = table
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self._groups: frozenset[str] = frozenset()
        self._fit(COL_REFERENCE, ["2026-0000"])
        statuses = [status_label(s) for s in CaseStatus]
        statuses.append(QCoreApplication.translate("CaseTableModel", "Anonymised"))
        self._fit(COL_STATUS, statuses, extra=CHIP_EXTRA)
        self._fit(COL_ACTIVITY, [format_date(LONGEST_DATE)])
        self._fit(COL_RETENTION, [format_date(LONGEST_DATE)])
        self._fit(COL_GROUP, [])

    def follow(self, cases: Iterable[CaseSummary], *, more: bool = False) -> None:
        """The group column fits the groups in the list (measured only when they change);
        `more`: these cases join the list (a changed row), its other groups stay."""
        groups = frozenset(case.group_name for case in cases) | (self._groups if more
                                                                  else frozenset())
        if groups != self._groups:
            self._groups = groups
            self._fit(COL_GROUP, groups, limit=GROUP_MAX)

    def _fit(self, column: int, texts: Iterable[str], *, extra: int = 0,
             limit: int | None = None) -> None:
        metrics = self._table.fontMetrics()
        style = self._table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                        None, self._table) + 1)
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        width = widest + margin + extra + (8 if widest else 0)
        if limit is not None:
            width = min(width, limit)
        header = self._table.horizontalHeader()
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
