"""The 'Measures' tab (inside Agreements): the protocol's consequence ladder with what was
taken, the rung a broken agreement calls for now, recording a measure (who, when, a note)
and later its effect, and passing the case on to someone higher up with the reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.casefile import CaseFile
from app.measures import LadderRung, MeasureKind, MeasureRecord
from ui.casework.case_panel import CasePanel
from ui.casework.dialogs import EscalateDialog, ReasonDialog
from ui.casework.labels import STEP_COLORS
from ui.casework.models import CHIP_ROLE
from ui.casework.widgets import make_table, selected_row
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_date
from ui.common.row_model import Index, RowModel
from ui.common.widgets import role_label

ME_COL_STATE, ME_COL_PHASE, ME_COL_TITLE, ME_COL_WHO = 0, 1, 2, 3


class LadderTableModel(RowModel):
    def headers(self) -> list[str]:
        return [self.tr("State"), self.tr("Phase"), self.tr("Measure"), self.tr("Who")]

    def rung_at(self, row: int) -> LadderRung:
        return self._rows[row]

    def state(self, rung: LadderRung) -> tuple[str, tuple[str, str]]:
        if rung.taken is not None:
            return (self.tr("Taken %1").replace("%1", format_date(rung.taken.taken_on)),
                    STEP_COLORS["done"])
        if rung.suggested:
            return self.tr("Now"), STEP_COLORS["overdue"]
        return self.tr("Not taken"), STEP_COLORS["upcoming"]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        rung: LadderRung = self._rows[index.row()]
        column = index.column()
        if role == CHIP_ROLE and column == ME_COL_STATE:
            return self.state(rung)
        if role == Qt.ItemDataRole.ToolTipRole:
            return rung.phase.description or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {ME_COL_STATE: self.state(rung)[0], ME_COL_PHASE: str(rung.phase.phase),
                ME_COL_TITLE: rung.phase.title, ME_COL_WHO: rung.phase.who}.get(column)


class TakeMeasureDialog(FormDialog):
    """Record a rung: when, by whom, a short note."""

    def __init__(self, parent: QWidget | None, rung: LadderRung, today: date) -> None:
        super().__init__(self.tr("Record measure"), parent, ok_text=self.tr("Record"))
        self.form.addRow(role_label(rung.phase.title, "subheading", wrap=True))
        if rung.phase.description:
            self.form.addRow(role_label(rung.phase.description, "muted", wrap=True))
        self.dte_on = QDateEdit(QDate(today))
        self.dte_on.setCalendarPopup(True)
        self.dte_on.setDisplayFormat("d MMMM yyyy")
        self.edt_by = QLineEdit(rung.phase.who)
        self.edt_note = QLineEdit()
        self.edt_note.setPlaceholderText(self.tr("What exactly, e.g. the agreement it follows"))
        self.form.addRow(self.tr("On"), self.dte_on)
        self.form.addRow(self.tr("By whom"), self.edt_by)
        self.form.addRow(self.tr("Note"), self.edt_note)

    def value(self) -> tuple[date, str, str]:
        return (self.dte_on.date().toPython(), self.edt_by.text().strip(),  # type: ignore[return-value]
                self.edt_note.text().strip())

    @classmethod
    def get_measure(cls, parent: QWidget | None, rung: LadderRung, today: date, *,
                    draft_key: str = "") -> tuple[tuple[date, str, str] | None, bool]:
        return cls(parent, rung, today).run(draft_key)  # type: ignore[return-value]


class MeasuresPanel(CasePanel):
    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        col = self.column
        col.addWidget(role_label(self.tr(
            "The protocol's ladder of consequences. After a broken agreement the next rung "
            "is offered; the school decides. Record who took a measure and when, and later "
            "what it achieved."), "muted", wrap=True))
        self.lbl_next = role_label("", "error", wrap=True)
        col.addWidget(self.lbl_next)
        self.model = LadderTableModel(self)
        self.tbl_ladder = make_table(self.model, ME_COL_TITLE, (ME_COL_STATE,), CHIP_ROLE,
                                     on_activate=self.take)
        self.tbl_ladder.selectionModel().selectionChanged.connect(self._update_buttons)
        col.addWidget(self.tbl_ladder, 2)
        self.lbl_empty = role_label(self.tr("This protocol names no measures."), "muted",
                                    wrap=True)
        col.addWidget(self.lbl_empty)
        col.addWidget(role_label(self.tr("Measures taken and escalations"), "subheading"))
        self.lst_taken = QListWidget()
        self.lst_taken.currentRowChanged.connect(self._update_buttons)
        col.addWidget(self.lst_taken, 1)
        col.addLayout(self._build_buttons())

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.btn_take = QPushButton(self.tr("Take this measure..."))
        self.btn_effect = QPushButton(self.tr("Record effect..."))
        self.btn_escalate = QPushButton(self.tr("Pass on to..."))
        for button, slot in ((self.btn_take, self.take), (self.btn_effect, self.record_effect),
                             (self.btn_escalate, self.escalate)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------- data
    def reload(self) -> None:
        case_id = self._case_id
        ladder = self._vault.measures.ladder(case_id) if case_id is not None else []
        self.model.set_rows(ladder)
        self.tbl_ladder.setVisible(bool(ladder))
        self.lbl_empty.setVisible(case_id is not None and not ladder)
        following = next((r for r in ladder if r.suggested), None)
        self.lbl_next.setText(self.tr("An agreement was broken: the protocol's next step is "
                                      "'%1'.").replace("%1", following.phase.title)
                              if following else "")
        self.lbl_next.setVisible(following is not None)
        self.lst_taken.clear()
        for record in self._vault.measures.records(case_id) if case_id is not None else []:
            item = QListWidgetItem(self._record_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.lst_taken.addItem(item)
        if following is not None:
            self.tbl_ladder.selectRow(ladder.index(following))
        self._update_buttons()

    def _record_text(self, record: MeasureRecord) -> str:
        if record.kind is MeasureKind.ESCALATIE:
            what = self.tr("Passed on to %1: %2").replace("%1", record.to_whom).replace(
                "%2", record.reason)
        else:
            what = f"{record.title}. {record.reason}".strip()
        by = f" ({record.by_whom})" if record.by_whom else ""
        text = f"{format_date(record.taken_on)}{by} · {what}"
        if record.effect:
            text += "\n    " + self.tr("Effect: %1").replace("%1", record.effect)
        return text

    def selected_rung(self) -> LadderRung | None:
        row = selected_row(self.tbl_ladder)
        return self.model.rung_at(row) if row >= 0 else None

    def selected_record_id(self) -> int | None:
        item = self.lst_taken.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        rung = self.selected_rung()
        self.btn_take.setEnabled(rung is not None and rung.taken is None)
        self.btn_effect.setEnabled(self.selected_record_id() is not None)
        self.btn_escalate.setEnabled(self._case_id is not None)

    # ------------------------------------------------------------- actions
    def _call(self, work: Any) -> None:
        try:
            work()
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.reload()
        self.changed.emit()

    def take(self) -> None:
        rung, case_id = self.selected_rung(), self._case_id
        if rung is None or case_id is None or rung.taken is not None:
            return
        value, accepted = TakeMeasureDialog.get_measure(
            self, rung, self._vault.clock.today_local(),
            draft_key=f"TakeMeasure/case:{case_id}/{rung.phase.phase}")
        if accepted and value is not None:
            on, by_whom, note = value
            self._call(lambda: self._vault.measures.take(
                case_id, rung.phase.phase, on=on, by_whom=by_whom, note=note))

    def record_effect(self) -> None:
        measure_id = self.selected_record_id()
        if measure_id is None:
            return
        text, accepted = ReasonDialog.get_reason(
            self, self.tr("Effect of the measure"),
            self.tr("What did it achieve? Has the bullying stopped, lessened or gone on?"),
            self.tr("Record"), draft_key=f"MeasureEffect/{measure_id}")
        if accepted and text:
            self._call(lambda: self._vault.measures.record_effect(measure_id, text))

    def escalate(self) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        value, accepted = EscalateDialog.get_escalation(
            self, self._vault.measures.escalation_targets(case_id),
            draft_key=f"case-escalate/case:{case_id}")
        if accepted and value is not None:
            to_whom, reason = value
            self._call(lambda: self._vault.measures.escalate(case_id, to_whom, reason))
