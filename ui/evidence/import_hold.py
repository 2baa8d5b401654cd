"""While a big file is imported the window's own connection is parked (the import then
writes every page once instead of twice, see Vault.park), so the window must not read
the vault until it is done. Rather than let a click freeze the window, a window-modal
progress dialog says what is happening, keeps moving, and can cancel the import."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.evidence.importing import ImportQueue


class ImportHold(QObject):
    def __init__(self, queue: ImportQueue, owner: QWidget) -> None:
        super().__init__(owner)
        self._queue = queue
        self._owner = owner
        self.dialog: QProgressDialog | None = None
        queue.holds_window.connect(self._hold)
        queue.progressed.connect(self._progress)

    def _hold(self, holding: bool) -> None:
        if holding and self.dialog is None:
            dialog = QProgressDialog(self._owner.window())
            dialog.setWindowTitle(self.tr("Storing a large file"))
            dialog.setLabelText(self._explanation())
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self._queue.cancel)
            dialog.show()
            self.dialog = dialog
        elif not holding and self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self._queue.cancel)
            dialog.close()
            dialog.deleteLater()

    def _explanation(self) -> str:
        return self.tr("A large file is being stored in the vault. The window waits until "
                       "it is done.")

    def _progress(self, text: str, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(f"{self._explanation()}\n\n{text}")
            self.dialog.setRange(0, 1000 if total > 1 else 0)
            if total > 1:
                self.dialog.setValue(int(done * 1000 / total))
