"""What the counsellor writes about an item: platform, URLs, accounts, the time shown
in the content, description, who it was collected with, what was done after. Every
save becomes a new version in the core; earlier versions stay readable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.evidence import Account, Action, Circulation, EvidenceItem, EvidenceMetadata
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.evidence.labels import PLATFORMS, action_label


class AccountsTable(QTableWidget):
    """Handle + display name per row; an empty last row is always there to type into."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Handle (@name)"), self.tr("Display name")])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setShowGrid(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setMinimumHeight(84)
        self.setMaximumHeight(124)
        self._loading = False
        self.itemChanged.connect(self._changed)
        self.set_accounts(())

    def set_accounts(self, accounts: tuple[Account, ...]) -> None:
        self._loading = True
        self.setRowCount(0)
        for account in accounts:
            self._append(account.handle, account.display_name)
        self._append("", "")
        self._loading = False

    def _append(self, handle: str, name: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(handle))
        self.setItem(row, 1, QTableWidgetItem(name))

    def accounts(self, platform: str) -> tuple[Account, ...]:
        found = []
        for row in range(self.rowCount()):
            handle = (self.item(row, 0).text() if self.item(row, 0) else "").strip()
            name = (self.item(row, 1).text() if self.item(row, 1) else "").strip()
            if handle or name:
                found.append(Account(handle, name, platform))
        return tuple(found)

    def _changed(self) -> None:
        if self._loading:
            return
        last = self.rowCount() - 1
        if last < 0 or any(self.item(last, c) and self.item(last, c).text().strip()
                           for c in (0, 1)):
            self._loading = True
            self._append("", "")
            self._loading = False
        self.edited.emit()


class MetadataForm(QFrame):
    """Editable fields; `edited` fires on every change, `metadata()` reads them back."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(6)
        outer.addWidget(role_label(self.tr("What you record about it"), "subheading"))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # fits a narrow column
        outer.addLayout(form)
        self.form = form
        self._build_fields(form)
        self.circulation = self._build_circulation()
        outer.addWidget(self.circulation)
        self._connect_edits()

    def _build_fields(self, form: QFormLayout) -> None:
        self.cmb_platform = QComboBox()
        self.cmb_platform.setEditable(True)
        self.cmb_platform.addItem("")
        self.cmb_platform.addItems(list(PLATFORMS))
        self.cmb_platform.lineEdit().setPlaceholderText(self.tr("e.g. Instagram"))
        self.edt_urls = QPlainTextEdit()
        self.edt_urls.setPlaceholderText(self.tr("One web address per line (post, profile)"))
        self.edt_urls.setFixedHeight(58)
        self.tbl_accounts = AccountsTable()
        self.edt_shown_at = QLineEdit()
        self.edt_shown_at.setPlaceholderText(
            self.tr("As shown on the screen, e.g. 'yesterday 21:14'"))
        self.edt_description = QPlainTextEdit()
        self.edt_description.setPlaceholderText(
            self.tr("What can be seen, in facts: who wrote what, to whom"))
        self.edt_description.setFixedHeight(86)
        self.edt_collected_with = QLineEdit()
        self.edt_collected_with.setPlaceholderText(self.tr("The student who showed it"))
        self.edt_device = QLineEdit()
        self.edt_device.setPlaceholderText(self.tr("e.g. the student's phone"))
        self.edt_student_account = QPlainTextEdit()
        self.edt_student_account.setPlaceholderText(self.tr(
            "What the student tells about this, in their own words"))
        self.edt_student_account.setFixedHeight(58)
        actions = self._build_actions()
        for caption, widget in ((self.tr("Platform"), self.cmb_platform),
                                (self.tr("Web addresses"), self.edt_urls),
                                (self.tr("Accounts"), self.tbl_accounts),
                                (self.tr("Date and time shown"), self.edt_shown_at),
                                (self.tr("Description"), self.edt_description),
                                (self.tr("Collected with"), self.edt_collected_with),
                                (self.tr("Device"), self.edt_device),
                                (self.tr("Done afterwards"), actions),
                                (self.tr("Student's account"), self.edt_student_account)):
            form.addRow(role_label(caption, "fieldname"), widget)

    def _build_actions(self) -> QWidget:
        """A check box per thing done afterwards (reported, blocked, deleted, ...)."""
        actions = QWidget()
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.setSpacing(2)
        self.chk_actions: dict[Action, QCheckBox] = {}
        for action in Action:
            box = QCheckBox(action_label(action))
            box.toggled.connect(self._edited)
            actions_layout.addWidget(box)
            self.chk_actions[action] = box
        return actions

    def _build_circulation(self) -> QWidget:
        """Where a described-only image went round."""
        circulation = QWidget()
        circ = QFormLayout(circulation)
        circ.setContentsMargins(0, 6, 0, 0)
        circ.setVerticalSpacing(8)
        circ.setHorizontalSpacing(16)
        circ.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.edt_where = QLineEdit()
        self.edt_groups = QLineEdit()
        self.edt_groups.setPlaceholderText(self.tr("Groups and chats, separated by commas"))
        self.edt_first_sender = QLineEdit()
        self.edt_first_seen = QLineEdit()
        self.edt_reach = QLineEdit()
        for caption, widget in ((self.tr("Where it circulated"), self.edt_where),
                                (self.tr("Groups and chats"), self.edt_groups),
                                (self.tr("First sender"), self.edt_first_sender),
                                (self.tr("First seen"), self.edt_first_seen),
                                (self.tr("Estimated reach"), self.edt_reach)):
            circ.addRow(role_label(caption, "fieldname"), widget)
        return circulation

    def _connect_edits(self) -> None:
        self.cmb_platform.currentTextChanged.connect(self._edited)
        self.tbl_accounts.edited.connect(self._edited)
        for edit in (self.edt_urls, self.edt_description, self.edt_student_account):
            edit.textChanged.connect(self._edited)
        for line in (self.edt_shown_at, self.edt_collected_with, self.edt_device,
                     self.edt_where, self.edt_groups, self.edt_first_sender,
                     self.edt_first_seen, self.edt_reach):
            line.textEdited.connect(self._edited)

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def show_item(self, item: EvidenceItem) -> None:
        self.show_metadata(item.metadata, described=not item.has_bytes)

    def show_metadata(self, meta: EvidenceMetadata, *, described: bool) -> None:
        self._loading = True
        try:
            self.cmb_platform.setCurrentText(meta.platform)
            self.edt_urls.setPlainText("\n".join(meta.urls))
            self.tbl_accounts.set_accounts(meta.accounts)
            self.edt_shown_at.setText(meta.shown_at)
            self.edt_description.setPlainText(meta.description)
            self.edt_collected_with.setText(meta.collected_with)
            self.edt_device.setText(meta.device)
            self.edt_student_account.setPlainText(meta.student_account)
            for action, box in self.chk_actions.items():
                box.setChecked(action in meta.actions)
            c = meta.circulation
            self.edt_where.setText(c.where)
            self.edt_groups.setText(", ".join(c.groups))
            self.edt_first_sender.setText(c.first_sender)
            self.edt_first_seen.setText(c.first_seen)
            self.edt_reach.setText(c.estimated_reach)
            self.circulation.setVisible(described or not c.is_empty)
        finally:
            self._loading = False

    def metadata(self) -> EvidenceMetadata:
        platform = self.cmb_platform.currentText().strip()
        return EvidenceMetadata(
            platform=platform,
            urls=tuple(line.strip() for line in self.edt_urls.toPlainText().splitlines()
                       if line.strip()),
            accounts=self.tbl_accounts.accounts(platform),
            shown_at=self.edt_shown_at.text().strip(),
            description=self.edt_description.toPlainText().strip(),
            collected_with=self.edt_collected_with.text().strip(),
            device=self.edt_device.text().strip(),
            actions=tuple(a for a, box in self.chk_actions.items() if box.isChecked()),
            circulation=Circulation(
                self.edt_where.text().strip(),
                tuple(g.strip() for g in self.edt_groups.text().split(",") if g.strip()),
                self.edt_first_sender.text().strip(), self.edt_first_seen.text().strip(),
                self.edt_reach.text().strip()),
            student_account=self.edt_student_account.toPlainText().strip(),
        )
