"""People and roles in one case: a table, "Add person" and "Remove"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from ui.cases.identity_dialog import IdentityDialog, WhoIsThisDialog
from ui.cases.participants_model import (
    COL_GROUP,
    COL_NAME,
    COL_NOTE,
    COL_ROLE,
    ParticipantTableModel,
)
from ui.cases.person_dialog import PersonDialog
from ui.common.confirm import Confirm
from ui.common.labels import role_label
from ui.common.widgets import TableOrEmpty, list_table


class PeoplePanel(QWidget):
    changed = Signal()
    failed = Signal(object)  # an exception for the window to report

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._case_id: int | None = None
        self.model = ParticipantTableModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        buttons = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("Add person"))
        self.btn_remove = QPushButton(self.tr("Remove"))
        self.btn_forms = QPushButton(self.tr("Names and accounts…"))
        self.btn_forms.setToolTip(self.tr(
            "Nicknames, accounts, phone numbers and e-mail addresses of this person: a "
            "pseudonymised dossier hides them all"))
        self.btn_who = QPushButton(self.tr("Who is this?"))
        self.btn_who.setToolTip(self.tr(
            "Senders and accounts in the evidence that are linked to nobody"))
        self.btn_add.clicked.connect(self.add_person)
        self.btn_remove.clicked.connect(self.remove_selected)
        self.btn_forms.clicked.connect(self.edit_forms)
        self.btn_who.clicked.connect(self.who_is_this)
        buttons.addWidget(self.btn_add)
        buttons.addWidget(self.btn_remove)
        buttons.addWidget(self.btn_forms)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_who)
        layout.addLayout(buttons)
        self.tbl_people = list_table(self.model)
        self.tbl_people.verticalHeader().setDefaultSectionSize(32)
        header = self.tbl_people.horizontalHeader()
        for column in (COL_NAME, COL_ROLE, COL_GROUP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.tbl_people.selectionModel().selectionChanged.connect(self._update_buttons)
        self.stk_people = TableOrEmpty(self.tbl_people, self.tr(
            "Nobody has been added yet. Click 'Add person' to record who is involved and "
            "in which role."))
        self.lbl_empty = self.stk_people.lbl_empty
        layout.addWidget(self.stk_people, 1)
        self._update_buttons()
        self._update_who()

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        if self._case_id is None:
            self.model.clear()
        else:
            self.model.set_participants(self._vault.people.for_case(self._case_id))
        self.stk_people.refresh()
        self._update_buttons()
        self._update_who()

    def _update_buttons(self) -> None:
        self.btn_add.setEnabled(self._case_id is not None)
        selected = self.tbl_people.selectionModel().hasSelection()
        self.btn_remove.setEnabled(selected)
        self.btn_forms.setEnabled(selected)

    def _update_who(self) -> None:
        """Read on reload only: the register reads every evidence item's metadata."""
        unlinked = 0 if self._case_id is None else len(
            self._vault.identities.register(self._case_id).unlinked)
        self.btn_who.setVisible(unlinked > 0)
        self.btn_who.setText(self.tr("Who is this? (%1)").replace("%1", str(unlinked)))

    def edit_forms(self) -> None:
        rows = self.tbl_people.selectionModel().selectedRows()
        if not rows:
            return
        person = self.model.participant_at(rows[0].row()).person
        dialog = IdentityDialog(self._vault, person, self)
        dialog.draft_key = f"identity/person:{person.id}"
        dialog.exec()
        dialog.deleteLater()
        self.reload()
        self.changed.emit()

    def who_is_this(self) -> None:
        if self._case_id is None:
            return
        dialog = WhoIsThisDialog(self._vault, self._case_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.reload()
        self.changed.emit()

    def add_person(self) -> None:
        if self._case_id is None:
            return
        form, accepted = PersonDialog.get_participant(
            self, self._vault.people.find, draft_key=f"person-new/case:{self._case_id}")
        if not accepted or form is None:
            return
        try:
            if form.person_id is None:
                self._vault.people.add_new_to_case(self._case_id, form.name, form.role,
                                                   form.group_name, form.note)
            else:
                self._vault.people.add_to_case(self._case_id, form.person_id, form.role,
                                               form.note)
        except Exception as exc:  # shown as one translated sentence
            self.failed.emit(exc)
            return
        self.reload()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = self.tbl_people.selectionModel().selectedRows()
        if not rows:
            return
        participant = self.model.participant_at(rows[0].row())
        yes, _ = Confirm.ask(
            self, self.tr("Remove person"),
            self.tr("Remove %1 (%2) from this case? The person stays in the vault.")
            .replace("%1", participant.person.name).replace("%2", role_label(participant.role)),
            self.tr("Remove"))
        if not yes:
            return
        try:
            self._vault.people.remove_from_case(participant.id)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.reload()
        self.changed.emit()
