"""About Pestdossier: what it is and which version."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app import __version__
from ui.common.widgets import role_label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Pestdossier"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(role_label("Pestdossier", "heading"))
        self.lbl_version = role_label(self.tr("Version %1").replace("%1", __version__), "muted")
        layout.addWidget(self.lbl_version)
        layout.addWidget(role_label(self.tr(
            "An encrypted case file for bullying cases, for the school's confidential "
            "counsellor and anti-bullying coordinator. Everything stays on this computer, "
            "in one encrypted vault file."), wrap=True))
        layout.addWidget(role_label(self.tr("Licence: EUPL 1.2"), "muted"))
        buttons = QDialogButtonBox()
        self.btn_close = buttons.addButton(self.tr("Close"),
                                           QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_about(cls, parent: QWidget | None) -> tuple[None, bool]:
        dialog = cls(parent)
        dialog.exec()
        dialog.deleteLater()
        return None, True
