"""The case mark for a sexual offence by a staff member against a pupil: a menu action
to set or clear it, and a red banner with the duty it brings while it is set.

Setting the mark asks for a confirmation that names the duty; clearing it asks for a
reason. Both go through `work.marks`, which audits them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from app.casefile import CaseFile
from app.casework import CaseMark
from app.casework.marks import DUTIES
from ui.casework.dialogs import ReasonDialog
from ui.common.messages import message_text
from ui.common.widgets import role_label

_BANNER_STYLE = ("background: #b3261e; color: white; font-weight: 600; padding: 8px 10px;"
                 " border-radius: 6px;")


class CaseMarkControl(QObject):
    changed = Signal()
    failed = Signal(object)

    def __init__(self, vault: CaseFile, host: QWidget) -> None:
        super().__init__(host)
        self._marks = vault.casework.marks
        self._host = host
        self._case_id: int | None = None
        self.act_staff = QAction(self.tr("Sexual offence by a staff member..."), self)
        self.act_staff.setCheckable(True)
        self.act_staff.triggered.connect(self._toggle)
        self.banner = role_label("", wrap=True)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.hide()

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        active = self._marks.active(case_id) if case_id is not None else ()
        self.act_staff.setEnabled(case_id is not None)
        self.act_staff.setChecked(CaseMark.STAFF_SEXUAL_OFFENCE in active)
        texts = [message_text(DUTIES[m]) for m in active]
        self.banner.setText("\n".join(texts))
        self.banner.setVisible(bool(texts))

    def set_staff_mark(self, on: bool, reason: str = "") -> None:
        """Set or clear the mark (the dialogs' answer; tests call this directly)."""
        if self._case_id is None:
            return
        try:
            self._marks.set(self._case_id, CaseMark.STAFF_SEXUAL_OFFENCE, on, reason)
        except Exception as exc:
            self.failed.emit(exc)
        self.set_case(self._case_id)
        self.changed.emit()

    def _toggle(self, checked: bool) -> None:
        if self._case_id is None:
            return
        if checked:
            duty = message_text(DUTIES[CaseMark.STAFF_SEXUAL_OFFENCE])
            answer = QMessageBox.question(
                self._host, self.tr("Sexual offence by a staff member"),
                self.tr("Mark this case? %1").replace("%1", duty))
            if answer == QMessageBox.StandardButton.Yes:
                self.set_staff_mark(True)
                return
        else:
            reason, accepted = ReasonDialog.get_reason(
                self._host, self.tr("Clear the mark"),
                self.tr("Why does this case no longer concern a sexual offence by a staff "
                        "member?"), self.tr("Clear"),
                draft_key=f"case-mark/case:{self._case_id}")
            if accepted and reason:
                self.set_staff_mark(False, reason)
                return
        self.set_case(self._case_id)   # cancelled: show the stored state again
