"""Waar staat mijn kluis?: the vault file and the backup folder, each with a button that
opens the folder in the file manager (`open_folder`, patchable in tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.widgets import role_label


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class VaultLocationDialog(QDialog):
    def __init__(self, vault_path: Path, backup_folder: Path, fell_back: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where is my vault?"))
        self.setModal(True)
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(role_label(self.tr("Where is my vault?"), "heading"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.lbl_vault = role_label(str(vault_path), "", wrap=True)
        self.btn_vault = QPushButton(self.tr("Open folder"))
        self.btn_vault.clicked.connect(lambda: open_folder(vault_path.parent))
        self.lbl_backups = role_label(str(backup_folder), "", wrap=True)
        self.btn_backups = QPushButton(self.tr("Open folder"))
        self.btn_backups.clicked.connect(lambda: open_folder(backup_folder))
        self.btn_backups.setEnabled(backup_folder.is_dir())
        grid.addWidget(role_label(self.tr("Vault"), "fieldname"), 0, 0)
        grid.addWidget(self.lbl_vault, 1, 0)
        grid.addWidget(self.btn_vault, 1, 1)
        grid.addWidget(role_label(self.tr("Backups"), "fieldname"), 2, 0)
        grid.addWidget(self.lbl_backups, 3, 0)
        grid.addWidget(self.btn_backups, 3, 1)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        note = self.tr(
            "To move to another computer: copy the vault file and keep the emergency sheet. "
            "On the new computer choose 'Open an existing vault...'.")
        if fell_back:
            note = self.tr("The chosen backup folder is not there; the backups go to this "
                           "local folder until it is back.") + "\n\n" + note
        layout.addWidget(role_label(note, "muted", wrap=True))
        buttons = QDialogButtonBox()
        self.btn_close = buttons.addButton(self.tr("Close"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def show_location(cls, parent: QWidget | None, vault_path: Path, backup_folder: Path,
                      fell_back: bool) -> None:
        dialog = cls(vault_path, backup_folder, fell_back, parent)
        dialog.exec()
        dialog.deleteLater()
