"""The timeline of one case: add an entry, edit its text (kept as revisions), history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.domain import Entry
from app.timeutil import AMSTERDAM
from ui.cases.entry_dialog import EntryDialog
from ui.cases.entry_marks import EntryMarksDialog
from ui.cases.entry_text_dialog import EntryTextDialog
from ui.cases.revisions_dialog import RevisionsDialog
from ui.cases.timeline_model import COL_KIND, COL_OCCURRED, COL_TEXT, COL_WITH, TimelineModel
from ui.common.removal_dialog import RemovalDialog
from ui.common.widgets import TableOrEmpty, list_table
from ui.common.workers import BackgroundOp, with_worker_vault


class TimelinePanel(QWidget):
    changed = Signal()
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._case_id: int | None = None
        self._op: BackgroundOp | None = None
        self.model = TimelineModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        buttons = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("Add entry"))
        self.btn_edit = QPushButton(self.tr("Edit text"))
        self.btn_history = QPushButton(self.tr("Earlier versions"))
        self.btn_marks = QPushButton(self.tr("Marks..."))
        self.btn_marks.setToolTip(self.tr("Mark as working note or as special personal data"))
        self.btn_marks.clicked.connect(self.edit_marks)
        self.btn_withdraw = QPushButton(self.tr("Withdraw…"))
        self.btn_withdraw.setToolTip(self.tr(
            "Written by mistake: delete the text and its earlier versions for good; the "
            "kind, the date and your reason stay on the timeline"))
        self.btn_add.clicked.connect(self.add_entry)
        self.btn_edit.clicked.connect(self.edit_selected)
        self.btn_history.clicked.connect(self.show_history)
        self.btn_withdraw.clicked.connect(self.withdraw_selected)
        for button in (self.btn_add, self.btn_edit, self.btn_history, self.btn_marks):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_withdraw)
        layout.addLayout(buttons)
        self.tbl_entries = list_table(self.model)
        self.tbl_entries.setWordWrap(True)
        self.tbl_entries.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.tbl_entries.horizontalHeader()
        for column in (COL_OCCURRED, COL_KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WITH, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_WITH, 120)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.tbl_entries.resizeRowsToContents())
        self.tbl_entries.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tbl_entries.doubleClicked.connect(self.edit_selected)
        self.stk_entries = TableOrEmpty(self.tbl_entries, self.tr(
            "Nothing on the timeline yet. Click 'Add entry' to record a conversation, an "
            "incident or an agreement."))
        self.lbl_empty = self.stk_entries.lbl_empty
        layout.addWidget(self.stk_entries, 1)
        self._update_buttons()

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.reload()

    def reload(self, select_entry_id: int | None = None) -> None:
        if self._case_id is None:
            self.model.clear()
        else:
            self.model.set_entries(self._vault.timeline.for_case(self._case_id))
        self.stk_entries.refresh()
        if select_entry_id is not None:
            row = self.model.row_of(select_entry_id)
            if row >= 0:
                self.tbl_entries.selectRow(row)
        self._update_buttons()

    def selected_entry(self) -> Entry | None:
        rows = self.tbl_entries.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.btn_add.setEnabled(self._case_id is not None)
        live = entry is not None and not entry.is_withdrawn
        self.btn_edit.setEnabled(live)
        self.btn_history.setEnabled(entry is not None and entry.revision_count > 0)
        self.btn_marks.setEnabled(live)
        self.btn_withdraw.setEnabled(live and self._op is None)

    def add_entry(self) -> None:
        if self._case_id is None:
            return
        now = self._vault.clock.now().astimezone(AMSTERDAM)
        form, accepted = EntryDialog.get_entry(self, now,
                                               draft_key=f"entry-new/case:{self._case_id}")
        if not accepted or form is None:
            return
        try:
            entry = self._vault.timeline.add(
                self._case_id, form.kind, form.text, form.occurred_at, form.precision,
                form.with_whom, special_category=form.special_category,
                work_note=form.work_note)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.reload(entry.id)
        self.changed.emit()

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.is_withdrawn:
            return
        text, accepted = EntryTextDialog.get_text(self, entry)
        if not accepted or text is None:
            return
        try:
            self._vault.timeline.edit_text(entry.id, text)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.reload(entry.id)
        self.changed.emit()

    def edit_marks(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        marks = EntryMarksDialog.get_marks(self, entry)
        if marks is None:
            return
        try:
            self._vault.timeline.set_marks(entry.id, special_category=marks[0],
                                           work_note=marks[1])
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.reload(entry.id)
        self.changed.emit()

    def show_history(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        RevisionsDialog.show_revisions(self, entry, self._vault.timeline.revisions(entry.id))

    def withdraw_selected(self) -> None:
        """Delete the text for good, in the background (the vault file is compacted)."""
        entry = self.selected_entry()
        if entry is None or entry.is_withdrawn or self._op is not None:
            return
        reason, accepted = RemovalDialog.get_reason(
            self, self.tr("Withdraw timeline entry"),
            self.tr("The text of this entry, who it was with and every earlier version are "
                    "deleted for good. They cannot be brought back, also not from a new "
                    "backup."),
            self.tr("Kept: the kind, the date, when it was recorded, the time of withdrawal "
                    "and your reason. The entry stays greyed on the timeline."),
            self.tr("Withdraw for good"), draft_key=f"entry-withdraw/entry:{entry.id}")
        if not accepted or reason is None:
            return
        entry_id = entry.id

        def work(vault: CaseFile, _progress, _cancelled) -> Entry:  # type: ignore[no-untyped-def]
            return vault.timeline.withdraw(entry_id, reason)

        # No Qt parent: the op must outlive this panel if it goes (a lock) while it runs.
        op = self._op = BackgroundOp(with_worker_vault(self._vault, work))
        self.destroyed.connect(lambda *_args: op.detach())
        self._op.on_success(lambda done: self._withdrawn(done.id))
        self._op.on_failure(self.failed.emit)
        self._op.finished.connect(self._op_done)
        self._update_buttons()
        self._op.start()

    def _withdrawn(self, entry_id: int) -> None:
        self.reload(entry_id)
        self.changed.emit()

    def _op_done(self) -> None:
        self._op = None
        self._update_buttons()
