"""Case text on the clipboard: marked concealed, and cleared after a while, on lock and on
quit, but only while the clipboard still holds what Pestdossier put there.

    case_clipboard().copy(text)      # instead of QGuiApplication.clipboard().setText
    case_clipboard().clear_if_ours() # the main window does this on lock and quit

Qt's own widgets copy by themselves (Ctrl+C or the context menu's Copy on a selectable
label, a text field, a list): `CopyGuard` catches those copies and puts the text through
`case_clipboard()` as well, so they are concealed and cleared like the app's own.

The concealed hints ask clipboard managers and the platforms' clipboard history not to
keep the text (KDE/Klipper, Windows clipboard history and cloud clipboard, macOS
pasteboard managers that follow nspasteboard.org).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.common.app_events import app_events

CONCEALED_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    "org.nspasteboard.ConcealedType": b"",
}
MARK = "x-kde-passwordManagerHint"  # present: the text went through CaseClipboard
COPY_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)


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
        clipboard = self._clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)  # X11: text selected in a label
        return cleared


class CopyGuard(QObject):
    """Copies made by Qt's widgets themselves go through `case_clipboard()` too.

    Handlers on the application's event hub (every widget's key presses and mouse
    releases) note a copy gesture inside the app (a Copy or Cut key, a click or Return in
    a menu, e.g. a context menu's Copy) until the event loop turns again; a clipboard
    change in that moment, or one the app owns, that is not marked as ours yet is put back
    concealed and timed. Changes made by other programs stay alone.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._armed = False
        self._stopped = False
        self.rerouted = 0  # for tests and the self-test
        QGuiApplication.clipboard().dataChanged.connect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:
            app_events(app).listen(self, {QEvent.Type.KeyPress: self.on_key_press,
                                          QEvent.Type.MouseButtonRelease: self.on_release})

    def on_key_press(self, watched: QObject, event: QEvent) -> bool:
        copy_key = isinstance(event, QKeyEvent) and any(event.matches(key) for key in COPY_KEYS)
        if copy_key or isinstance(watched, QMenu):
            self._arm()
        return False

    def on_release(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QMenu):
            self._arm()
        return False

    def _arm(self) -> None:
        if not self._armed:
            self._armed = True
            QTimer.singleShot(0, self._disarm)

    def _disarm(self) -> None:
        self._armed = False

    def _changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is None or mime.hasFormat(MARK) or not mime.hasText() or not mime.text():
            return
        if self._armed or clipboard.ownsClipboard():
            self.rerouted += 1
            case_clipboard().copy(mime.text())

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        QGuiApplication.clipboard().dataChanged.disconnect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:
            app_events(app).forget(self)


_instance: CaseClipboard | None = None


def case_clipboard() -> CaseClipboard:
    global _instance  # noqa: PLW0603 - one clipboard per application
    if _instance is None:
        _instance = CaseClipboard(QGuiApplication.instance())
    return _instance
