"""The identity register in the window: a person's nicknames, accounts, phone numbers and
e-mail addresses (IdentityDialog), and "Who is this?" for senders and accounts in the
evidence that nobody is linked to (WhoIsThisDialog). What is listed here is hidden in a
pseudonymised dossier."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.domain import Participant, Person
from app.errors import PestdossierError
from app.identities import FormKind, IdentityForm, UnlinkedIdentifier
from ui.common.drafts import GuardsTypedText
from ui.common.messages import message_text
from ui.common.widgets import role_label


def _kind_label(kind: FormKind) -> str:
    texts = {
        FormKind.NICKNAME: QCoreApplication.translate("IdentityDialog", "Nickname"),
        FormKind.ACCOUNT: QCoreApplication.translate("IdentityDialog", "Account"),
        FormKind.PHONE: QCoreApplication.translate("IdentityDialog", "Phone number"),
        FormKind.EMAIL: QCoreApplication.translate("IdentityDialog", "E-mail address"),
    }
    return texts[kind]


def _form_text(form: IdentityForm) -> str:
    value = f"@{form.value}" if form.kind is FormKind.ACCOUNT else form.value
    extra = ", ".join(t for t in (form.platform, form.display_name, form.url) if t)
    return f"{_kind_label(form.kind)}: {value}" + (f" ({extra})" if extra else "")


class _Dialog(GuardsTypedText, QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_main = QVBoxLayout(self)
        self.layout_main.setContentsMargins(24, 20, 24, 18)
        self.layout_main.addWidget(role_label(title, "heading"))
        self.lbl_error = role_label("", "error", wrap=True)
        self.lbl_error.hide()

    def finish_layout(self) -> None:
        self.layout_main.addWidget(self.lbl_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("IdentityDialog", "Close"))
        buttons.rejected.connect(self.reject)
        self.layout_main.addWidget(buttons)

    def show_error(self, exc: PestdossierError) -> None:
        self.lbl_error.setText(message_text(exc.as_message()))
        self.lbl_error.show()


class IdentityDialog(_Dialog):
    """Every form of one person; what is added here disappears from pseudonymised dossiers."""

    def __init__(self, vault: CaseFile, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Names and accounts of %1").replace("%1", person.name), parent)
        self._vault = vault
        self._person = person
        self.layout_main.addWidget(role_label(self.tr(
            "Nicknames, diminutives, accounts, phone numbers and e-mail addresses by which "
            "this person can be recognised. A pseudonymised dossier hides all of them."),
            "muted", wrap=True))
        self.lst_forms = QListWidget()
        self.layout_main.addWidget(self.lst_forms, 1)
        self.btn_remove = QPushButton(self.tr("Remove"))
        self.btn_remove.clicked.connect(self.remove_selected)
        self.btn_change = QPushButton(self.tr("Save change"))
        self.btn_change.setToolTip(self.tr("Correct the selected form with the fields below"))
        self.btn_change.clicked.connect(self.change_selected)
        self.lst_forms.currentItemChanged.connect(self._fill_from_selected)
        row = QHBoxLayout()
        row.addWidget(self.btn_remove)
        row.addWidget(self.btn_change)
        row.addStretch(1)
        self.layout_main.addLayout(row)
        grid = QGridLayout()
        self.cmb_kind = QComboBox()
        for kind in FormKind:
            self.cmb_kind.addItem(_kind_label(kind), kind)
        self.edt_value = QLineEdit()
        self.edt_value.setPlaceholderText(self.tr("e.g. Kimmetje, @kim.post, 06-12345678"))
        self.edt_platform = QLineEdit()
        self.edt_platform.setPlaceholderText(self.tr("platform (accounts)"))
        self.edt_display = QLineEdit()
        self.edt_display.setPlaceholderText(self.tr("name the account shows"))
        self.edt_url = QLineEdit()
        self.edt_url.setPlaceholderText(self.tr("profile address"))
        self.btn_add = QPushButton(self.tr("Add"))
        self.btn_add.clicked.connect(self.add_form)
        grid.addWidget(self.cmb_kind, 0, 0)
        grid.addWidget(self.edt_value, 0, 1, 1, 2)
        grid.addWidget(self.btn_add, 0, 3)
        grid.addWidget(self.edt_platform, 1, 0)
        grid.addWidget(self.edt_display, 1, 1)
        grid.addWidget(self.edt_url, 1, 2)
        self.layout_main.addLayout(grid)
        self.finish_layout()
        self.reload()

    def reload(self) -> None:
        self.lst_forms.clear()
        for form in self._vault.identities.forms_of(self._person.id):
            item = QListWidgetItem(_form_text(form))
            item.setData(Qt.ItemDataRole.UserRole, form.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, form)
            self.lst_forms.addItem(item)
        self.btn_remove.setEnabled(self.lst_forms.count() > 0)
        self.btn_change.setEnabled(False)

    def _fill_from_selected(self, item: QListWidgetItem | None) -> None:
        """A selected form fills the fields, so it can be corrected and saved."""
        self.btn_change.setEnabled(item is not None)
        if item is None:
            return
        form: IdentityForm = item.data(Qt.ItemDataRole.UserRole + 1)
        self.cmb_kind.setCurrentIndex(self.cmb_kind.findData(form.kind))
        self.edt_value.setText(form.value)
        self.edt_platform.setText(form.platform)
        self.edt_display.setText(form.display_name)
        self.edt_url.setText(form.url)

    def change_selected(self) -> None:
        item = self.lst_forms.currentItem()
        if item is None:
            return
        try:
            self._vault.identities.update(
                int(item.data(Qt.ItemDataRole.UserRole)), self.edt_value.text(),
                platform=self.edt_platform.text(), display_name=self.edt_display.text(),
                url=self.edt_url.text())
        except PestdossierError as exc:
            self.show_error(exc)
            return
        self.lbl_error.hide()
        for edit in (self.edt_value, self.edt_platform, self.edt_display, self.edt_url):
            edit.clear()
        self.reload()

    def add_form(self) -> None:
        try:
            self._vault.identities.add(
                self._person.id, FormKind(self.cmb_kind.currentData()), self.edt_value.text(),
                platform=self.edt_platform.text(), display_name=self.edt_display.text(),
                url=self.edt_url.text())
        except PestdossierError as exc:
            self.show_error(exc)
            return
        self.lbl_error.hide()
        for edit in (self.edt_value, self.edt_platform, self.edt_display, self.edt_url):
            edit.clear()
        self.reload()

    def remove_selected(self) -> None:
        item = self.lst_forms.currentItem()
        if item is None:
            return
        self._vault.identities.remove(int(item.data(Qt.ItemDataRole.UserRole)))
        self.reload()


class WhoIsThisDialog(_Dialog):
    """Senders and accounts in the evidence that nobody is linked to: say who each is."""

    def __init__(self, vault: CaseFile, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who is this?"), parent)
        self._vault = vault
        self._case_id = case_id
        self.layout_main.addWidget(role_label(self.tr(
            "These senders and accounts appear in the evidence but are linked to nobody. "
            "A pseudonymised dossier calls them 'onbekend account 1', and so on. Link each "
            "to the person it belongs to."), "muted", wrap=True))
        self.rows = QVBoxLayout()
        self.layout_main.addLayout(self.rows)
        self.lbl_done = role_label(self.tr("Everyone in the evidence is linked to a person."),
                                   "muted", wrap=True)
        self.layout_main.addWidget(self.lbl_done)
        self.finish_layout()
        self.reload()

    def reload(self) -> None:
        while self.rows.count():
            row = self.rows.takeAt(0)
            if row is not None and row.widget() is not None:
                row.widget().deleteLater()
        unlinked = self._vault.identities.register(self._case_id).unlinked
        people = self._vault.people.for_case(self._case_id)
        for found in unlinked:
            self.rows.addWidget(self._row(found, people))
        self.lbl_done.setVisible(not unlinked)

    def _row(self, found: UnlinkedIdentifier, people: list[Participant]) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        where = ", ".join(found.sources)
        line.addWidget(QLabel(f"{found.value} ({found.platform or '-'}; {where})"), 1)
        combo = QComboBox()
        for p in {p.person.id: p for p in people}.values():
            combo.addItem(p.person.name, p.person.id)
        button = QPushButton(self.tr("Link"))
        button.clicked.connect(lambda: self.link(found, int(combo.currentData())))
        line.addWidget(combo)
        line.addWidget(button)
        return row

    def link(self, found: UnlinkedIdentifier, person_id: int) -> None:
        try:
            self._vault.identities.link(person_id, found)
        except PestdossierError as exc:
            self.show_error(exc)
            return
        self.reload()
