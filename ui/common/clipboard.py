"""Case text on the clipboard: marked concealed, and cleared after a while, on lock and on
quit, but only while the clipboard still holds what Pestdossier put there.

    case_clipboard().copy(text)      # instead of QGuiApplication.clipboard().setText
    case_clipboard().clear_if_ours() # the main window does this on lock and quit

The concealed hints ask clipboard managers and the platforms' clipboard history not to
keep the text (KDE/Klipper, Windows clipboard history and cloud clipboard, macOS
pasteboard managers that follow nspasteboard.org).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CONCEALED_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    "org.nspasteboard.ConcealedType": b"",
}


def concealed_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    for kind, value in CONCEALED_HINTS.items():
        mime.setData(kind, QByteArray(value))
    return mime


class CaseClipboard(QObject):
    """The one way the app copies case text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self.clear_after_seconds = 30
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        self._clipboard().setMimeData(concealed_mime(text))
        self._ours = text
        if self.clear_after_seconds > 0:
            self._timer.start(self.clear_after_seconds * 1000)

    def holds_ours(self) -> bool:
        return self._ours is not None and self._clipboard().text() == self._ours

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds our text; True when it did."""
        self._timer.stop()
        cleared = self.holds_ours()
        if cleared:
            self._clipboard().clear()
        self._ours = None
        return cleared


_instance: CaseClipboard | None = None


def case_clipboard() -> CaseClipboard:
    global _instance  # noqa: PLW0603 - one clipboard per application
    if _instance is None:
        _instance = CaseClipboard(QGuiApplication.instance())
    return _instance
