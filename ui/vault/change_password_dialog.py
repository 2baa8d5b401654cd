"""Wachtwoord wijzigen: the current password, the new one twice (with the strength rules of
vault creation). The change itself runs in the background (see ui.shell.password_actions)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.common.form_dialog import FormDialog
from ui.common.widgets import role_label
from ui.vault.password_field import NewPasswordField


@dataclass(frozen=True)
class PasswordChange:
    old: str
    new: str


class ChangePasswordDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change password"), parent, ok_text=self.tr("Change"))
        self.edt_old = QLineEdit()
        self.edt_old.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Current password"), self.edt_old)
        self.new_password = NewPasswordField()
        self.form.addRow(self.tr("New password"), self.new_password)
        self.edt_repeat = QLineEdit()
        self.edt_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Repeat new password"), self.edt_repeat)
        self.form.addRow("", role_label(self.tr(
            "The backups this computer can reach get the new password too. Older backups "
            "elsewhere (a stick that is not inserted) still open with the old password or "
            "the recovery code."), "muted", wrap=True))

    def problem(self) -> str:
        if not self.edt_old.text():
            return self.tr("Type the current password.")
        problem = self.new_password.problem(self.edt_repeat.text())
        if problem:
            return problem
        if self.new_password.text() == self.edt_old.text():
            return self.tr("The new password is the same as the current one.")
        return ""

    def change(self) -> PasswordChange:
        return PasswordChange(self.edt_old.text(), self.new_password.text())

    @classmethod
    def get_change(cls, parent: QWidget | None) -> tuple[PasswordChange | None, bool]:
        dialog = cls(parent)
        accepted = bool(dialog.exec())
        change = dialog.change() if accepted else None
        dialog.deleteLater()
        return change, accepted
