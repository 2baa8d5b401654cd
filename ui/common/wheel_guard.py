"""The mouse wheel scrolls the page, not the combo box or date under the pointer.

One event filter on the QApplication: a combo box or spin box (date edits included) inside
a scroll area only takes the wheel once it has focus (clicked or tabbed into). Without
focus the wheel goes to the scroll area, so scrolling a form past its end no longer
changes (and saves) a platform or a date. Such widgets get Qt.StrongFocus, so the wheel
itself never gives them focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


def _in_scroll_area(widget: QWidget) -> QWidget | None:
    """The nearest scroll area's viewport around `widget`, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Application event filter; install it once with install_wheel_guard()."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Wheel, QEvent.Type.Polish) or not isinstance(
                watched, _GUARDED):
            return False
        if kind == QEvent.Type.Polish:
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if watched.hasFocus():
            return False
        viewport = _in_scroll_area(watched)
        if viewport is None:
            return False
        # The page scrolls as if the pointer were over the form's background.
        QCoreApplication.sendEvent(viewport, event)
        return True


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the guard on `app` once (later calls return the same one)."""
    existing = app.findChild(WheelGuard, "wheel_guard")
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    guard.setObjectName("wheel_guard")
    app.installEventFilter(guard)
    return guard
