"""The ways evidence comes into a case's tab: dropped files, "Add files...", a WhatsApp
export, the clipboard (Ctrl+V) and a screen capture, and what the background imports
report back. Mixed into EvidencePanel, which owns `case_id`, `queue` (the background
imports), `model`, `gallery`, `toolbar`, `lbl_empty`, `lbl_status` and `session`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from app.evidence import EvidenceMetadata, EvidenceSource
from app.timeutil import AMSTERDAM
from ui.common.confirm import inform
from ui.common.file_dialogs import get_open_file_names
from ui.common.style import ACCENT
from ui.evidence.capture import WHOLE, ScreenCapture, png_bytes
from ui.evidence.importing import BatchReport, ImportJob, ImportOutcome


def local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class IntakeMixin:
    """Drop, file dialogs, paste, capture and import results for EvidencePanel."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case_id is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._highlight(False)
        super().dragLeaveEvent(event)

    def _highlight(self, on: bool) -> None:
        """Show where the files will land while they are dragged over the tab."""
        border = f"2px dashed {ACCENT}" if on else "1px solid #dde2e6"
        self.gallery.setStyleSheet(f"QListView {{ background: {'#eef5f9' if on else '#f7f8f9'};"
                                   f" border: {border}; border-radius: 6px; }}")
        self.lbl_empty.setStyleSheet(
            f"QLabel {{ border: 2px dashed {ACCENT if on else '#c8d0d6'}; border-radius: 10px;"
            f" background: {'#eef5f9' if on else 'white'}; }}")

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.case_id is not None and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        files = local_files(event.mimeData())
        if self.case_id is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(files)

    def import_paths(self, paths: list[Path], *, chat: bool = False) -> None:
        if self.case_id is None or not paths:
            return
        meta = self._session_metadata()
        self.queue.add(self.case_id, [ImportJob.file(p, chat=chat, metadata=meta)
                                      for p in paths])

    def add_files(self) -> None:
        if self.case_id is None:
            return
        paths, _filter = get_open_file_names(
            self, QCoreApplication.translate("EvidencePanel", "Add evidence"),
            str(Path.home()), QCoreApplication.translate("EvidencePanel", "All files (*)"))
        self.import_paths([Path(p) for p in paths])

    def add_chat(self) -> None:
        if self.case_id is None:
            return
        paths, _filter = get_open_file_names(
            self, QCoreApplication.translate("EvidencePanel",
                                             "Import a chat export (WhatsApp or Telegram)"),
            str(Path.home()), QCoreApplication.translate(
                "EvidencePanel", "Chat export (*.txt *.zip *.json);;All files (*)"))
        self.import_paths([Path(p) for p in paths], chat=True)

    def paste(self) -> None:
        if self.case_id is None:
            return
        mime = QApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QApplication.clipboard().image()
            if not image.isNull():
                now = self._vault.clock.now()
                name = QCoreApplication.translate("EvidencePanel", "Pasted %1.png").replace(
                    "%1", now.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H.%M.%S"))
                self.queue.add(self.case_id, [ImportJob.pasted(
                    png_bytes(image), name, source=EvidenceSource.CLIPBOARD,
                    metadata=self._session_metadata())])
                return
        if mime is not None and local_files(mime):
            self.import_paths(local_files(mime))
            return
        self._say(QCoreApplication.translate(
            "EvidencePanel", "There is no picture on the clipboard. Copy a screenshot first "
            "(for example with PrtScn), then paste it here."))

    def take_screenshot(self, mode: str = WHOLE) -> None:
        if self.case_id is None or self.capture is not None:
            return
        capture = ScreenCapture(self.window(), mode)
        capture.captured.connect(self._captured)
        capture.cancelled.connect(self._capture_cancelled)
        self.capture = capture
        capture.start()

    def _captured(self, image: QImage, at: datetime) -> None:
        self.capture = None
        if self.case_id is None:
            return
        name = QCoreApplication.translate("EvidencePanel", "Screenshot %1.png").replace(
            "%1", at.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H.%M.%S"))
        self.queue.add(self.case_id, [ImportJob.pasted(
            png_bytes(image), name, source=EvidenceSource.SCREEN_CAPTURE, captured_at=at,
            metadata=self._session_metadata())])

    def _capture_cancelled(self) -> None:
        self.capture = None
        self._say(QCoreApplication.translate("EvidencePanel",
                                             "Screenshot cancelled; nothing was stored."))

    def _session_metadata(self) -> EvidenceMetadata | None:
        return self.session.default_metadata() if self.session is not None else None

    # ------------------------------------------------------------- import results
    def _busy_changed(self, busy: bool) -> None:
        self.toolbar.show_busy(busy)
        if busy:
            self.lbl_status.hide()

    def _import_progress(self, text: str, done: int, total: int) -> None:
        self.toolbar.show_progress(text, done, total)

    def _batch_done(self, outcomes: list[ImportOutcome], cancelled: bool, case_id: int) -> None:
        added = [o for o in outcomes if o.item is not None]
        if case_id != self.case_id:  # the counsellor moved on to another case meanwhile
            self.changed.emit()
            try:
                reference = self._vault.cases.get(case_id).reference
            except Exception:
                reference = ""
            self._report(added, [o for o in outcomes if o.duplicate is not None],
                         [o for o in outcomes if o.error is not None], cancelled, reference)
            return
        for outcome in added:
            assert outcome.item is not None
            self.model.put_item(outcome.item)
            self.model.set_thumbnail(outcome.item.id, outcome.thumbnail)
        duplicates = [o for o in outcomes if o.duplicate is not None]
        errors = [o for o in outcomes if o.error is not None]
        focus = added[-1].item if added else duplicates[-1].duplicate if duplicates else None
        if focus is not None:
            self.select_item(focus.id)
        self._update_state()
        touched = [o.item for o in added] + [o.duplicate for o in duplicates]
        if touched:
            self.items_added.emit(touched)
        if added:
            self.changed.emit()
        self._report(added, duplicates, errors, cancelled)

    def _report(self, added: list[ImportOutcome], duplicates: list[ImportOutcome],
                errors: list[ImportOutcome], cancelled: bool, reference: str = "") -> None:
        report = BatchReport(added, duplicates, errors, cancelled, reference)
        self._say(report.text)
        if report.needs_attention:
            inform(self, QCoreApplication.translate("EvidencePanel", "Adding evidence"),
                   report.text, warning=report.is_warning)

    def _say(self, text: str) -> None:
        self.lbl_status.setText(text)
        self.lbl_status.setVisible(bool(text))
