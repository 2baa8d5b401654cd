"""The accounts of a case in the window: one table (platform, handle, display name,
profile address, whose), with fields below it and visible buttons to add, save a
change and remove. The evidence session picks its accounts from the same list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.accounts import CaseAccount
from app.casefile import CaseFile
from ui.common.errors import error_message
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.evidence.labels import PLATFORMS

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole


class AccountsDialog(QDialog):
    """Add, correct and remove the accounts of one case."""

    def __init__(self, vault: CaseFile, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._case_id = case_id
        self.setWindowTitle(self.tr("Accounts in this case"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(role_label(self.tr("Accounts in this case"), "heading"))
        layout.addWidget(role_label(self.tr(
            "The accounts seen in the evidence, and who is behind each one (or 'unknown'). "
            "The evidence details, the police manifest and search use this list."),
            "muted", wrap=True))
        self.tbl_accounts = QTableWidget(0, 5)
        self.tbl_accounts.setHorizontalHeaderLabels([
            self.tr("Platform"), self.tr("Handle"), self.tr("Display name"),
            self.tr("Profile address"), self.tr("Whose")])
        self.tbl_accounts.verticalHeader().hide()
        self.tbl_accounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl_accounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tbl_accounts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tbl_accounts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.tbl_accounts.itemSelectionChanged.connect(self._fill_from_selected)
        layout.addWidget(self.tbl_accounts, 1)
        layout.addLayout(self._fields())
        layout.addLayout(self._buttons())
        self.lbl_error = role_label("", "error", wrap=True)
        layout.addWidget(self.lbl_error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def _fields(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.cmb_platform = QComboBox()
        self.cmb_platform.setEditable(True)
        self.cmb_platform.addItem("")
        self.cmb_platform.addItems(list(PLATFORMS))
        self.cmb_platform.lineEdit().setPlaceholderText(self.tr("Platform"))
        self.edt_handle = QLineEdit()
        self.edt_handle.setPlaceholderText(self.tr("@name"))
        self.edt_display = QLineEdit()
        self.edt_display.setPlaceholderText(self.tr("Display name"))
        self.edt_url = QLineEdit()
        self.edt_url.setPlaceholderText(self.tr("Profile address"))
        self.cmb_person = QComboBox()
        for col, widget in enumerate((self.cmb_platform, self.edt_handle, self.edt_display,
                                      self.edt_url, self.cmb_person)):
            grid.addWidget(widget, 0, col)
        return grid

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("Add account"))
        set_role(self.btn_add, "primary")
        self.btn_change = QPushButton(self.tr("Save change"))
        self.btn_remove = QPushButton(self.tr("Remove"))
        self.btn_add.clicked.connect(self.add_account)
        self.btn_change.clicked.connect(self.change_selected)
        self.btn_remove.clicked.connect(self.remove_selected)
        row.addWidget(self.btn_add)
        row.addWidget(self.btn_change)
        row.addWidget(self.btn_remove)
        row.addStretch(1)
        return row

    def reload(self) -> None:
        self.cmb_person.clear()
        self.cmb_person.addItem(self.tr("unknown"), None)
        seen: set[int] = set()
        for p in self._vault.people.for_case(self._case_id):
            if p.person.id not in seen:
                seen.add(p.person.id)
                self.cmb_person.addItem(p.person.name, p.person.id)
        accounts = self._vault.accounts.list(self._case_id)
        self.tbl_accounts.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            texts = (account.platform, f"@{account.handle}" if account.handle else "",
                     account.display_name, account.url,
                     account.person_name or self.tr("unknown"))
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)  # a profile address rarely fits its column
                cell.setData(ACCOUNT_ROLE, account)
                self.tbl_accounts.setItem(row, col, cell)
        self._update_buttons()

    def selected(self) -> CaseAccount | None:
        cells = self.tbl_accounts.selectedItems()
        return cells[0].data(ACCOUNT_ROLE) if cells else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.btn_change.setEnabled(chosen)
        self.btn_remove.setEnabled(chosen)

    def _fill_from_selected(self) -> None:
        account = self.selected()
        self._update_buttons()
        if account is None:
            return
        self.cmb_platform.setCurrentText(account.platform)
        self.edt_handle.setText(account.handle)
        self.edt_display.setText(account.display_name)
        self.edt_url.setText(account.url)
        self.cmb_person.setCurrentIndex(max(0, self.cmb_person.findData(account.person_id)))

    def _values(self) -> tuple[str, str, str, str, int | None]:
        """platform, handle, display name, profile address, person (None: unknown)."""
        return (self.cmb_platform.currentText(), self.edt_handle.text(),
                self.edt_display.text(), self.edt_url.text(), self.cmb_person.currentData())

    def add_account(self) -> None:
        platform, handle, name, url, person = self._values()
        self._run(lambda: self._vault.accounts.add(
            self._case_id, platform, handle, display_name=name, url=url, person_id=person))

    def change_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        platform, handle, name, url, person = self._values()
        self._run(lambda: self._vault.accounts.update(
            account.id, platform, handle, display_name=name, url=url, person_id=person))

    def remove_selected(self) -> None:
        account = self.selected()
        if account is not None:
            self._run(lambda: self._vault.accounts.remove(account.id))

    def _run(self, change: Callable[[], object]) -> None:
        try:
            change()
        except Exception as exc:
            self.lbl_error.setText(error_message(exc))
            return
        self.lbl_error.clear()
        for edit in (self.edt_handle, self.edt_display, self.edt_url):
            edit.clear()
        self.reload()
