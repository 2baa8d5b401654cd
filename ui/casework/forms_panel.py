"""The Agreements tab's bottom part: the case's non-pestcontracts and pupil's plans.

Each can be made, changed (the earlier version is kept, the signatures lapse), marked as
signed by pupil, parents or school, looked back on, and saved as a PDF to print and sign.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QWidget,
)

from app.casefile import CaseFile
from app.forms import CaseForm, FormKind, Signer
from ui.casework.case_panel import CasePanel
from ui.casework.form_edit_dialog import FormEditDialog, kind_title
from ui.common.confirm import Confirm, inform
from ui.common.file_dialogs import get_save_file_name
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_date, format_datetime
from ui.common.messages import message_lines
from ui.common.widgets import role_label


def signer_label(signer: Signer) -> str:
    return {Signer.LEERLING: QCoreApplication.translate("FormsPanel", "pupil"),
            Signer.OUDERS: QCoreApplication.translate("FormsPanel", "parents"),
            Signer.SCHOOL: QCoreApplication.translate("FormsPanel", "school")}[signer]


class SignDialog(FormDialog):
    """Who signed the printed form, and when."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(self.tr("Signed"), parent, ok_text=self.tr("Record"))
        self.cmb_signer = QComboBox()
        for signer in (Signer.LEERLING, Signer.OUDERS, Signer.SCHOOL):
            self.cmb_signer.addItem(signer_label(signer), signer)
        self.dte_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.dte_on.setCalendarPopup(True)
        self.dte_on.setDisplayFormat("d MMMM yyyy")
        self.form.addRow(self.tr("Signed by"), self.cmb_signer)
        self.form.addRow(self.tr("On"), self.dte_on)

    def value(self) -> tuple[Signer, date]:
        d = self.dte_on.date()
        return self.cmb_signer.currentData(), date(d.year(), d.month(), d.day())


class FormsPanel(CasePanel):
    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent, spacing=None)
        col = self.column
        buttons = QHBoxLayout()
        self.btn_new = QPushButton(self.tr("New..."))
        menu = QMenu(self.btn_new)
        self.act_contract = menu.addAction(kind_title(FormKind.CONTRACT) + "...")
        self.act_plan = menu.addAction(kind_title(FormKind.PLAN) + "...")
        self.act_contract.triggered.connect(lambda: self.new_form(FormKind.CONTRACT))
        self.act_plan.triggered.connect(lambda: self.new_form(FormKind.PLAN))
        self.btn_new.setMenu(menu)
        self.btn_edit = QPushButton(self.tr("Change..."))
        self.btn_sign = QPushButton(self.tr("Signed..."))
        self.btn_history = QPushButton(self.tr("Earlier versions"))
        self.btn_pdf = QPushButton(self.tr("Save as PDF..."))
        for button, slot in ((self.btn_edit, self.edit_form), (self.btn_sign, self.sign_form),
                             (self.btn_history, self.show_history),
                             (self.btn_pdf, self.save_pdf)):
            button.clicked.connect(slot)
        for widget in (self.btn_new, self.btn_edit, self.btn_sign, self.btn_history,
                       self.btn_pdf):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.lst_forms = QListWidget()
        self.lst_forms.setAccessibleName(self.tr("Contracts and plans"))
        self.lst_forms.currentRowChanged.connect(lambda _row: self._update_buttons())
        col.addWidget(self.lst_forms, 1)
        self.lbl_empty = role_label(self.tr(
            "No contract or plan yet. After a confronting talk the pupil can write a plan, "
            "or you make a non-bullying contract together."), "empty", wrap=True)
        col.addWidget(self.lbl_empty, 1)
        self._update_buttons()

    # ------------------------------------------------------------- data
    def reload(self) -> None:
        self.lst_forms.clear()
        forms = self._vault.forms.for_case(self._case_id) if self._case_id else []
        for form in forms:
            item = QListWidgetItem(self._line(form))
            item.setData(Qt.ItemDataRole.UserRole, form.id)
            self.lst_forms.addItem(item)
        self.lst_forms.setVisible(bool(forms))
        self.lbl_empty.setVisible(not forms)
        if forms:
            self.lst_forms.setCurrentRow(0)
        self._update_buttons()

    def _line(self, form: CaseForm) -> str:
        signed = ", ".join(f"{signer_label(s)} {format_date(d)}" for s, d in form.signed.items())
        parts = [kind_title(form.kind), form.person_name,
                 self.tr("version %1").replace("%1", str(form.version)),
                 self.tr("signed: %1").replace("%1", signed) if signed
                 else self.tr("not signed yet")]
        if form.evaluate_on:
            parts.append(self.tr("talk it through on %1").replace(
                "%1", format_date(form.evaluate_on)))
        return " · ".join(parts)

    def current(self) -> CaseForm | None:
        item = self.lst_forms.currentItem()
        return None if item is None else self._vault.forms.get(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        chosen = self.lst_forms.currentItem() is not None
        self.btn_new.setEnabled(self._case_id is not None)
        for button in (self.btn_edit, self.btn_sign, self.btn_history, self.btn_pdf):
            button.setEnabled(chosen)

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    # ------------------------------------------------------------- actions
    def new_form(self, kind: FormKind) -> None:
        if self._case_id is None:
            return
        pupils = self._vault.people.for_case(self._case_id)
        value, accepted = FormEditDialog.get_form(
            self, kind, pupils, today=self._vault.clock.today_local(),
            draft_key=f"form-new/case:{self._case_id}")
        if not accepted or value is None or value.person_id is None:
            return
        try:
            self._vault.forms.create(self._case_id, kind, value.person_id, value.fields,
                                     value.evaluate_on)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done()

    def edit_form(self) -> None:
        form = self.current()
        if form is None or self._case_id is None:
            return
        value, accepted = FormEditDialog.get_form(
            self, form.kind, [], form, today=self._vault.clock.today_local(),
            draft_key=f"form-edit/case:{self._case_id}/form:{form.id}")
        if not accepted or value is None:
            return
        try:
            self._vault.forms.update(form.id, value.fields, value.evaluate_on, value.reason)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._done()

    def sign_form(self) -> None:
        form = self.current()
        if form is None:
            return
        dialog = SignDialog(self, self._vault.clock.today_local())
        if dialog.exec():
            signer, on = dialog.value()
            try:
                self._vault.forms.sign(form.id, signer, on)
            except Exception as exc:
                self.failed.emit(exc)
            else:
                self._done()
        dialog.deleteLater()

    def show_history(self) -> None:
        form = self.current()
        if form is None:
            return
        revisions = self._vault.forms.revisions(form.id)
        if not revisions:
            text = self.tr("This is the first version; nothing has changed yet.")
        else:
            text = "\n".join(self.tr("Version %1, replaced on %2: %3")
                             .replace("%1", str(r.version))
                             .replace("%2", format_datetime(r.replaced_at))
                             .replace("%3", r.reason) for r in revisions)
        inform(self, self.tr("Earlier versions"), text)

    def save_pdf(self) -> None:
        form = self.current()
        if form is None:
            return
        problems = self._vault.forms.check(form.id)
        if problems:
            yes, _ = Confirm.ask(self, self.tr("Another child is named"),
                                 "\n".join(message_lines(problems)), self.tr("Save anyway"))
            if not yes:
                return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = "niet-pestcontract.pdf" if form.kind is FormKind.CONTRACT else "plan.pdf"
        path, _filter = get_save_file_name(self, self.tr("Save as PDF"),
                                           f"{folder}/{name}" if folder else name,
                                           self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            saved = self._vault.forms.export_pdf(form.id, path, confirm=bool(problems))
        except Exception as exc:
            self.failed.emit(exc)
            return
        inform(self, self.tr("Save as PDF"), self.tr("Saved as %1").replace("%1", str(saved)))
