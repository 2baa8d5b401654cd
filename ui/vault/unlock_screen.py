"""The unlock screen: the last vault, a password field, and the way to another vault."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.errors import NotAVaultError, PestdossierError
from ui.common.errors import error_message
from ui.common.messages import message_lines
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.common.workers import BackgroundOp
from ui.vault.forgot_password import ForgotPasswordDialog, ForgotRequest


def _open_for_window(path: Path, password: str) -> CaseFile:
    """Open, and read the case list the window shows first while still off the GUI
    thread: the core keeps that read until the next commit (thousands of cases)."""
    vault = CaseFile.open(path, password)
    with contextlib.suppress(PestdossierError):  # the window's own read says what is wrong
        vault.cases.list()
    return vault


def _restore_and_open(request: ForgotRequest) -> CaseFile:
    CaseFile.restore_backup(request.backup, request.target, request.new_password,
                            recovery_code=request.recovery_code)
    return _open_for_window(request.target, request.new_password)


class UnlockScreen(QWidget):
    """Opens the vault off the GUI thread (PBKDF2 and the integrity check take a while)."""

    unlocked = Signal(object)  # the open Vault
    open_other_requested = Signal()
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.lbl_heading = role_label(self.tr("The vault is locked"), "heading")
        layout.addWidget(self.lbl_heading)
        self.lbl_file = role_label("", "subheading", wrap=True)
        self.lbl_folder = role_label("", "muted", wrap=True)
        layout.addWidget(self.lbl_file)
        layout.addWidget(self.lbl_folder)
        layout.addSpacing(6)
        layout.addWidget(role_label(self.tr("Password"), "fieldname"))
        self.edt_password = QLineEdit()
        self.edt_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.edt_password.returnPressed.connect(self.unlock)
        layout.addWidget(self.edt_password)
        self.lbl_hint = role_label("", "muted", wrap=True)
        self.lbl_hint.hide()
        layout.addWidget(self.lbl_hint)
        self.lbl_error = role_label("", "error", wrap=True)
        self.lbl_error.hide()
        layout.addWidget(self.lbl_error)
        self.bar_busy = QProgressBar()
        self.bar_busy.setRange(0, 0)
        self.bar_busy.setTextVisible(False)
        self.bar_busy.setFixedHeight(6)
        self.bar_busy.hide()
        layout.addWidget(self.bar_busy)
        layout.addLayout(self._build_unlock_row())
        layout.addSpacing(8)
        links = QHBoxLayout()
        self.btn_open_other = QPushButton(self.tr("Open another vault..."))
        self.btn_create = QPushButton(self.tr("Create a new vault..."))
        for button in (self.btn_open_other, self.btn_create):
            set_role(button, "link")
            links.addWidget(button)
        links.addStretch(1)
        self.btn_open_other.clicked.connect(self.open_other_requested)
        self.btn_create.clicked.connect(self.create_requested)
        layout.addLayout(links)

    def _build_unlock_row(self) -> QHBoxLayout:
        """Forgot password? on the left, Unlock on the right."""
        row = QHBoxLayout()
        self.btn_forgot = QPushButton(self.tr("Forgot password?"))
        set_role(self.btn_forgot, "link")
        self.btn_forgot.clicked.connect(self.forgot_password)
        row.addWidget(self.btn_forgot)
        row.addStretch(1)
        self.btn_unlock = QPushButton(self.tr("Unlock"))
        set_role(self.btn_unlock, "primary")
        self.btn_unlock.setDefault(True)
        self.btn_unlock.clicked.connect(self.unlock)
        row.addWidget(self.btn_unlock)
        return row

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path) -> None:
        self._path = path
        self.lbl_file.setText(path.name)
        self.lbl_folder.setText(self.tr("in %1").replace("%1", str(path.parent)))
        self.show_error("")
        self._refuse_a_non_vault(path)

    def _refuse_a_non_vault(self, path: Path) -> None:
        """A file that plainly is no vault is refused before a password is typed."""
        try:
            CaseFile.check_file(path)
        except NotAVaultError as exc:
            self.show_error(error_message(exc) + " "
                            + self.tr("Choose another vault with \"Open another vault...\"."))
            refused = True
        else:
            refused = False
        self.edt_password.setEnabled(not refused)
        self.btn_unlock.setEnabled(not refused)
        self.btn_forgot.setEnabled(not refused)

    def show_hint(self, text: str) -> None:
        self.lbl_hint.setText(text)
        self.lbl_hint.setVisible(bool(text))

    def focus_password(self) -> None:
        self.edt_password.setFocus()

    def show_error(self, text: str) -> None:
        self.lbl_error.setText(text)
        self.lbl_error.setVisible(bool(text))

    @property
    def is_busy(self) -> bool:
        return self._op is not None

    def unlock(self) -> None:
        if self._op is not None or self._path is None:
            return
        password = self.edt_password.text()
        if not password:
            self.show_error(self.tr("Type the password of this vault."))
            return
        path = self._path
        self.show_error("")
        self._set_busy(True)
        self._op = BackgroundOp(lambda _progress, _cancelled: _open_for_window(path, password),
                               self)
        self._op.on_success(self._opened).on_failure(self._failed).start()

    def forgot_password(self) -> None:
        """Restore a backup with the recovery code into a new vault file, then open it."""
        if self._op is not None or self._path is None:
            return
        request, accepted = ForgotPasswordDialog.get_request(self, self._path)
        if not accepted or request is None:
            return
        self.show_error("")
        self._set_busy(True)
        self._op = BackgroundOp(lambda _progress, _cancelled: _restore_and_open(request), self)
        self._op.on_success(self._opened).on_failure(self._failed).start()

    def _set_busy(self, busy: bool) -> None:
        self.bar_busy.setVisible(busy)
        for widget in (self.edt_password, self.btn_unlock, self.btn_open_other, self.btn_create,
                       self.btn_forgot):
            widget.setEnabled(not busy)

    def abandon(self) -> None:
        """The window closes: a vault that still gets opened is closed right away."""
        if self._op is not None:
            self._op.detach(cleanup=lambda vault: vault.close())
            self._op = None

    def _opened(self, vault: CaseFile) -> None:
        self._op = None
        self._set_busy(False)
        self.edt_password.clear()
        if vault.notices:
            QMessageBox.information(self, self.tr("Opened"), "\n\n".join(
                message_lines(vault.notices)))
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self._set_busy(False)
        self.edt_password.selectAll()
        self.edt_password.setFocus()
        self.show_error(error_message(exc))
