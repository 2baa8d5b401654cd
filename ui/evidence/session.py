"""'Collect evidence': a guided checklist for sitting with the student. Items added while
it is open are listed; "Finish" records one timeline entry (who was there, when, what
was collected, the advice given), linked to every item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
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
from ui.evidence.labels import PLATFORMS, kind_label
from ui.evidence.tips import capture_tips


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    set_role(card, "card")
    inner = QVBoxLayout(card)
    inner.setContentsMargins(16, 12, 16, 14)
    inner.setSpacing(6)
    inner.addWidget(role_label(title, "subheading"))
    return card, inner


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
        self.recorded_entry = None
        self.setWindowTitle(self.tr("Collect evidence"))
        self.setModal(False)
        self.resize(1080, 780)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(role_label(self.tr("Collect evidence with the student"), "heading"))
        layout.addWidget(role_label(self.tr(
            "Started at %1. Go through the list together; everything you add now is linked "
            "to this session.").replace("%1", f"{self.started_at.astimezone(AMSTERDAM):%H:%M}"),
            "muted", wrap=True))
        who = QHBoxLayout()
        self.edt_counsellor = QLineEdit(vault.counsellor)
        self.edt_student = QLineEdit()
        self.edt_student.setPlaceholderText(self.tr("Name of the student"))
        self.cmb_platform = QComboBox()
        self.cmb_platform.setEditable(True)
        self.cmb_platform.addItem("")
        self.cmb_platform.addItems(list(PLATFORMS))
        self.cmb_platform.currentTextChanged.connect(self._show_tips)
        for caption, widget in ((self.tr("Counsellor"), self.edt_counsellor),
                                (self.tr("Student"), self.edt_student),
                                (self.tr("Platform"), self.cmb_platform)):
            who.addWidget(role_label(caption, "fieldname"))
            who.addWidget(widget, 1)
        layout.addLayout(who)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(self._checklist(), 3)
        columns.addLayout(self._right_column(), 2)
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
    def _checklist(self) -> QScrollArea:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        card, inner = _card(self.tr("1. What happened?"))
        self.edt_what = QPlainTextEdit()
        self.edt_what.setPlaceholderText(self.tr(
            "In the student's words: what happened, where, since when"))
        self.edt_what.setFixedHeight(76)
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
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def _right_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        card, inner = _card(self.tr("Capture tips"))
        self.lbl_tips_for = role_label("", "fieldname")
        self.lbl_tips = role_label("", wrap=True)
        self.lbl_tips.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(self.lbl_tips_for)
        inner.addWidget(self.lbl_tips)
        inner.addStretch(1)
        column.addWidget(card, 2)
        card, inner = _card(self.tr("Add"))
        grid = QGridLayout()
        grid.setSpacing(6)
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
        grid.addWidget(self.btn_files, 0, 0)
        grid.addWidget(self.btn_paste, 0, 1)
        grid.addWidget(self.btn_capture, 1, 0)
        grid.addWidget(self.btn_chat, 1, 1)
        inner.addLayout(grid)
        column.addWidget(card)
        card, inner = _card(self.tr("Collected in this session"))
        self.lst_items = QListWidget()
        self.lst_items.setMinimumHeight(70)
        self.lst_items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lst_items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lbl_none = role_label(self.tr("Nothing yet."), "muted")
        inner.addWidget(self.lst_items, 1)
        inner.addWidget(self.lbl_none)
        column.addWidget(card, 1)
        self.lst_items.hide()
        return column

    def _show_tips(self, platform: str) -> None:
        platform = platform.strip()
        self.lbl_tips_for.setText(platform or self.tr("Any platform"))
        self.lbl_tips.setText("\n".join(f"• {line}" for line in capture_tips(platform)
                                         .splitlines()))

    # ------------------------------------------------------------- state
    def default_metadata(self) -> EvidenceMetadata:
        """Pre-filled on every item added during the session."""
        return EvidenceMetadata(platform=self.cmb_platform.currentText().strip(),
                                collected_with=self.edt_student.text().strip())

    def add_items(self, items: list[EvidenceItem]) -> None:
        for item in items:
            if item.case_id != self.case_id or any(i.id == item.id for i in self.items):
                continue
            self.items.append(item)
            name = item.original_name or item.metadata.description.split("\n")[0]
            self.lst_items.addItem(f"{item.label} · {kind_label(item.kind)} · {name}")
        self.lst_items.setVisible(bool(self.items))
        self.lbl_none.setVisible(not self.items)

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
        try:
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
