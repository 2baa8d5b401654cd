"""The 'Protocol' tab: the case's protocol, its steps with state and due date, the selected
step's guidance, gate and records, and the buttons that record, skip or deviate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.casework import CaseWorkSchedule, StepRecord
from app.messages import Message
from app.protocols import StepState, StepStatus
from ui.cases.entry_text_dialog import EntryTextDialog
from ui.cases.revisions_dialog import RevisionsDialog
from ui.casework.dialogs import ConditionDialog, ProtocolChoiceDialog, ReasonDialog
from ui.casework.models import CHIP_ROLE, STEP_COL_STATE, STEP_COL_TITLE, StepTableModel
from ui.casework.step_dialog import StepDialog
from ui.casework.step_flow import save_step, step_context
from ui.casework.steungroep_line import SteungroepLine
from ui.casework.widgets import make_table, selected_row
from ui.common.errors import error_message
from ui.common.formatting import format_datetime
from ui.common.messages import message_lines
from ui.common.style import set_role
from ui.common.widgets import role_label


class ProtocolPanel(QWidget):
    changed = Signal()
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._work = vault.casework
        self._case_id: int | None = None
        self.schedule: CaseWorkSchedule | None = None
        self._records: list[StepRecord] = []
        self.model = StepTableModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.stk_protocol = QStackedWidget()
        layout.addWidget(self.stk_protocol, 1)
        self._empty_page = self._build_empty_page()
        self.stk_protocol.addWidget(self._empty_page)
        self._steps_page = self._build_steps_page()
        self.stk_protocol.addWidget(self._steps_page)
        self._update_buttons()

    def _build_empty_page(self) -> QWidget:
        """No protocol yet: why to choose one, and the button that does."""
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.lbl_empty = role_label(self.tr(
            "This case does not follow a protocol yet. Choose the school's approach: the app "
            "then shows each step, what is due and what is overdue."), "empty", wrap=True)
        self.lbl_empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.btn_choose_first = QPushButton(self.tr("Choose protocol..."))
        set_role(self.btn_choose_first, "primary")
        self.btn_choose_first.clicked.connect(self.choose_protocol)
        empty_layout.addWidget(self.lbl_empty)
        empty_layout.addWidget(self.btn_choose_first, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        return empty

    def _build_steps_page(self) -> QWidget:
        """The protocol's name and steungroep, the steps table and the selected step."""
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        top = QHBoxLayout()
        self.lbl_protocol = role_label("", "subheading", wrap=True)
        self.btn_switch = QPushButton(self.tr("Switch protocol..."))
        self.btn_switch.clicked.connect(self.choose_protocol)
        top.addWidget(self.lbl_protocol, 1)
        top.addWidget(self.btn_switch)
        col.addLayout(top)
        self.steungroep = SteungroepLine(self._vault)
        self.steungroep.composed.connect(self._steungroep_composed)
        self.steungroep.failed.connect(self.failed)
        col.addWidget(self.steungroep)
        self.lbl_notice = role_label("", "error", wrap=True)
        self.lbl_notice.hide()
        col.addWidget(self.lbl_notice)
        self.tbl_steps = make_table(self.model, STEP_COL_TITLE, (STEP_COL_STATE,), CHIP_ROLE,
                                    self.record_step)
        self.tbl_steps.selectionModel().selectionChanged.connect(self._show_step)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tbl_steps)
        # the step's card scrolls rather than clipping its guidance and report
        card_scroll = QScrollArea()
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        card_scroll.setWidget(self._build_step_card())
        splitter.addWidget(card_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        col.addWidget(splitter, 1)
        return page

    def _build_step_card(self) -> QFrame:
        """The selected step: guidance, what it waits for, its records and the actions."""
        card = QFrame()
        set_role(card, "card")
        detail = QVBoxLayout(card)
        detail.setContentsMargins(16, 12, 16, 12)
        self.lbl_step = role_label("", "subheading", wrap=True)
        self.lbl_guidance = role_label("", "muted", wrap=True)
        self.lbl_gate = role_label("", "error", wrap=True)
        self.btn_condition = QPushButton(self.tr("Record consent..."))
        self.btn_condition.clicked.connect(self.record_condition)
        gate = QHBoxLayout()
        gate.addWidget(self.lbl_gate, 1)
        gate.addWidget(self.btn_condition, 0, Qt.AlignmentFlag.AlignTop)
        self.lbl_notes = role_label("", "muted", wrap=True)
        self.lst_records = QListWidget()
        self.lst_records.setMaximumHeight(96)
        self.lst_records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lst_records.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lst_records.setAccessibleName(self.tr("Records of this step"))
        self.lst_records.itemSelectionChanged.connect(self._update_buttons)
        self.lst_records.itemSelectionChanged.connect(self._show_report)
        # the selected record's whole report, wrapped (the list shows its first line)
        self.lbl_report = role_label("", wrap=True)
        self.lbl_report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lbl_report.hide()
        self.lst_records.itemDoubleClicked.connect(lambda _item: self.edit_report())
        for widget in (self.lbl_step, self.lbl_guidance):
            detail.addWidget(widget)
        detail.addLayout(gate)
        detail.addWidget(self.lbl_notes)
        detail.addWidget(self.lst_records)
        detail.addWidget(self.lbl_report)
        self._build_step_actions(detail)
        detail.addStretch(1)
        return card

    def _build_step_actions(self, detail: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.btn_record = QPushButton(self.tr("Record step..."))
        set_role(self.btn_record, "primary")
        self.btn_edit_report = QPushButton(self.tr("Edit report..."))
        self.btn_history = QPushButton(self.tr("Earlier versions"))
        self.btn_skip = QPushButton(self.tr("Skip..."))
        self.btn_deviate = QPushButton(self.tr("Deviation..."))
        self.btn_record.clicked.connect(self.record_step)
        self.btn_edit_report.clicked.connect(self.edit_report)
        self.btn_history.clicked.connect(self.show_history)
        self.btn_skip.clicked.connect(self.skip_step)
        self.btn_deviate.clicked.connect(self.deviate_step)
        for button in (self.btn_record, self.btn_edit_report, self.btn_history):
            buttons.addWidget(button)
        buttons.addStretch(1)
        others = QHBoxLayout()
        others.addWidget(role_label(self.tr("Not as planned?"), "muted"))
        for button in (self.btn_skip, self.btn_deviate):
            set_role(button, "link")
            others.addWidget(button)
        others.addStretch(1)
        detail.addLayout(buttons)
        detail.addLayout(others)

    # ------------------------------------------------------------- data
    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.lbl_notice.hide()
        self.reload()

    def reload(self, select_step: str | None = None) -> None:
        keep = select_step or self.selected_step_id()
        self.schedule = None
        self._records = []
        if self._case_id is not None:
            self.schedule = self._work.schedule(self._case_id)
            self._records = self._work.steps.for_case(self._case_id)
        if self.schedule is None:
            self.model.clear()
            self.stk_protocol.setCurrentWidget(self._empty_page)
            self.btn_choose_first.setEnabled(self._case_id is not None)
            self._show_step()
            return
        self.stk_protocol.setCurrentWidget(self._steps_page)
        protocol = self.schedule.protocol
        self.lbl_protocol.setText(protocol.name)
        self.lbl_protocol.setToolTip(protocol.description)
        self.model.set_steps(self.schedule.steps)
        self.steungroep.show_case(self._case_id, protocol)
        row = self.model.row_of(keep) if keep else -1
        if row < 0:
            row = next((r for r, s in enumerate(self.schedule.steps) if s.state in (
                StepState.OVERDUE, StepState.CURRENT, StepState.BLOCKED)), 0)
        self.tbl_steps.selectRow(row)
        self._show_step()

    def selected_step_id(self) -> str | None:
        row = selected_row(self.tbl_steps)
        return self.model.status_at(row).id if row >= 0 else None

    def selected_status(self) -> StepStatus | None:
        row = selected_row(self.tbl_steps)
        return self.model.status_at(row) if row >= 0 else None

    def select_step(self, step_id: str) -> None:
        row = self.model.row_of(step_id)
        if row >= 0:
            self.tbl_steps.selectRow(row)

    def step_records(self, step_id: str) -> list[StepRecord]:
        if self.schedule is None:
            return []
        return [r for r in self._records if r.choice_id == self.schedule.choice.id
                and r.step_id == step_id]

    def _show_step(self) -> None:
        status = self.selected_status()
        self.lst_records.clear()
        if status is None or self.schedule is None:
            for label in (self.lbl_step, self.lbl_guidance, self.lbl_gate, self.lbl_notes):
                label.clear()
            self.lbl_gate.hide()
            self.btn_condition.hide()
            self._update_buttons()
            return
        self.lbl_step.setText(self.model.title_text(status) + " · "
                              + self.model.when_text(status))
        self.lbl_guidance.setText(status.step.guidance)
        waits = [self.schedule.protocol.condition_label(k) for k in status.blocked_by]
        self.lbl_gate.setText(self.tr("Waits for: %1").replace("%1", "; ".join(waits)))
        self.lbl_gate.setVisible(bool(waits))
        self.btn_condition.setVisible(bool(waits))
        self.lbl_notes.setText("\n".join(message_lines(status.notes)))
        self.lbl_notes.setVisible(bool(status.notes))
        for record in self.step_records(status.id):
            first = record.verslag.strip().splitlines()[0] if record.verslag.strip() else ""
            item = QListWidgetItem(f"{format_datetime(record.occurred_at)} · {first}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.lst_records.addItem(item)
        self.lst_records.setVisible(self.lst_records.count() > 0)
        self._show_report()
        if self.lst_records.count():
            self.lst_records.setCurrentRow(self.lst_records.count() - 1)
        self._update_buttons()

    def _show_report(self) -> None:
        record = self.selected_record()
        text = record.verslag.strip() if record is not None else ""
        self.lbl_report.setText(text)
        self.lbl_report.setVisible(bool(text))

    def selected_record(self) -> StepRecord | None:
        item = self.lst_records.currentItem()
        if item is None:
            return None
        record_id = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self._records if r.id == record_id), None)

    def _update_buttons(self) -> None:
        status = self.selected_status()
        has_step = status is not None
        record = self.selected_record() if has_step else None
        self.btn_record.setEnabled(has_step)
        self.btn_edit_report.setEnabled(record is not None)
        self.btn_history.setEnabled(record is not None and bool(
            self._vault.timeline.get(record.entry_id).revision_count))
        open_step = has_step and status.state not in (StepState.DONE, StepState.SKIPPED)
        self.btn_skip.setEnabled(bool(open_step))
        self.btn_deviate.setEnabled(has_step)

    def _notice(self, messages: list[Message] | tuple[Message, ...]) -> None:
        self.lbl_notice.setText("\n".join(message_lines(messages)))
        self.lbl_notice.setVisible(bool(messages))

    def _done(self, select_step: str | None = None) -> None:
        self.reload(select_step)
        self.changed.emit()

    # ------------------------------------------------------------- commands
    def choose_protocol(self) -> None:
        if self._case_id is None:
            return
        current = self._work.protocols.current(self._case_id)
        registry = self._work.registry
        registry.reload()  # a school may have dropped in (or fixed) a protocol file
        value, accepted = ProtocolChoiceDialog.get_protocol(
            self, registry.all(), current.protocol_id if current else None,
            [error_message(error) for error in registry.errors],
            draft_key=f"protocol-choice/case:{self._case_id}")
        if not accepted or value is None:
            return
        try:
            self._work.protocols.choose(self._case_id, value[0], value[1])
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._notice([])
        self._done()

    def record_step(self) -> None:
        status = self.selected_status()
        if status is None or self._case_id is None:
            return
        try:
            assert self.schedule is not None
            context = step_context(self._vault, self._case_id, self.schedule, status)
        except Exception as exc:
            self.failed.emit(exc)
            return
        form, accepted = StepDialog.get_step(
            self, context, draft_key=f"step/case:{self._case_id}/{context.step.id}")
        if not accepted or form is None:
            return
        try:
            warnings = save_step(self._vault, self._case_id, status.id, form)
        except Exception as exc:
            self.failed.emit(exc)
            self._done(status.id)
            return
        self._done(status.id)
        self._notice(warnings)

    def record_condition(self) -> None:
        status = self.selected_status()
        if status is None or self._case_id is None or self.schedule is None \
                or not status.blocked_by:
            return
        key = status.blocked_by[0]
        label = self.schedule.protocol.condition_label(key)
        value, accepted = ConditionDialog.get_condition(
            self, label, self._vault.clock.now(),
            draft_key=f"condition/case:{self._case_id}/{key}")
        if not accepted or value is None:
            return
        try:
            self._work.steps.record_condition(self._case_id, key, value[0], value[1])
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done(status.id)

    def _exception(self, skip: bool) -> None:
        status = self.selected_status()
        if status is None or self._case_id is None:
            return
        if skip:
            reason, accepted = ReasonDialog.get_reason(
                self, self.tr("Skip step"), self.tr("Why is '%1' not done? Later steps then "
                                                    "count from today.")
                .replace("%1", status.step.title), self.tr("Skip"),
                draft_key=f"step-skip/case:{self._case_id}/{status.id}")
        else:
            reason, accepted = ReasonDialog.get_reason(
                self, self.tr("Deviation from the protocol"),
                self.tr("How and why is '%1' done differently?").replace(
                    "%1", status.step.title), self.tr("Save"),
                draft_key=f"step-deviate/case:{self._case_id}/{status.id}")
        if not accepted or not reason:
            return
        try:
            if skip:
                self._work.steps.skip(self._case_id, status.id, reason)
            else:
                self._work.steps.deviate(self._case_id, status.id, reason)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done(status.id)

    def skip_step(self) -> None:
        self._exception(skip=True)

    def deviate_step(self) -> None:
        self._exception(skip=False)

    def edit_report(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        entry = self._vault.timeline.get(record.entry_id)
        text, accepted = EntryTextDialog.get_text(self, entry)
        if not accepted or text is None:
            return
        try:
            self._work.steps.edit_verslag(record.id, text)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done(record.step_id)

    def show_history(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        entry = self._vault.timeline.get(record.entry_id)
        RevisionsDialog.show_revisions(self, entry, self._work.steps.revisions(record.id))

    def _steungroep_composed(self, warnings: tuple[Message, ...]) -> None:
        self._done()
        self._notice(warnings)
