"""People and their roles in one case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain import Participant
from ui.common.labels import role_label

Index = QModelIndex | QPersistentModelIndex

COL_NAME = 0
COL_ROLE = 1
COL_GROUP = 2
COL_NOTE = 3
COLUMN_COUNT = 4

PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Participant] = []

    def set_participants(self, participants: list[Participant]) -> None:
        self.beginResetModel()
        self._rows = list(participants)
        self.endResetModel()

    def clear(self) -> None:
        self.set_participants([])

    def participant_at(self, row: int) -> Participant:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_NAME: self.tr("Name"), COL_ROLE: self.tr("Role"),
                COL_GROUP: self.tr("Group"), COL_NOTE: self.tr("Note")}.get(section)

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
