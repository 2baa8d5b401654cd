"""Does every text of a shown window fit? Labels and buttons whose text is cut off (a
one-line label narrower than its text, a wrapped label lower than its lines need, a
button narrower than its text) or that lie outside the window are reported."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QToolButton,
    QWidget,
)

SLACK = 2  # pixels of rounding


def _scrolls(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area: its viewport may hide part of it on purpose."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__} {widget.objectName() or ''}'{text[:50]}'"


def _label_problem(label: QLabel) -> str:
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed}px height, has {label.height()}"
        return ""
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK and label.minimumSizeHint().width() > label.width():
        return f"needs {hint.width()}px width, has {label.width()}"
    if hint.height() > label.height() + SLACK:
        return f"needs {hint.height()}px height, has {label.height()}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    if isinstance(button, QToolButton) and not button.text():
        return ""
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"needs {hint.width()}px width, has {button.width()}"
    return ""


def clipped_texts(top: QWidget) -> list[str]:
    """Every visible text of `top` that does not fit, with the reason."""
    problems: list[str] = []
    area = top.rect()
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or type(widget).__name__ == "ElidedLabel":
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            problem = _button_problem(widget)
        else:
            continue
        inside = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not problem and not _scrolls(widget, top) and not area.contains(inside):
            problem = f"lies outside the window ({inside} not in {area})"
        if problem:
            problems.append(f"{_describe(widget)}: {problem}")
    return problems
