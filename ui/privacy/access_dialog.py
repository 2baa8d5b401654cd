"""Kluis menu: "Access request..." (Inzageverzoek): pick the person (search, told apart
by their cases), record the request (date received, who asked: the age rule decides
when the date of birth is known), and export the overview PDF on a worker thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.access import (
    AccessExport,
    AccessRequest,
    PersonCandidate,
    age_on,
    one_month_after,
    requester_for_age,
)
from app.casefile import CaseFile
from app.domain import Requester
from ui.common.errors import error_message
from ui.common.file_dialogs import get_save_file_name
from ui.common.formatting import format_date
from ui.common.labels import requester_label, role_label
from ui.common.widgets import role_label as styled_label
from ui.common.workers import BackgroundOp, with_worker_vault


def _candidate_text(c: PersonCandidate) -> str:
    group = f" ({c.person.group_name})" if c.person.group_name else ""
    cases = ", ".join(f"{ref} {role_label(role).lower()}" for ref, role in c.cases)
    return f"{c.person.name}{group} · {cases}" if cases else f"{c.person.name}{group}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AccessRequestDialog(QDialog):
    def __init__(self, parent: QWidget | None, vault: CaseFile) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Access request"))
        self._vault = vault
        self._today = vault.clock.today_local()
        self.op: BackgroundOp | None = None
        self.exported: AccessExport | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(styled_label(self.tr(
            "A pupil or a parent asks what you keep about the pupil (GDPR art. 15). Answer "
            "within one month: an overview of everything in the vault, without other "
            "children's names and without your working notes."), "muted", wrap=True))
        self.edt_search = QLineEdit()
        self.edt_search.setPlaceholderText(self.tr("Search a person by name"))
        self.edt_search.textChanged.connect(self._search)
        layout.addWidget(self.edt_search)
        self.lst_people = QListWidget()
        self.lst_people.setMinimumHeight(120)
        self.lst_people.currentItemChanged.connect(lambda *_: self._person_changed())
        layout.addWidget(self.lst_people, 1)
        layout.addLayout(self._request_form())
        self.lbl_state = QLabel()
        self.lbl_state.setWordWrap(True)
        layout.addWidget(self.lbl_state)
        buttons = QHBoxLayout()
        self.btn_record = QPushButton(self.tr("Record request"))
        self.btn_record.clicked.connect(self.record)
        self.btn_export = QPushButton(self.tr("Export overview..."))
        self.btn_export.clicked.connect(self.choose_and_export)
        buttons.addWidget(self.btn_record)
        buttons.addWidget(self.btn_export)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(640, 560)
        self._search("")

    def _request_form(self) -> QFormLayout:
        form = QFormLayout()
        self.dte_received = QDateEdit(_qdate(self._today))
        self.dte_received.setCalendarPopup(True)
        self.dte_received.setDisplayFormat("d MMMM yyyy")
        self.dte_received.setMaximumDate(_qdate(self._today))
        self.dte_received.dateChanged.connect(lambda *_: self._update_rule())
        born_row = QHBoxLayout()
        self.chk_born = QCheckBox(self.tr("Known"))
        self.dte_born = QDateEdit(_qdate(date(self._today.year - 14, 1, 1)))
        self.dte_born.setCalendarPopup(True)
        self.dte_born.setDisplayFormat("d MMMM yyyy")
        self.chk_born.toggled.connect(self.dte_born.setEnabled)
        self.chk_born.toggled.connect(lambda *_: self._update_rule())
        self.dte_born.dateChanged.connect(lambda *_: self._update_rule())
        born_row.addWidget(self.chk_born)
        born_row.addWidget(self.dte_born, 1)
        self.cmb_by = QComboBox()
        self.cmb_by.addItem(self.tr("Choose who asked"), None)
        for requester in Requester:
            self.cmb_by.addItem(requester_label(requester), requester)
        self.lbl_rule = QLabel()
        self.lbl_rule.setWordWrap(True)
        form.addRow(self.tr("Received on"), self.dte_received)
        form.addRow(self.tr("Date of birth"), born_row)
        form.addRow(self.tr("Asked by"), self.cmb_by)
        form.addRow("", self.lbl_rule)
        return form

    # ------------------------------------------------------------------ person
    def _search(self, text: str) -> None:
        self.lst_people.clear()
        for candidate in self._vault.access_requests.search(text.strip()):
            item = QListWidgetItem(_candidate_text(candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.lst_people.addItem(item)
        self._person_changed()

    def selected(self) -> PersonCandidate | None:
        item = self.lst_people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_person(self, person_id: int) -> None:
        for row in range(self.lst_people.count()):
            if self.lst_people.item(row).data(Qt.ItemDataRole.UserRole).person.id == person_id:
                self.lst_people.setCurrentRow(row)
                return

    def _person_changed(self) -> None:
        candidate = self.selected()
        born = candidate.person.born_on if candidate else None
        self.chk_born.setChecked(born is not None)
        self.dte_born.setEnabled(born is not None)
        if born is not None:
            self.dte_born.setDate(_qdate(born))
        self._update_rule()

    def requested_by(self) -> Requester | None:
        data = self.cmb_by.currentData()
        return Requester(data) if data else None

    def _born(self) -> date | None:
        return self.dte_born.date().toPython() if self.chk_born.isChecked() else None  # type: ignore[return-value]

    def _received(self) -> date:
        return self.dte_received.date().toPython()  # type: ignore[return-value]

    def _update_rule(self) -> None:
        born, received = self._born(), self._received()
        expected = requester_for_age(born, received)
        deadline = format_date(one_month_after(received))
        if expected is not None and born is not None:
            self.cmb_by.setCurrentIndex(self.cmb_by.findData(expected))
            rule = self.tr("%1 years old on the day of receipt: %2 exercises the rights. "
                           "Answer by %3.").replace("%1", str(age_on(born, received))) \
                .replace("%2", requester_label(expected).lower()).replace("%3", deadline)
        else:
            rule = self.tr("Date of birth unknown: say who asked (under 16 the parents, from "
                           "16 the pupil). Answer by %1.").replace("%1", deadline)
        self.lbl_rule.setText(rule)
        self._update_state()

    def _open_request(self) -> AccessRequest | None:
        candidate = self.selected()
        if candidate is None:
            return None
        return next((r for r in self._vault.access_requests.open()
                     if r.person.id == candidate.person.id), None)

    def _update_state(self) -> None:
        candidate, request = self.selected(), self._open_request()
        busy = self.op is not None and self.op.is_running
        self.btn_record.setEnabled(candidate is not None and not busy)
        self.btn_export.setEnabled(request is not None and not busy)
        if request is not None:
            self.lbl_state.setText(self.tr("Open request, received %1: answer by %2.")
                                   .replace("%1", format_date(request.received_on))
                                   .replace("%2", format_date(request.deadline)))
        elif candidate is not None:
            self.lbl_state.setText(self.tr("No open request about this person."))
        else:
            self.lbl_state.setText("")

    # ------------------------------------------------------------------ actions
    def record(self) -> AccessRequest | None:
        candidate = self.selected()
        if candidate is None:
            return None
        try:
            request = self._vault.access_requests.record(
                candidate.person.id, self._received(), self.requested_by(),
                born_on=self._born())
        except Exception as exc:
            self.lbl_state.setText(error_message(exc))
            return None
        self._search(self.edt_search.text())
        self.select_person(candidate.person.id)
        return request

    def choose_and_export(self) -> None:
        request = self._open_request()
        if request is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _filter = get_save_file_name(
            self, self.tr("Save access overview"), str(Path(folder) / f"inzage-{request.id}.pdf"),
            self.tr("PDF files (*.pdf)"))
        if path:
            self.export_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export_to(self, path: str) -> None:
        request = self._open_request()
        if request is None:
            return
        request_id = request.id

        def work(worker: CaseFile, *_: object) -> AccessExport:
            return worker.access_requests.export(request_id, path)

        self.op = BackgroundOp(with_worker_vault(self._vault, work), self)
        self.op.on_success(self._exported).on_failure(
            lambda exc: self.lbl_state.setText(error_message(exc)))
        self.lbl_state.setText(self.tr("Making the overview..."))
        self.op.start()
        self._update_state()

    def _exported(self, result: AccessExport) -> None:
        self.exported = result
        self.op = None
        self._update_state()
        self.lbl_state.setText(self.tr("Saved as %1 (%2 pages); the request is answered.")
                               .replace("%1", result.path)
                               .replace("%2", str(result.page_count)))

    @classmethod
    def show_dialog(cls, parent: QWidget | None, vault: CaseFile) -> None:
        dialog = cls(parent, vault)
        dialog.exec()
        dialog.deleteLater()
