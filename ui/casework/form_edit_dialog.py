"""Filling in the non-pestcontract or the pupil's plan: the pupil (for a new one), the
fields in the pupil's own words, when it is talked through again, and (when changing)
why. Typed text survives a lock as a draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from app.domain import Participant, Role
from app.forms import FIELDS, CaseForm, FormKind
from ui.common.form_dialog import FormDialog
from ui.common.widgets import role_label

_ADULTS = (Role.OUDER, Role.MENTOR)


def field_label(key: str) -> str:
    """The interface's label of a form field (the PDF has its own Dutch headings)."""
    labels = {
        "stops": QCoreApplication.translate("FormFields", "This behaviour stops"),
        "instead": QCoreApplication.translate("FormFields", "What I do instead"),
        "repair": QCoreApplication.translate("FormFields", "How I make it right"),
        "consequences": QCoreApplication.translate("FormFields", "If the bullying goes on"),
        "actions": QCoreApplication.translate("FormFields", "What I am going to do"),
        "support": QCoreApplication.translate("FormFields", "Who helps me, at home too"),
        "check": QCoreApplication.translate("FormFields", "How we see that it works"),
    }
    return labels[key]


def kind_title(kind: FormKind) -> str:
    return (QCoreApplication.translate("FormFields", "Non-bullying contract")
            if kind is FormKind.CONTRACT
            else QCoreApplication.translate("FormFields", "Pupil's plan"))


@dataclass(frozen=True)
class FormInput:
    person_id: int | None
    fields: dict[str, str]
    evaluate_on: date | None
    reason: str


class FormEditDialog(FormDialog):
    def __init__(self, parent: QWidget | None, kind: FormKind, pupils: list[Participant],
                 current: CaseForm | None = None, today: date | None = None) -> None:
        title = (self.tr("Change %1") if current else self.tr("New %1")).replace(
            "%1", kind_title(kind).lower() if current is None else kind_title(kind))
        super().__init__(title, parent)
        self.kind = kind
        self.current = current
        self.setMinimumWidth(600)
        self.form.addRow(role_label(self.tr(
            "Write it together with the pupil, in the pupil's own words. Name no other "
            "children: the form goes to the pupil and the parents."), "muted", wrap=True))
        self.cmb_pupil = QComboBox()
        for p in pupils:
            if p.role not in _ADULTS:
                self.cmb_pupil.addItem(p.person.name, p.person.id)
        if current is None:
            self.form.addRow(self.tr("Pupil"), self.cmb_pupil)
        self._texts: dict[str, QPlainTextEdit] = {}
        for key, _heading in FIELDS[kind]:
            edit = QPlainTextEdit(current.text(key) if current else "")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(66)
            edit.setAccessibleName(field_label(key))
            setattr(self, f"edt_{key}", edit)  # kept as a draft through a lock
            self._texts[key] = edit
            self.form.addRow(field_label(key), edit)
        self._build_evaluation(current, today or date.today())
        self.edt_reason = QLineEdit()
        self.edt_reason.setPlaceholderText(self.tr("Why it changes, e.g. after the talk"))
        if current is not None:
            self.form.addRow(self.tr("Reason"), self.edt_reason)

    def _build_evaluation(self, current: CaseForm | None, today: date) -> None:
        self.chk_evaluate = QCheckBox(self.tr("Talk it through again on"))
        self.dte_evaluate = QDateEdit()
        self.dte_evaluate.setCalendarPopup(True)
        self.dte_evaluate.setDisplayFormat("d MMMM yyyy")
        wanted = current.evaluate_on if current else None
        self.chk_evaluate.setChecked(wanted is not None or self.kind is FormKind.PLAN)
        day = wanted or today
        # without a date yet: a week on, as the supportgroep protocol evaluates a plan
        self.dte_evaluate.setDate(QDate(day.year, day.month, day.day).addDays(
            0 if wanted else 7))
        self.dte_evaluate.setEnabled(self.chk_evaluate.isChecked())
        self.chk_evaluate.toggled.connect(self.dte_evaluate.setEnabled)
        self.form.addRow(self.chk_evaluate, self.dte_evaluate)

    def problem(self) -> str:
        first = FIELDS[self.kind][0][0]
        if not self._texts[first].toPlainText().strip():
            return self.tr("Fill in '%1'.").replace("%1", field_label(first))
        if self.current is None and self.cmb_pupil.currentData() is None:
            return self.tr("Add the pupil to the case first, under People.")
        if self.current is not None and not self.edt_reason.text().strip():
            return self.tr("Write down why it changes; the earlier version is kept.")
        return ""

    def value(self) -> FormInput:
        evaluate = None
        if self.chk_evaluate.isChecked():
            d = self.dte_evaluate.date()
            evaluate = date(d.year(), d.month(), d.day())
        return FormInput(
            person_id=self.cmb_pupil.currentData() if self.current is None else None,
            fields={k: e.toPlainText() for k, e in self._texts.items()},
            evaluate_on=evaluate, reason=self.edt_reason.text())

    @classmethod
    def get_form(cls, parent: QWidget | None, kind: FormKind, pupils: list[Participant],
                 current: CaseForm | None = None, *, today: date | None = None,
                 draft_key: str = "") -> tuple[FormInput | None, bool]:
        return cls(parent, kind, pupils, current, today).run(  # type: ignore[return-value]
            draft_key)
