"""A form dialog with a heading, an error line and Save/Cancel buttons.

It guards typed text: Cancel or Escape asks before throwing it away, a lock keeps it as a
draft inside the vault (`draft_key` names it), and opening the same form again after
unlocking offers the draft back (ui/common/drafts.py).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ui.common import drafts
from ui.common.style import set_role
from ui.common.widgets import role_label


class FormDialog(QDialog):
    """Subclasses fill `self.form` and override `problem()` to refuse bad input.

    Set `draft_key` (e.g. "EntryDialog/case:3") to keep typed text through a lock.
    """

    draft_key: str = ""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 ok_text: str = "") -> None:
        super().__init__(parent)
        self._initial_fields: dict[str, str] | None = None
        self._locking = False
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        self.lbl_heading = role_label(title, "heading")
        layout.addWidget(self.lbl_heading)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.lbl_error = role_label("", "error", wrap=True)
        self.lbl_error.hide()
        layout.addWidget(self.lbl_error)
        self.buttons = QDialogButtonBox()
        self.btn_ok = self.buttons.addButton(ok_text or self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.btn_cancel = self.buttons.addButton(self.tr("Cancel"),
                                                 QDialogButtonBox.ButtonRole.RejectRole)
        set_role(self.btn_ok, "primary")
        self.btn_ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        """Translated reason the input cannot be saved, or ""."""
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.lbl_error.setText(problem)
            self.lbl_error.show()
            return
        super().accept()

    # ------------------------------------------------------------- typed text
    def exec(self) -> int:
        """Remember the fields as given, offer a draft kept at the last lock, then run."""
        self._initial_fields = drafts.read_fields(self)
        draft = drafts.take(self.draft_key)
        if draft is not None and drafts.ask_resume(self.parentWidget(), draft):
            drafts.fill_fields(self, draft.fields)
        return super().exec()

    def showEvent(self, event: QShowEvent) -> None:
        if self._initial_fields is None:  # shown without exec()
            self._initial_fields = drafts.read_fields(self)
        super().showEvent(event)

    def has_typed_text(self) -> bool:
        if self._initial_fields is None:
            return False
        return drafts.changed_fields(self._initial_fields, drafts.read_fields(self))

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask first when text would be lost."""
        if not self._locking and self.has_typed_text() and not drafts.ask_discard(self):
            return
        super().reject()

    def keep_draft_for_lock(self) -> None:
        """The vault is about to lock: keep what was typed as a draft inside it."""
        if self.has_typed_text():
            drafts.keep(self.draft_key, drafts.read_fields(self))

    def close_for_lock(self) -> None:
        self._locking = True
        self.done(QDialog.DialogCode.Rejected)
