"""Reservekopie terugzetten: pick a backup (date, size, cases), a new vault file and the
password that opened the vault when the backup was made. Nothing is overwritten."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.backup import BackupInfo
from app.casefile import VAULT_SUFFIX
from app.messages import ByteSize
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_datetime
from ui.common.messages import param_text
from ui.common.widgets import role_label
from ui.vault.dialogs import choose_new_vault


@dataclass(frozen=True)
class RestoreRequest:
    backup: Path
    target: Path
    password: str


def free_restore_path(vault_path: Path) -> Path:
    """`kluis-hersteld.pestdossier` beside the vault, numbered when that exists."""
    stem, number = f"{vault_path.stem}-hersteld", 2
    path = vault_path.with_name(stem + VAULT_SUFFIX)
    while path.exists():
        path = vault_path.with_name(f"{stem}-{number}{VAULT_SUFFIX}")
        number += 1
    return path


class RestoreDialog(FormDialog):
    def __init__(self, backups: list[BackupInfo], target: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restore backup"), parent, ok_text=self.tr("Restore"))
        self.setMinimumWidth(640)
        self._backups = backups
        self.tbl_backups = QTableWidget(len(backups), 3)
        self.tbl_backups.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Size"), self.tr("Cases")])
        self.tbl_backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tbl_backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tbl_backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl_backups.verticalHeader().hide()
        self.tbl_backups.horizontalHeader().setStretchLastSection(True)
        for row, info in enumerate(backups):
            cases = str(info.counts.cases) if info.counts else self.tr("other password")
            for column, text in enumerate((format_datetime(info.created_at),
                                           param_text(ByteSize(info.size)), cases)):
                self.tbl_backups.setItem(row, column, QTableWidgetItem(text))
        self.tbl_backups.resizeColumnsToContents()
        if backups:
            self.tbl_backups.selectRow(0)
        self.form.addRow(self.tbl_backups)
        self.edt_target = QLineEdit(str(target))
        self.btn_browse = QPushButton(self.tr("Browse..."))
        self.btn_browse.clicked.connect(self._browse)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.edt_target, 1)
        row_layout.addWidget(self.btn_browse)
        self.form.addRow(self.tr("New vault file"), row_layout)
        self.edt_password = QLineEdit()
        self.edt_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Password"), self.edt_password)
        self.form.addRow("", role_label(self.tr(
            "The backup is checked completely and written to a new vault file; the open "
            "vault is not changed. The new vault keeps this password."), "muted", wrap=True))

    def _browse(self) -> None:
        chosen = choose_new_vault(self, Path(self.edt_target.text()))
        if chosen is not None:
            self.edt_target.setText(str(chosen))

    def problem(self) -> str:
        if not self._backups or not self.tbl_backups.selectionModel().selectedRows():
            return self.tr("Choose a backup.")
        if Path(self.edt_target.text()).exists():
            return self.tr("That file exists already; a restore never overwrites a vault.")
        if not self.edt_password.text():
            return self.tr("Type the password the vault had when the backup was made.")
        return ""

    def request(self) -> RestoreRequest:
        row = self.tbl_backups.selectionModel().selectedRows()[0].row()
        target = Path(self.edt_target.text())
        if target.suffix != VAULT_SUFFIX:
            target = target.with_name(target.name + VAULT_SUFFIX)
        return RestoreRequest(self._backups[row].path, target, self.edt_password.text())

    @classmethod
    def get_restore(cls, parent: QWidget | None, backups: list[BackupInfo],
                    target: Path) -> tuple[RestoreRequest | None, bool]:
        dialog = cls(backups, target, parent)
        accepted = bool(dialog.exec())
        request = dialog.request() if accepted else None
        dialog.deleteLater()
        return request, accepted

