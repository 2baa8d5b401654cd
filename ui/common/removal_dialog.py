"""Ask why something is withdrawn or removed, and say plainly what goes and what stays.

The dialog is the confirmation too: its warning names what is deleted for good, and the
button that accepts it says what it does. Callers pass literal tr() texts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.common.form_dialog import FormDialog
from ui.common.widgets import role_label

_WARNING = ("background: #fbeaea; color: #7a1f1f; border: 1px solid #eec4c4;"
            " border-radius: 6px; padding: 8px 10px;")


class RemovalDialog(FormDialog):
    def __init__(self, parent: QWidget | None, title: str, removed: str, kept: str,
                 ok_text: str) -> None:
        super().__init__(title, parent, ok_text=ok_text)
        self.setMaximumWidth(640)
        self.lbl_removed = role_label(removed, wrap=True)
        self.lbl_removed.setStyleSheet(_WARNING)
        self.lbl_kept = role_label(kept, "muted", wrap=True)
        self.edt_reason = QLineEdit()
        self.edt_reason.setMaxLength(1000)
        self.edt_reason.setPlaceholderText(self.tr("e.g. added to the wrong case by mistake"))
        self.form.addRow(self.lbl_removed)
        self.form.addRow(self.lbl_kept)
        self.form.addRow(self.tr("Reason"), self.edt_reason)
        self.edt_reason.setFocus()

    def problem(self) -> str:
        if not self.edt_reason.text().strip():
            return self.tr("Give a reason; it is kept, even when the content is gone.")
        return ""

    def reason(self) -> str:
        return self.edt_reason.text().strip()

    @classmethod
    def get_reason(cls, parent: QWidget | None, title: str, removed: str, kept: str,
                   ok_text: str, *, draft_key: str = "") -> tuple[str | None, bool]:
        """`draft_key`: where a reason typed when the vault locks is kept (ui/common/drafts)."""
        dialog = cls(parent, title, removed, kept, ok_text)
        dialog.draft_key = draft_key
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        reason = dialog.reason() if accepted else None
        dialog.deleteLater()
        return reason, accepted
