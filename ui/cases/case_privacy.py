"""A case's retention date and the student's consent: a line in the case header ("Kept
until ...") and a card in the overview, each with a "Change..." button that opens its
dialog. Problems in a school's retention rules file are shown once per session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.consent import Consent
from app.retention import Retention
from ui.cases.consent_dialog import ConsentDialog, answer_label
from ui.cases.retention_dialog import RetentionDialog
from ui.common.errors import error_message
from ui.common.formatting import format_date
from ui.common.messages import message_text
from ui.common.style import set_role
from ui.common.widgets import role_label

_shown_rule_problems: set[str] = set()   # each problem once per session, not per dialog


def retention_text(retention: Retention) -> str:
    """'Kept until 31 August 2027', or why the date is not known yet."""
    if retention.until is not None:
        return QCoreApplication.translate("CasePrivacy", "Kept until %1").replace(
            "%1", format_date(retention.until))
    return message_text(retention.pending) if retention.pending else ""


def consent_text(consent: Consent | None) -> str:
    """'Given (spoken) on 8 September 2026, asked by the mentor' in the interface language."""
    if consent is None:
        return QCoreApplication.translate("CasePrivacy", "Not recorded")
    if not consent.asked:
        text = QCoreApplication.translate("CasePrivacy", "Not asked yet")
    else:
        text = answer_label(consent.answer)
        if consent.how:
            text += f" ({consent.how})"
        if consent.on:
            text += " " + QCoreApplication.translate("CasePrivacy", "on %1").replace(
                "%1", format_date(consent.on))
        if consent.asked_by:
            text += ", " + QCoreApplication.translate("CasePrivacy", "asked by %1").replace(
                "%1", consent.asked_by)
    return f"{text}. {consent.note}" if consent.note else text


def _change_button(tooltip: str) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("CasePrivacy", "Change..."))
    button.setToolTip(tooltip)
    return button


class CasePrivacy(QObject):
    """Owns the header line and the overview card; `show_case` refreshes both."""

    changed = Signal()
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._vault = vault
        self._parent = parent
        self._case_id: int | None = None
        self.lbl_header = role_label("", "muted")
        self.lbl_header.setToolTip(self.tr("How long this case is kept"))
        self.card = self._build_card()

    def _build_card(self) -> QFrame:
        card = QFrame()
        set_role(card, "card")
        form = QFormLayout(card)
        form.setContentsMargins(20, 14, 20, 14)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        self.lbl_retention = role_label(wrap=True)
        self.lbl_retention_why = role_label("", "muted", wrap=True)
        self.lbl_consent = role_label(wrap=True)
        for label in (self.lbl_retention, self.lbl_consent):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.btn_retention = _change_button(self.tr("Choose another retention rule, with a "
                                                    "reason"))
        self.btn_consent = _change_button(self.tr("Record or change the pupil's consent"))
        self.btn_retention.clicked.connect(self.edit_retention)
        self.btn_consent.clicked.connect(self.edit_consent)
        form.addRow(role_label(self.tr("Keep until"), "fieldname"),
                    self._with_button((self.lbl_retention, self.lbl_retention_why),
                                      self.btn_retention))
        form.addRow(role_label(self.tr("Consent"), "fieldname"),
                    self._with_button((self.lbl_consent,), self.btn_consent))
        return card

    @staticmethod
    def _with_button(labels: tuple[QLabel, ...], button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        column = QVBoxLayout()
        column.setSpacing(2)
        for label in labels:
            column.addWidget(label)
        row.addLayout(column, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        if case_id is None:
            for label in (self.lbl_header, self.lbl_retention, self.lbl_retention_why,
                          self.lbl_consent):
                label.clear()
            return
        retention = self._vault.retention.for_case(case_id)
        text = retention_text(retention)
        self.lbl_header.setText(text if retention.until else self.tr("Kept until: not known yet"))
        self.lbl_header.setToolTip(text)
        self.lbl_retention.setText(text)
        rule = retention.rule.label if retention.rule else retention.rule_id
        why = message_text(retention.explanation) if retention.explanation else ""
        self.lbl_retention_why.setText(f"{rule}. {why}".strip())
        self.lbl_consent.setText(consent_text(self._vault.consent.current(case_id)))

    def _rule_problems(self) -> list[str]:
        rules = self._vault.retention.rules
        rules.reload()   # a school may have dropped in (or fixed) its file
        new = [text for error in rules.errors
               if (text := error_message(error)) not in _shown_rule_problems]
        _shown_rule_problems.update(new)
        return new

    def edit_retention(self) -> None:
        if self._case_id is None:
            return
        service = self._vault.retention
        problems = self._rule_problems()
        form, accepted = RetentionDialog.get_retention(
            self._parent, service.rules.all(), service.for_case(self._case_id),
            self._vault.clock.today_local(), problems)
        if not accepted or form is None:
            return
        try:
            service.set_rule(self._case_id, form.rule_id, form.reason,
                             leaves_on=form.leaves_on, custom=form.custom)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.show_case(self._case_id)
        self.changed.emit()

    def edit_consent(self) -> None:
        if self._case_id is None:
            return
        form, accepted = ConsentDialog.get_consent(
            self._parent, self._case_id, self._vault.consent.current(self._case_id),
            self._vault.clock.today_local())
        if not accepted or form is None:
            return
        try:
            self._vault.consent.record(self._case_id, form)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.show_case(self._case_id)
        self.changed.emit()
