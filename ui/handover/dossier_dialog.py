""""Dossier maken": choose for whom, what goes in, names and password; then generate.

    result = DossierDialog.run(parent, vault, case_id)   # ExportResult or None

The page count is previewed in the background (rendered in memory, never written);
generating runs in the background with progress and cancel, then offers to open the
PDF or show its folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.dossier.exports import ExportResult
from app.dossier.handover import HandoverResult
from app.dossier.profiles import PROFILES, ProfileId
from app.dossier.selection import DossierRequest, SelectableItem
from ui.common.drafts import GuardsTypedText
from ui.common.errors import error_message
from ui.common.file_dialogs import get_save_file_name
from ui.common.formatting import format_date
from ui.common.messages import message_lines, param_text
from ui.common.style import set_role
from ui.common.widgets import FitScrollArea, role_label
from ui.common.workers import BackgroundOp, with_worker_vault

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def item_text(item: SelectableItem) -> str:
    """A line of the checkable list: date (or B1) · kind · title."""
    first = item.number or (format_date(item.when) if item.when else "")
    return f"{first} · {param_text(item.category)} · {param_text(item.title)}"


class DossierDialog(GuardsTypedText, QDialog):
    def __init__(self, parent: QWidget | None, vault: CaseFile, case_id: int) -> None:
        super().__init__(parent)
        self._vault = vault
        self._case_id = case_id
        self._case = vault.cases.get(case_id)
        self._items: list[SelectableItem] = []
        self._preview_op: BackgroundOp | None = None
        self._export_op: BackgroundOp | None = None
        self.outcome: HandoverResult | None = None
        self.setWindowTitle(self.tr("Make dossier"))
        self.setModal(True)
        self.setMinimumWidth(640)
        self.resize(660, 680)  # smaller on a short screen: the form scrolls, the list shrinks
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(role_label(self.tr("Make dossier for case %1").replace(
            "%1", self._case.reference), "heading"))

        form = QWidget()
        form.setLayout(self._build_form())
        form.layout().setContentsMargins(0, 0, 8, 0)
        layout.addWidget(FitScrollArea(form))
        layout.addWidget(role_label(self.tr("What goes in"), "subheading"))
        self.lst_items = QListWidget()
        self.lst_items.setMinimumHeight(110)
        layout.addWidget(self.lst_items, 1)
        self._build_progress(layout)
        layout.addLayout(self._build_buttons())
        self._connect_signals()
        self._profile_changed()

    def _build_form(self) -> QFormLayout:
        """For whom, the recipient, pseudonyms, the PDF password and the evidence package."""
        form = QFormLayout()
        self.cmb_profile = QComboBox()
        for profile_id, text in ((ProfileId.COORDINATOR, self.tr("Coordinator: full dossier")),
                                 (ProfileId.POLICE, self.tr("Police: facts and evidence")),
                                 (ProfileId.SUMMARY, self.tr("Summary for a team meeting"))):
            self.cmb_profile.addItem(text, profile_id)
        form.addRow(self.tr("For"), self.cmb_profile)
        self.edt_recipient = QLineEdit()
        form.addRow(self.tr("Recipient"), self.edt_recipient)
        self.chk_pseudonymise = QCheckBox(self.tr("Replace names of other children"))
        self.chk_pseudonymise.setToolTip(self.tr(
            "Other children become 'Leerling A', 'Leerling B', ...; adults are named by "
            "their role. Evidence images are left out, because names can be read on them."))
        form.addRow("", self.chk_pseudonymise)
        self._unlinked = [u.value for u in self._vault.handover.unlinked(self._case_id)]
        self.lbl_unlinked = role_label(self.tr(
            "Who is this? %1 appear in the evidence but are linked to nobody; the dossier "
            "calls them 'onbekend account 1', and so on. Link them under People first."
        ).replace("%1", ", ".join(self._unlinked)), "error", wrap=True)
        self.lbl_unlinked.setVisible(False)
        form.addRow("", self.lbl_unlinked)
        self.edt_password = QLineEdit()
        self.edt_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.edt_password.setPlaceholderText(self.tr("optional"))
        self.edt_password2 = QLineEdit()
        self.edt_password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("PDF password"), self.edt_password)
        form.addRow(self.tr("Repeat password"), self.edt_password2)
        form.addRow("", role_label(self.tr(
            "Give the password to the recipient by another channel, for example by phone; "
            "never in the same e-mail as the dossier."), "muted", wrap=True))
        self.chk_package = QCheckBox(self.tr("Also save the evidence package (ZIP)"))
        self.chk_package.setToolTip(self.tr(
            "For the police: the original files byte for byte, a manifest with their "
            "SHA-256 and this dossier, in one ZIP file next to the PDF."))
        form.addRow("", self.chk_package)
        return form

    def _build_progress(self, layout: QVBoxLayout) -> None:
        """The page-count preview, the progress bar, the result and the error line."""
        self.lbl_preview = role_label("", "muted")
        layout.addWidget(self.lbl_preview)
        self.bar_progress = QProgressBar()
        self.bar_progress.setRange(0, 1000)
        self.bar_progress.hide()
        layout.addWidget(self.bar_progress)
        self.lbl_result = role_label("", "", wrap=True)
        self.lbl_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.lbl_result)
        self.lbl_error = role_label("", "error", wrap=True)
        self.lbl_error.hide()
        layout.addWidget(self.lbl_error)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.btn_open = QPushButton(self.tr("Open"))
        self.btn_folder = QPushButton(self.tr("Show folder"))
        for button in (self.btn_open, self.btn_folder):
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.btn_generate = QPushButton(self.tr("Generate..."))
        set_role(self.btn_generate, "primary")
        self.btn_generate.setDefault(True)
        self.btn_close = QPushButton(self.tr("Close"))
        buttons.addWidget(self.btn_generate)
        buttons.addWidget(self.btn_close)
        return buttons

    def _connect_signals(self) -> None:
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(400)
        self._preview_timer.timeout.connect(self._start_preview)
        self.cmb_profile.currentIndexChanged.connect(self._profile_changed)
        self.chk_pseudonymise.toggled.connect(self._schedule_preview)
        self.chk_pseudonymise.toggled.connect(
            lambda on: self.lbl_unlinked.setVisible(on and bool(self._unlinked)))
        self.lst_items.itemChanged.connect(self._schedule_preview)
        self.btn_generate.clicked.connect(self.generate)
        self.btn_close.clicked.connect(self._close_or_cancel)
        self.btn_open.clicked.connect(self.open_result)
        self.btn_folder.clicked.connect(self.show_folder)

    # ------------------------------------------------------------------ state
    @property
    def profile_id(self) -> ProfileId:
        return ProfileId(self.cmb_profile.currentData())

    def _profile_changed(self) -> None:
        profile = PROFILES[self.profile_id]
        self.edt_recipient.setPlaceholderText(profile.default_recipient)
        self.chk_pseudonymise.setChecked(profile.pseudonymise_default)
        self.chk_package.setEnabled(self.profile_id is ProfileId.POLICE)
        if self.profile_id is not ProfileId.POLICE:
            self.chk_package.setChecked(False)
        self._fill_items()
        self._schedule_preview()

    def _fill_items(self) -> None:
        self._items = self._vault.handover.selectable(self._case_id, self.profile_id)
        self.lst_items.blockSignals(True)
        self.lst_items.clear()
        for item in self._items:
            row = QListWidgetItem(item_text(item))
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if item.allowed:
                flags |= Qt.ItemFlag.ItemIsEnabled
            row.setFlags(flags)
            row.setCheckState(Qt.CheckState.Checked if item.allowed
                              else Qt.CheckState.Unchecked)
            row.setData(KEY_ROLE, (item.kind, item.id))
            if not item.allowed:
                row.setToolTip(self.tr("Not part of this kind of dossier."))
            self.lst_items.addItem(row)
        self.lst_items.blockSignals(False)

    def set_checked(self, kind: str, item_id: int, checked: bool) -> None:
        for i in range(self.lst_items.count()):
            row = self.lst_items.item(i)
            if row.data(KEY_ROLE) == (kind, item_id):
                row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def request(self) -> DossierRequest:
        excluded: dict[str, set[int]] = {"entry": set(), "evidence": set(),
                                         "description": set()}
        for i in range(self.lst_items.count()):
            row = self.lst_items.item(i)
            if row.checkState() != Qt.CheckState.Checked:
                kind, item_id = row.data(KEY_ROLE)
                excluded[kind].add(item_id)
        return DossierRequest(self.profile_id, self.edt_recipient.text().strip(),
                              frozenset(excluded["entry"]), frozenset(excluded["evidence"]),
                              self.chk_pseudonymise.isChecked(),
                              self.edt_password.text() or None,
                              include_description=not excluded["description"])

    # ------------------------------------------------------------------ preview
    def _schedule_preview(self) -> None:
        self.lbl_preview.setText(self.tr("Counting pages..."))
        self._preview_timer.start()

    def _start_preview(self) -> None:
        if self._preview_op is not None:
            self._preview_op.detach()
        request = self.request()
        case_id = self._case_id
        op = BackgroundOp(with_worker_vault(
            self._vault, lambda worker, _progress, cancelled:
            worker.handover.preview_page_count(case_id, request, cancelled)), self)
        op.on_success(lambda pages, o=op: self._previewed(o, pages))
        op.on_failure(lambda exc, o=op: self._previewed(o, None, exc))
        self._preview_op = op
        op.start()

    def _previewed(self, op: BackgroundOp, pages: int | None,
                   exc: BaseException | None = None) -> None:
        if op is not self._preview_op:
            return
        self._preview_op = None
        if exc is not None:
            self.lbl_preview.setText(error_message(exc))
        elif pages is not None:
            self.lbl_preview.setText(self.tr("± %n page(s)", "", pages))

    # ------------------------------------------------------------------ generate
    def problem(self) -> str:
        if self.edt_password.text() != self.edt_password2.text():
            return self.tr("The two passwords are not the same.")
        if not any(self.lst_items.item(i).checkState() == Qt.CheckState.Checked
                   for i in range(self.lst_items.count())) and self.profile_id is \
                ProfileId.POLICE:
            return self.tr("Choose at least one item for the police.")
        return ""

    def _suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = {ProfileId.COORDINATOR: "dossier", ProfileId.POLICE: "dossier-politie",
                ProfileId.SUMMARY: "samenvatting"}[self.profile_id]
        return str(Path(folder) / f"{name}-{self._case.reference}.pdf")

    def generate(self) -> None:
        problem = self.problem()
        self.lbl_error.setVisible(bool(problem))
        self.lbl_error.setText(problem)
        if problem or self._export_op is not None:
            return
        path, _filter = get_save_file_name(
            self, self.tr("Save dossier as PDF"), self._suggested_path(),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        pdf = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        package = pdf.with_suffix(".zip") if self.chk_package.isChecked() else None
        case_id, request = self._case_id, self.request()
        op = BackgroundOp(with_worker_vault(
            self._vault, lambda worker, progress, cancelled:
            worker.handover.export(case_id, request, pdf, package, progress, cancelled)), self)
        op.on_progress(lambda done, total: self.bar_progress.setValue(done * 1000 //
                                                                      max(total, 1)))
        op.on_success(self._exported).on_failure(self._failed).on_cancelled(self._cancelled)
        op.finished.connect(self._export_finished)
        self._export_op = op
        self.bar_progress.setValue(0)
        self.bar_progress.show()
        self.btn_generate.setEnabled(False)
        self.btn_close.setText(self.tr("Cancel"))
        self.lbl_result.setText(self.tr("Making the dossier..."))
        op.start()

    def _exported(self, outcome: HandoverResult | None) -> None:
        if outcome is None:
            self._cancelled()
            return
        self.outcome = outcome
        pdf = outcome.pdf
        text = self.tr("Saved: %1 (%2 pages)\nSHA-256: %3").replace("%1", str(pdf.path)) \
            .replace("%2", str(pdf.page_count)).replace("%3", pdf.sha256)
        if outcome.package is not None:
            text += "\n" + self.tr("Evidence package: %1").replace(
                "%1", str(outcome.package.path))
        if pdf.encrypted:
            text += "\n" + self.tr("Send the password by another channel.")
        for warning in message_lines(pdf.warnings):  # e.g. an image that could not be shown
            text += "\n" + warning
        self.lbl_result.setText(text)
        self.btn_open.show()
        self.btn_folder.show()

    def _failed(self, exc: BaseException) -> None:
        self.lbl_result.setText("")
        self.lbl_error.setText(error_message(exc))
        self.lbl_error.show()

    def _cancelled(self) -> None:
        self.lbl_result.setText(self.tr("Cancelled; nothing was saved."))

    def _export_finished(self) -> None:
        self._export_op = None
        self.bar_progress.hide()
        self.btn_generate.setEnabled(True)
        self.btn_close.setText(self.tr("Close"))

    def _close_or_cancel(self) -> None:
        if self._export_op is not None:
            self._export_op.cancel()
            return
        if self.outcome is not None:
            self.accept()
        else:
            self.reject()

    def open_result(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.pdf.path)))

    def show_folder(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.pdf.path.parent)))

    def draft_fields(self) -> dict[str, str]:
        """The recipient typed for a dossier not made yet (kept at a lock, asked on Cancel)."""
        return {} if self.outcome is not None else super().draft_fields()

    def done(self, code: int) -> None:
        """Closing stops the preview; a running export is cancelled (nothing is left)."""
        self._preview_timer.stop()
        for op in (self._preview_op, self._export_op):
            if op is not None:
                op.detach()
        self._preview_op = self._export_op = None
        super().done(code)

    @classmethod
    def run(cls, parent: QWidget | None, vault: CaseFile, case_id: int) -> ExportResult | None:
        """Show the dialog; the exported dossier, or None when nothing was made."""
        dialog = cls(parent, vault, case_id)
        dialog.draft_key = f"dossier/case:{case_id}"
        dialog.exec()
        outcome = dialog.outcome
        dialog.deleteLater()
        return outcome.pdf if outcome is not None else None
