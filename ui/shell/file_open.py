"""A vault opened from the file manager while the app already runs.

macOS never passes a double-clicked document on the command line: Finder sends the
running (or just started) app a `QFileOpenEvent`. The handler takes it to that vault's
unlock screen, as `pestdossier PATH` does at start. A vault that is open stays open
unless the counsellor agrees to lock it first: never two vaults at once, and never a
surprise lock with work on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from ui.common.app_events import app_events
from ui.common.confirm import Confirm

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def open_vault_file(window: MainWindow, path: Path) -> bool:
    """Show `path`'s unlock screen; True when the window now shows that vault."""
    path = path.expanduser().resolve()
    if window.vault is not None and window.vault.path.resolve() == path:
        _bring_forward(window)
        return True
    if window.vault is not None:
        question = QCoreApplication.translate(
            "FileOpen", "Lock the open vault and open %1?").replace("%1", path.name)
        agreed, _ = Confirm.ask(window, QCoreApplication.translate("FileOpen", "Open vault"),
                                question, QCoreApplication.translate("FileOpen", "Lock and open"))
        if not agreed:
            return False
        window.lock()
        if window.vault is not None:  # the lock did not happen (work still running)
            return False
    window.show_unlock(path)
    _bring_forward(window)
    return True


def _bring_forward(window: MainWindow) -> None:
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()


class FileOpenHandler(QObject):
    """Listens on the application's event hub from creation until `stop()` (or the
    window's end): turns each `QFileOpenEvent` for a local file into `open_vault_file`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        app = QCoreApplication.instance()
        if app is not None:
            app_events(app).listen(self, {QEvent.Type.FileOpen: self.on_file_open})

    def on_file_open(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent):
            local = event.file()
            if local:
                open_vault_file(self._window, Path(local))
                return True
        return False

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app_events(app).forget(self)
