"""Kluis menu: "Noodblad maken...", "Wachtwoord wijzigen..." and "Waar staat mijn kluis?".

The password change rekeys the window's own connection, so it runs on that connection in
a worker thread while a window-modal busy dialog keeps the window from using it; it holds
the backup lock so no backup copies the vault halfway through the rekey.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProgressDialog

from app.casefile import CaseFile
from app.errors import WrongPasswordError
from ui.common.confirm import inform
from ui.common.errors import error_message
from ui.common.workers import BackgroundOp
from ui.shell.backup_controller import _ONE_AT_A_TIME
from ui.shell.vault_location import VaultLocationDialog
from ui.vault.change_password_dialog import ChangePasswordDialog, PasswordChange
from ui.vault.recovery_kit import RecoveryKitMaker

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def _change_password(vault: CaseFile, change: PasswordChange) -> None:
    with _ONE_AT_A_TIME:
        vault.change_password(change.old, change.new)


class VaultActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._op: BackgroundOp | None = None
        self.recovery_kit = RecoveryKitMaker(window)
        self.act_recovery_kit = window._action(self.tr("Make emergency sheet..."),
                                               self.make_recovery_kit)
        self.act_change_password = window._action(self.tr("Change password..."),
                                                  self.change_password)
        self.act_where = window._action(self.tr("Where is my vault?"), self.show_location)
        for action in (self.act_recovery_kit, self.act_change_password, self.act_where):
            menu.insertAction(before, action)
        # Locked (the workspace left the stack): a pending emergency-sheet question goes.
        window.stack.currentChanged.connect(self._screen_changed)

    def _screen_changed(self) -> None:
        if self._window.workspace is None:
            self.recovery_kit.dismiss_offer()

    @property
    def is_busy(self) -> bool:
        return self._op is not None or self.recovery_kit.is_busy

    def offer_recovery_kit(self, vault: CaseFile) -> None:
        """A vault was just created: offer the emergency sheet once the workspace shows."""
        QTimer.singleShot(0, lambda: self._offer(vault))

    def _offer(self, vault: CaseFile) -> None:
        if self._window.vault is vault and vault.is_open:
            self.recovery_kit.offer_after_creation(vault, self._window.statusBar())

    def make_recovery_kit(self) -> None:
        if self._window.vault is not None:
            self.recovery_kit.make(self._window.vault)

    def show_location(self) -> None:
        vault = self._window.vault
        if vault is None:
            return
        folder, fell_back = vault.backups.target_folder()
        VaultLocationDialog.show_location(self._window, vault.path, folder, fell_back)

    def change_password(self) -> None:
        vault = self._window.vault
        if vault is None or self._op is not None:
            return
        change, accepted = ChangePasswordDialog.get_change(self._window)
        if not accepted or change is None:
            return
        dialog = QProgressDialog(self.tr("Changing the password..."), "", 0, 0, self._window)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        self.dlg_busy = dialog
        op = BackgroundOp(lambda _p, _c: _change_password(vault, change))
        op.on_success(lambda _none: self._changed()).on_failure(self._failed)
        op.finished.connect(dialog.close)
        op.finished.connect(dialog.deleteLater)
        op.finished.connect(self._done)
        self._op = op
        op.start()
        dialog.show()

    def _done(self) -> None:
        self._op = None

    def _changed(self) -> None:
        self._window.statusBar().showMessage(self.tr("The password has been changed."), 8000)
        inform(self._window, self.tr("Change password"), self.tr(
            "The password has been changed. From now on the vault opens only with the new "
            "password."))

    def _failed(self, exc: BaseException) -> None:
        text = (self.tr("The current password is not correct, so nothing was changed. Check "
                        "it (mind Caps Lock) and try again.")
                if isinstance(exc, WrongPasswordError) else error_message(exc))
        inform(self._window, self.tr("Change password"), text, warning=True)
