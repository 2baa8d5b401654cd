"""Small shared widgets: labels with a style role, a centred card, a list table that
makes way for a friendly sentence when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.style import set_role


class WrapLabel(QLabel):
    """A word-wrapped label that claims the height its lines need at its current width.

    Qt lays out a window's height before it knows how wide a wrapped label will be, so
    in a form or a dialog the label could get one line's height and cut off the rest;
    this one raises its minimum height whenever its width changes."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._claim()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._claim()

    def _claim(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def role_label(text: str = "", role: str = "", *, wrap: bool = False,
               parent: QWidget | None = None) -> QLabel:
    label = WrapLabel(text, parent) if wrap else QLabel(text, parent)
    if role:
        set_role(label, role)
    label.setWordWrap(wrap)
    return label


def centered_card(content: QWidget, width: int = 460) -> QWidget:
    """Put `content` in a white card in the middle of an otherwise empty page."""
    page = QWidget()
    card = QFrame()
    set_role(card, "card")
    card.setFixedWidth(width)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(32, 28, 32, 28)
    inner.addWidget(content)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page


def list_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole rows, one selectable at a time, without grid or row
    numbers: how every list of people, entries and items looks."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class TableOrEmpty(QStackedWidget):
    """The table, or (when its model has no rows) a sentence saying what to do first."""

    def __init__(self, table: QTableView, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.lbl_empty = role_label(empty_text, "empty", wrap=True)
        self.lbl_empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.addWidget(table)
        self.addWidget(self.lbl_empty)

    def refresh(self) -> None:
        model = self.table.model()
        self.setCurrentWidget(self.table if model is not None and model.rowCount()
                              else self.lbl_empty)


class ElidedLabel(QLabel):
    """One line that ends in "..." when it does not fit; the whole text in its tooltip
    (a long case title would otherwise wrap to many lines beside the header's buttons)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 40)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   width))


class FitScrollArea(QScrollArea):
    """A frameless area that scrolls up and down when its window is short (a small or
    scaled screen) and otherwise asks for all the room its content wants: a dialog opens
    at its natural size where that fits and shrinks with a scroll bar where it does not."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the area
        self.setWidget(body)

    def sizeHint(self) -> QSize:
        body = self.widget()
        hint = body.sizeHint() if body is not None else QSize(0, 0)
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        width = body.minimumSizeHint().width() if body is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 120)
