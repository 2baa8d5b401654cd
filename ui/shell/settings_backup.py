"""The backup part of Instellingen: where backups go and how many are kept.

Both are stored in the vault (`case_file.backups.set_folder`, `set_policy`), so the command
line uses the same folder. Shown only while a vault is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.backup import RotationPolicy
from app.casefile import CaseFile
from ui.common.file_dialogs import get_existing_directory
from ui.common.form_dialog import FormDialog
from ui.common.widgets import role_label
from ui.help.concept_link import ConceptLink


def choose_backup_folder(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a folder (a USB stick, a network share); None when the user cancels."""
    name = get_existing_directory(
        parent, QCoreApplication.translate("BackupSettings", "Folder for backups"), str(start))
    return Path(name) if name else None


def _spin(value: int, maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setValue(value)
    return box


class BackupSettings(QObject):
    """Adds its rows to the settings dialog and saves them when the dialog is saved."""

    @classmethod
    def attach(cls, dialog: FormDialog) -> BackupSettings | None:
        vault = getattr(dialog.parentWidget(), "vault", None)
        if not isinstance(vault, CaseFile) or not vault.is_open:
            return None
        return cls(dialog, vault)

    def __init__(self, dialog: FormDialog, vault: CaseFile) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._vault = vault
        self._folder = vault.backups.chosen_folder
        self._local = vault.backups.local_folder
        self.edt_folder = QLineEdit()
        self.edt_folder.setReadOnly(True)
        self.btn_choose = QPushButton(self.tr("Choose..."))
        self.btn_choose.clicked.connect(self._choose)
        self.btn_local = QPushButton(self.tr("Beside the vault"))
        self.btn_local.clicked.connect(lambda: self._set_folder(None))
        row = QHBoxLayout()
        row.addWidget(self.edt_folder, 1)
        row.addWidget(self.btn_choose)
        row.addWidget(self.btn_local)
        form = dialog.form
        form.addRow(role_label(self.tr("Backups"), "subheading"))
        form.addRow(self.tr("Backup folder"), row)
        form.addRow("", role_label(self.tr(
            "Choose a USB stick or a network folder: a backup beside the vault is lost "
            "with the laptop."), "muted", wrap=True))
        form.addRow("", ConceptLink("reservekopie"))
        policy = vault.backups.policy
        self.spn_last = _spin(policy.keep_last, 1000)
        self.spn_last.setMinimum(1)
        self.spn_daily = _spin(policy.keep_daily, 366)
        self.spn_monthly = _spin(policy.keep_monthly, 240)
        form.addRow(self.tr("Keep the newest"), self.spn_last)
        form.addRow(self.tr("One a day, for days"), self.spn_daily)
        form.addRow(self.tr("One a month, for months"), self.spn_monthly)
        self._set_folder(self._folder)
        dialog.accepted.connect(self.save)

    @property
    def folder(self) -> Path | None:
        return self._folder

    def _set_folder(self, folder: Path | None) -> None:
        self._folder = folder
        self.edt_folder.setText(str(folder or self._local))

    def _choose(self) -> None:
        chosen = choose_backup_folder(self._dialog, self._folder or self._local)
        if chosen is not None:
            self._set_folder(chosen)

    def save(self) -> None:
        if not self._vault.is_open:
            return
        self._vault.backups.set_folder(self._folder)
        self._vault.backups.set_policy(RotationPolicy(
            self.spn_last.value(), self.spn_daily.value(), self.spn_monthly.value()))
