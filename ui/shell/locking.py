"""Locking from anywhere: keep typed text as drafts, close every dialog and window that
may show case data, then let the workspace go once the dialogs' event loops are unwound.

A modal dialog runs its own event loop (`exec()`), so Ctrl+L, the idle timer or the
screen-lock signal arrive inside it. Closing the dialogs (innermost first) ends those
loops; the code that opened them then sees a cancelled dialog and returns. The widgets
they belong to must outlive that moment, so the workspace is hidden at once and deleted
only when the event loop is back at the level it had before the dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.common.app_events import app_events

MAX_WAIT_MS = 5000
POLL_MS = 20


def _loop_level() -> int:
    return QThread.currentThread().loopLevel()


def keep_drafts() -> None:
    """Every open form keeps its typed text inside the vault, before anything closes."""
    for widget in QApplication.topLevelWidgets():
        keep = getattr(widget, "keep_draft_for_lock", None)
        if widget.isVisible() and callable(keep):
            keep()


def _close(widget: QWidget) -> None:
    close_for_lock = getattr(widget, "close_for_lock", None)
    if callable(close_for_lock):
        close_for_lock()
    elif isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected)
    else:
        widget.close()
    widget.hide()


def close_windows(keep: QWidget) -> int:
    """Close every visible window but `keep`, modal ones innermost first.

    Returns how many modal dialogs were closed: each may have run its own event loop.
    """
    modal_closed = 0
    for _ in range(100):  # a modal dialog that refuses to close must not hang the lock
        modal = QApplication.activeModalWidget()
        if modal is None or modal is keep or not modal.isVisible():
            break
        _close(modal)
        modal_closed += 1
    for widget in QApplication.topLevelWidgets():
        if widget is not keep and widget.isVisible():
            _close(widget)
    return modal_closed


def dispose_later(widget: QWidget, *, modal_closed: int) -> None:
    """Delete `widget` once the closed dialogs' event loops have returned (a modal dialog
    shown without exec() has no loop: then it goes after MAX_WAIT_MS)."""
    for timer in widget.findChildren(QTimer):  # e.g. a search waiting to run: not any more
        timer.stop()
    if not modal_closed:
        widget.deleteLater()
        return
    target = max(0, _loop_level() - modal_closed)
    waited = 0

    def attempt() -> None:
        nonlocal waited
        unwound = _loop_level() <= target
        # A loop that is left belongs to a dialog shown without exec(), unless a new
        # modal dialog runs one now: its code may still use the workspace.
        if unwound or (waited >= MAX_WAIT_MS and QApplication.activeModalWidget() is None):
            widget.deleteLater()
            return
        waited += POLL_MS
        QTimer.singleShot(POLL_MS, attempt)

    QTimer.singleShot(0, attempt)


class LockKeyFilter(QObject):
    """Ctrl+L while a modal dialog is open: Qt blocks the window's shortcuts then, so an
    application-wide handler (on the app's event hub) triggers the lock action itself."""

    def __init__(self, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        app = QCoreApplication.instance()
        if app is not None:
            app_events(app).listen(self, {QEvent.Type.KeyPress: self.on_key_press})

    def on_key_press(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QKeyEvent)
                and QApplication.activeModalWidget() is not None
                and self._action.isEnabled()
                and QKeySequence(event.keyCombination()) == self._action.shortcut()):
            self._action.trigger()
            return True
        return False

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app_events(app).forget(self)
