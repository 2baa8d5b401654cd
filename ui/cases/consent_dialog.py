"""The student's consent to keeping a dossier: asked or not, the answer, how, when, by
whom, a short note. Opened from the case overview; the core records it (timeline entry,
audit row)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from app.consent import Consent, ConsentAnswer, ConsentForm
from ui.common.form_dialog import FormDialog
from ui.common.widgets import role_label


def answer_label(answer: ConsentAnswer | None) -> str:
    texts = {
        ConsentAnswer.GEGEVEN: QCoreApplication.translate("ConsentDialog", "Given"),
        ConsentAnswer.NIET_GEGEVEN: QCoreApplication.translate("ConsentDialog", "Not given"),
        ConsentAnswer.GEDEELTELIJK: QCoreApplication.translate("ConsentDialog",
                                                               "Partly given"),
    }
    return texts[answer] if answer else ""


class ConsentDialog(FormDialog):
    def __init__(self, parent: QWidget | None, current: Consent | None, today: date) -> None:
        super().__init__(self.tr("Consent to keeping a dossier"), parent)
        self.form.addRow(role_label(self.tr(
            "Did the pupil agree that a dossier about this case is kept? Write down what was "
            "asked and answered."), "muted", wrap=True))
        self.chk_asked = QCheckBox(self.tr("Consent was asked"))
        self.cmb_answer = QComboBox()
        for answer in ConsentAnswer:
            self.cmb_answer.addItem(answer_label(answer), answer.value)
        self.cmb_how = QComboBox()
        self.cmb_how.setEditable(True)
        self.cmb_how.addItems([self.tr("spoken"), self.tr("in writing"),
                               self.tr("spoken, in the first talk"),
                               self.tr("through the parents")])
        self.dte_on = QDateEdit(QDate(current.on if current and current.on else today))
        self.dte_on.setCalendarPopup(True)
        self.dte_on.setDisplayFormat("d MMMM yyyy")
        self.edt_by = QLineEdit()
        self.edt_by.setPlaceholderText(self.tr("who asked, e.g. the mentor"))
        self.edt_note = QLineEdit()
        self.edt_note.setPlaceholderText(self.tr("e.g. not for the part about the parents"))
        self.form.addRow("", self.chk_asked)
        self.form.addRow(self.tr("Answer"), self.cmb_answer)
        self.form.addRow(self.tr("How"), self.cmb_how)
        self.form.addRow(self.tr("When"), self.dte_on)
        self.form.addRow(self.tr("Asked by"), self.edt_by)
        self.form.addRow(self.tr("Note"), self.edt_note)
        self._fill(current)
        self.chk_asked.toggled.connect(self._asked_changed)
        self._asked_changed()

    def _fill(self, current: Consent | None) -> None:
        self.chk_asked.setChecked(current is None or current.asked)
        if current is None:
            self.cmb_how.setCurrentText("")
            return
        if current.answer is not None:
            self.cmb_answer.setCurrentIndex(self.cmb_answer.findData(current.answer.value))
        self.cmb_how.setCurrentText(current.how)
        self.edt_by.setText(current.asked_by)
        self.edt_note.setText(current.note)

    def _asked_changed(self) -> None:
        asked = self.chk_asked.isChecked()
        for widget in (self.cmb_answer, self.cmb_how, self.dte_on, self.edt_by):
            widget.setEnabled(asked)

    def answer(self) -> ConsentAnswer:
        return ConsentAnswer(self.cmb_answer.currentData())

    def problem(self) -> str:
        if not self.chk_asked.isChecked():
            return ""
        if self.answer() is not ConsentAnswer.NIET_GEGEVEN \
                and not self.cmb_how.currentText().strip():
            return self.tr("Write down how consent was given.")
        if self.answer() is ConsentAnswer.GEDEELTELIJK and not self.edt_note.text().strip():
            return self.tr("Write in the note what the pupil did and did not consent to.")
        return ""

    def value(self) -> ConsentForm:
        if not self.chk_asked.isChecked():
            return ConsentForm(False, note=self.edt_note.text().strip())
        return ConsentForm(True, self.answer(), self.cmb_how.currentText().strip(),
                           self.dte_on.date().toPython(),  # type: ignore[arg-type]
                           self.edt_by.text().strip(), self.edt_note.text().strip())

    @classmethod
    def get_consent(cls, parent: QWidget | None, case_id: int, current: Consent | None,
                    today: date) -> tuple[ConsentForm | None, bool]:
        dialog = cls(parent, current, today)
        dialog.draft_key = f"consent/case:{case_id}"
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
