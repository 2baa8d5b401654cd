"""'Collect evidence': a guided checklist for sitting with the student. Items added while
it is open are listed, each with a compact form for its details (ui/evidence/
session_item.py); who was present and the device are asked once and stored on every
item. "Finish" records one timeline entry (who was there, when, what was collected, the
advice given), linked to every item."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.evidence import EvidenceItem, EvidenceMetadata
from app.timeutil import AMSTERDAM
from ui.common.confirm import Confirm, inform
from ui.common.drafts import GuardsTypedText
from ui.common.errors import error_message
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.evidence.capture import REGION, WHOLE
from ui.evidence.labels import kind_label
from ui.evidence.session_item import SessionItemForm, detected_platform
from ui.evidence.tips import capture_tips
from ui.shell.window_fit import size_dialog

PREFERRED = QSize(1240, 700)


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    set_role(card, "card")
    inner = QVBoxLayout(card)
    inner.setContentsMargins(16, 12, 16, 14)
    inner.setSpacing(6)
    inner.addWidget(role_label(title, "subheading", wrap=True))  # Dutch titles are long
    return card, inner


def _scrolled(widget: QWidget) -> QScrollArea:
    """Scrolls up and down only; the column is as wide as its content needs."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    scroll.setMinimumWidth(widget.minimumSizeHint().width()
                           + scroll.verticalScrollBar().sizeHint().width())
    return scroll


class CollectionSession(GuardsTypedText, QDialog):
    """Non-modal, so the window can hide for a screen capture and come back."""

    def __init__(self, panel: QWidget, vault: CaseFile, case_id: int) -> None:
        super().__init__(panel.window())
        self._panel = panel
        self._vault = vault
        self._store = vault.evidence
        self.case_id = case_id
        self.started_at = vault.clock.now()
        self.items: list[EvidenceItem] = []
        self.confirmed: set[int] = set()  # items whose details were saved (or detected)
        self.recorded_entry = None
        self.setWindowTitle(self.tr("Collect evidence"))
        self.setModal(False)
        size_dialog(self, PREFERRED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(role_label(self.tr("Collect evidence with the student"), "heading"))
        layout.addWidget(role_label(self.tr(
            "Started at %1. Go through the list together; everything you add now is linked "
            "to this session.").replace("%1", f"{self.started_at.astimezone(AMSTERDAM):%H:%M}"),
            "muted", wrap=True))
        layout.addLayout(self._who_row())
        self.form = SessionItemForm(vault, case_id, lambda: (self.student(), self.device()))
        self.cmb_platform = self.form.cmb_platform
        self.form.platform_changed.connect(self._show_tips)
        self.form.saved.connect(self._item_saved)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        layout.addLayout(self._add_row())
        columns.addWidget(self._checklist(), 5)
        columns.addWidget(self._collected_card(), 3)
        columns.addWidget(self._details_column(), 6)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        self.lbl_error = role_label("", "error", wrap=True)
        bottom.addWidget(self.lbl_error, 1)
        self.btn_close = QPushButton(self.tr("Close without recording"))
        self.btn_finish = QPushButton(self.tr("Finish and record"))
        set_role(self.btn_finish, "primary")
        self.btn_close.clicked.connect(self._close_without)
        self.btn_finish.clicked.connect(self.finish)
        bottom.addWidget(self.btn_close)
        bottom.addWidget(self.btn_finish)
        layout.addLayout(bottom)
        panel.items_added.connect(self.add_items)
        self.act_paste = QAction(self.tr("Paste"), self)
        self.act_paste.setShortcut(QKeySequence.StandardKey.Paste)
        self.act_paste.triggered.connect(self._panel.paste)
        self.addAction(self.act_paste)
        self._show_tips("")

    # ------------------------------------------------------------- building
    def _who_row(self) -> QHBoxLayout:
        """Asked once per session and stored on every item: who was there, the device."""
        who = QHBoxLayout()
        self.edt_counsellor = QLineEdit(self._vault.counsellor)
        self.edt_student = QLineEdit()
        self.edt_student.setPlaceholderText(self.tr("Name of the student"))
        self.edt_device = QLineEdit()
        self.edt_device.setPlaceholderText(self.tr("e.g. the student's phone"))
        for caption, widget in ((self.tr("Counsellor"), self.edt_counsellor),
                                (self.tr("Student"), self.edt_student),
                                (self.tr("Device"), self.edt_device)):
            who.addWidget(role_label(caption, "fieldname"))
            who.addWidget(widget, 1)
        return who

    def _checklist(self) -> QScrollArea:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        card, inner = _card(self.tr("1. What happened?"))
        self.edt_what = QPlainTextEdit()
        self.edt_what.setPlaceholderText(self.tr(
            "In the student's words: what happened, where, since when"))
        self.edt_what.setFixedHeight(64)
        inner.addWidget(self.edt_what)
        column.addWidget(card)
        card, inner = _card(self.tr("2. Record it"))
        self.chk_capture: list[QCheckBox] = []
        for text in (self.tr("Where: the platform and the group, chat or profile"),
                     self.tr("Accounts and nicknames (@name and display name)"),
                     self.tr("Web address (URL) of the message, post or profile"),
                     self.tr("Date and time as shown on the screen"),
                     self.tr("Screenshots, with the name and time visible"),
                     self.tr("Saved messages or a chat export")):
            box = QCheckBox(text)
            inner.addWidget(box)
            self.chk_capture.append(box)
        column.addWidget(card)
        card, inner = _card(self.tr("3. A nude or sexual image of a minor?"))
        card.setObjectName("nudeCard")
        card.setStyleSheet("QFrame#nudeCard { background: #fdf3f5; border: 1px solid #efc7d2;"
                           " border-radius: 8px; }")
        inner.addWidget(role_label(self.tr(
            "Never store it, not even for a moment. Describe what was seen and where it went "
            "round; then contact the police contact of the school and point to Helpwanted."),
            wrap=True))
        self.btn_describe = QPushButton(self.tr("Describe only (nude image)..."))
        self.btn_describe.clicked.connect(self._panel.describe_only)
        row = QHBoxLayout()
        row.addWidget(self.btn_describe)
        row.addStretch(1)
        inner.addLayout(row)
        column.addWidget(card)
        card, inner = _card(self.tr("4. Advice to the student"))
        self.chk_advice: list[QCheckBox] = []
        for text in (self.tr("Save everything"), self.tr("Do not reply"),
                     self.tr("Block the sender, but only after saving"),
                     self.tr("Report it to the platform"),
                     self.tr("Tell someone you trust")):
            box = QCheckBox(text)
            inner.addWidget(box)
            self.chk_advice.append(box)
        column.addWidget(card)
        card, inner = _card(self.tr("Capture tips"))
        self.lbl_tips_for = role_label("", "fieldname")
        self.lbl_tips = role_label("", wrap=True)
        self.lbl_tips.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(self.lbl_tips_for)
        inner.addWidget(self.lbl_tips)
        column.addWidget(card)
        column.addStretch(1)
        return _scrolled(body)

    def _add_row(self) -> QHBoxLayout:
        """Every way in, in one row above the columns."""
        row = QHBoxLayout()
        row.setSpacing(8)
        self.btn_files = QPushButton(self.tr("Add files..."))
        self.btn_paste = QPushButton(self.tr("Paste"))
        self.btn_capture = QPushButton(self.tr("Take screenshot"))
        menu = QMenu(self.btn_capture)
        menu.addAction(self.tr("Whole screen"), lambda: self._panel.take_screenshot(WHOLE))
        menu.addAction(self.tr("Choose a region..."),
                       lambda: self._panel.take_screenshot(REGION))
        self.btn_capture.setMenu(menu)
        self.btn_chat = QPushButton(self.tr("WhatsApp export..."))
        self.btn_files.clicked.connect(self._panel.add_files)
        self.btn_paste.clicked.connect(self._panel.paste)
        self.btn_chat.clicked.connect(self._panel.add_chat)
        row.addWidget(role_label(self.tr("Add"), "fieldname"))
        for button in (self.btn_files, self.btn_paste, self.btn_capture, self.btn_chat):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _collected_card(self) -> QWidget:
        card, inner = _card(self.tr("Collected in this session"))
        self.lst_items = QListWidget()
        self.lst_items.setMinimumHeight(70)
        self.lst_items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lst_items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lst_items.currentRowChanged.connect(self._select_row)
        self.lbl_none = role_label(self.tr("Nothing yet."), "muted")
        self.lbl_pick = role_label(self.tr(
            "✓ details saved · • details still to check. Select an item to fill in its "
            "details."), "muted", wrap=True)
        inner.addWidget(self.lst_items, 1)
        inner.addWidget(self.lbl_none)
        inner.addWidget(self.lbl_pick)
        self.lst_items.hide()
        return card

    def _details_column(self) -> QWidget:
        card, inner = _card(self.tr("Details of the item"))
        inner.addWidget(self.form, 1)
        return card

    def _show_tips(self, platform: str) -> None:
        platform = platform.strip()
        self.lbl_tips_for.setText(platform or self.tr("Any platform"))
        self.lbl_tips.setText("\n".join(f"• {line}" for line in capture_tips(platform)
                                         .splitlines()))

    # ------------------------------------------------------------- state
    def student(self) -> str:
        return self.edt_student.text().strip()

    def device(self) -> str:
        return self.edt_device.text().strip()

    def default_metadata(self) -> EvidenceMetadata:
        """Pre-filled on every item added during the session: who and the device. The
        platform is per item (detected, or suggested and confirmed in the form)."""
        return EvidenceMetadata(collected_with=self.student(), device=self.device())

    def add_items(self, items: list[EvidenceItem]) -> None:
        for item in items:
            if item.case_id != self.case_id or any(i.id == item.id for i in self.items):
                continue
            self.items.append(self._with_detected_platform(item))
            self.lst_items.addItem(self._row_text(self.items[-1]))
        self.lst_items.setVisible(bool(self.items))
        self.lbl_none.setVisible(not self.items)
        if self.items:  # the newest item's details are asked at once
            self.lst_items.setCurrentRow(len(self.items) - 1)

    def _with_detected_platform(self, item: EvidenceItem) -> EvidenceItem:
        """A chat export is stored with the platform it came from, confirmed or not."""
        summary = self._store.chat_summary(item.id)
        platform = detected_platform(item, summary.platform_variant if summary else None)
        if not platform or item.metadata.platform:
            return item
        try:
            stored = self._store.update_metadata(item.id, replace(item.metadata,
                                                                  platform=platform))
        except Exception as exc:
            self.lbl_error.setText(error_message(exc))
            return item
        self.confirmed.add(item.id)
        self._panel.model.put_item(stored)
        return stored

    def _row_text(self, item: EvidenceItem) -> str:
        name = item.original_name or item.metadata.description.split("\n")[0]
        mark = "✓" if item.id in self.confirmed else "•"
        platform = f" · {item.metadata.platform}" if item.metadata.platform else ""
        return f"{mark} {item.label} · {kind_label(item.kind)}{platform} · {name}"

    def _suggestion(self, row: int) -> str:
        """The platform of the item before it: screenshots usually come in a row."""
        earlier = [i.metadata.platform for i in self.items[:row] if i.metadata.platform]
        return earlier[-1] if earlier else ""

    def _select_row(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            self.form.show_item(None)
            return
        item = self.items[row]
        self.form.show_item(item, self._suggestion(row),
                            detected=bool(detected_platform(item, None)))

    def _item_saved(self, item: EvidenceItem) -> None:
        self.confirmed.add(item.id)
        for row, old in enumerate(self.items):
            if old.id == item.id:
                self.items[row] = item
                self.lst_items.item(row).setText(self._row_text(item))
        self._panel.model.put_item(item)
        self._panel.changed.emit()

    def _store_who_and_device(self) -> None:
        """Who was there and the device, asked once, on every item of the session."""
        for row, item in enumerate(self.items):
            meta = item.metadata
            wanted = replace(meta, collected_with=self.student() or meta.collected_with,
                             device=self.device() or meta.device)
            if wanted != meta:
                self.items[row] = self._store.update_metadata(item.id, wanted)
                self._panel.model.put_item(self.items[row])

    def notes(self) -> str:
        lines = []
        if self.edt_what.toPlainText().strip():
            lines.append(self.tr("What happened: %1").replace(
                "%1", self.edt_what.toPlainText().strip()))
        captured = [b.text() for b in self.chk_capture if b.isChecked()]
        if captured:
            lines.append(self.tr("Recorded: %1.").replace("%1", "; ".join(captured)))
        advice = [b.text() for b in self.chk_advice if b.isChecked()]
        if advice:
            lines.append(self.tr("Advice discussed: %1.").replace("%1", "; ".join(advice)))
        return "\n".join(lines)

    def finish(self) -> None:
        present = [p for p in (self.edt_counsellor.text().strip(),
                               self.edt_student.text().strip()) if p]
        if not self.edt_student.text().strip():
            self.lbl_error.setText(self.tr("Fill in the name of the student who was there."))
            return
        unsaved = [i.label for i in self.items if i.id not in self.confirmed]
        if unsaved:
            sure, _ = Confirm.ask(self, self.tr("Finish and record"), self.tr(
                "The details of %1 are not saved yet. Record the session anyway?")
                .replace("%1", ", ".join(unsaved)), self.tr("Record"))
            if not sure:
                return
        try:
            self._store_who_and_device()
            entry = self._store.record_collection_session(
                self.case_id, present, self.started_at, [i.id for i in self.items],
                self.notes())
        except Exception as exc:
            self.lbl_error.setText(error_message(exc))
            return
        self.recorded_entry = entry
        count = len(self.items)
        text = (self.tr("The session is recorded in the timeline, linked to 1 item.")
                if count == 1 else self.tr(
                    "The session is recorded in the timeline, linked to %1 items.")
                .replace("%1", str(count)))
        inform(self, self.tr("Collect evidence"), text)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # not a silent close: ask as the button does
            self._close_without()
            return
        super().keyPressEvent(event)

    def _close_without(self) -> None:
        if self.items:
            sure, _ = Confirm.ask(self, self.tr("Close without recording"), self.tr(
                "The items stay in the case, but the session is not recorded in the "
                "timeline. Close anyway?"), self.tr("Close"))
            if not sure:
                return
        self.reject()
