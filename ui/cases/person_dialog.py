"""Add a person to a case: pick someone already in the vault, or type a new name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.domain import Person, Role
from ui.common.form_dialog import FormDialog
from ui.common.labels import role_label
from ui.common.widgets import role_label as styled_label

FindPeople = Callable[[str], list[Person]]


@dataclass(frozen=True)
class ParticipantForm:
    person_id: int | None  # None: create a new person with `name` and `group_name`
    name: str
    group_name: str
    role: Role
    note: str


class PersonDialog(FormDialog):
    def __init__(self, parent: QWidget | None, find: FindPeople) -> None:
        super().__init__(self.tr("Add person"), parent, ok_text=self.tr("Add"))
        self._find = find
        self._chosen: Person | None = None
        self.edt_name = QLineEdit()
        self.edt_name.setPlaceholderText(self.tr("Type a name to search or add"))
        self.edt_name.textEdited.connect(self._search)
        self.lst_people = QListWidget()
        self.lst_people.itemClicked.connect(self._pick)
        self.lbl_choice = styled_label("", "muted", wrap=True)
        self.edt_group = QLineEdit()
        self.edt_group.setPlaceholderText(self.tr("e.g. group 6 or 2B"))
        self.cmb_role = QComboBox()
        for role in Role:
            self.cmb_role.addItem(role_label(role), role)
        self.edt_note = QLineEdit()
        self.edt_note.setPlaceholderText(self.tr("optional"))
        self.form.addRow(self.tr("Name"), self.edt_name)
        self.form.addRow("", self.lst_people)
        self.form.addRow("", self.lbl_choice)
        self.form.addRow(self.tr("Group"), self.edt_group)
        self.form.addRow(self.tr("Role"), self.cmb_role)
        self.form.addRow(self.tr("Note"), self.edt_note)
        self._search("")
        self.edt_name.setFocus()

    def _search(self, text: str) -> None:
        self._chosen = None
        self.lst_people.clear()
        for person in self._find(text.strip()):
            label = person.name if not person.group_name else f"{person.name} ({person.group_name})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.lst_people.addItem(item)
        count = self.lst_people.count()
        # no empty row and no empty list area: the list is as tall as its names (at most 6)
        self.form.setRowVisible(self.lst_people, count > 0)
        if count:
            rows = self.lst_people.sizeHintForRow(0) * min(count, 6)
            self.lst_people.setFixedHeight(rows + 2 * self.lst_people.frameWidth() + 2)
        self._describe_choice()

    def _pick(self, item: QListWidgetItem) -> None:
        person = item.data(Qt.ItemDataRole.UserRole)
        self._chosen = person
        self.edt_name.setText(person.name)
        self.edt_group.setText(person.group_name)
        self._describe_choice()

    def _describe_choice(self) -> None:
        if self._chosen is not None:
            self.lbl_choice.setText(self.tr("Someone already in the vault."))
        elif self.edt_name.text().strip():
            self.lbl_choice.setText(self.tr("A new person will be added to the vault."))
        else:
            self.lbl_choice.setText(self.tr("Choose someone from the list or type a new name."))

    def problem(self) -> str:
        if not self.edt_name.text().strip():
            return self.tr("Fill in a name.")
        return ""

    def value(self) -> ParticipantForm:
        chosen = self._chosen
        return ParticipantForm(
            person_id=chosen.id if chosen is not None else None,
            name=self.edt_name.text().strip(),
            group_name=self.edt_group.text().strip(),
            role=Role(self.cmb_role.currentData()),
            note=self.edt_note.text().strip(),
        )

    @classmethod
    def get_participant(cls, parent: QWidget | None, find: FindPeople, *,
                        draft_key: str = "") -> tuple[ParticipantForm | None, bool]:
        dialog = cls(parent, find)
        dialog.draft_key = draft_key
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
