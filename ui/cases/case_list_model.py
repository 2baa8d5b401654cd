"""The case list: a table model over CaseSummary rows and the one filter proxy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt

from app.domain import CaseKind, CaseStatus, CaseSummary
from ui.common.formatting import format_date
from ui.common.labels import kind_label, status_label
from ui.common.row_model import Index, RowModel

COL_REFERENCE = 0
COL_TITLE = 1
COL_GROUP = 2
COL_STATUS = 3
COL_ACTIVITY = 4
COL_RETENTION = 5

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
NEWEST_FIRST = (COL_REFERENCE, Qt.SortOrder.DescendingOrder)  # the order of cases.list()


class CaseTableModel(RowModel):
    """Rows are CaseSummary records, newest reference first (as the core lists them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._retention: dict[int, date | None] = {}
        self._headers: list[str] = []

    def headers(self) -> list[str]:
        # Asked for on every columnCount(): thousands of times while a big list is laid out.
        if not self._headers:
            self._headers = [self.tr("Reference"), self.tr("Title"), self.tr("Group"),
                             self.tr("Status"), self.tr("Last activity"), self.tr("Keep until")]
        return self._headers

    def set_rows(self, rows: list[CaseSummary], *, newest_first: bool = False) -> None:
        """Keep the column the user sorted on sorted across reloads. `newest_first`: the
        rows come in the core's list order (newest reference first), which is already the
        default order (sorting 20,000 rows again costs the window a noticeable moment)."""
        rows = list(rows)
        if self._sort is not None and not (newest_first and self._sort == NEWEST_FIRST):
            self._sort_rows(rows, *self._sort)
        super().set_rows(rows)

    def set_cases(self, cases: list[CaseSummary],
                  retention: dict[int, date | None] | None = None) -> None:
        """`cases` as `cases.list()` gives them; `retention`: each case's retention date
        (None: not known yet)."""
        self._retention = dict(retention or {})
        self.set_rows(cases, newest_first=True)

    def set_retention(self, retention: dict[int, date | None]) -> None:
        """Retention dates computed in the background arrive after the rows."""
        self._retention.update(retention)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_RETENTION),
                                  self.index(len(self._rows) - 1, COL_RETENTION))

    @property
    def retention(self) -> dict[int, date | None]:
        return dict(self._retention)

    def update_cases(self, cases: dict[int, CaseSummary], gone: set[int],
                     retention: dict[int, date | None]) -> None:
        """Only the rows a change touched: changed in place, removed, or a new one on top
        (no reset, so selection and scroll position stay)."""
        self._retention.update(retention)
        positions = {case.id: row for row, case in enumerate(self._rows)}
        for case_id in sorted(gone, key=lambda c: -positions.get(c, -1)):
            row = positions.get(case_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                self._retention.pop(case_id, None)
        positions = {case.id: row for row, case in enumerate(self._rows)}
        for case_id, case in cases.items():
            row = positions.get(case_id)
            if row is None:
                self.beginInsertRows(QModelIndex(), 0, 0)
                self._rows.insert(0, case)
                self.endInsertRows()
                positions = {c.id: r for r, c in enumerate(self._rows)}
                continue
            self._rows[row] = case
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def retention_of(self, case_id: int) -> date | None:
        return self._retention.get(case_id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves with a Python key: a proxy sort calls data() for
        every comparison, which takes most of a second for a vault of 5,000 cases."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._sort_rows(self._rows, column, order)
        position = {case.id: row for row, case in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(position[i], old.column()) for i, old in zip(ids, before,
                                                                             strict=True)])
        self.layoutChanged.emit()

    def _sort_rows(self, rows: list[CaseSummary], column: int, order: Qt.SortOrder) -> None:
        rows.sort(key=lambda case: self._sort_key(case, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def case_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, case_id: int) -> int:
        for row, case in enumerate(self._rows):
            if case.id == case_id:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case = self._rows[index.row()]
        column = index.column()
        if role == CASE_ID_ROLE:
            return case.id
        if role == STATUS_ROLE:
            return case.status.value
        if role == KIND_ROLE:
            return case.kind.value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == SORT_ROLE:
            return self._sort_key(case, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(case)
        return None

    def _tooltip(self, case: CaseSummary) -> str:
        return "\n".join((
            f"{case.reference} · {case.title}",
            f"{kind_label(case.kind)} · {_status_text(case)}",
            self.tr("Reported on %1").replace("%1", format_date(case.reported_on)),
            self.tr("Last activity: %1").replace("%1", format_date(case.last_activity)),
            self.tr("%n timeline entries", "", case.entry_count),
        ))

    def _display(self, case: CaseSummary, column: int) -> str | None:
        if column == COL_REFERENCE:
            return case.reference
        if column == COL_TITLE:
            return case.title
        if column == COL_GROUP:
            return case.group_name
        if column == COL_STATUS:
            return _status_text(case)
        if column == COL_ACTIVITY:
            return format_date(case.last_activity)
        if column == COL_RETENTION:
            until = self._retention.get(case.id)
            return format_date(until) if until else "–"
        return None

    def _sort_key(self, case: CaseSummary, column: int) -> Any:
        if column == COL_REFERENCE:  # 2026-1000 comes after 2026-999
            year, _, seq = case.reference.partition("-")
            return (int(year), int(seq)) if year.isdigit() and seq.isdigit() else (0, 0)
        if column == COL_STATUS:
            return list(CaseStatus).index(case.status)
        if column == COL_ACTIVITY:
            return case.last_activity.isoformat()
        if column == COL_RETENTION:   # unknown dates last
            until = self._retention.get(case.id)
            return until.isoformat() if until else "9999"
        return (self._display(case, column) or "").lower()


def _status_text(case: CaseSummary) -> str:
    """An anonymised case is kept for the yearly report only: that is its state."""
    if case.anonymised:
        return QCoreApplication.translate("CaseTableModel", "Anonymised")
    return status_label(case.status)


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters by status, by kind and by the case ids a full-text search found."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: CaseStatus | None = None
        self._kind: CaseKind | None = None
        self._matching: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts itself (fast); this proxy keeps the source order.
        source = self.sourceModel()
        if isinstance(source, CaseTableModel) and column >= 0:
            source.sort(column, order)
        else:
            super().sort(column, order)

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def set_status(self, status: CaseStatus | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_kind(self, kind: CaseKind | None) -> None:
        self._refilter(lambda: setattr(self, "_kind", kind))

    def set_matching_ids(self, case_ids: set[int] | None) -> None:
        """Only these cases (a search result), or None for no search."""
        matching = None if case_ids is None else frozenset(case_ids)
        self._refilter(lambda: setattr(self, "_matching", matching))

    @property
    def is_filtering(self) -> bool:
        return (self._status is not None or self._kind is not None
                or self._matching is not None)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseTableModel):
            return True
        case = model.case_at(source_row)
        if self._status is not None and case.status is not self._status:
            return False
        if self._kind is not None and case.kind is not self._kind:
            return False
        return self._matching is None or case.id in self._matching
