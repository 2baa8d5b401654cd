""""Dossier vernietigen..." and "Anonimiseren...": what goes, what needs confirming, why.

    record = DestroyDialog.run(parent, vault, case_id, anonymise=False)  # or None

Shows the preview (counts, exports outside the vault, open work, not closed), asks for a
reason and for the case reference typed over, runs the destruction in the background (one
transaction; it cannot be cancelled halfway) and then offers to save the "verklaring van
vernietiging". Destroying shows that the case's numbers leave the yearly report and
offers to anonymise instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.destruction import DestructionPreview, DestructionRecord
from app.wording import human_size
from ui.common.errors import error_message
from ui.common.file_dialogs import get_save_file_name
from ui.common.messages import message_lines
from ui.common.style import set_role
from ui.common.widgets import FitScrollArea, role_label
from ui.common.workers import BackgroundOp, Progress, with_worker_vault
from ui.shell.backup_controller import _ONE_AT_A_TIME


def _destroy(worker: CaseFile, case_id: int, reason: str, anonymise: bool,
             progress: Progress) -> DestructionRecord:
    act = worker.destruction.anonymise if anonymise else worker.destruction.destroy
    with _ONE_AT_A_TIME:  # it replaces the backups afterwards: not beside a running backup
        return act(case_id, reason, confirm=True, progress=progress)


class DestroyDialog(QDialog):
    def __init__(self, parent: QWidget | None, vault: CaseFile, preview: DestructionPreview,
                 *, anonymise: bool) -> None:
        super().__init__(parent)
        self._vault = vault
        self._preview = preview
        self.anonymise = anonymise
        self.record: DestructionRecord | None = None
        self._op: BackgroundOp | None = None
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.lbl_heading = role_label("", "heading", wrap=True)
        self.lbl_intro = role_label("", wrap=True)
        layout.addWidget(self.lbl_heading)
        # what goes and the confirmation scroll when the screen is short (125% on a laptop)
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 8, 0)
        col.addWidget(self.lbl_intro)
        col.addWidget(self._counts_card())
        self._build_statistics(col)
        self._build_warnings(col)
        self._build_confirmation(col)
        layout.addWidget(FitScrollArea(body), 1)
        self.bar_progress = QProgressBar()
        self.bar_progress.setRange(0, 1000)
        self.bar_progress.hide()
        layout.addWidget(self.bar_progress)
        self.lbl_result = role_label("", wrap=True)
        self.lbl_error = role_label("", "error", wrap=True)
        self.lbl_error.hide()
        layout.addWidget(self.lbl_result)
        layout.addWidget(self.lbl_error)
        self._build_buttons(layout)
        self._show_mode()
        self.resize(self.sizeHint())

    # ----------------------------------------------------------------- building
    def _counts_card(self) -> QFrame:
        c = self._preview.counts
        card = QFrame()
        set_role(card, "card")
        form = QFormLayout(card)
        form.setContentsMargins(16, 10, 16, 10)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(3)
        for caption, value in (
                (self.tr("Timeline entries"), str(c.entries)),
                (self.tr("Earlier versions"), str(c.revisions)),
                (self.tr("People in the case"), str(c.people_links)),
                (self.tr("People in no other case (removed)"), str(c.people)),
                (self.tr("Nicknames, accounts and contact details"), str(c.identity_forms)),
                (self.tr("Evidence items"), f"{c.evidence} ({human_size(c.evidence_bytes)})"),
                (self.tr("Chats"), str(c.chats)),
                (self.tr("Letters and exports (their record)"), str(c.letters + c.exports)),
                (self.tr("Unsaved drafts"), str(c.drafts)),
                (self.tr("Protocol records (steps, agreements, ...)"), str(c.casework))):
            form.addRow(role_label(caption, "fieldname"), QLabel(value))
        return card

    def _build_statistics(self, layout: QVBoxLayout) -> None:
        self.frm_statistics = QFrame()
        set_role(self.frm_statistics, "card")
        row = QHBoxLayout(self.frm_statistics)
        row.setContentsMargins(16, 10, 16, 10)
        self.lbl_statistics = role_label(self.tr(
            "The numbers of this case disappear from the yearly report. To keep them, "
            "anonymise the case instead: names, texts, people and evidence go, the "
            "statistics stay."), wrap=True)
        self.btn_anonymise_instead = QPushButton(self.tr("Anonymise instead"))
        self.btn_anonymise_instead.clicked.connect(self.switch_to_anonymise)
        row.addWidget(self.lbl_statistics, 1)
        row.addWidget(self.btn_anonymise_instead, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.frm_statistics)

    def _build_warnings(self, layout: QVBoxLayout) -> None:
        lines = message_lines(self._preview.warnings)
        self.lbl_warnings = role_label("\n".join(f"• {line}" for line in lines), "error",
                                       wrap=True)
        self.chk_warnings = QCheckBox(self.tr("I have read these warnings and want to go on"))
        self.chk_warnings.toggled.connect(self._update_button)
        layout.addWidget(self.lbl_warnings)
        layout.addWidget(self.chk_warnings)
        self.lbl_warnings.setVisible(bool(lines))
        self.chk_warnings.setVisible(bool(lines))

    def _build_confirmation(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.edt_reason = QLineEdit()
        self.edt_reason.setPlaceholderText(self.tr(
            "For example: closed, follow-up done, counted in the yearly report"))
        self.edt_reference = QLineEdit()
        self.edt_reference.setPlaceholderText(self._preview.reference)
        self.lbl_reference = QLabel()
        form.addRow(QLabel(self.tr("Reason (no names)")), self.edt_reason)
        form.addRow(self.lbl_reference, self.edt_reference)
        for edit in (self.edt_reason, self.edt_reference):
            edit.textChanged.connect(self._update_button)
        layout.addLayout(form)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.btn_statement = QPushButton(self.tr("Save statement..."))
        self.btn_statement.clicked.connect(self.save_statement)
        self.btn_statement.hide()
        row.addWidget(self.btn_statement)
        row.addStretch(1)
        self.btn_close = QPushButton(self.tr("Cancel"))
        self.btn_close.clicked.connect(self._close)
        self.btn_go = QPushButton()
        set_role(self.btn_go, "primary")
        self.btn_go.clicked.connect(self.start)
        row.addWidget(self.btn_close)
        row.addWidget(self.btn_go)
        layout.addLayout(row)

    def _show_mode(self) -> None:
        ref = self._preview.reference
        if self.anonymise:
            self.setWindowTitle(self.tr("Anonymise case"))
            self.lbl_heading.setText(self.tr("Anonymise case %1").replace("%1", ref))
            self.lbl_intro.setText(self.tr(
                "Names, free text, people, evidence and letters are removed for good. What "
                "the yearly report counts stays (kind, dates, protocol, urgency, outcome, "
                "offences, platform); the case can no longer be changed."))
            self.btn_go.setText(self.tr("Anonymise"))
        else:
            self.setWindowTitle(self.tr("Destroy case"))
            self.lbl_heading.setText(self.tr("Destroy case %1").replace("%1", ref))
            self.lbl_intro.setText(self.tr(
                "This removes the case for good, with everything only it holds. The audit "
                "log keeps one line without content: reference, date, numbers, reason and "
                "a checksum. Backups are replaced afterwards."))
            self.btn_go.setText(self.tr("Destroy"))
        show_statistics = not self.anonymise and self._preview.in_statistics
        self.frm_statistics.setVisible(show_statistics)
        self.lbl_reference.setText(self.tr("Type %1 to confirm").replace("%1", ref))
        self._update_button()

    # ----------------------------------------------------------------- acting
    def switch_to_anonymise(self) -> None:
        self.anonymise = True
        self._show_mode()

    def _ready(self) -> bool:
        return (bool(self.edt_reason.text().strip())
                and self.edt_reference.text().strip() == self._preview.reference
                and (not self._preview.warnings or self.chk_warnings.isChecked()))

    def _update_button(self) -> None:
        self.btn_go.setEnabled(self._op is None and self.record is None and self._ready())

    def start(self) -> None:
        if not self._ready() or self._op is not None:
            return
        case_id, reason, anonymise = (self._preview.case_id, self.edt_reason.text(),
                                      self.anonymise)
        op = BackgroundOp(with_worker_vault(
            self._vault, lambda worker, progress, _cancelled:
            _destroy(worker, case_id, reason, anonymise, progress)), self)
        op.on_progress(lambda done, total: self.bar_progress.setValue(
            done * 1000 // max(total, 1)))
        op.on_success(self._done).on_failure(self._failed)
        op.finished.connect(self._finished)
        self._op = op
        for widget in (self.edt_reason, self.edt_reference, self.chk_warnings,
                       self.btn_anonymise_instead, self.btn_close):
            widget.setEnabled(False)
        self.bar_progress.setValue(0)
        self.bar_progress.show()
        self.lbl_error.hide()
        self.lbl_result.setText(self.tr("Working... this cannot be stopped halfway."))
        self._update_button()
        op.start()

    def _done(self, record: DestructionRecord) -> None:
        self.record = record
        done = (self.tr("The case was anonymised.") if self.anonymise
                else self.tr("The case was destroyed."))
        self.lbl_result.setText(done + "\n" + self.tr(
            "Audit line %1, checksum %2. Save the statement for your records.")
            .replace("%1", str(record.audit_id)).replace("%2", record.content_sha256))
        self.btn_statement.show()
        self.btn_close.setText(self.tr("Close"))

    def _failed(self, exc: BaseException) -> None:
        self.lbl_result.setText("")
        self.lbl_error.setText(error_message(exc))
        self.lbl_error.show()
        for widget in (self.edt_reason, self.edt_reference, self.chk_warnings,
                       self.btn_anonymise_instead):
            widget.setEnabled(True)

    def _finished(self) -> None:
        self._op = None
        self.bar_progress.hide()
        self.btn_close.setEnabled(True)
        self._update_button()

    def save_statement(self) -> Path | None:
        if self.record is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"verklaring-vernietiging-{self.record.reference}.pdf"
        path, _filter = get_save_file_name(self, self.tr("Save statement as PDF"),
                                           str(Path(folder) / name), self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        try:
            target = self._vault.destruction.export_statement(self.record.audit_id, path)
        except Exception as exc:
            self._failed(exc)
            return None
        self.lbl_result.setText(self.lbl_result.text() + "\n" + self.tr("Saved: %1")
                                .replace("%1", str(target)))
        return target

    def _close(self) -> None:
        if self.record is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self._op is None:  # a running destruction finishes first
            super().reject()

    @classmethod
    def run(cls, parent: QWidget | None, vault: CaseFile, case_id: int, *,
            anonymise: bool = False) -> DestructionRecord | None:
        dialog = cls(parent, vault, vault.destruction.preview(case_id), anonymise=anonymise)
        dialog.exec()
        record = dialog.record
        dialog.deleteLater()
        return record
