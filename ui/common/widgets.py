"""Small shared widgets: labels with a style role, a centred card, the status chip."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import CaseStatus
from ui.common.labels import status_label
from ui.common.style import STATUS_COLORS, set_role


def role_label(text: str = "", role: str = "", *, wrap: bool = False,
               parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    if role:
        set_role(label, role)
    label.setWordWrap(wrap)
    return label


def centered_card(content: QWidget, width: int = 460) -> QWidget:
    """Put `content` in a white card in the middle of an otherwise empty page."""
    page = QWidget()
    card = QFrame()
    set_role(card, "card")
    card.setFixedWidth(width)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(32, 28, 32, 28)
    inner.addWidget(content)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page


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
        background, foreground = STATUS_COLORS[CaseStatus(status)]
        self.setText(status_label(status))
        self.setStyleSheet(f"background: {background}; color: {foreground}; border-radius: 9px;"
                           " padding: 2px 10px; font-weight: 600;")


class StatusChipDelegate(QStyledItemDelegate):
    """Paints a status cell as a chip; the model gives the status value in `status_role`."""

    def __init__(self, status_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status_role = status_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(self._status_role)
        if not value:
            super().paint(painter, option, index)
            return
        status = CaseStatus(value)
        background, foreground = STATUS_COLORS[status]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight())
        text = status_label(status)
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
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, hint.height() + 6)
