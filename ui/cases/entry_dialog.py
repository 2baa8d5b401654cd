"""Add a timeline entry: what, when (exact, date only or around), with whom, the text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QWidget,
)

from app.domain import EntryKind, Precision, SpecialCategory
from app.timeutil import AMSTERDAM, date_only_moment
from ui.cases.entry_marks import MarksFields
from ui.common.form_dialog import FormDialog
from ui.common.labels import entry_kind_label


@dataclass(frozen=True)
class EntryForm:
    kind: EntryKind
    occurred_at: datetime  # aware, Europe/Amsterdam
    precision: Precision
    with_whom: str
    text: str
    special_category: SpecialCategory = SpecialCategory.GEEN
    work_note: bool = False


class EntryDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(self.tr("Add to the timeline"), parent)
        now = (now or datetime.now(AMSTERDAM)).astimezone(AMSTERDAM)
        self.cmb_kind = QComboBox()
        for kind in EntryKind:
            self.cmb_kind.addItem(entry_kind_label(kind), kind)
        self.cmb_kind.setCurrentIndex(self.cmb_kind.findData(EntryKind.GESPREK))
        self.dte_date = QDateEdit(QDate(now.date()))
        self.dte_date.setCalendarPopup(True)
        self.dte_date.setDisplayFormat("d MMMM yyyy")
        self.tme_time = QTimeEdit(QTime(now.hour, now.minute))
        self.tme_time.setDisplayFormat("HH:mm")
        when_row = QHBoxLayout()
        when_row.addWidget(self.dte_date, 1)
        when_row.addWidget(self.tme_time)
        self.rad_exact = QRadioButton(self.tr("Exact"))
        self.rad_date_only = QRadioButton(self.tr("Date only"))
        self.rad_approx = QRadioButton(self.tr("Approximately"))
        self.grp_precision = QButtonGroup(self)
        precision_row = QHBoxLayout()
        for button in (self.rad_exact, self.rad_date_only, self.rad_approx):
            self.grp_precision.addButton(button)
            precision_row.addWidget(button)
        precision_row.addStretch(1)
        self.rad_exact.setChecked(True)
        self.rad_date_only.toggled.connect(lambda on: self.tme_time.setEnabled(not on))
        self.edt_with = QLineEdit()
        self.edt_with.setPlaceholderText(self.tr("e.g. the student, both parents, the mentor"))
        self.edt_text = QPlainTextEdit()
        self.edt_text.setPlaceholderText(self.tr("What happened or was agreed. Facts first."))
        self.edt_text.setMinimumHeight(140)
        self.form.addRow(self.tr("What"), self.cmb_kind)
        self.form.addRow(self.tr("When"), when_row)
        self.form.addRow("", precision_row)
        self.form.addRow(self.tr("With whom"), self.edt_with)
        self.form.addRow(self.tr("Notes"), self.edt_text)
        self.marks = MarksFields(self.form, self)
        self.edt_text.setFocus()

    def precision(self) -> Precision:
        if self.rad_date_only.isChecked():
            return Precision.DATE
        if self.rad_approx.isChecked():
            return Precision.APPROX
        return Precision.EXACT

    def problem(self) -> str:
        if not self.edt_text.toPlainText().strip():
            return self.tr("Write down what happened.")
        return ""

    def value(self) -> EntryForm:
        day = self.dte_date.date().toPython()
        precision = self.precision()
        if precision is Precision.DATE:
            moment = date_only_moment(day)  # type: ignore[arg-type]
        else:
            moment = datetime.combine(day, self.tme_time.time().toPython(),  # type: ignore[arg-type]
                                      tzinfo=AMSTERDAM)
        return EntryForm(
            kind=EntryKind(self.cmb_kind.currentData()), occurred_at=moment,
            precision=precision, with_whom=self.edt_with.text().strip(),
            text=self.edt_text.toPlainText().strip(),
            special_category=self.marks.special_category, work_note=self.marks.work_note,
        )

    @classmethod
    def get_entry(cls, parent: QWidget | None, now: datetime | None = None, *,
                  draft_key: str = "") -> tuple[EntryForm | None, bool]:
        dialog = cls(parent, now)
        dialog.draft_key = draft_key
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
