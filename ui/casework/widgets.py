"""Small widgets of the case work screens: chips (in cells and as labels), tables."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.casework.labels import chip_style

Index = QModelIndex | QPersistentModelIndex


class ChipLabel(QLabel):
    """A coloured chip: set_chip(text, (background, foreground)) or hide with text ''."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def set_chip(self, text: str, colors: tuple[str, str] | None = None) -> None:
        if not text or colors is None:
            self.clear()
            self.hide()
            return
        self.setText(text)
        self.setStyleSheet(chip_style(colors))
        self.show()


class WrapCheck(QWidget):
    """A check box whose text wraps (long checklist points); clicking the text toggles it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.box = QCheckBox()
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


class ChipDelegate(QStyledItemDelegate):
    """Paints `chip_role` = (text, colors) as a chip; other display text follows it."""

    def __init__(self, chip_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = chip_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chip = index.data(self._role)
        if not chip:
            super().paint(painter, option, index)
            return
        self._paint_chip(painter, option, index, chip)

    def _paint_chip(self, painter: QPainter, option: QStyleOptionViewItem, index: Index,
                    chip: tuple[str, tuple[str, str]]) -> None:
        text, (background, foreground) = chip
        rest = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight())
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 4
        rect = QRectF(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1,
                      min(width, option.rect.width() - 12), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if rest and rest != text:
            painter.setPen(option.palette.text().color())
            after = option.rect.adjusted(int(rect.width()) + 14, 0, -4, 0)
            elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, after.width())
            painter.drawText(after, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        chip = index.data(self._role)
        extra = option.fontMetrics.horizontalAdvance(chip[0]) + 30 if chip else 0
        return QSize(hint.width() + extra, hint.height() + 6)


def make_table(model: QAbstractItemModel, stretch: int, chip_columns: tuple[int, ...] = (),
               chip_role: int = 0, on_activate: Callable[[], None] | None = None) -> QTableView:
    """A calm read-only table: whole rows selected, no grid, chips where asked."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(32)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
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
