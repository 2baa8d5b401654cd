"""The buttons above the gallery (every way in, the session, privacy mode) and the
progress strip of a running import with its "Cancel"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.evidence.capture import REGION, WHOLE


class EvidenceToolbar(QWidget):
    add_files = Signal()
    paste = Signal()
    capture = Signal(str)  # WHOLE or REGION
    add_chat = Signal()
    describe = Signal()
    session = Signal()
    privacy = Signal()
    cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.btn_add = QPushButton(self.tr("Add files..."))
        set_role(self.btn_add, "primary")
        self.btn_paste = QPushButton(self.tr("Paste"))
        self.btn_paste.setToolTip(self.tr("Paste a screenshot from the clipboard (Ctrl+V)"))
        self.btn_capture = QPushButton(self.tr("Take screenshot"))
        capture_menu = QMenu(self.btn_capture)
        self.act_capture_whole = capture_menu.addAction(self.tr("Whole screen"))
        self.act_capture_region = capture_menu.addAction(self.tr("Choose a region..."))
        self.act_capture_whole.triggered.connect(lambda: self.capture.emit(WHOLE))
        self.act_capture_region.triggered.connect(lambda: self.capture.emit(REGION))
        self.btn_capture.setMenu(capture_menu)
        self.btn_chat = QPushButton(self.tr("Chat export..."))
        self.btn_chat.setToolTip(self.tr(
            "WhatsApp: the .txt or .zip made by 'Export chat'. Telegram: result.json, or the "
            "zip of the folder made by 'Export chat history'"))
        self.btn_describe = QPushButton(self.tr("Describe only (nude image)..."))
        self.btn_describe.setToolTip(self.tr(
            "A nude or sexual image of a minor: record a description, never the image"))
        self.btn_describe.setStyleSheet(
            "QPushButton { background: #fdf3f5; border-color: #e7b9c6; color: #7d2140; }"
            " QPushButton:hover { background: #f9e6eb; }")
        self.btn_session = QPushButton(self.tr("Collect evidence..."))
        self.btn_session.setToolTip(self.tr("A guided checklist for sitting with the student"))
        self.btn_privacy = QPushButton(self.tr("Student at the desk"))
        self.btn_privacy.setToolTip(self.tr(
            "Privacy mode: show only this case's evidence (Ctrl+Shift+P)"))
        for button, signal in ((self.btn_add, self.add_files), (self.btn_paste, self.paste),
                               (self.btn_chat, self.add_chat),
                               (self.btn_describe, self.describe),
                               (self.btn_session, self.session),
                               (self.btn_privacy, self.privacy)):
            button.clicked.connect(signal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        first = QHBoxLayout()
        first.setSpacing(6)
        for button in (self.btn_add, self.btn_paste, self.btn_capture, self.btn_chat):
            first.addWidget(button)
        first.addStretch(1)
        second = QHBoxLayout()
        second.setSpacing(6)
        second.addWidget(self.btn_session)
        second.addWidget(self.btn_privacy)
        second.addStretch(1)
        second.addWidget(self.btn_describe)
        progress = QHBoxLayout()
        self.lbl_progress = role_label("", "muted")
        self.bar_progress = QProgressBar()
        self.bar_progress.setTextVisible(False)
        self.bar_progress.setFixedHeight(8)
        self.btn_cancel = QPushButton(self.tr("Cancel"))
        self.btn_cancel.clicked.connect(self.cancel)
        progress.addWidget(self.lbl_progress)
        progress.addWidget(self.bar_progress, 1)
        progress.addWidget(self.btn_cancel)
        for row in (first, second, progress):
            layout.addLayout(row)
        self.show_busy(False)

    def set_enabled_for_case(self, has_case: bool, *, private: bool) -> None:
        for button in (self.btn_add, self.btn_paste, self.btn_capture, self.btn_chat,
                       self.btn_describe, self.btn_session, self.btn_privacy):
            button.setEnabled(has_case)
        self.btn_privacy.setVisible(not private)

    def show_busy(self, busy: bool, *, can_cancel: bool = True) -> None:
        self.lbl_progress.setVisible(busy)
        self.bar_progress.setVisible(busy)
        self.btn_cancel.setVisible(busy and can_cancel)
        if busy:
            self.bar_progress.setRange(0, 0)

    def show_progress(self, text: str, done: int, total: int) -> None:
        self.lbl_progress.setText(text)
        if total > 1:
            self.bar_progress.setRange(0, 1000)
            self.bar_progress.setValue(int(done * 1000 / total))
