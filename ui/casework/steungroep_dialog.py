"""Compose the steungroep from the case's people; a live warning outside 5 to 8 members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.domain import Participant, Role
from ui.common.form_dialog import FormDialog
from ui.common.labels import role_label as person_role_label
from ui.common.widgets import role_label
from ui.help.concept_link import ConceptLink

MIN_SIZE, MAX_SIZE = 5, 8
_ADULTS = {Role.OUDER, Role.MENTOR}


class SteungroepDialog(FormDialog):
    def __init__(self, parent: QWidget | None, participants: list[Participant],
                 chosen: set[int]) -> None:
        super().__init__(self.tr("Compose the steungroep"), parent)
        self.setMinimumWidth(560)
        self.form.addRow(role_label(self.tr(
            "Choose 5 to 8 students: helpers the student named, the bully and followers, "
            "and bystanders. Mix boys and girls. The bullied student is never in the group."),
            "muted", wrap=True))
        self.form.addRow(ConceptLink("steungroep"))
        self.lst_people = QListWidget()
        for p in participants:
            if p.role in _ADULTS or p.role is Role.GEPESTE:
                continue  # the bullied student is never in the group: not even offered
            item = QListWidgetItem(f"{p.person.name} · {person_role_label(p.role)}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, p.role.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen
                               else Qt.CheckState.Unchecked)
            self.lst_people.addItem(item)
        self.lst_people.setMinimumHeight(220)
        self.form.addRow(self.lst_people)
        self.lbl_count = role_label("", "muted", wrap=True)
        self.lbl_warning = role_label("", "error", wrap=True)
        self.form.addRow(self.lbl_count)
        self.form.addRow(self.lbl_warning)
        self.lst_people.itemChanged.connect(self._update)
        self._update()

    def set_checked(self, participant_id: int, on: bool = True) -> None:
        for i in range(self.lst_people.count()):
            item = self.lst_people.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _checked_items(self) -> list[QListWidgetItem]:
        return [self.lst_people.item(i) for i in range(self.lst_people.count())
                if self.lst_people.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        items = self._checked_items()
        self.lbl_count.setText(self.tr("%1 members chosen").replace("%1", str(len(items))))
        warnings = []
        if items and not MIN_SIZE <= len(items) <= MAX_SIZE:
            warnings.append(self.tr("A steungroep usually has 5 to 8 members."))
        self.lbl_warning.setText(" ".join(warnings))
        self.lbl_warning.setVisible(bool(warnings))

    def value(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self._checked_items()]

    @classmethod
    def get_members(cls, parent: QWidget | None, participants: list[Participant],
                    chosen: set[int]) -> tuple[list[int] | None, bool]:
        dialog = cls(parent, participants, chosen)
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
