"""Kluis menu: "Reservekopie terugzetten...": restore a backup, verified, into a new vault
file in the background, then offer to switch to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProgressDialog

from app.backup import BackupInfo, RestoreResult
from app.casefile import CaseFile
from ui.common.confirm import Confirm, inform
from ui.common.errors import error_message
from ui.common.workers import BackgroundOp, with_worker_vault
from ui.vault.restore_dialog import RestoreDialog, RestoreRequest, free_restore_path

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class BackupActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._op: BackgroundOp | None = None          # listing the backups
        self._restore_op: BackgroundOp | None = None  # checking and restoring one
        self.act_restore = window._action(self.tr("Restore backup..."), self.restore)
        menu.insertAction(before, self.act_restore)
        self.last_result: RestoreResult | None = None

    def restore(self) -> None:
        """List the backups on a worker connection (a network share can be slow), then
        let the counsellor choose."""
        vault = self._window.vault
        if vault is None or self._op is not None:
            return
        op = BackgroundOp(with_worker_vault(vault, lambda w, _p, _c: w.backups.all()), self)
        op.on_success(lambda backups: self._choose(vault, backups))
        op.on_failure(self._failed)
        op.finished.connect(self._listed)
        self._op = op
        op.start()

    def _choose(self, vault: CaseFile, backups: list[BackupInfo]) -> None:
        if self._window.vault is not vault or self._restore_op is not None:
            return  # locked meanwhile, or a restore already runs
        request, accepted = RestoreDialog.get_restore(
            self._window, backups, free_restore_path(vault.path))
        if not accepted or request is None:
            return
        dialog = QProgressDialog(self.tr("Checking and restoring the backup..."), "", 0, 0,
                                 self._window)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        op = BackgroundOp(lambda _p, _c: CaseFile.restore_backup(
            request.backup, request.target, request.password, password=request.password,
            check_strength=False))
        op.on_success(lambda result: self._restored(result, request))
        op.on_failure(self._failed)
        op.finished.connect(dialog.close)
        op.finished.connect(dialog.deleteLater)
        op.finished.connect(self._done)
        self._restore_op = op
        op.start()
        dialog.show()

    def _listed(self) -> None:
        self._op = None

    def _done(self) -> None:
        self._restore_op = None

    @property
    def is_busy(self) -> bool:
        return self._op is not None or self._restore_op is not None

    def _failed(self, exc: BaseException) -> None:
        inform(self._window, self.tr("Restore backup"), error_message(exc), warning=True)

    def _restored(self, result: RestoreResult, request: RestoreRequest) -> None:
        self.last_result = result
        text = (self.tr("The backup was checked and restored as %1 (%2 cases). Switch to "
                        "that vault now? The open vault is locked and stays as it is.")
                .replace("%1", str(result.path)).replace("%2", str(result.counts.cases)))
        switch, _ = Confirm.ask(self._window, self.tr("Restore backup"), text,
                                self.tr("Switch"))
        if switch:
            self._window.lock()
            screen = self._window.unlock_screen
            screen.set_path(result.path)
            screen.edt_password.setText(request.password)
            screen.unlock()
