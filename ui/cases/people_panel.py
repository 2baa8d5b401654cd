"""People and roles in one case: a table, "Add person", "Edit…", "Remove from this
case…" and, for someone in no other case, "Delete person"."""

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
from app.domain import Participant
from ui.cases.accounts_dialog import AccountsDialog
from ui.cases.identity_dialog import IdentityDialog, WhoIsThisDialog
from ui.cases.participants_model import (
    COL_GROUP,
    COL_NAME,
    COL_NOTE,
    COL_ROLE,
    ParticipantTableModel,
)
from ui.cases.person_dialog import PersonDialog
from ui.cases.person_edit_dialog import PersonEditDialog
from ui.common.removal_dialog import RemovalDialog
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
        self.btn_edit = QPushButton(self.tr("Edit…"))
        self.btn_remove = QPushButton(self.tr("Remove from this case…"))
        self.btn_delete = QPushButton(self.tr("Delete person…"))
        self.btn_delete.setToolTip(self.tr(
            "Added by mistake and in no other case: delete the person, with their names and "
            "accounts, from the vault"))
        self.btn_forms = QPushButton(self.tr("Names and accounts…"))
        self.btn_forms.setToolTip(self.tr(
            "Nicknames, accounts, phone numbers and e-mail addresses of this person: a "
            "pseudonymised dossier hides them all"))
        self.btn_accounts = QPushButton(self.tr("Accounts…"))
        self.btn_accounts.setToolTip(self.tr(
            "The accounts in this case's evidence and who is behind each one"))
        self.btn_accounts.clicked.connect(self.edit_accounts)
        self.btn_who = QPushButton(self.tr("Who is this?"))
        self.btn_who.setToolTip(self.tr(
            "Senders and accounts in the evidence that are linked to nobody"))
        self.btn_add.clicked.connect(self.add_person)
        self.btn_edit.clicked.connect(self.edit_selected)
        self.btn_remove.clicked.connect(self.remove_selected)
        self.btn_delete.clicked.connect(self.delete_selected)
        self.btn_forms.clicked.connect(self.edit_forms)
        self.btn_who.clicked.connect(self.who_is_this)
        buttons.addWidget(self.btn_add)
        buttons.addWidget(self.btn_edit)
        buttons.addWidget(self.btn_forms)
        buttons.addWidget(self.btn_accounts)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_who)
        layout.addLayout(buttons)
        # corrections on a row of their own: rarer, and they delete
        removals = QHBoxLayout()
        removals.addWidget(self.btn_remove)
        removals.addWidget(self.btn_delete)
        removals.addStretch(1)
        layout.addLayout(removals)
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
        self.btn_accounts.setEnabled(self._case_id is not None)
        selected = self.selected()
        for button in (self.btn_edit, self.btn_remove, self.btn_forms):
            button.setEnabled(selected is not None)
        # only someone who appears in no other case can be deleted from the vault
        self.btn_delete.setVisible(selected is not None and not self._vault.people.other_cases(
            selected.person.id, self._case_id))

    def selected(self) -> Participant | None:
        rows = self.tbl_people.selectionModel().selectedRows()
        return self.model.participant_at(rows[0].row()) if rows else None

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

    def edit_accounts(self) -> None:
        if self._case_id is None:
            return
        dialog = AccountsDialog(self._vault, self._case_id, self)
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

    def edit_selected(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        others = self._vault.people.other_cases(participant.person.id, self._case_id)
        edit, accepted = PersonEditDialog.get_edit(self, participant, others)
        if not accepted or edit is None:
            return
        try:
            with self._vault.batch():
                self._vault.people.rename(participant.person.id, edit.name, edit.group_name,
                                          keep_old_name=edit.keep_old_name)
                self._vault.people.change_role(participant.id, edit.role)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.reload()
        self.changed.emit()

    def remove_selected(self) -> None:
        participant = self.selected()
        if participant is None or self._case_id is None:
            return
        name = participant.person.name
        reason, accepted = RemovalDialog.get_reason(
            self, self.tr("Remove %1 from this case").replace("%1", name),
            self.tr("%1 is taken out of this case in every role, with the links to this "
                    "case's evidence.").replace("%1", name),
            self.tr("The person stays in the vault, with their names and accounts, and in "
                    "any other case. The audit log keeps your reason."),
            self.tr("Remove from this case"),
            draft_key=f"person-remove/case:{self._case_id}/person:{participant.person.id}")
        if not accepted or reason is None:
            return
        try:
            self._vault.people.remove_person_from_case(self._case_id, participant.person.id,
                                                       reason)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.reload()
        self.changed.emit()

    def delete_selected(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        name = participant.person.name
        reason, accepted = RemovalDialog.get_reason(
            self, self.tr("Delete %1").replace("%1", name),
            self.tr("%1 is deleted from the vault for good: the name, the group, every role "
                    "in this case and every nickname, account, phone number and e-mail "
                    "address in the register.").replace("%1", name),
            self.tr("The audit log keeps only that a person was deleted, when and why."),
            self.tr("Delete for good"), draft_key=f"person-delete/person:{participant.person.id}")
        if not accepted or reason is None:
            return
        try:
            self._vault.people.delete(participant.person.id, reason, self._case_id)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.reload()
        self.changed.emit()
