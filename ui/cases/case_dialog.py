"""New or edit a case (melding): the case on the left, the intake on the right."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    BullyingForm,
    Case,
    CaseKind,
    CaseStatus,
    Criterion,
    ReportChannel,
    ReportedBy,
    Signal,
)
from ui.cases.intake_panel import IntakePanel
from ui.common.form_dialog import FormDialog
from ui.common.labels import channel_label, kind_label, reported_by_label, status_label


@dataclass(frozen=True)
class CaseForm:
    title: str
    kind: CaseKind
    status: CaseStatus
    reported_on: date
    reported_by: ReportedBy
    group_name: str
    description: str
    reported_via: ReportChannel | None = None
    criteria: frozenset[Criterion] | None = None
    forms: frozenset[BullyingForm] = frozenset()
    signals: frozenset[Signal] = frozenset()


class CaseDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, case: Case | None = None,
                 today: date | None = None) -> None:
        super().__init__(self.tr("Edit case") if case else self.tr("New case"), parent)
        self.edt_title = QLineEdit()
        self.edt_title.setPlaceholderText(self.tr("e.g. Excluded at break time"))
        self.cmb_kind = QComboBox()
        for kind in CaseKind:
            self.cmb_kind.addItem(kind_label(kind), kind)
        self.cmb_status = QComboBox()
        for status in CaseStatus:
            self.cmb_status.addItem(status_label(status), status)
        self.dte_reported_on = QDateEdit()
        self.dte_reported_on.setCalendarPopup(True)
        self.dte_reported_on.setDisplayFormat("d MMMM yyyy")
        self.cmb_reported_by = QComboBox()
        for who in ReportedBy:
            self.cmb_reported_by.addItem(reported_by_label(who), who)
        self.cmb_reported_via = QComboBox()
        self.cmb_reported_via.addItem(self.tr("Not recorded"), None)
        for channel in ReportChannel:
            self.cmb_reported_via.addItem(channel_label(channel), channel)
        self.edt_group = QLineEdit()
        self.edt_group.setPlaceholderText(self.tr("e.g. group 6 or 2B"))
        self.edt_description = QPlainTextEdit()
        self.edt_description.setPlaceholderText(self.tr("What was reported, in a few sentences."))
        self.edt_description.setMinimumHeight(110)
        self.form.addRow(self.tr("Title"), self.edt_title)
        self.form.addRow(self.tr("Kind"), self.cmb_kind)
        if case is not None:
            self.form.addRow(self.tr("Status"), self.cmb_status)
        self.form.addRow(self.tr("Reported on"), self.dte_reported_on)
        self.form.addRow(self.tr("Reported by"), self.cmb_reported_by)
        self.form.addRow(self.tr("How"), self.cmb_reported_via)
        self.form.addRow(self.tr("Group"), self.edt_group)
        self.form.addRow(self.tr("Description"), self.edt_description)
        self.intake = IntakePanel()
        self.intake.use_kind.connect(
            lambda kind: self.cmb_kind.setCurrentIndex(self.cmb_kind.findData(kind)))
        self._side_by_side()
        if case is None:
            self.cmb_status.setCurrentIndex(0)
            self.dte_reported_on.setDate(QDate(today or date.today()))
        else:
            self.edt_title.setText(case.title)
            self.cmb_kind.setCurrentIndex(self.cmb_kind.findData(case.kind))
            self.cmb_status.setCurrentIndex(self.cmb_status.findData(case.status))
            self.dte_reported_on.setDate(QDate(case.reported_on))
            self.cmb_reported_by.setCurrentIndex(self.cmb_reported_by.findData(case.reported_by))
            self.edt_group.setText(case.group_name)
            self.edt_description.setPlainText(case.description)
            self.cmb_reported_via.setCurrentIndex(
                self.cmb_reported_via.findData(case.reported_via) if case.reported_via else 0)
            self.intake.show_case(case)
        self.edt_title.setFocus()

    def _side_by_side(self) -> None:
        """The form on the left, the intake on the right: fits 1366x768 without scrolling."""
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addLayout(self.form, 5)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.intake, 6)
        outer.insertLayout(1, row)
        self.setMinimumWidth(1040)
        self.scroll_body()  # at 125% on a laptop the intake is taller than the screen

    def problem(self) -> str:
        if not self.edt_title.text().strip():
            return self.tr("Give the case a title.")
        return ""

    def value(self) -> CaseForm:
        return CaseForm(
            title=self.edt_title.text().strip(),
            kind=CaseKind(self.cmb_kind.currentData()),
            status=CaseStatus(self.cmb_status.currentData()),
            reported_on=self.dte_reported_on.date().toPython(),  # type: ignore[arg-type]
            reported_by=ReportedBy(self.cmb_reported_by.currentData()),
            group_name=self.edt_group.text().strip(),
            description=self.edt_description.toPlainText().strip(),
            reported_via=ReportChannel(via) if (via := self.cmb_reported_via.currentData())
            else None,
            criteria=self.intake.criteria(),
            forms=self.intake.forms(),
            signals=self.intake.signals(),
        )

    @classmethod
    def get_case(cls, parent: QWidget | None, case: Case | None = None,
                 today: date | None = None, *,
                 draft_key: str = "") -> tuple[CaseForm | None, bool]:
        dialog = cls(parent, case, today)
        dialog.draft_key = draft_key
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
