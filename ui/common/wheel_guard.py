"""The mouse wheel scrolls the page, not the combo box or date under the pointer.

Handlers on the application's event hub (ui/common/app_events.py): a combo box or spin
box (date edits included) inside a scroll area only takes the wheel once it has focus
(clicked or tabbed into). Without focus the wheel goes to the scroll area, so scrolling a
form past its end no longer changes (and saves) a platform or a date. Such widgets get
Qt.StrongFocus, so the wheel itself never gives them focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

from ui.common.app_events import app_events

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
    """Handles every widget's wheel and polish events; install it once with
    install_wheel_guard()."""

    def on_polish(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, _GUARDED)
                and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False

    def on_wheel(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, _GUARDED) or watched.hasFocus():
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
    app_events(app).listen(guard, {QEvent.Type.Polish: guard.on_polish,
                                   QEvent.Type.Wheel: guard.on_wheel})
    return guard
