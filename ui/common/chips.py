"""Coloured chips: as a label, and painted in a table cell. The one chip painter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain import CaseStatus
from ui.common.labels import status_label
from ui.common.row_model import Index
from ui.common.style import STATUS_COLORS

Chip = tuple[str, tuple[str, str]]  # (text, (background, foreground))


def chip_style(colors: tuple[str, str]) -> str:
    background, foreground = colors
    return (f"background: {background}; color: {foreground}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600;")


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


class StatusChip(QLabel):
    """The case status as a small coloured chip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_status(self, status: CaseStatus | None) -> None:
        if status is None:
            self.clear()
            self.setStyleSheet("")
            return
        self.setText(status_label(status))
        self.setStyleSheet(chip_style(STATUS_COLORS[CaseStatus(status)]))


class ChipDelegate(QStyledItemDelegate):
    """Paints `chip_role` = (text, colors) as a chip; other display text follows it.

    Subclasses that know the chip another way override `chip(index)`."""

    def __init__(self, chip_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = chip_role

    def chip(self, index: Index) -> Chip | None:
        return index.data(self._role) or None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chip = self.chip(index)
        if not chip:
            super().paint(painter, option, index)
            return
        self._paint_chip(painter, option, index, chip)

    def _paint_chip(self, painter: QPainter, option: QStyleOptionViewItem, index: Index,
                    chip: Chip) -> None:
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


class StatusChipDelegate(ChipDelegate):
    """Paints a status cell as a chip; the model gives the status value in `status_role`."""

    def chip(self, index: Index) -> Chip | None:
        value = index.data(self._role)
        if not value:
            return None
        status = CaseStatus(value)
        return status_label(status), STATUS_COLORS[status]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = QStyledItemDelegate.sizeHint(self, option, index)
        return QSize(hint.width() + 24, hint.height() + 6)
