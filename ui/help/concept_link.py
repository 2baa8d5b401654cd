"""A "Wat betekent dit?" link beside a concept a new counsellor may not know.

It is a flat button, so the keyboard reaches it like any other; a click shows the short
explanation from resources/manual/<language>/begrippen.toml, with a way on to the
manual's chapter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.help import manual
from ui.help.context import open_manual


class ConceptLink(QPushButton):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What does this mean?"), parent)
        self.concept = manual.concept(key)  # fails at once on an unknown key
        self.setObjectName(f"concept_{key}")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        set_role(self, "link")
        self.setAccessibleName(self.tr("What does this mean: %1").replace(
            "%1", self.concept.term))
        self.setToolTip(self.concept.term)
        self.clicked.connect(self.explain)

    def explain(self) -> None:
        ConceptDialog(self.concept, self.window()).exec()


class ConceptDialog(QDialog):
    def __init__(self, concept: manual.Concept, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.concept = concept
        self.setWindowTitle(concept.term)
        self.setMinimumWidth(420)
        self.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(role_label(concept.term, "subheading"))
        self.lbl_text = QLabel(concept.text)
        self.lbl_text.setWordWrap(True)
        self.lbl_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.lbl_text)
        buttons = QDialogButtonBox()
        self.btn_more = buttons.addButton(self.tr("More in the manual"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.btn_close = buttons.addButton(self.tr("Close"),
                                           QDialogButtonBox.ButtonRole.RejectRole)
        self.btn_more.clicked.connect(self.open_chapter)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.btn_close.setDefault(True)

    def open_chapter(self) -> None:
        self.accept()
        open_manual(self.concept.chapter, self.parentWidget())
