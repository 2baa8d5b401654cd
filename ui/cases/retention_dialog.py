"""How long a case is kept: choose a rule (from resources/retention and the school's own
file), the pupil's leaving date or a date of your own, and always a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QWidget

from app.retention import Retention, RetentionRule, RuleKind
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_date
from ui.common.messages import message_text
from ui.common.widgets import role_label


@dataclass(frozen=True)
class RetentionForm:
    rule_id: str
    reason: str
    leaves_on: date | None
    custom: date | None


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    return edit


class RetentionDialog(FormDialog):
    def __init__(self, parent: QWidget | None, rules: list[RetentionRule], current: Retention,
                 today: date, problems: list[str] | None = None) -> None:
        super().__init__(self.tr("Retention period"), parent)
        self._rules = rules
        self.setMinimumWidth(600)
        self.lbl_current = role_label("", "muted", wrap=True)
        self.form.addRow(self.lbl_current)
        self.cmb_rule = QComboBox()
        for rule in rules:
            self.cmb_rule.addItem(rule.label, rule.id)
        self.lbl_explanation = role_label("", "muted", wrap=True)
        self.dte_leaves = _date_edit(current.leaves_on or today)
        self.dte_custom = _date_edit(current.until or today.replace(year=today.year + 2))
        self.edt_reason = QPlainTextEdit()
        self.edt_reason.setPlaceholderText(self.tr("Why this period, e.g. a note is in the "
                                                   "pupil file"))
        self.edt_reason.setMaximumHeight(90)
        self.form.addRow(self.tr("Rule"), self.cmb_rule)
        self.form.addRow("", self.lbl_explanation)
        self.form.addRow(self.tr("Pupil leaves on"), self.dte_leaves)
        self.form.addRow(self.tr("Keep until"), self.dte_custom)
        self.form.addRow(self.tr("Reason"), self.edt_reason)
        if problems:
            self.lbl_problems = role_label("\n".join(problems), "error", wrap=True)
            self.form.addRow(self.lbl_problems)
        self._show_current(current)
        index = self.cmb_rule.findData(current.rule_id)
        self.cmb_rule.setCurrentIndex(max(index, 0))
        self.cmb_rule.currentIndexChanged.connect(self._rule_changed)
        self._rule_changed()

    def _show_current(self, current: Retention) -> None:
        now = (self.tr("Kept until %1").replace("%1", format_date(current.until))
               if current.until else message_text(current.pending) if current.pending else "")
        self.lbl_current.setText(now)

    def rule(self) -> RetentionRule:
        return self._rules[max(self.cmb_rule.currentIndex(), 0)]

    def _rule_changed(self) -> None:
        rule = self.rule()
        self.lbl_explanation.setText(rule.explanation)
        for widget, kind in ((self.dte_leaves, RuleKind.AFTER_LEAVING),
                             (self.dte_custom, RuleKind.CUSTOM)):
            widget.setVisible(rule.kind is kind)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(rule.kind is kind)
        self.adjustSize()

    def problem(self) -> str:
        if not self.edt_reason.toPlainText().strip():
            return self.tr("Give a reason for this retention period.")
        return ""

    def value(self) -> RetentionForm:
        rule = self.rule()
        leaves = self.dte_leaves.date().toPython() if rule.kind is RuleKind.AFTER_LEAVING \
            else None
        custom = self.dte_custom.date().toPython() if rule.kind is RuleKind.CUSTOM else None
        return RetentionForm(rule.id, self.edt_reason.toPlainText().strip(),
                             leaves, custom)  # type: ignore[arg-type]

    @classmethod
    def get_retention(cls, parent: QWidget | None, rules: list[RetentionRule],
                      current: Retention, today: date, problems: list[str] | None = None
                      ) -> tuple[RetentionForm | None, bool]:
        dialog = cls(parent, rules, current, today, problems)
        dialog.draft_key = f"retention/case:{current.case_id}"
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
