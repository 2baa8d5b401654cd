"""Names for buttons that show only an icon, for screen readers and keyboard users; and
Tab walks a window: it leaves a text box (a report never needs a tab character) and a
read-only list or table (whose rows the arrow keys walk) instead of moving between cells.

The app's own buttons all carry text; the icon-only ones are Qt's: the clear button of a
search field, the "more" buttons of a menu bar or tool bar that does not fit, the scroll
arrows of a tab bar. A handler on the application's event hub (ui/common/app_events.py)
names each as it is polished, from its tool tip or from what it is;
`icon_only_buttons_without_name` lets a test check a window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from ui.common.app_events import app_events


def is_icon_only(button: QAbstractButton) -> bool:
    return not button.text().strip() and not button.icon().isNull()


def _name_for(button: QAbstractButton) -> str:
    if button.toolTip().strip():
        return button.toolTip().strip()
    parent = button.parentWidget()
    if isinstance(parent, QLineEdit):
        return QCoreApplication.translate("Accessibility", "Clear the field")
    if isinstance(parent, QMenuBar):
        return QCoreApplication.translate("Accessibility", "More menus")
    if isinstance(parent, QToolBar):
        return QCoreApplication.translate("Accessibility", "More buttons")
    return ""


def name_icon_button(button: QAbstractButton) -> None:
    if is_icon_only(button) and not button.accessibleName():
        name = _name_for(button)
        if name:
            button.setAccessibleName(name)


class AccessibleNames(QObject):
    """Sees every widget's polish and show events; install it once with
    install_accessible_names()."""

    def on_polish_or_show(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QAbstractButton):
            name_icon_button(watched)
        elif isinstance(watched, (QPlainTextEdit, QTextEdit)) and not watched.isReadOnly():
            watched.setTabChangesFocus(True)
        elif (isinstance(watched, QAbstractItemView) and watched.editTriggers()
              == QAbstractItemView.EditTrigger.NoEditTriggers):
            watched.setTabKeyNavigation(False)
        return False


def install_accessible_names(app: QCoreApplication) -> AccessibleNames:
    """Install the filter on `app` once (later calls return the same one)."""
    existing = app.findChild(AccessibleNames, "accessible_names")
    if isinstance(existing, AccessibleNames):
        return existing
    names = AccessibleNames(app)
    names.setObjectName("accessible_names")
    app_events(app).listen(names, {QEvent.Type.Polish: names.on_polish_or_show,
                                   QEvent.Type.Show: names.on_polish_or_show})
    return names


def icon_only_buttons_without_name(window: QWidget) -> list[str]:
    """Every button of `window` without a name a screen reader can say: one that shows
    only an icon, or a visible check box whose text is a separate label."""
    for button in window.findChildren(QAbstractButton):
        name_icon_button(button)  # ones created after their polish (a field's clear button)
    return [f"{type(b).__name__} {b.objectName()} in {type(b.parentWidget()).__name__}"
            for b in window.findChildren(QAbstractButton)
            if not b.text().strip() and not b.accessibleName()
            and (is_icon_only(b) or b.isVisibleTo(window))]
