"""What every panel of one case's work shares: it follows the case shown, says when it
changed something (the detail refreshes the overview and the list) and hands its errors
to the window. Subclasses build their column below and read the case in `reload`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.casefile import CaseFile


class CasePanel(QWidget):
    changed = Signal()
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None, *,
                 spacing: int | None = 8) -> None:
        super().__init__(parent)
        self._vault = vault
        self._case_id: int | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 8, 0, 0)
        if spacing is not None:
            self.column.setSpacing(spacing)

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError
