"""Correct a person: name and group (in every case), and their role in this case."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.domain import Participant, Role
from ui.common.form_dialog import FormDialog
from ui.common.labels import role_label
from ui.common.widgets import role_label as styled_label


@dataclass(frozen=True)
class PersonEdit:
    name: str
    group_name: str
    role: Role
    keep_old_name: bool


class PersonEditDialog(FormDialog):
    def __init__(self, parent: QWidget | None, participant: Participant,
                 other_cases: list[str]) -> None:
        super().__init__(self.tr("Edit person"), parent)
        self._participant = participant
        person = participant.person
        self.edt_name = QLineEdit(person.name)
        self.edt_group = QLineEdit(person.group_name)
        self.edt_group.setPlaceholderText(self.tr("e.g. group 6 or 2B"))
        self.cmb_role = QComboBox()
        for role in Role:
            self.cmb_role.addItem(role_label(role), role)
        self.cmb_role.setCurrentIndex(self.cmb_role.findData(participant.role))
        self.chk_keep = QCheckBox(self.tr("Keep the old name in the register"))
        self.chk_keep.setToolTip(self.tr(
            "Texts written with the old name stay hidden in a pseudonymised dossier"))
        self.chk_keep.setChecked(True)
        self.form.addRow(self.tr("Name"), self.edt_name)
        self.form.addRow("", self.chk_keep)
        self.form.addRow(self.tr("Group"), self.edt_group)
        self.form.addRow(self.tr("Role in this case"), self.cmb_role)
        where = (self.tr("The name and group change in every case this person is in: %1.")
                 .replace("%1", ", ".join(other_cases)) if other_cases else
                 self.tr("This person is in no other case."))
        self.form.addRow(styled_label(where, "muted", wrap=True))
        self.edt_name.textChanged.connect(self._name_changed)
        self._name_changed(person.name)

    def _name_changed(self, text: str) -> None:
        self.chk_keep.setEnabled(text.strip() != self._participant.person.name)

    def problem(self) -> str:
        if not self.edt_name.text().strip():
            return self.tr("Fill in a name.")
        return ""

    def value(self) -> PersonEdit:
        return PersonEdit(self.edt_name.text().strip(), self.edt_group.text().strip(),
                          Role(self.cmb_role.currentData()),
                          self.chk_keep.isEnabled() and self.chk_keep.isChecked())

    @classmethod
    def get_edit(cls, parent: QWidget | None, participant: Participant,
                 other_cases: list[str]) -> tuple[PersonEdit | None, bool]:
        dialog = cls(parent, participant, other_cases)
        dialog.draft_key = (f"person-edit/case:{participant.case_id}"
                            f"/person:{participant.person.id}")
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
