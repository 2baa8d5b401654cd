"""F1 opens the manual at the topic of the moment.

F1 walks from the widget that has focus up through its parents to the first one whose
class is in TOPICS below (or that names a topic itself with `set_help_topic`). A topic
is a chapter of the manual (see ui/help/manual.py). The table is kept here, in one
place, rather than spread over the screens; a test checks each class name still exists.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from ui.help.manual_window import ManualWindow

PROPERTY = "help_topic"
TOPICS: dict[str, str] = {
    "CaseDialog": "melding", "TimelinePanel": "melding", "PeoplePanel": "melding",
    "ProtocolPanel": "protocolstap", "StepDialog": "protocolstap",
    "SteungroepDialog": "protocolstap", "AgreementsPanel": "protocolstap",
    "AgreementDialog": "protocolstap",
    "EvidencePanel": "bewijs", "CollectionSession": "bewijs", "OffencesPanel": "bewijs",
    "DossierDialog": "dossier", "LettersDialog": "dossier",
    "SettingsDialog": "reservekopie", "RestoreDialog": "reservekopie",
    "RecoveryCodeDialog": "reservekopie",
    "UnlockScreen": "laptop-kwijt", "ForgotPasswordDialog": "laptop-kwijt",
    "ChangePasswordDialog": "laptop-kwijt",
    "DestroyDialog": "privacy", "RetentionDialog": "privacy", "ConsentDialog": "privacy",
    "AccessRequestDialog": "privacy",
    "MainWindow": "start",
}
_window: ManualWindow | None = None


def set_help_topic(widget: QWidget, topic: str) -> None:
    widget.setProperty(PROPERTY, topic)


def topic_for(widget: QWidget | None) -> str | None:
    """The nearest topic named by `widget` or one of its parents."""
    node: QObject | None = widget
    while node is not None:
        topic = node.property(PROPERTY) or TOPICS.get(type(node).__name__)
        if topic:
            return str(topic)
        node = node.parent()
    return None


def _where_f1_was_pressed() -> QWidget | None:
    """The focused widget, or the modal dialog on top when the focus is not inside it
    (a dialog that has just opened may not have taken the focus yet)."""
    focused = QApplication.focusWidget()
    modal = QApplication.activeModalWidget()
    if modal is not None and (focused is None or not modal.isAncestorOf(focused)):
        return modal
    return focused


def open_manual(topic: str | None = None, parent: QWidget | None = None) -> ManualWindow:
    """Show the one manual window, brought forward at `topic` (or where F1 was pressed).

    While a modal dialog is open the manual becomes its child, since a modal dialog
    blocks every other window; otherwise it stays open beside the main window.
    """
    global _window  # noqa: PLW0603 - the one manual window of the application
    if topic is None:
        topic = topic_for(_where_f1_was_pressed())
    owner = QApplication.activeModalWidget() or parent
    if _window is None or _window.parentWidget() is not owner:
        if _window is not None:
            _window.close()
            _window.deleteLater()
        _window = ManualWindow(owner)
        _window.destroyed.connect(_forget)
    _window.open_topic(topic)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window


def _forget() -> None:
    global _window  # noqa: PLW0603 - see open_manual
    _window = None
