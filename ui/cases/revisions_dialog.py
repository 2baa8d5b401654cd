"""Earlier versions of an entry's text, oldest first, with when each stood."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import Entry, Revision
from ui.common.formatting import format_datetime
from ui.common.style import set_role
from ui.common.widgets import role_label


class RevisionsDialog(QDialog):
    def __init__(self, parent: QWidget | None, entry: Entry,
                 revisions: list[Revision]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions"))
        self.setMinimumSize(560, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(role_label(self.tr("Earlier versions"), "heading"))
        body = QWidget()
        items = QVBoxLayout(body)
        items.setContentsMargins(0, 4, 0, 4)
        items.setSpacing(10)
        for revision in revisions:
            items.addWidget(self._card(
                self.tr("Written %1, replaced %2")
                .replace("%1", format_datetime(revision.written_at))
                .replace("%2", format_datetime(revision.replaced_at)), revision.text))
        items.addWidget(self._card(
            self.tr("Current text, since %1").replace("%1", format_datetime(entry.updated_at)),
            entry.text))
        items.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.btn_close = buttons.addButton(self.tr("Close"),
                                           QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _card(caption: str, text: str) -> QFrame:
        card = QFrame()
        set_role(card, "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 10, 14, 12)
        inner.addWidget(role_label(caption, "muted", wrap=True))
        inner.addWidget(role_label(text, wrap=True))
        return card

    @classmethod
    def show_revisions(cls, parent: QWidget | None, entry: Entry,
                       revisions: list[Revision]) -> tuple[None, bool]:
        dialog = cls(parent, entry, revisions)
        dialog.exec()
        dialog.deleteLater()
        return None, True
