"""Small shared widgets: labels with a style role, a centred card."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.common.style import set_role


def role_label(text: str = "", role: str = "", *, wrap: bool = False,
               parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
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
