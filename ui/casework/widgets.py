"""Small widgets of the case work screens: wrapping check boxes, calm tables."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from ui.common.chips import ChipDelegate
from ui.common.widgets import list_table

Index = QModelIndex | QPersistentModelIndex


class WrapCheck(QWidget):
    """A check box whose text wraps (long checklist points); clicking the text toggles it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)  # its text is the label beside it
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.mousePressEvent = lambda _event: self.box.toggle()  # type: ignore[method-assign]
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:
        self.box.setChecked(on)


def make_table(model: QAbstractItemModel, stretch: int, chip_columns: tuple[int, ...] = (),
               chip_role: int = 0, on_activate: Callable[[], None] | None = None) -> QTableView:
    """A calm read-only list table (`list_table`) with one stretching column and chips
    where asked."""
    table = list_table(model)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(32)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in chip_columns:
        table.setItemDelegateForColumn(column, ChipDelegate(chip_role, table))
    if on_activate is not None:
        table.doubleClicked.connect(lambda _index: on_activate())
    return table


def selected_row(table: QTableView) -> int:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1
