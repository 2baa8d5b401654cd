"""Edit the text of a timeline entry; the earlier text is kept as a revision."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.domain import Entry
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_occurred
from ui.common.labels import entry_kind_label
from ui.common.widgets import role_label


class EntryTextDialog(FormDialog):
    def __init__(self, parent: QWidget | None, entry: Entry) -> None:
        super().__init__(self.tr("Edit text"), parent)
        when = format_occurred(entry.occurred_at, entry.precision)
        self.form.addRow(role_label(f"{entry_kind_label(entry.kind)} · {when}", "muted"))
        self.edt_text = QPlainTextEdit(entry.text)
        self.edt_text.setMinimumHeight(160)
        self.form.addRow(self.edt_text)
        self.form.addRow(role_label(self.tr(
            "The earlier text is kept and stays visible under \"Earlier versions\"."),
            "muted", wrap=True))

    def problem(self) -> str:
        if not self.edt_text.toPlainText().strip():
            return self.tr("Write down what happened.")
        return ""

    @classmethod
    def get_text(cls, parent: QWidget | None, entry: Entry) -> tuple[str | None, bool]:
        dialog = cls(parent, entry)
        dialog.draft_key = f"entry-text/entry:{entry.id}"
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.edt_text.toPlainText().strip() if accepted else None
        dialog.deleteLater()
        return value, accepted
