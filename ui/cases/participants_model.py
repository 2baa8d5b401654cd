"""People and their roles in one case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain import Participant
from ui.common.labels import role_label
from ui.common.row_model import Index, RowModel

COL_NAME = 0
COL_ROLE = 1
COL_GROUP = 2
COL_NOTE = 3

PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ParticipantTableModel(RowModel):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role"), self.tr("Group"), self.tr("Note")]

    def set_participants(self, participants: list[Participant]) -> None:
        self.set_rows(participants)

    def participant_at(self, row: int) -> Participant:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == PARTICIPANT_ID_ROLE:
            return item.id
        if role == PERSON_ID_ROLE:
            return item.person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {COL_NAME: item.person.name, COL_ROLE: role_label(item.role),
                    COL_GROUP: item.person.group_name, COL_NOTE: item.note}.get(index.column())
        return None
