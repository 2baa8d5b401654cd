"""The protocol tab's line about the steungroep: who is in it, and the button that opens
the dialog to compose it. Shown only for a protocol that works with a steungroep."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.casefile import CaseFile
from app.protocols import Protocol
from ui.casework.steungroep_dialog import SteungroepDialog
from ui.common.widgets import role_label


def uses_steungroep(protocol: Protocol | None) -> bool:
    return protocol is not None and any(
        "steungroep" in s.produces or "ideeen" in s.produces for s in protocol.steps)


class SteungroepLine(QWidget):
    composed = Signal(object)  # a tuple: the core's warnings about the group's make-up
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._work = vault.casework
        self._case_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lbl_steungroep = role_label("", "muted", wrap=True)
        self.btn_steungroep = QPushButton(self.tr("Steungroep..."))
        self.btn_steungroep.clicked.connect(self.compose)
        layout.addWidget(self.lbl_steungroep, 1)
        layout.addWidget(self.btn_steungroep)

    def show_case(self, case_id: int | None, protocol: Protocol | None) -> None:
        self._case_id = case_id
        uses = uses_steungroep(protocol)
        self.setVisible(uses)
        if not uses or case_id is None:
            return
        members = self._work.steungroep.members(case_id)
        if members:
            self.lbl_steungroep.setText(self.tr("Steungroep (%1): %2")
                                        .replace("%1", str(len(members)))
                                        .replace("%2", ", ".join(m.person.name for m in members)))
        else:
            self.lbl_steungroep.setText(self.tr("No steungroep composed yet."))

    def compose(self) -> None:
        if self._case_id is None:
            return
        people = self._vault.people.for_case(self._case_id)
        chosen = {m.participant_id for m in self._work.steungroep.members(self._case_id)}
        ids, accepted = SteungroepDialog.get_members(self, people, chosen)
        if not accepted or ids is None:
            return
        try:
            result = self._work.steungroep.compose(self._case_id, ids)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.composed.emit(tuple(result.warnings))
