"""The 'Agreements' tab: agreements with their status (a broken one is red, with a note)
and the protocol's follow-ups with their dates (done, move with a reason, cancel)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.casework import AgreementRecord, AgreementStatus, FollowUpItem, NewAgreement
from app.domain import Participant
from ui.casework.dialogs import MoveDialog, ReasonDialog
from ui.casework.models import (
    AG_COL_STATUS,
    AG_COL_TEXT,
    CHIP_ROLE,
    FU_COL_LABEL,
    FU_COL_STATE,
    AgreementTableModel,
    FollowUpTableModel,
)
from ui.casework.step_dialog import AgreementRow
from ui.casework.widgets import make_table, selected_row
from ui.common.form_dialog import FormDialog
from ui.common.messages import message_text
from ui.common.widgets import role_label


def _stack(table: QWidget, empty: QLabel) -> QStackedWidget:
    empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(empty)
    return stack


class AgreementDialog(FormDialog):
    """A new agreement outside a step: text, with whom, evaluate on."""

    def __init__(self, parent: QWidget | None, participants: tuple[Participant, ...],
                 evaluate_on: date) -> None:
        super().__init__(self.tr("New agreement"), parent, ok_text=self.tr("Add"))
        self.row = AgreementRow(participants, evaluate_on)
        self.row.btn_remove.hide()
        self.form.addRow(self.row)

    def problem(self) -> str:
        return "" if self.row.value() else self.tr("Write down what was agreed.")

    @classmethod
    def get_agreement(cls, parent: QWidget | None, participants: tuple[Participant, ...],
                      evaluate_on: date, *,
                      draft_key: str = "") -> tuple[NewAgreement | None, bool]:
        dialog = cls(parent, participants, evaluate_on)
        dialog.draft_key = draft_key
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.row.value() if accepted else None
        dialog.deleteLater()
        return value, accepted


class AgreementsPanel(QWidget):
    changed = Signal()
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._work = vault.casework
        self._case_id: int | None = None
        self.agreements = AgreementTableModel(self)
        self.followups = FollowUpTableModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)

        splitter.addWidget(self._build_agreements())
        splitter.addWidget(self._build_followups())
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _build_agreements(self) -> QWidget:
        top = QWidget()
        col = QVBoxLayout(top)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(role_label(self.tr("Agreements"), "subheading"))
        buttons = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("New agreement..."))
        self.btn_kept = QPushButton(self.tr("Kept"))
        self.btn_broken = QPushButton(self.tr("Broken..."))
        self.btn_open = QPushButton(self.tr("Open again"))
        self.btn_add.clicked.connect(self.add_agreement)
        self.btn_kept.clicked.connect(lambda: self.set_status(AgreementStatus.KEPT))
        self.btn_broken.clicked.connect(lambda: self.set_status(AgreementStatus.BROKEN))
        self.btn_open.clicked.connect(lambda: self.set_status(AgreementStatus.OPEN))
        for button in (self.btn_add, self.btn_kept, self.btn_broken, self.btn_open):
            buttons.addWidget(button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.tbl_agreements = make_table(self.agreements, AG_COL_TEXT, (AG_COL_STATUS,),
                                         CHIP_ROLE)
        self.tbl_agreements.selectionModel().selectionChanged.connect(self._update_buttons)
        self.lbl_no_agreements = role_label(self.tr(
            "No agreements yet. They are made while recording a step, or with "
            "'New agreement...'."), "empty", wrap=True)
        self.stk_agreements = _stack(self.tbl_agreements, self.lbl_no_agreements)
        col.addWidget(self.stk_agreements, 1)
        return top

    def _build_followups(self) -> QWidget:
        bottom = QWidget()
        col = QVBoxLayout(bottom)
        col.setContentsMargins(0, 8, 0, 0)
        col.addWidget(role_label(self.tr("Follow-ups"), "subheading"))
        buttons = QHBoxLayout()
        self.btn_done = QPushButton(self.tr("Done"))
        self.btn_move = QPushButton(self.tr("Move..."))
        self.btn_cancel = QPushButton(self.tr("Cancel follow-up..."))
        self.btn_done.clicked.connect(self.mark_done)
        self.btn_move.clicked.connect(self.move_followup)
        self.btn_cancel.clicked.connect(self.cancel_followup)
        for button in (self.btn_done, self.btn_move, self.btn_cancel):
            buttons.addWidget(button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.tbl_followups = make_table(self.followups, FU_COL_LABEL, (FU_COL_STATE,), CHIP_ROLE)
        self.tbl_followups.selectionModel().selectionChanged.connect(self._update_buttons)
        self.lbl_no_followups = role_label(self.tr(
            "No follow-ups planned. The protocol plans them when steps and agreements are "
            "recorded."), "empty", wrap=True)
        self.stk_followups = _stack(self.tbl_followups, self.lbl_no_followups)
        col.addWidget(self.stk_followups, 1)
        return bottom

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        if self._case_id is None:
            self.agreements.clear()
            self.followups.clear()
        else:
            self.agreements.set_agreements(self._work.agreements.for_case(self._case_id))
            schedule = self._work.schedule(self._case_id)
            self.followups.set_followups(schedule.followups if schedule else ())
        self.stk_agreements.setCurrentWidget(self.tbl_agreements if self.agreements.rowCount()
                                             else self.lbl_no_agreements)
        self.stk_followups.setCurrentWidget(self.tbl_followups if self.followups.rowCount()
                                            else self.lbl_no_followups)
        self._update_buttons()

    def selected_agreement(self) -> AgreementRecord | None:
        row = selected_row(self.tbl_agreements)
        return self.agreements.agreement_at(row) if row >= 0 else None

    def selected_followup(self) -> FollowUpItem | None:
        row = selected_row(self.tbl_followups)
        return self.followups.item_at(row) if row >= 0 else None

    def select_agreement(self, agreement_id: int) -> bool:
        for row in range(self.agreements.rowCount()):
            if self.agreements.agreement_at(row).id == agreement_id:
                self.tbl_agreements.selectRow(row)
                return True
        return False

    def select_followup(self, key: str) -> bool:
        for row in range(self.followups.rowCount()):
            if self.followups.item_at(row).key == key:
                self.tbl_followups.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        agreement = self.selected_agreement()
        self.btn_add.setEnabled(self._case_id is not None)
        status = agreement.status if agreement else None
        self.btn_kept.setEnabled(agreement is not None and status is not AgreementStatus.KEPT)
        self.btn_broken.setEnabled(agreement is not None
                                   and status is not AgreementStatus.BROKEN)
        self.btn_open.setEnabled(agreement is not None and status is not AgreementStatus.OPEN)
        item = self.selected_followup()
        is_open = item is not None and item.is_open
        for button in (self.btn_done, self.btn_move, self.btn_cancel):
            button.setEnabled(is_open)

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    # ------------------------------------------------------------- agreements
    def add_agreement(self) -> None:
        if self._case_id is None:
            return
        people = tuple(self._vault.people.for_case(self._case_id))
        evaluate = self._vault.clock.today_local() + timedelta(days=7)
        new, accepted = AgreementDialog.get_agreement(
            self, people, evaluate, draft_key=f"agreement-new/case:{self._case_id}")
        if not accepted or new is None:
            return
        try:
            self._work.agreements.add(self._case_id, new)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done()

    def set_status(self, status: AgreementStatus) -> None:
        agreement = self.selected_agreement()
        if agreement is None:
            return
        note = ""
        if status is AgreementStatus.BROKEN:
            text, accepted = ReasonDialog.get_reason(
                self, self.tr("Agreement broken"),
                self.tr("What happened? \"%1\"").replace("%1", agreement.text),
                self.tr("Mark as broken"),
                draft_key=f"agreement-broken/case:{self._case_id}/{agreement.id}")
            if not accepted or not text:
                return
            note = text
        try:
            self._work.agreements.set_status(agreement.id, status, note)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done()

    # ------------------------------------------------------------- follow-ups
    def mark_done(self) -> None:
        item = self.selected_followup()
        if item is None or self._case_id is None:
            return
        try:
            self._work.followups.mark_done(self._case_id, item.key)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done()

    def move_followup(self) -> None:
        item = self.selected_followup()
        if item is None or self._case_id is None:
            return
        value, accepted = MoveDialog.get_move(
            self, message_text(item.label), item.due,
            draft_key=f"followup-move/case:{self._case_id}/{item.key}")
        if not accepted or value is None:
            return
        try:
            self._work.followups.move(self._case_id, item.key, value[0], value[1])
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done()

    def cancel_followup(self) -> None:
        item = self.selected_followup()
        if item is None or self._case_id is None:
            return
        reason, accepted = ReasonDialog.get_reason(
            self, self.tr("Cancel follow-up"),
            self.tr("Why is \"%1\" no longer needed?").replace("%1", message_text(item.label)),
            self.tr("Cancel follow-up"),
            draft_key=f"followup-cancel/case:{self._case_id}/{item.key}")
        if not accepted or not reason:
            return
        try:
            self._work.followups.cancel(self._case_id, item.key, reason)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done()
