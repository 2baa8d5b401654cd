"""The compact form of the guided session for one collected item: platform (detected
for a chat export, suggested from the previous item for anything else, confirmed by
saving), the accounts shown (picked from the case's accounts, or added to them), the
web address, the date and time shown, what was done afterwards and what the student
tells about it. Who was present and the device come from the session, once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.accounts import CaseAccount
from app.casefile import CaseFile
from app.evidence import Account, Action, EvidenceItem, EvidenceKind, EvidenceMetadata
from ui.common.errors import error_message
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.evidence.labels import PLATFORMS, action_label, kind_label

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole


def detected_platform(item: EvidenceItem, chat_variant: str | None) -> str:
    """A chat export names its platform; other items do not."""
    if item.kind is not EvidenceKind.CHAT:
        return ""
    return "Telegram" if "telegram" in (chat_variant or "").lower() else "WhatsApp"


def _as_account(account: CaseAccount) -> Account:
    handle = f"@{account.handle}" if account.handle else ""
    return Account(handle, account.display_name, account.platform)


def _same(a: Account, b: Account) -> bool:
    """The same account: the same handle, or without handles the same display name."""
    ha, hb = a.handle.lstrip("@").casefold(), b.handle.lstrip("@").casefold()
    if ha or hb:
        return ha == hb
    return a.display_name.casefold() == b.display_name.casefold()


class SessionItemForm(QWidget):
    """Details of one item; `saved` carries the item as stored after "Save details"."""

    saved = Signal(object)  # EvidenceItem
    platform_changed = Signal(str)

    def __init__(self, vault: CaseFile, case_id: int, who: Callable[[], tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        """`who` gives the session's (student present, device), stored on every item."""
        super().__init__(parent)
        self._vault = vault
        self._case_id = case_id
        self._who = who
        self.item: EvidenceItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.lbl_item = role_label("", "fieldname", wrap=True)
        self.lbl_hint = role_label("", "muted", wrap=True)
        layout.addWidget(self.lbl_item)
        layout.addWidget(self.lbl_hint)
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 6, 0)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow screen
        self._build_fields(form)
        scroll = QScrollArea()  # the save button below stays in view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(fields)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget"
                             " { background: transparent; }")
        scroll.setMinimumWidth(fields.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.lbl_error = role_label("", "error", wrap=True)
        self.btn_save = QPushButton(self.tr("Save details"))
        set_role(self.btn_save, "primary")
        self.btn_save.clicked.connect(self.save)
        row.addWidget(self.lbl_error, 1)
        row.addWidget(self.btn_save)
        layout.addLayout(row)
        self.show_item(None)

    # ------------------------------------------------------------- building
    def _build_fields(self, form: QFormLayout) -> None:
        self.cmb_platform = QComboBox()
        self.cmb_platform.setEditable(True)
        self.cmb_platform.addItem("")
        self.cmb_platform.addItems(list(PLATFORMS))
        self.cmb_platform.lineEdit().setPlaceholderText(self.tr("e.g. Instagram"))
        self.cmb_platform.currentTextChanged.connect(self.platform_changed)
        self.edt_url = QLineEdit()
        self.edt_url.setPlaceholderText(self.tr("Web address of the message, post or profile"))
        self.edt_shown_at = QLineEdit()
        self.edt_shown_at.setPlaceholderText(
            self.tr("As shown, e.g. '14-11 22:10' or 'Friday around 22:00'"))
        form.addRow(role_label(self.tr("Platform"), "fieldname"), self.cmb_platform)
        form.addRow(role_label(self.tr("Accounts shown"), "fieldname"), self._accounts_box())
        form.addRow(role_label(self.tr("Web address"), "fieldname"), self.edt_url)
        form.addRow(role_label(self.tr("Date and time shown"), "fieldname"), self.edt_shown_at)
        form.addRow(role_label(self.tr("Done afterwards"), "fieldname"), self._actions_box())
        self.edt_story = QPlainTextEdit()
        self.edt_story.setPlaceholderText(self.tr(
            "What the student tells about this, in their own words"))
        self.edt_story.setFixedHeight(48)
        form.addRow(role_label(self.tr("Student's account"), "fieldname"), self.edt_story)

    def _accounts_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.lst_accounts = QListWidget()
        self.lst_accounts.setFixedHeight(52)
        column.addWidget(self.lst_accounts)
        new = QGridLayout()
        new.setSpacing(4)
        self.edt_handle = QLineEdit()
        self.edt_handle.setPlaceholderText(self.tr("@name"))
        self.edt_display = QLineEdit()
        self.edt_display.setPlaceholderText(self.tr("Display name"))
        self.btn_add_account = QPushButton(self.tr("Add account"))
        self.btn_add_account.setToolTip(self.tr(
            "Adds the account to this case's accounts and marks it as shown here"))
        self.btn_add_account.clicked.connect(self.add_account)
        self.edt_handle.returnPressed.connect(self.add_account)
        new.addWidget(self.edt_handle, 0, 0)
        new.addWidget(self.edt_display, 0, 1)
        new.addWidget(self.btn_add_account, 1, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        new.setColumnStretch(0, 1)
        new.setColumnStretch(1, 1)
        column.addLayout(new)
        return box

    def _actions_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.chk_actions: dict[Action, QCheckBox] = {}
        for n, action in enumerate(Action):
            check = QCheckBox(action_label(action))
            grid.addWidget(check, n, 0)
            self.chk_actions[action] = check
        return box

    # ------------------------------------------------------------- state
    def show_item(self, item: EvidenceItem | None, suggestion: str = "",
                  detected: bool = False) -> None:
        """Fill the form for `item`; an empty platform gets `suggestion`."""
        self.item = item
        for widget in (self.cmb_platform, self.lst_accounts, self.edt_url, self.edt_shown_at,
                       self.edt_story, self.edt_handle, self.edt_display,
                       self.btn_add_account, self.btn_save, *self.chk_actions.values()):
            widget.setEnabled(item is not None)
        self.lbl_error.clear()
        if item is None:
            self.lbl_item.setText(self.tr("Add an item; its details are asked here."))
            self._set_hint("")
            return
        name = item.original_name or item.metadata.description.split("\n")[0]
        self.lbl_item.setText(f"{item.label} · {kind_label(item.kind)} · {name}")
        meta = item.metadata
        self.cmb_platform.setCurrentText(meta.platform or suggestion)
        self._set_hint(self._hint(meta.platform, suggestion, detected))
        self.edt_url.setText(meta.urls[0] if meta.urls else "")
        self.edt_shown_at.setText(meta.shown_at)
        self.edt_story.setPlainText(meta.student_account)
        for action, check in self.chk_actions.items():
            check.setChecked(action in meta.actions)
        self.reload_accounts(meta.accounts)

    def _set_hint(self, text: str) -> None:
        self.lbl_hint.setText(text)
        self.lbl_hint.setVisible(bool(text))

    def _hint(self, stored: str, suggestion: str, detected: bool) -> str:
        if detected:
            return self.tr("Platform recognised from the export.")
        if not stored and suggestion:
            return self.tr("Platform suggested from the previous item: check it, then save.")
        return ""

    def reload_accounts(self, checked: tuple[Account, ...] | None = None) -> None:
        """The case's accounts, with a tick at those shown in this item."""
        if checked is None:
            checked = self._checked_accounts()
        self.lst_accounts.clear()
        listed = [_as_account(a) for a in self._vault.accounts.list(self._case_id)]
        extra = [a for a in checked if not any(_same(a, b) for b in listed)]
        for account in listed + extra:
            text = account.handle or account.display_name
            if account.handle and account.display_name:
                text += f" ({account.display_name})"
            if account.platform:
                text += f" · {account.platform}"
            entry = QListWidgetItem(text)
            entry.setData(ACCOUNT_ROLE, account)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if any(_same(account, c) for c in checked)
                                else Qt.CheckState.Unchecked)
            self.lst_accounts.addItem(entry)

    def _checked_accounts(self) -> tuple[Account, ...]:
        found = []
        for row in range(self.lst_accounts.count()):
            entry = self.lst_accounts.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                found.append(entry.data(ACCOUNT_ROLE))
        return tuple(found)

    def add_account(self) -> None:
        """A new account: into the case's list, and ticked for this item."""
        handle, name = self.edt_handle.text().strip(), self.edt_display.text().strip()
        platform = self.cmb_platform.currentText().strip()
        if self._vault.accounts.find(self._case_id, platform, handle) is None or not handle:
            try:
                self._vault.accounts.add(self._case_id, platform, handle, display_name=name)
            except Exception as exc:
                self.lbl_error.setText(error_message(exc))
                return
        new = Account(f"@{handle.lstrip('@')}" if handle else "", name, platform)
        self.reload_accounts((*self._checked_accounts(), new))
        self.edt_handle.clear()
        self.edt_display.clear()
        self.lbl_error.clear()

    def metadata(self, present: str, device: str) -> EvidenceMetadata:
        """The item's metadata with this form's fields and the session's who and device."""
        assert self.item is not None
        meta = self.item.metadata
        platform = self.cmb_platform.currentText().strip()
        url = self.edt_url.text().strip()
        urls = (url, *(u for u in meta.urls[1:] if u != url)) if url else meta.urls[1:]
        accounts = tuple(Account(a.handle, a.display_name, a.platform or platform)
                         for a in self._checked_accounts())
        return replace(
            meta, platform=platform, urls=urls, accounts=accounts,
            shown_at=self.edt_shown_at.text().strip(),
            actions=tuple(a for a, c in self.chk_actions.items() if c.isChecked()),
            student_account=self.edt_story.toPlainText().strip(),
            collected_with=present or meta.collected_with, device=device or meta.device)

    def save(self) -> EvidenceItem | None:
        """Store the form as the item's next metadata version."""
        if self.item is None:
            return None
        try:
            stored = self._vault.evidence.update_metadata(self.item.id,
                                                          self.metadata(*self._who()))
        except Exception as exc:
            self.lbl_error.setText(error_message(exc))
            return None
        self.item = stored
        self.lbl_error.clear()
        self._set_hint(self.tr("Details saved."))
        self.saved.emit(stored)
        return stored
