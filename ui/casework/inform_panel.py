"""The 'Informing' tab: whom the protocol says to inform after each step, by which means
and by when, and what was done: informed (when, how, by whom, a note), deliberately not
(with the reason), or still to do. A letter or call note that goes with an item opens
in the letters dialog."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from app.casefile import CaseFile
from app.inform import InformLine, InformState
from app.protocols.inform import MEANS
from app.timeutil import AMSTERDAM
from ui.casework.case_panel import CasePanel
from ui.casework.dialogs import ReasonDialog
from ui.casework.labels import STEP_COLORS
from ui.casework.models import CHIP_ROLE
from ui.casework.widgets import make_table, selected_row
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_date, format_datetime
from ui.common.row_model import Index, RowModel
from ui.common.widgets import role_label
from ui.handover.letters_dialog import LettersDialog

IN_COL_STATE, IN_COL_WHO, IN_COL_HOW, IN_COL_STEP, IN_COL_WHEN = 0, 1, 2, 3, 4
_STATE_COLORS = {InformState.TE_DOEN: STEP_COLORS["current"],
                 InformState.GEDAAN: STEP_COLORS["done"],
                 InformState.BEWUST_NIET: STEP_COLORS["skipped"],
                 InformState.NIET_NODIG: STEP_COLORS["upcoming"]}
_LATE_COLORS = STEP_COLORS["overdue"]


def means_label(means: str) -> str:
    labels = {
        "gesprek": QCoreApplication.translate("Informing", "conversation"),
        "telefoon": QCoreApplication.translate("Informing", "phone call"),
        "brief": QCoreApplication.translate("Informing", "letter"),
        "mail": QCoreApplication.translate("Informing", "e-mail"),
        "memo": QCoreApplication.translate("Informing", "memo"),
        "bericht": QCoreApplication.translate("Informing", "message"),
    }
    return labels.get(means, means)


class InformTableModel(RowModel):
    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> list[str]:
        return [self.tr("State"), self.tr("Whom"), self.tr("How"), self.tr("After step"),
                self.tr("When")]

    def line_at(self, row: int) -> InformLine:
        return self._rows[row]

    def late(self, line: InformLine) -> bool:
        return (line.state is InformState.TE_DOEN and line.deadline and line.due is not None
                and line.due < self.today)

    def state_text(self, line: InformLine) -> str:
        if self.late(line):
            return self.tr("Late")
        return {InformState.TE_DOEN: self.tr("To do"), InformState.GEDAAN: self.tr("Done"),
                InformState.BEWUST_NIET: self.tr("Deliberately not"),
                InformState.NIET_NODIG: self.tr("Only if needed")}[line.state]

    def when_text(self, line: InformLine) -> str:
        record = line.record
        if record is not None and record.occurred_at is not None:
            return format_datetime(record.occurred_at)
        if line.due is None:
            return ""
        if line.deadline:
            return self.tr("by %1").replace("%1", format_date(line.due))
        return self.tr("from %1").replace("%1", format_date(line.due))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line: InformLine = self._rows[index.row()]
        column = index.column()
        if role == CHIP_ROLE and column == IN_COL_STATE:
            colors = _LATE_COLORS if self.late(line) else _STATE_COLORS[line.state]
            return self.state_text(line), colors
        if role == Qt.ItemDataRole.ToolTipRole and line.item.note:
            return line.item.note
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        how = line.record.means if line.record and line.record.means else line.item.means
        return {IN_COL_STATE: self.state_text(line), IN_COL_WHO: line.item.who,
                IN_COL_HOW: means_label(how), IN_COL_STEP: line.step_title,
                IN_COL_WHEN: self.when_text(line)}.get(column)


class InformDialog(FormDialog):
    """Record that someone was informed: when, how, by whom, and a short note."""

    def __init__(self, parent: QWidget | None, line: InformLine, now: datetime) -> None:
        super().__init__(self.tr("Record: informed"), parent, ok_text=self.tr("Record"))
        local = now.astimezone(AMSTERDAM)
        self.form.addRow(role_label(line.item.who, "subheading", wrap=True))
        if line.item.note:
            self.form.addRow(role_label(line.item.note, "muted", wrap=True))
        self.dte_date = QDateEdit(QDate(local.date()))
        self.dte_date.setCalendarPopup(True)
        self.dte_date.setDisplayFormat("d MMMM yyyy")
        self.tme_time = QTimeEdit(QTime(local.hour, local.minute))
        self.tme_time.setDisplayFormat("HH:mm")
        row = QHBoxLayout()
        row.addWidget(self.dte_date, 1)
        row.addWidget(self.tme_time)
        self.cmb_means = QComboBox()
        for means in MEANS:
            self.cmb_means.addItem(means_label(means), means)
        self.cmb_means.setCurrentIndex(max(0, self.cmb_means.findData(line.item.means)))
        self.edt_by = QLineEdit()
        self.edt_by.setPlaceholderText(self.tr("e.g. the mentor"))
        self.edt_note = QLineEdit()
        self.edt_note.setPlaceholderText(self.tr("Short note (optional)"))
        self.form.addRow(self.tr("When"), row)
        self.form.addRow(self.tr("How"), self.cmb_means)
        self.form.addRow(self.tr("By whom"), self.edt_by)
        self.form.addRow(self.tr("Note"), self.edt_note)

    def value(self) -> tuple[datetime, str, str, str]:
        moment = datetime.combine(self.dte_date.date().toPython(),  # type: ignore[arg-type]
                                  self.tme_time.time().toPython(),  # type: ignore[arg-type]
                                  tzinfo=AMSTERDAM)
        return (moment, str(self.cmb_means.currentData()), self.edt_by.text().strip(),
                self.edt_note.text().strip())

    @classmethod
    def get_informed(cls, parent: QWidget | None, line: InformLine, now: datetime, *,
                     draft_key: str = ""
                     ) -> tuple[tuple[datetime, str, str, str] | None, bool]:
        return cls(parent, line, now).run(draft_key)  # type: ignore[return-value]


class InformPanel(CasePanel):
    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        col = self.column
        col.addWidget(role_label(self.tr(
            "Whom the protocol says to inform after each step, how, and by when. Record "
            "what you did, or that you deliberately did not, with the reason. A parent "
            "conversation or call also goes on the timeline."), "muted", wrap=True))
        self.model = InformTableModel(vault.clock.today_local(), self)
        self.tbl_inform = make_table(self.model, IN_COL_WHO, (IN_COL_STATE,), CHIP_ROLE,
                                     on_activate=self.record_done)
        # who and the step both carry long protocol texts: they share the width
        self.tbl_inform.horizontalHeader().setSectionResizeMode(
            IN_COL_STEP, QHeaderView.ResizeMode.Stretch)
        self.tbl_inform.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tbl_inform.selectionModel().selectionChanged.connect(self._show_line)
        col.addWidget(self.tbl_inform, 1)
        self.lbl_detail = role_label("", "", wrap=True)
        col.addWidget(self.lbl_detail)
        self.lbl_empty = role_label(self.tr("Choose a protocol first: it says whom to inform."),
                                    "muted", wrap=True)
        col.addWidget(self.lbl_empty)
        col.addLayout(self._build_buttons())

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.btn_done = QPushButton(self.tr("Informed..."))
        self.btn_not = QPushButton(self.tr("Deliberately not..."))
        self.btn_reopen = QPushButton(self.tr("Back to to do"))
        self.btn_letter = QPushButton(self.tr("Letter or call note..."))
        for button, slot in ((self.btn_done, self.record_done), (self.btn_not, self.record_not),
                             (self.btn_reopen, self.reopen), (self.btn_letter, self.open_letter)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------- data
    def reload(self) -> None:
        self.model.today = self._vault.clock.today_local()
        lines = self._vault.inform.lines(self._case_id) if self._case_id is not None else []
        self.model.set_rows(lines)
        self.tbl_inform.setVisible(bool(lines))
        self.lbl_empty.setVisible(not lines)
        if lines:
            self.tbl_inform.selectRow(0)
        self._show_line()

    def selected_line(self) -> InformLine | None:
        row = selected_row(self.tbl_inform)
        return self.model.line_at(row) if row >= 0 else None

    def select_item(self, item_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.line_at(row).item.id == item_id:
                self.tbl_inform.selectRow(row)
                return True
        return False

    def _show_line(self) -> None:
        line = self.selected_line()
        self.lbl_detail.setText(self._detail(line) if line else "")
        open_ = line is not None and line.state in (InformState.TE_DOEN, InformState.NIET_NODIG)
        self.btn_done.setEnabled(open_)
        self.btn_not.setEnabled(open_)
        self.btn_reopen.setEnabled(line is not None and line.record is not None)
        self.btn_letter.setEnabled(line is not None and bool(line.item.template))

    def _detail(self, line: InformLine) -> str:
        parts = [line.item.note] if line.item.note else []
        record = line.record
        if record is not None and record.state is InformState.GEDAAN:
            done = self.tr("Informed by %1 (%2).").replace(
                "%1", record.by_whom or self.tr("unknown")).replace(
                "%2", means_label(record.means))
            parts.append(f"{done} {record.note}".strip())
        elif record is not None:
            parts.append(self.tr("Deliberately not: %1").replace("%1", record.reason))
        elif line.state is InformState.NIET_NODIG:
            parts.append(self.tr("Not needed with the approach chosen so far; record it when "
                                 "the case calls for it."))
        return "\n".join(parts)

    # ------------------------------------------------------------- actions
    def _call(self, work: Any) -> None:
        try:
            work()
        except Exception as exc:
            self.failed.emit(exc)
            return
        selected = self.selected_line()
        self.reload()
        if selected is not None:
            self.select_item(selected.item.id)
        self.changed.emit()

    def record_done(self) -> None:
        line, case_id = self.selected_line(), self._case_id
        if line is None or case_id is None or line.state is InformState.GEDAAN:
            return
        value, accepted = InformDialog.get_informed(
            self, line, self._vault.clock.now(),
            draft_key=f"InformDialog/case:{case_id}/{line.item.id}")
        if not accepted or value is None:
            return
        moment, means, by_whom, note = value
        self._call(lambda: self._vault.inform.record_done(
            case_id, line.item.id, moment, means=means, by_whom=by_whom, note=note))

    def record_not(self) -> None:
        line, case_id = self.selected_line(), self._case_id
        if line is None or case_id is None:
            return
        reason, accepted = ReasonDialog.get_reason(
            self, self.tr("Deliberately not informed"),
            self.tr("Why do you deliberately not inform %1?").replace("%1", line.item.who),
            self.tr("Record"), draft_key=f"InformNot/case:{case_id}/{line.item.id}")
        if accepted and reason:
            self._call(lambda: self._vault.inform.record_not(case_id, line.item.id, reason))

    def reopen(self) -> None:
        line, case_id = self.selected_line(), self._case_id
        if line is not None and case_id is not None:
            self._call(lambda: self._vault.inform.reopen(case_id, line.item.id))

    def open_letter(self) -> None:
        line = self.selected_line()
        if line is not None and self._case_id is not None and line.item.template:
            LettersDialog.show_letters(self, self._vault, self._case_id,
                                       template_id=line.item.template)
