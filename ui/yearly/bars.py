"""A plain horizontal bar chart drawn with QPainter; clicking a bar names its row."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW_HEIGHT = 22
LABEL_WIDTH = 300
BAR = QColor("#1f4e79")


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    value: int | None      # None: hidden by the small-number rule
    text: str              # what to print beside the bar


class BarChart(QWidget):
    bar_clicked = Signal(str)   # the row key

    def __init__(self, bars: list[Bar], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = bars
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(520, ROW_HEIGHT * len(self.bars) + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highest = max([b.value or 0 for b in self.bars] + [5])
        room = max(self.width() - LABEL_WIDTH - 90, 40)
        for index, bar in enumerate(self.bars):
            top = index * ROW_HEIGHT + 3
            painter.setPen(self.palette().text().color())
            # A label too long for its column ends in "…"; hovering shows it whole.
            label = painter.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                     LABEL_WIDTH - 8)
            painter.drawText(QRectF(0, top, LABEL_WIDTH - 8, ROW_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             label)
            width = room * (bar.value or 0) / highest
            painter.fillRect(QRectF(LABEL_WIDTH, top + 3, width, ROW_HEIGHT - 10), BAR)
            painter.drawText(QRectF(LABEL_WIDTH + width + 6, top, 200, ROW_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bar.text)
        painter.end()

    def row_at(self, y: float) -> int:
        index = int((y - 3) // ROW_HEIGHT)
        return index if 0 <= index < len(self.bars) else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        self.setToolTip(self.bars[index].label if index >= 0 else "")
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        if index >= 0:
            self.bar_clicked.emit(self.bars[index].key)
        super().mousePressEvent(event)
