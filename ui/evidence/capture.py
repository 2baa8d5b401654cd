"""Screen capture: every window of the app hides, the whole screen is grabbed, and the
counsellor either keeps all of it or drags a region on a full-screen overlay of the
frozen picture. Esc cancels. The app comes back with the capture (in memory only)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QWidget

HIDE_DELAY_MS = 300  # let the window manager take the windows away first
WHOLE = "whole"
REGION = "region"


def png_bytes(image: QImage) -> bytes:
    """Encode in memory; nothing touches the disk."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class RegionOverlay(QWidget):
    """The frozen screen, dimmed; drag a rectangle, release to keep it, Esc to cancel."""

    chosen = Signal(QRect)
    cancelled = Signal()

    def __init__(self, picture: QPixmap) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._picture = picture
        self._origin: QPoint | None = None
        self._current: QPoint | None = None
        self._ratio = picture.devicePixelRatio() or 1.0
        self.resize(int(picture.width() / self._ratio), int(picture.height() / self._ratio))

    def selection(self) -> QRect:
        if self._origin is None or self._current is None:
            return QRect()
        a, b = self._origin, self._current
        return QRect(min(a.x(), b.x()), min(a.y(), b.y()), abs(a.x() - b.x()),
                     abs(a.y() - b.y()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self._picture)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))
        chosen = self.selection()
        if not chosen.isEmpty():
            source = QRect(int(chosen.x() * self._ratio), int(chosen.y() * self._ratio),
                           int(chosen.width() * self._ratio), int(chosen.height() * self._ratio))
            painter.drawPixmap(chosen, self._picture, source)
            painter.setPen(QPen(QColor("#7fc4e6"), 2))
            painter.drawRect(chosen)
            size = f"{source.width()} × {source.height()}"
            label = QRect(chosen.left(), max(0, chosen.top() - 26), 120, 22)
            painter.fillRect(label, QColor(0, 0, 0, 150))
            painter.setPen(QColor("white"))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, size)
        painter.setPen(QColor("white"))
        hint = self.tr("Drag to choose the part to keep. Esc cancels.")
        box = QRect(0, 16, self.width(), 40)
        painter.fillRect(QRect(self.width() // 2 - 260, 12, 520, 36), QColor(0, 0, 0, 150))
        painter.drawText(box.adjusted(0, -2, 0, -6), Qt.AlignmentFlag.AlignHCenter
                         | Qt.AlignmentFlag.AlignVCenter, hint)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._origin = event.position().toPoint()
            self._current = self._origin
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None:
            self._current = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._origin is None:
            return
        self._current = event.position().toPoint()
        chosen = self.selection()
        if chosen.width() < 8 or chosen.height() < 8:  # a click, not a drag: start over
            self._origin = self._current = None
            self.update()
            return
        ratio = self._ratio
        self.chosen.emit(QRect(int(chosen.x() * ratio), int(chosen.y() * ratio),
                               int(chosen.width() * ratio), int(chosen.height() * ratio)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class ScreenCapture(QObject):
    """One capture: hide the app, grab, (choose a region), show the app again.

    Emits `captured(QImage, datetime)` or `cancelled()`; then it is done.
    """

    captured = Signal(QImage, object)
    cancelled = Signal()

    def __init__(self, anchor: QWidget, mode: str) -> None:
        super().__init__(anchor)
        self._anchor = anchor
        self._mode = mode
        self._hidden: list[QWidget] = []
        self.overlay: RegionOverlay | None = None
        self._picture: QPixmap | None = None
        self._at: datetime | None = None

    def start(self, delay_ms: int = HIDE_DELAY_MS) -> None:
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and not isinstance(w, RegionOverlay)]
        for window in self._hidden:
            window.hide()
        QTimer.singleShot(delay_ms, self._grab)

    def _grab(self) -> None:
        screen = self._anchor.screen() or QGuiApplication.primaryScreen()
        self._at = datetime.now(UTC)
        picture = screen.grabWindow(0) if screen is not None else QPixmap()
        if picture.isNull():
            self._finish(None)
            return
        if self._mode == WHOLE:
            self._finish(picture.toImage())
            return
        self._picture = picture
        overlay = RegionOverlay(picture)
        overlay.setGeometry(screen.geometry() if screen is not None else overlay.geometry())
        overlay.chosen.connect(self._region_chosen)
        overlay.cancelled.connect(lambda: self._finish(None))
        self.overlay = overlay
        overlay.showFullScreen()
        overlay.activateWindow()
        overlay.setFocus()

    def _region_chosen(self, rect: QRect) -> None:
        assert self._picture is not None
        self._finish(self._picture.copy(rect).toImage())

    def _finish(self, image: QImage | None) -> None:
        if self.overlay is not None:
            self.overlay.close()
            self.overlay = None
        self._picture = None
        for window in self._hidden:
            window.show()
        if self._hidden:
            self._hidden[0].raise_()
            self._hidden[0].activateWindow()
        self._hidden = []
        if image is None or image.isNull():
            self.cancelled.emit()
        else:
            self.captured.emit(image, self._at or datetime.now(UTC))
        self.deleteLater()
