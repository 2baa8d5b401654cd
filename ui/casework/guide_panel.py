"""The conversation guide of a step, shown beside the step dialog while recording.

Safety reminders come first, in the error colour; then the purpose, the phases of the
talk, the questions and the do's and don'ts. The texts are the protocol file's own
(Dutch); the headings are translated. "Save as PDF..." writes the one-page sheet through
the callback the dialog was given (the core writes it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.protocols.guides import Guide
from ui.common.style import set_role
from ui.common.widgets import role_label

#: Writes the sheet to the chosen path and returns where it went.
ExportGuide = Callable[[Path], Path]


class GuidePanel(QFrame):
    def __init__(self, guide: Guide, export: ExportGuide | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self._export = export
        self.texts: list[str] = []          # every line shown, for tests and screen readers
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 6, 10)
        top = QHBoxLayout()
        top.addWidget(role_label(self.tr("Conversation guide"), "subheading"))
        top.addStretch(1)
        self.btn_pdf = QPushButton(self.tr("Save as PDF..."))
        self.btn_pdf.setToolTip(self.tr("One page to take into the talk, without names"))
        self.btn_pdf.clicked.connect(self._save)
        self.btn_pdf.setVisible(export is not None)
        top.addWidget(self.btn_pdf)
        outer.addLayout(top)
        body = QWidget()
        self._col = QVBoxLayout(body)
        self._col.setContentsMargins(0, 0, 8, 0)
        self._col.setSpacing(4)
        self._fill(guide)
        self._col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.lbl_saved = role_label("", "muted", wrap=True)
        self.lbl_saved.hide()
        outer.addWidget(self.lbl_saved)

    def _line(self, text: str, role: str = "") -> QLabel:
        label = role_label(text, role, wrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.texts.append(text)
        self._col.addWidget(label)
        return label

    def _heading(self, text: str) -> None:
        self._col.addSpacing(6)
        label = self._line(text)
        label.setStyleSheet("font-weight: 600;")

    def _items(self, heading: str, items: tuple[str, ...], mark: str = "\u2022") -> None:
        if items:
            self._heading(heading)
            for item in items:
                self._line(f"{mark} {item}")

    def _fill(self, guide: Guide) -> None:
        for item in guide.safety:
            label = self._line(self.tr("Watch out: %1").replace("%1", item), "error")
            label.setStyleSheet("font-weight: 600;")
        if guide.purpose:
            self._heading(self.tr("Purpose"))
            self._line(guide.purpose)
        for number, phase in enumerate(guide.phases, 1):
            self._heading(f"{number}. {phase.title}" if not phase.title[:1].isdigit()
                          else phase.title)
            for point in phase.points:
                self._line(f"\u2022 {point}")
        self._items(self.tr("Questions"), guide.questions, "?")
        self._items(self.tr("Do"), guide.do, "+")
        self._items(self.tr("Don't"), guide.dont, "\u2013")
        if guide.next_appointment is not None:
            self._heading(self.tr("Next appointment"))
            self._line(self.tr("Plan it in %1.").replace("%1", str(guide.next_appointment)))
        if guide.source:
            self._col.addSpacing(6)
            self._line(self.tr("Source: %1").replace("%1", guide.source), "muted")

    def save_to(self, target: Path) -> Path:
        """Write the sheet (the dialog's callback) and say where it went."""
        if self._export is None:
            raise RuntimeError("this guide panel was made without an export")
        written = self._export(target)
        self.lbl_saved.setText(self.tr("Saved: %1").replace("%1", str(written)))
        self.lbl_saved.show()
        return written

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save conversation guide"),
                                              "gespreksleidraad.pdf", "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))
