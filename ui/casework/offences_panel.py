"""The 'Criminal offences' tab: a short checklist with plain guidance per item
(klachtdelict or not, what to advise), the disclaimer, and the advice given to whom."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.casework import DISCLAIMER, OFFENCES, AdviceAction
from ui.casework.labels import advice_label, priority_label
from ui.common.formatting import format_datetime
from ui.common.messages import message_text
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.help.concept_link import ConceptLink


class OffencesPanel(QWidget):
    changed = Signal()
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._work = vault.casework
        self._case_id: int | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 12, 0)
        col.setSpacing(8)
        col.addWidget(role_label(message_text(DISCLAIMER), "muted", wrap=True))
        col.addWidget(ConceptLink("klachtdelict"), 0, Qt.AlignmentFlag.AlignLeft)
        self.lbl_notice = role_label("", "error", wrap=True)
        self.lbl_notice.hide()
        col.addWidget(self.lbl_notice)
        self._build_offences(col)
        self._build_advice(col)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll)

    def _build_offences(self, col: QVBoxLayout) -> None:
        """One card per offence: a checkbox, who reports it, and the advice."""
        self.chk_offences: dict[str, QCheckBox] = {}
        for offence in OFFENCES:
            card = QFrame()
            set_role(card, "card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(14, 10, 14, 10)
            box = QCheckBox(f"{message_text(offence.label)} ({offence.articles})")
            box.setStyleSheet("font-weight: 600;")
            box.toggled.connect(self._checked_changed)
            self.chk_offences[offence.key] = box
            inner.addWidget(box)
            inner.addWidget(role_label(message_text(offence.who_reports), "muted", wrap=True))
            inner.addWidget(role_label(message_text(offence.advice), "", wrap=True))
            col.addWidget(card)

    def _build_advice(self, col: QVBoxLayout) -> None:
        """What was advised, to whom, and the list of earlier advice."""
        col.addSpacing(6)
        col.addWidget(role_label(self.tr("Advice given"), "subheading"))
        self.chk_actions: dict[AdviceAction, QCheckBox] = {}
        for action in AdviceAction:
            box = QCheckBox(advice_label(action))
            self.chk_actions[action] = box
            col.addWidget(box)
        row = QHBoxLayout()
        self.edt_to_whom = QLineEdit()
        self.edt_to_whom.setPlaceholderText(self.tr("To whom, e.g. the parents of the student"))
        self.edt_note = QLineEdit()
        self.edt_note.setPlaceholderText(self.tr("Note (optional)"))
        self.btn_advice = QPushButton(self.tr("Record advice"))
        set_role(self.btn_advice, "primary")
        self.btn_advice.clicked.connect(self.record_advice)
        row.addWidget(self.edt_to_whom, 2)
        row.addWidget(self.edt_note, 2)
        row.addWidget(self.btn_advice)
        col.addLayout(row)
        self.lbl_advice_saved = role_label("", "success", wrap=True)
        self.lbl_advice_saved.hide()
        col.addWidget(self.lbl_advice_saved)
        self.lst_advice = QListWidget()
        self.lst_advice.setMaximumHeight(110)
        self.lst_advice.setAccessibleName(self.tr("Advice given earlier"))
        col.addWidget(self.lst_advice)

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.lbl_notice.hide()
        self.lbl_advice_saved.hide()
        self.reload()

    def reload(self) -> None:
        self._loading = True
        checked = set(self._work.offences.checked(self._case_id)) if self._case_id else set()
        for key, box in self.chk_offences.items():
            box.setChecked(key in checked)
            box.setEnabled(self._case_id is not None)
        self._loading = False
        self.lst_advice.clear()
        if self._case_id is not None:
            for advice in self._work.offences.advice(self._case_id):
                actions = ", ".join(advice_label(a) for a in advice.actions)
                self.lst_advice.addItem(f"{format_datetime(advice.given_at)} · "
                                        f"{advice.to_whom}: {actions}")
        self.lst_advice.setVisible(self.lst_advice.count() > 0)

    def checked_keys(self) -> list[str]:
        return [key for key, box in self.chk_offences.items() if box.isChecked()]

    def _checked_changed(self) -> None:
        if self._loading or self._case_id is None:
            return
        try:
            before = self._work.status.priority(self._case_id).priority
            suggestion = self._work.offences.set_checked(self._case_id, self.checked_keys())
        except Exception as exc:
            self.failed.emit(exc)
            return
        after = self._work.status.priority(self._case_id).priority
        if after != before:
            self.lbl_notice.setText(self.tr("Urgency raised to %1: %2")
                                    .replace("%1", priority_label(after))
                                    .replace("%2", message_text(suggestion.reason)))
            self.lbl_notice.show()
        self.changed.emit()

    def record_advice(self) -> None:
        if self._case_id is None:
            return
        actions = [a for a, box in self.chk_actions.items() if box.isChecked()]
        try:
            advice = self._work.offences.record_advice(
                self._case_id, self.checked_keys(), actions, self.edt_to_whom.text(),
                self.edt_note.text())
        except Exception as exc:
            self.lbl_advice_saved.hide()
            self.failed.emit(exc)
            return
        self.lbl_advice_saved.setText(
            self.tr("Advice to %1 recorded (%2); it is also on the timeline.")
            .replace("%1", advice.to_whom).replace("%2", format_datetime(advice.given_at)))
        self.lbl_advice_saved.show()
        for box in self.chk_actions.values():
            box.setChecked(False)
        self.edt_to_whom.clear()
        self.edt_note.clear()
        self.reload()
        self.lst_advice.setCurrentRow(self.lst_advice.count() - 1)
        self.changed.emit()
