"""A dialog's Tab order: what Tab visits, and whether it reads sensibly (the fields first,
in the order they are on screen; the dialog's buttons at the end)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in `window`, in order, starting after the window itself."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and len(chain) < 500:
        if (widget.isVisibleTo(window) and widget.isEnabled() and window.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not isinstance(widget.focusProxy(), QWidget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _is_dialog_button(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(widget, QPushButton) and isinstance(parent, QDialogButtonBox)


def _top(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).y()


def tab_order_problems(window: QWidget) -> list[str]:
    """Buttons of the button box before a field; a field Tab reaches before one higher up
    in the same column (more than a row above); the first focus not on a field."""
    chain = tab_chain(window)
    # Tab goes round: read it from the first field (a form's buttons are built first)
    start = next((i for i, w in enumerate(chain) if not _is_dialog_button(w)), 0)
    chain = chain[start:] + chain[:start]
    problems: list[str] = []
    seen_box = False
    for widget in chain:
        if _is_dialog_button(widget):
            seen_box = True
        elif seen_box and not isinstance(widget, QAbstractButton):
            problems.append(f"{type(widget).__name__} comes after the dialog's buttons")
    fields = [w for w in chain if not _is_dialog_button(w)
              and not isinstance(w.parentWidget(), QAbstractScrollArea)]
    for earlier, later in pairwise(fields):
        x_earlier = earlier.mapTo(window, QPoint(0, 0)).x()
        x_later = later.mapTo(window, QPoint(0, 0)).x()
        same_column = abs(x_earlier - x_later) < 40
        if same_column and _top(later, window) < _top(earlier, window) - 30:
            problems.append(f"Tab goes up from {type(earlier).__name__} to "
                            f"{type(later).__name__}")
    return problems
