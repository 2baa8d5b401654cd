"""Urgent cases stand out in the case list: an 'Acuut' (or 'Hoog') chip before the title."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView

from app.casework import CaseWork, Priority
from ui.casework.labels import PRIORITY_COLORS, priority_label
from ui.common.chips import Chip, ChipDelegate
from ui.common.row_model import Index

PRIORITY_CHIP_ROLE = Qt.ItemDataRole.UserRole + 40


class _PriorityTitleDelegate(ChipDelegate):
    def __init__(self, marks: CaseListMarks, id_role: int, table: QTableView) -> None:
        super().__init__(PRIORITY_CHIP_ROLE, table)
        self._marks = marks
        self._id_role = id_role

    def chip(self, index: Index) -> Chip | None:
        priority = self._marks.priorities.get(index.data(self._id_role))
        if priority is None:
            return None
        return priority_label(priority), PRIORITY_COLORS[priority]


class CaseListMarks(QObject):
    """Keeps the priorities of all cases in step with the list (re-read on every reload,
    and for the changed cases only when a change touched some)."""

    def __init__(self, work: CaseWork, table: QTableView, title_column: int, id_role: int
                 ) -> None:
        super().__init__(table)
        self._work = work
        self.priorities: dict[int, Priority] = {}
        self.delegate = _PriorityTitleDelegate(self, id_role, table)
        table.setItemDelegateForColumn(title_column, self.delegate)
        model = table.model()
        source = getattr(model, "sourceModel", lambda: None)() or model
        source.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.priorities = self._work.status.priorities()

    def update(self, case_ids: frozenset[int] | set[int]) -> None:
        """Only these cases changed: reread their priorities, not every case's."""
        ids = {c for c in case_ids if c > 0}
        if not ids:
            return
        fresh = self._work.status.priorities(ids)
        for case_id in ids:
            self.priorities.pop(case_id, None)
        self.priorities.update(fresh)
