"""Wachtwoord vergeten?: a backup of this vault (the newest in the local backup folder beside
it, or one the user browses to), the recovery code from the emergency sheet and a new
password. The restore (in the unlock screen's background) writes a new vault file; the
old one is never overwritten."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.backup import RecoveryCodeError, normalize_recovery_code
from app.backup.container import SUFFIX as BACKUP_SUFFIX
from app.backup.service import LOCAL_FOLDER_NAME
from app.casefile import VAULT_SUFFIX
from ui.common.errors import error_message
from ui.common.file_dialogs import get_open_file_name
from ui.common.form_dialog import FormDialog
from ui.common.widgets import role_label
from ui.vault.dialogs import choose_new_vault
from ui.vault.password_field import NewPasswordField
from ui.vault.restore_dialog import free_restore_path


@dataclass(frozen=True)
class ForgotRequest:
    backup: Path
    recovery_code: str
    new_password: str
    target: Path


def newest_local_backup(vault_path: Path) -> Path | None:
    """The newest backup of this vault in the local folder beside it (the chosen backup
    folder is stored inside the vault, which is locked)."""
    folder = vault_path.parent / LOCAL_FOLDER_NAME
    pattern = re.compile(re.escape(vault_path.stem) + r"-\d{8}-\d{6}(-\d+)?"
                         + re.escape(BACKUP_SUFFIX))
    found = [p for p in folder.glob(f"*{BACKUP_SUFFIX}") if pattern.fullmatch(p.name)] \
        if folder.is_dir() else []
    return max(found, key=lambda p: (p.name[len(vault_path.stem):][:16], p.stat().st_mtime),
               default=None)


def choose_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = get_open_file_name(
        parent, QCoreApplication.translate("ForgotPasswordDialog", "Choose a backup"),
        str(start), QCoreApplication.translate("ForgotPasswordDialog",
                                               "Pestdossier backups (*%1)")
        .replace("%1", BACKUP_SUFFIX))
    return Path(name) if name else None


class ForgotPasswordDialog(FormDialog):
    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Forgot password"), parent, ok_text=self.tr("Restore"))
        self.setMinimumWidth(620)
        self._vault_path = vault_path
        self.form.addRow(role_label(self.tr(
            "With the recovery code from the emergency sheet, the newest backup becomes a new "
            "vault with a new password. The old vault file stays as it is."), "muted",
            wrap=True))
        newest = newest_local_backup(vault_path)
        self.edt_backup = QLineEdit(str(newest) if newest else "")
        self.edt_backup.setPlaceholderText(self.tr("no backup found beside the vault"))
        self.btn_browse_backup = QPushButton(self.tr("Browse..."))
        self.btn_browse_backup.clicked.connect(self._browse_backup)
        self.form.addRow(self.tr("Backup"), self._row(self.edt_backup, self.btn_browse_backup))
        self.edt_code = QLineEdit()
        self.edt_code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.form.addRow(self.tr("Recovery code"), self.edt_code)
        self.new_password = NewPasswordField()
        self.form.addRow(self.tr("New password"), self.new_password)
        self.edt_repeat = QLineEdit()
        self.edt_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Repeat new password"), self.edt_repeat)
        self.edt_target = QLineEdit(str(free_restore_path(vault_path)))
        self.btn_browse_target = QPushButton(self.tr("Browse..."))
        self.btn_browse_target.clicked.connect(self._browse_target)
        self.form.addRow(self.tr("New vault file"),
                         self._row(self.edt_target, self.btn_browse_target))

    @staticmethod
    def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _browse_backup(self) -> None:
        start = Path(self.edt_backup.text()) if self.edt_backup.text() else \
            self._vault_path.parent
        chosen = choose_backup_file(self, start)
        if chosen is not None:
            self.edt_backup.setText(str(chosen))

    def _browse_target(self) -> None:
        chosen = choose_new_vault(self, Path(self.edt_target.text()))
        if chosen is not None:
            self.edt_target.setText(str(chosen))

    def _target(self) -> Path:
        target = Path(self.edt_target.text().strip())
        return target if target.suffix == VAULT_SUFFIX else \
            target.with_name(target.name + VAULT_SUFFIX)

    def problem(self) -> str:
        backup = self.edt_backup.text().strip()
        if not backup or not Path(backup).is_file():
            return self.tr("Choose a backup of this vault.")
        try:
            normalize_recovery_code(self.edt_code.text())
        except RecoveryCodeError as exc:
            return error_message(exc)
        problem = self.new_password.problem(self.edt_repeat.text())
        if problem:
            return problem
        if not self.edt_target.text().strip() or self._target().exists():
            return self.tr("Choose a new file for the vault; a restore never overwrites one.")
        return ""

    def request(self) -> ForgotRequest:
        return ForgotRequest(Path(self.edt_backup.text().strip()),
                             normalize_recovery_code(self.edt_code.text()),
                             self.new_password.text(), self._target())

    @classmethod
    def get_request(cls, parent: QWidget | None,
                    vault_path: Path) -> tuple[ForgotRequest | None, bool]:
        dialog = cls(vault_path, parent)
        accepted = bool(dialog.exec())
        request = dialog.request() if accepted else None
        dialog.deleteLater()
        return request, accepted
