"""The overdue count on the toolbar's 'Vandaag' action (Ctrl+T) and in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def overdue_text(count: int) -> str:
    """For the status bar after unlocking, e.g. '3 zaken over tijd'."""
    if count == 0:
        return QCoreApplication.translate("TodoDialog", "Nothing overdue")
    if count == 1:
        return QCoreApplication.translate("TodoDialog", "1 thing overdue")
    return QCoreApplication.translate("TodoDialog", "%1 things overdue").replace("%1", str(count))


def todo_action_text(count: int) -> str:
    """The toolbar action with the overdue count as a badge: 'Vandaag (3)'."""
    text = QCoreApplication.translate("HomeScreen", "Today")
    return f"{text} ({count})" if count else text
