"""The "Evidence" tab of a case: the gallery, the details panel, and every way in
(drop, "Add files...", paste, screen capture, WhatsApp export, describe-only), with
imports running in the background behind a progress strip with "Cancel"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.evidence import (
    EvidenceItem,
    EvidenceMetadata,
)
from ui.common.confirm import Confirm
from ui.common.removal_dialog import RemovalDialog
from ui.common.widgets import role_label
from ui.common.workers import BackgroundOp, with_worker_vault
from ui.evidence.capture import ScreenCapture
from ui.evidence.details import DetailsPanel
from ui.evidence.dialogs import DescribeDialog
from ui.evidence.gallery import EvidenceGallery
from ui.evidence.import_hold import ImportHold
from ui.evidence.importing import (
    ImportQueue,
    owned_op,
    thumbnail_image,
)
from ui.evidence.intake import IntakeMixin
from ui.evidence.model import ITEM_ROLE, EvidenceListModel
from ui.evidence.session import CollectionSession
from ui.evidence.toolbar import EvidenceToolbar
from ui.evidence.viewer import ViewerDialog, export_item


class EvidencePanel(IntakeMixin, QWidget):
    changed = Signal()
    failed = Signal(object)
    privacy_requested = Signal()
    items_added = Signal(object)  # list[EvidenceItem] (new, or the existing duplicate)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._store = vault.evidence
        self.case_id: int | None = None
        self._private = False
        self._pending_case: int | None = None
        self._shut = False
        self._thumb_op: BackgroundOp | None = None
        self._side_op: BackgroundOp | None = None
        self.capture: ScreenCapture | None = None
        self.session = None  # the open "collect evidence" session dialog, if any
        self.model = EvidenceListModel(self)
        self.queue = ImportQueue(vault, self)
        self.queue.progressed.connect(self._import_progress)
        self.queue.batch_done.connect(self._batch_done)
        self.queue.busy_changed.connect(self._busy_changed)
        self.import_hold = ImportHold(self.queue, self)
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._build_toolbar())
        self.lbl_status = role_label("", "muted", wrap=True)
        self.lbl_status.hide()
        layout.addWidget(self.lbl_status)
        self.stk_gallery = self._build_gallery()
        self.details = DetailsPanel(vault)
        self.details.saved.connect(self._saved)
        self.details.open_requested.connect(self.open_item)
        self.details.export_requested.connect(self.export)
        self.details.convert_requested.connect(self.convert)
        self.details.withdraw_requested.connect(self.withdraw)
        self.details.failed.connect(self.failed)
        layout.addWidget(self._build_splitter(), 1)
        self.act_paste = QAction(self.tr("Paste"), self)
        self.act_paste.setShortcut(QKeySequence.StandardKey.Paste)
        self.act_paste.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_paste.triggered.connect(self.paste)
        self.addAction(self.act_paste)
        self._update_state()

    def _build_toolbar(self) -> EvidenceToolbar:
        self.toolbar = EvidenceToolbar()
        tb = self.toolbar
        tb.add_files.connect(self.add_files)
        tb.paste.connect(self.paste)
        tb.capture.connect(self.take_screenshot)
        tb.add_chat.connect(self.add_chat)
        tb.describe.connect(self.describe_only)
        tb.session.connect(self.start_session)
        tb.privacy.connect(self.privacy_requested)
        tb.cancel.connect(self.queue.cancel)
        return tb

    def _build_gallery(self) -> QStackedWidget:
        """The gallery, or the drop zone that explains the ways in while the case has none."""
        self.gallery = EvidenceGallery()
        self.gallery.setModel(self.model)
        self.gallery.selectionModel().currentChanged.connect(self._current_changed)
        self.gallery.doubleClicked.connect(lambda _index: self.open_selected())
        self.gallery.open_requested.connect(self.open_selected)
        self.gallery.paste_requested.connect(self.paste)
        self.gallery.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.gallery.customContextMenuRequested.connect(self._context_menu)
        self.lbl_empty = role_label(self.tr(
            "No evidence yet.\n\nDrop screenshots, photos, videos, PDFs, e-mails or a WhatsApp "
            "export here, or use the buttons above. Ctrl+V pastes a screenshot.\n\nA nude or "
            "sexual image of a minor is never stored: choose 'Describe only (nude image)...'."),
            "empty", wrap=True)
        self.lbl_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lbl_empty.setStyleSheet("QLabel { border: 2px dashed #c8d0d6; border-radius: 10px;"
                                     " background: white; }")
        stack = QStackedWidget()
        stack.addWidget(self.gallery)
        stack.addWidget(self.lbl_empty)
        return stack

    def _build_splitter(self) -> QSplitter:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stk_gallery)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setHandleWidth(12)
        self.splitter.setSizes([400, 360])
        self.gallery.setMinimumWidth(200)
        self.details.setMinimumWidth(300)
        return self.splitter

    # ------------------------------------------------------------- case
    def set_case(self, case_id: int | None) -> None:
        if self._private:  # privacy mode stays on this case; the rest follows on leaving
            self._pending_case = case_id
            return
        if case_id != self.case_id:
            if self.details.dirty:
                self.details.save()  # what was typed is kept as a version, not lost
            self.lbl_status.hide()  # an import for the other case runs on, reported here
        self.case_id = case_id
        self.reload()

    def reload(self, select_item_id: int | None = None) -> None:
        if self._shut:
            return
        if self._thumb_op is not None:
            self._thumb_op.detach()
            self._thumb_op = None
        current = self.details.item.id if self.details.item is not None else None
        if self.case_id is None:
            self.model.clear()
        else:
            try:
                self.model.set_items(self._store.list_for_case(self.case_id))
            except Exception as exc:
                self.failed.emit(exc)
                self.model.clear()
        self._load_thumbnails()
        self.select_item(select_item_id or current)
        self._update_state()

    def _load_thumbnails(self) -> None:
        """Thumbnails come from the vault on a worker; each one shows as it arrives."""
        wanted = self.model.needs_thumbnail()
        if not wanted:
            return
        inbox: list[tuple[int, QImage | None]] = []

        def work(vault: CaseFile, progress, cancelled) -> None:  # type: ignore[no-untyped-def]
            store = vault.evidence
            for done, item_id in enumerate(wanted, start=1):
                if cancelled():
                    return
                try:
                    image = thumbnail_image(store, store.get(item_id), make=True)
                except Exception:  # vanished or converted meanwhile: placeholder
                    image = None
                inbox.append((item_id, image))
                progress(done, len(wanted))

        def drain(*_args: object) -> None:
            while inbox:
                item_id, image = inbox.pop(0)
                if self.model.row_of(item_id) >= 0:
                    self.model.set_thumbnail(item_id, image)

        op = owned_op(with_worker_vault(self._vault, work), self)
        op.on_progress(drain).on_success(drain).on_failure(lambda _exc: None)
        op.finished.connect(lambda: setattr(self, "_thumb_op", None)
                            if self._thumb_op is op else None)
        self._thumb_op = op
        op.start()

    def select_item(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id) if item_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row < 0:
            self.details.show_item(None)
            return
        index = self.model.index(row, 0)
        self.gallery.setCurrentIndex(index)
        self.gallery.scrollTo(index)
        self.details.show_item(self.model.item_at(row))

    def selected_item(self) -> EvidenceItem | None:
        index = self.gallery.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def _current_changed(self, current, previous) -> None:  # type: ignore[no-untyped-def]
        if self.details.dirty and not self.details.save():
            # Not saved (the message says why): stay on the item being edited.
            selection = self.gallery.selectionModel()
            blocked = selection.blockSignals(True)
            selection.setCurrentIndex(previous, selection.SelectionFlag.ClearAndSelect)
            selection.blockSignals(blocked)
            return
        self.details.show_item(current.data(ITEM_ROLE) if current.isValid() else None)

    def _update_state(self) -> None:
        self.toolbar.set_enabled_for_case(self.case_id is not None, private=self._private)
        has_items = self.model.rowCount() > 0
        self.stk_gallery.setCurrentWidget(self.gallery if has_items else self.lbl_empty)
        self.details.setVisible(has_items)  # an empty case: the drop zone takes the room

    def set_private(self, private: bool) -> None:
        if private:
            self._pending_case = self.case_id
        self._private = private
        self.details.set_private(private)
        self._update_state()
        if not private and self._pending_case != self.case_id:
            self.set_case(self._pending_case)

    def describe_only(self) -> None:
        if self.case_id is None:
            return
        meta = self._session_metadata() or EvidenceMetadata()
        value, accepted = DescribeDialog.get_description(
            self, collected_with=meta.collected_with, draft_key=f"describe/case:{self.case_id}")
        if not accepted or value is None:
            return
        description, circulation, collected_with = value
        try:
            item = self._store.record_described_only(
                self.case_id, description, circulation,
                EvidenceMetadata(platform=meta.platform, collected_with=collected_with))
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.model.put_item(item)
        self.select_item(item.id)
        self._update_state()
        self._say(self.tr("%1 recorded as a description only; no image was stored.")
                  .replace("%1", item.label))
        self.items_added.emit([item])
        self.changed.emit()

    # ------------------------------------------------------------- item commands
    def _saved(self, item: EvidenceItem) -> None:
        self.model.put_item(item)
        self.changed.emit()

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_item(item)

    def open_item(self, item: EvidenceItem) -> None:
        ViewerDialog.show_item(self, self._vault, item)

    def export(self, item: EvidenceItem) -> None:
        self._side_op = export_item(self, self._vault, item, self.lbl_status,
                                    self.toolbar.bar_progress)
        self.lbl_status.show()

    def convert(self, item: EvidenceItem) -> None:
        if not item.has_bytes:
            return
        value, accepted = DescribeDialog.get_description(
            self, converting=item, draft_key=f"describe/evidence:{item.id}")
        if not accepted or value is None:
            return
        sure, _ = Confirm.ask(self, self.tr("Destroy the image"), self.tr(
            "The file of %1 is destroyed for good and cannot be brought back. Continue?")
            .replace("%1", item.label), self.tr("Destroy the image"))
        if not sure:
            return
        description, circulation, _collected_with = value
        item_id = item.id

        def work(vault: CaseFile, _progress, _cancelled) -> EvidenceItem:  # type: ignore[no-untyped-def]
            return vault.evidence.convert_to_described(item_id, description, circulation)

        self.toolbar.show_busy(True, can_cancel=False)
        self.toolbar.lbl_progress.setText(self.tr("Destroying the image of %1...").replace(
            "%1", item.label))
        op = owned_op(with_worker_vault(self._vault, work), self)
        op.on_success(self._converted).on_failure(self.failed.emit)
        op.finished.connect(lambda: self._busy_changed(self.queue.busy))
        self._side_op = op
        op.start()

    def _converted(self, item: EvidenceItem) -> None:
        self.model.put_item(item)
        self.model.set_thumbnail(item.id, None)
        self.select_item(item.id)
        self._say(self.tr("The image of %1 was destroyed; only the description is kept.")
                  .replace("%1", item.label))
        self.changed.emit()

    def withdraw(self, item: EvidenceItem) -> None:
        """Added by mistake: the content goes for good, the record stays (in the
        background: the vault file is compacted afterwards)."""
        if item.is_withdrawn:
            return
        reason, accepted = RemovalDialog.get_reason(
            self, self.tr("Withdraw %1").replace("%1", item.label),
            self.tr("The file of %1, its preview and, for a chat, the read messages are "
                    "deleted for good. They cannot be brought back, also not from a new "
                    "backup.").replace("%1", item.label),
            self.tr("Kept: the number %1, the SHA-256, the size, the import time, the time "
                    "of withdrawal and your reason. The item stays greyed in the list.")
            .replace("%1", item.label),
            self.tr("Withdraw for good"), draft_key=f"evidence-withdraw/evidence:{item.id}")
        if not accepted or reason is None:
            return
        item_id = item.id

        def work(vault: CaseFile, _progress, _cancelled) -> EvidenceItem:  # type: ignore[no-untyped-def]
            return vault.evidence.withdraw(item_id, reason)

        self.toolbar.show_busy(True, can_cancel=False)
        self.toolbar.lbl_progress.setText(self.tr("Withdrawing %1...").replace(
            "%1", item.label))
        op = owned_op(with_worker_vault(self._vault, work), self)
        op.on_success(self._withdrawn).on_failure(self.failed.emit)
        op.finished.connect(lambda: self._busy_changed(self.queue.busy))
        self._side_op = op
        op.start()

    def _withdrawn(self, item: EvidenceItem) -> None:
        self.model.put_item(item)
        self.model.set_thumbnail(item.id, None)
        self.select_item(item.id)
        self._say(self.tr("%1 was withdrawn; its file was deleted.").replace("%1", item.label))
        self.changed.emit()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.gallery.indexAt(pos)
        if not index.isValid():
            return
        item: EvidenceItem = index.data(ITEM_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_item(item))
        if item.has_bytes:
            menu.addAction(self.tr("Export..."), lambda: self.export(item))
            menu.addSeparator()
            menu.addAction(self.tr("Remove image, keep description..."),
                           lambda: self.convert(item))
        if not item.is_withdrawn:
            menu.addAction(self.tr("Withdraw…"), lambda: self.withdraw(item))
        menu.exec(self.gallery.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------- session
    def start_session(self) -> None:
        if self.case_id is None:
            return
        if self.session is not None:
            self.session.raise_()
            self.session.activateWindow()
            return
        session = CollectionSession(self, self._vault, self.case_id)
        session.finished.connect(self._session_closed)
        self.session = session
        session.draft_key = f"session/case:{self.case_id}"
        session.offer_draft()
        session.show()

    def _session_closed(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            session.deleteLater()
        self.reload()
        self.changed.emit()

    def shutdown(self) -> None:
        """The workspace goes away (lock): stop background work, drop pictures."""
        if self.details.dirty:
            self.details.save()
        self._shut = True
        if self.session is not None:
            self.session.close()
        self.queue.detach()
        for op in (self._thumb_op, self._side_op):
            if op is not None:
                op.detach()
        self._thumb_op = self._side_op = None
        self.model.clear()
        self.details.show_item(None)

