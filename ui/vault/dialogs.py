"""Creating a vault (first start or "New vault...") and picking vault files.

`CreateVaultPanel` is a page of the main window rather than a modal dialog, so the
first start is simply the app's first screen. The file pickers are module functions
so tests patch one call.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casefile import VAULT_SUFFIX, CaseFile
from ui.common.errors import error_message
from ui.common.file_dialogs import get_open_file_name, get_save_file_name
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.common.workers import BackgroundOp
from ui.vault.password_field import NewPasswordField, password_problem

__all__ = ["CreateVaultPanel", "choose_existing_vault", "choose_new_vault", "password_problem"]


def _filter() -> str:
    return QCoreApplication.translate("VaultFiles", "Pestdossier vaults (*%1)").replace(
        "%1", VAULT_SUFFIX)


def choose_existing_vault(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for an existing vault file; None when the user cancels."""
    name, _ = get_open_file_name(
        parent, QCoreApplication.translate("VaultFiles", "Open vault"),
        str(start.parent if start else Path.home()), _filter())
    return Path(name) if name else None


def choose_new_vault(parent: QWidget | None, start: Path) -> Path | None:
    """Ask where a new vault goes (e.g. a USB stick); None when the user cancels."""
    name, _ = get_save_file_name(
        parent, QCoreApplication.translate("VaultFiles", "Where should the vault be stored?"),
        str(start), _filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == VAULT_SUFFIX else path.with_name(path.name + VAULT_SUFFIX)


class CreateVaultPanel(QWidget):
    """Location, password twice, optional name and school; creates off the GUI thread."""

    created = Signal(object)  # the new, open Vault
    back_requested = Signal()
    open_other_requested = Signal()

    def __init__(self, default_path: Path, *, can_go_back: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.lbl_heading = role_label(
            self.tr("Create a new vault") if can_go_back else self.tr("Welcome to Pestdossier"),
            "heading")
        layout.addWidget(self.lbl_heading)
        layout.addWidget(role_label(self.tr(
            "Pestdossier keeps every case encrypted in one vault file. Choose where it is "
            "stored and a strong password."), "muted", wrap=True))

        layout.addLayout(self._build_form(default_path))
        layout.addWidget(role_label(self.tr(
            "Keep the password somewhere safe. Without it nobody can open the vault, not "
            "even the IT administrator."), "muted", wrap=True))
        self.lbl_error = role_label("", "error", wrap=True)
        self.lbl_error.hide()
        layout.addWidget(self.lbl_error)
        self.bar_busy = QProgressBar()
        self.bar_busy.setRange(0, 0)
        self.bar_busy.setTextVisible(False)
        self.bar_busy.setFixedHeight(6)
        self.bar_busy.hide()
        layout.addWidget(self.bar_busy)
        layout.addLayout(self._build_buttons(can_go_back))

    def _build_form(self, default_path: Path) -> QFormLayout:
        """Location, password twice (with its strength), the counsellor's name, the school."""
        form = QFormLayout()
        form.setSpacing(8)
        self.edt_path = QLineEdit(str(default_path))
        self.btn_browse = QPushButton(self.tr("Browse..."))
        self.btn_browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.edt_path, 1)
        path_row.addWidget(self.btn_browse)
        form.addRow(self.tr("Location"), path_row)
        form.addRow(self.tr("Password"), self._build_password_box())
        self.edt_repeat = QLineEdit()
        self.edt_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.edt_repeat.returnPressed.connect(self._create)
        form.addRow(self.tr("Repeat password"), self.edt_repeat)
        self.edt_counsellor = QLineEdit()
        self.edt_counsellor.setPlaceholderText(self.tr("optional, appears in the audit log"))
        form.addRow(self.tr("Your name"), self.edt_counsellor)
        self.edt_school = QLineEdit()
        self.edt_school.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("School"), self.edt_school)
        return form

    def _build_password_box(self) -> NewPasswordField:
        self.password_field = NewPasswordField()
        self.edt_password = self.password_field.edt_password
        self.bar_strength = self.password_field.bar_strength
        self.lbl_strength = self.password_field.lbl_strength
        return self.password_field

    def _build_buttons(self, can_go_back: bool) -> QHBoxLayout:
        """Back (from 'open another') or 'open an existing vault' (on first start), Create."""
        buttons = QHBoxLayout()
        self.btn_back = QPushButton(self.tr("Back"))
        self.btn_back.clicked.connect(self.back_requested)
        self.btn_back.setVisible(can_go_back)
        self.btn_create = QPushButton(self.tr("Create vault"))
        set_role(self.btn_create, "primary")
        self.btn_create.setDefault(True)
        self.btn_create.clicked.connect(self._create)
        self.btn_open_other = QPushButton(self.tr("Open an existing vault..."))
        set_role(self.btn_open_other, "link")
        self.btn_open_other.clicked.connect(self.open_other_requested)
        self.btn_open_other.setVisible(not can_go_back)
        buttons.addWidget(self.btn_back)
        buttons.addWidget(self.btn_open_other)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_create)
        return buttons

    # ------------------------------------------------------------- behaviour
    def _browse(self) -> None:
        chosen = choose_new_vault(self, Path(self.edt_path.text() or Path.home()))
        if chosen is not None:
            self.edt_path.setText(str(chosen))

    def _show_error(self, text: str) -> None:
        self.lbl_error.setText(text)
        self.lbl_error.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.bar_busy.setVisible(busy)
        for widget in (self.btn_create, self.btn_back, self.btn_browse, self.btn_open_other,
                       self.edt_path, self.edt_password, self.edt_repeat, self.edt_counsellor,
                       self.edt_school):
            widget.setEnabled(not busy)

    def _create(self) -> None:
        if self._op is not None:
            return
        path_text = self.edt_path.text().strip()
        password = self.edt_password.text()
        if not path_text:
            self._show_error(self.tr("Choose where the vault is stored."))
            return
        problem = password_problem(password)
        if problem:
            self.password_field.update_strength(password)
            self._show_error(problem)
            self.edt_password.setFocus()
            return
        if password != self.edt_repeat.text():
            self._show_error(self.tr("The two passwords are not the same."))
            self.edt_repeat.setFocus()
            return
        path = Path(path_text)
        if path.suffix != VAULT_SUFFIX:
            path = path.with_name(path.name + VAULT_SUFFIX)
        counsellor, school = self.edt_counsellor.text(), self.edt_school.text()
        self._show_error("")
        self._set_busy(True)
        self._op = BackgroundOp(lambda _progress, _cancelled: CaseFile.create(
            path, password, counsellor=counsellor, school=school), self)
        self._op.on_success(self._created).on_failure(self._failed).start()

    def abandon(self) -> None:
        """The window closes: a vault that still gets opened is closed right away."""
        if self._op is not None:
            self._op.detach(cleanup=lambda vault: vault.close())
            self._op = None

    def _created(self, vault: CaseFile) -> None:
        self._op = None
        self._set_busy(False)
        self.edt_password.clear()
        self.edt_repeat.clear()
        self.created.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self._set_busy(False)
        self._show_error(error_message(exc))
