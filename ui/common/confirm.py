"""A yes/no question with our own translated buttons; tests patch `Confirm.ask`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Confirm(QMessageBox):
    def __init__(self, parent: QWidget | None, title: str, text: str, yes_text: str) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(title)
        self.setText(text)
        self.btn_yes = self.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        self.btn_no = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.btn_no)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str,
            yes_text: str) -> tuple[bool, bool]:
        box = cls(parent, title, text, yes_text)
        box.exec()
        accepted = box.clickedButton() is box.btn_yes
        box.deleteLater()
        return accepted, accepted


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False,
           extra: str | None = None) -> bool:
    """A message with one translated close button (errors, results); with `extra`, a
    second button of that text, and True when that one was clicked."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(QCoreApplication.translate("Confirm", "OK"),
                       QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(extra, QMessageBox.ButtonRole.ActionRole) if extra else None
    box.setDefaultButton(ok)
    box.exec()
    chosen = other is not None and box.clickedButton() is other
    box.deleteLater()
    return chosen
