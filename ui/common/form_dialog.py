"""A form dialog with a heading, an error line and Save/Cancel buttons.

It guards typed text: Cancel or Escape asks before throwing it away, a lock keeps it as a
draft inside the vault (`draft_key` names it), and opening the same form again after
unlocking offers the draft back (ui/common/drafts.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ui.common import drafts
from ui.common.style import set_role
from ui.common.widgets import FitScrollArea, role_label


class FormDialog(drafts.GuardsTypedText, QDialog):
    """Subclasses fill `self.form` and override `problem()` to refuse bad input.

    Set `draft_key` (e.g. "EntryDialog/case:3") to keep typed text through a lock.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 ok_text: str = "") -> None:
        super().__init__(parent)
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
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # only now is the button inside the dialog, so Enter in any field presses it
        self.btn_ok.setDefault(True)

    def scroll_body(self) -> None:
        """Put what sits between the heading and the error line (the form, and what a
        subclass added there) in a FitScrollArea: a long dialog then fits a small or
        scaled screen and scrolls instead of clipping."""
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.setSpacing(outer.spacing())
        while outer.indexOf(self.lbl_error) > 1:
            item = outer.takeAt(1)
            moved = item.layout()
            if moved is not None:
                moved.setParent(None)  # type: ignore[call-overload]  # free for its new home
                inner.addLayout(moved)
            elif item.widget() is not None:
                inner.addWidget(item.widget())
        outer.insertWidget(1, FitScrollArea(body), 1)

    def problem(self) -> str:
        """Translated reason the input cannot be saved, or ""."""
        return ""

    def run(self, draft_key: str = "") -> tuple[object, bool]:
        """Show it modally; (its `value()` or None, accepted). `draft_key` keeps typed
        text through a lock (ui/common/drafts.py). The dialog is deleted afterwards."""
        self.draft_key = draft_key
        accepted = self.exec() == QDialog.DialogCode.Accepted
        value = self.value() if accepted else None  # type: ignore[attr-defined]
        self.deleteLater()
        return value, accepted

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.lbl_error.setText(problem)
            self.lbl_error.show()
            return
        super().accept()
