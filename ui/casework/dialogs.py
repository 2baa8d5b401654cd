"""Small case work dialogs, each with a classmethod `get_x(parent, ...) -> (value, accepted)`:
protocol choice, a condition (consent), a reason, moving a follow-up, status, closing,
escalation and priority."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.casework import Outcome, Priority, PriorityRecord
from app.domain import CaseStatus
from app.protocols import Protocol
from app.timeutil import AMSTERDAM
from ui.casework.labels import outcome_label, priority_label
from ui.common.form_dialog import FormDialog
from ui.common.labels import status_label
from ui.common.messages import param_text
from ui.common.widgets import role_label


def _text_edit(placeholder: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaximumHeight(height)
    return edit


class ProtocolChoiceDialog(FormDialog):
    """Choose the case's protocol, or switch to another (with a reason; history is kept)."""

    def __init__(self, parent: QWidget | None, protocols: list[Protocol],
                 current_id: str | None, problems: list[str] | None = None) -> None:
        switching = current_id is not None
        super().__init__(self.tr("Switch protocol") if switching else self.tr("Choose protocol"),
                         parent, ok_text=self.tr("Switch") if switching else self.tr("Choose"))
        self._switching = switching
        self.cmb_protocol = QComboBox()
        for protocol in protocols:
            if protocol.id != current_id:
                self.cmb_protocol.addItem(protocol.name, protocol.id)
        self._protocols = {p.id: p for p in protocols}
        self.lbl_description = role_label("", "muted", wrap=True)
        self.edt_reason = _text_edit(self.tr("Why this protocol?") if not switching
                                     else self.tr("Why switch? The steps recorded so far stay "
                                                  "in the case."))
        self.form.addRow(self.tr("Protocol"), self.cmb_protocol)
        self.form.addRow("", self.lbl_description)
        self.form.addRow(self.tr("Reason"), self.edt_reason)
        # A school's own protocol file with an error is skipped; say which and why.
        self.lbl_problems = role_label("", "error", wrap=True)
        if problems:
            self.lbl_problems.setText(
                self.tr("These protocol files could not be read and are not offered:")
                + "\n" + "\n".join(f"• {problem}" for problem in problems))
            self.form.addRow("", self.lbl_problems)
        self.lbl_problems.setVisible(bool(problems))
        self.cmb_protocol.currentIndexChanged.connect(self._describe)
        self._describe()

    def _describe(self) -> None:
        protocol = self._protocols.get(self.cmb_protocol.currentData())
        self.lbl_description.setText(protocol.description if protocol else "")

    def problem(self) -> str:
        if self.cmb_protocol.currentData() is None:
            return self.tr("There is no other protocol to choose.")
        if self._switching and not self.edt_reason.toPlainText().strip():
            return self.tr("Write down why you switch protocol.")
        return ""

    def value(self) -> tuple[str, str]:
        return str(self.cmb_protocol.currentData()), self.edt_reason.toPlainText().strip()

    @classmethod
    def get_protocol(cls, parent: QWidget | None, protocols: list[Protocol],
                     current_id: str | None, problems: list[str] | None = None, *,
                     draft_key: str = ""
                     ) -> tuple[tuple[str, str] | None, bool]:
        return cls(parent, protocols, current_id, problems).run(draft_key)  # type: ignore[return-value]


class ConditionDialog(FormDialog):
    """Record a gate's condition, e.g. the student's consent: when and how."""

    def __init__(self, parent: QWidget | None, label: str, now: datetime) -> None:
        super().__init__(self.tr("Record consent"), parent)
        local = now.astimezone(AMSTERDAM)
        self.form.addRow(role_label(label, "", wrap=True))
        self.dte_date = QDateEdit(QDate(local.date()))
        self.dte_date.setCalendarPopup(True)
        self.dte_date.setDisplayFormat("d MMMM yyyy")
        self.tme_time = QTimeEdit(QTime(local.hour, local.minute))
        self.tme_time.setDisplayFormat("HH:mm")
        row = QHBoxLayout()
        row.addWidget(self.dte_date, 1)
        row.addWidget(self.tme_time)
        self.edt_how = QLineEdit()
        self.edt_how.setPlaceholderText(self.tr("e.g. spoken, after a day to think"))
        self.form.addRow(self.tr("When"), row)
        self.form.addRow(self.tr("How"), self.edt_how)

    def problem(self) -> str:
        return "" if self.edt_how.text().strip() else self.tr("Write down how it was given.")

    def value(self) -> tuple[datetime, str]:
        moment = datetime.combine(self.dte_date.date().toPython(),  # type: ignore[arg-type]
                                  self.tme_time.time().toPython(),  # type: ignore[arg-type]
                                  tzinfo=AMSTERDAM)
        return moment, self.edt_how.text().strip()

    @classmethod
    def get_condition(cls, parent: QWidget | None, label: str, now: datetime, *, draft_key: str = ""
                      ) -> tuple[tuple[datetime, str] | None, bool]:
        return cls(parent, label, now).run(draft_key)  # type: ignore[return-value]


class ReasonDialog(FormDialog):
    """One required free text: a reason or a note (skip, deviation, cancel, broken...)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, ok_text: str) -> None:
        super().__init__(title, parent, ok_text=ok_text)
        self.form.addRow(role_label(prompt, "muted", wrap=True))
        self.edt_reason = _text_edit("", 110)
        self.form.addRow(self.edt_reason)

    def problem(self) -> str:
        return "" if self.edt_reason.toPlainText().strip() else self.tr("Write down a reason.")

    def value(self) -> str:
        return self.edt_reason.toPlainText().strip()

    @classmethod
    def get_reason(cls, parent: QWidget | None, title: str, prompt: str, ok_text: str, *,
                   draft_key: str = ""
                   ) -> tuple[str | None, bool]:
        return cls(parent, title, prompt, ok_text).run(draft_key)  # type: ignore[return-value]


class MoveDialog(FormDialog):
    """Move a follow-up: the new date and why."""

    def __init__(self, parent: QWidget | None, label: str, current: date) -> None:
        super().__init__(self.tr("Move follow-up"), parent, ok_text=self.tr("Move"))
        self._current = current
        self.form.addRow(role_label(label, "muted", wrap=True))
        self.dte_date = QDateEdit(QDate(current))
        self.dte_date.setCalendarPopup(True)
        self.dte_date.setDisplayFormat("d MMMM yyyy")
        self.edt_reason = _text_edit(self.tr("Why move it?"), 80)
        self.form.addRow(self.tr("New date"), self.dte_date)
        self.form.addRow(self.tr("Reason"), self.edt_reason)

    def problem(self) -> str:
        if self.dte_date.date().toPython() == self._current:
            return self.tr("Choose another date.")
        return "" if self.edt_reason.toPlainText().strip() else self.tr("Write down a reason.")

    def value(self) -> tuple[date, str]:
        return self.dte_date.date().toPython(), self.edt_reason.toPlainText().strip()  # type: ignore[return-value]

    @classmethod
    def get_move(cls, parent: QWidget | None, label: str, current: date, *, draft_key: str = ""
                 ) -> tuple[tuple[date, str] | None, bool]:
        return cls(parent, label, current).run(draft_key)  # type: ignore[return-value]


class StatusDialog(FormDialog):
    """New, in progress or monitoring (closing has its own dialog)."""

    def __init__(self, parent: QWidget | None, current: CaseStatus) -> None:
        super().__init__(self.tr("Change status"), parent)
        self.cmb_status = QComboBox()
        for status in (CaseStatus.NIEUW, CaseStatus.IN_BEHANDELING, CaseStatus.MONITORING):
            self.cmb_status.addItem(status_label(status), status.value)
        index = self.cmb_status.findData(CaseStatus(current).value)
        self.cmb_status.setCurrentIndex(max(index, 0))
        self.form.addRow(self.tr("Status"), self.cmb_status)
        self.form.addRow(role_label(self.tr("To close the case use 'Close case...': it asks "
                                            "for the outcome."), "muted", wrap=True))

    def value(self) -> CaseStatus:
        return CaseStatus(self.cmb_status.currentData())

    @classmethod
    def get_status(cls, parent: QWidget | None, current: CaseStatus
                   ) -> tuple[CaseStatus | None, bool]:
        return cls(parent, current).run()  # type: ignore[return-value]


class CloseDialog(FormDialog):
    """Close with an outcome; says whether the protocol's monitoring continues."""

    def __init__(self, parent: QWidget | None, protocol_monitors: bool) -> None:
        super().__init__(self.tr("Close case"), parent, ok_text=self.tr("Close case"))
        self.grp_outcome = QButtonGroup(self)
        box = QVBoxLayout()
        for outcome in Outcome:
            radio = QRadioButton(outcome_label(outcome))
            radio.setProperty("outcome", outcome.value)
            self.grp_outcome.addButton(radio)
            box.addWidget(radio)
        self.form.addRow(self.tr("Outcome"), box)
        self.edt_note = _text_edit(self.tr("Optional: what made the difference, what "
                                           "was agreed for later"), 80)
        self.form.addRow(self.tr("Note"), self.edt_note)
        self.chk_monitoring = QCheckBox(self.tr("Keep the monitoring follow-ups in 'To do'"))
        self.chk_monitoring.setChecked(protocol_monitors)
        self.form.addRow("", self.chk_monitoring)
        self.lbl_monitoring = role_label(
            self.tr("The protocol asks for monitoring after closing; those dates stay in "
                    "'To do'.") if protocol_monitors else
            self.tr("The protocol has no monitoring after closing."), "muted", wrap=True)
        self.form.addRow("", self.lbl_monitoring)

    def choose(self, outcome: Outcome) -> None:
        for button in self.grp_outcome.buttons():
            if button.property("outcome") == Outcome(outcome).value:
                button.setChecked(True)

    def problem(self) -> str:
        return "" if self.grp_outcome.checkedButton() else self.tr("Choose the outcome.")

    def value(self) -> tuple[Outcome, str, bool]:
        button = self.grp_outcome.checkedButton()
        return (Outcome(str(button.property("outcome"))), self.edt_note.toPlainText().strip(),
                self.chk_monitoring.isChecked())

    @classmethod
    def get_close(cls, parent: QWidget | None, protocol_monitors: bool, *, draft_key: str = ""
                  ) -> tuple[tuple[Outcome, str, bool] | None, bool]:
        return cls(parent, protocol_monitors).run(draft_key)  # type: ignore[return-value]


class EscalateDialog(FormDialog):
    """Hand the case over (overdracht): to whom and why; recorded on the timeline."""

    def __init__(self, parent: QWidget | None, chain: tuple[str, ...]) -> None:
        super().__init__(self.tr("Hand over the case"), parent, ok_text=self.tr("Hand over"))
        self.cmb_to = QComboBox()
        self.cmb_to.setEditable(True)
        for who in chain or ("anti-pestcoördinator", "afdelingsleider", "directie"):
            self.cmb_to.addItem(who)
        self.edt_to = self.cmb_to.lineEdit()  # typed text too: kept as a draft at a lock
        self.edt_to.setPlaceholderText(self.tr("e.g. the anti-bullying coordinator"))
        self.edt_reason = _text_edit(self.tr("Why? e.g. the bullying continues after the "
                                             "agreements"), 100)
        self.form.addRow(self.tr("To whom"), self.cmb_to)
        self.form.addRow(self.tr("Reason"), self.edt_reason)

    def problem(self) -> str:
        if not self.cmb_to.currentText().strip():
            return self.tr("Write down to whom you hand the case over.")
        return "" if self.edt_reason.toPlainText().strip() else self.tr("Write down a reason.")

    def value(self) -> tuple[str, str]:
        return self.cmb_to.currentText().strip(), self.edt_reason.toPlainText().strip()

    @classmethod
    def get_escalation(cls, parent: QWidget | None, chain: tuple[str, ...], *, draft_key: str = ""
                       ) -> tuple[tuple[str, str] | None, bool]:
        return cls(parent, chain).run(draft_key)  # type: ignore[return-value]


class PriorityDialog(FormDialog):
    """Normaal, hoog or acuut, with a reason."""

    def __init__(self, parent: QWidget | None, current: PriorityRecord) -> None:
        super().__init__(self.tr("Urgency"), parent)
        self.cmb_priority = QComboBox()
        for priority in Priority:
            self.cmb_priority.addItem(priority_label(priority), priority.value)
        self.cmb_priority.setCurrentIndex(self.cmb_priority.findData(current.priority.value))
        self.edt_reason = _text_edit(self.tr("Why? e.g. threats of violence"), 90)
        self.form.addRow(self.tr("Urgency"), self.cmb_priority)
        self.form.addRow(self.tr("Reason"), self.edt_reason)
        self.form.addRow(role_label(self.tr("Acute: threats, extortion or intimate images. "
                                            "The protocol's first steps should then happen the "
                                            "same day. High or acute: parents are informed "
                                            "earlier where the protocol says so."),
                                    "muted", wrap=True))
        if current.reason:
            self.form.addRow(role_label(self.tr("Now: %1 (%2)")
                                        .replace("%1", priority_label(current.priority))
                                        .replace("%2", param_text(current.reason)), "muted",
                                        wrap=True))

    def problem(self) -> str:
        return "" if self.edt_reason.toPlainText().strip() else self.tr("Write down a reason.")

    def value(self) -> tuple[Priority, str]:
        return Priority(self.cmb_priority.currentData()), self.edt_reason.toPlainText().strip()

    @classmethod
    def get_priority(cls, parent: QWidget | None, current: PriorityRecord, *, draft_key: str = ""
                     ) -> tuple[tuple[Priority, str] | None, bool]:
        return cls(parent, current).run(draft_key)  # type: ignore[return-value]
