"""The intake beside the case form: is it bullying (three marks), which forms, which
signals. The kind follows from the marks as a suggestion; the counsellor chooses it."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import Signal as QtSignal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import BullyingForm, Case, CaseKind, Criterion, Signal
from app.intake import suggest_kind
from ui.common.labels import (
    criterion_hint,
    criterion_label,
    form_label,
    kind_label,
    signal_label,
)
from ui.common.widgets import role_label

E = TypeVar("E", bound=StrEnum)


def _grid(boxes: Iterable[QCheckBox], columns: int) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(2)
    for n, box in enumerate(boxes):
        grid.addWidget(box, n // columns, n % columns)
    return grid


class IntakePanel(QWidget):
    use_kind = QtSignal(object)   # CaseKind: the counsellor took the suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._criteria_recorded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(role_label(self.tr("Is it bullying?"), "subheading"))
        layout.addWidget(role_label(self.tr("Bullying has all three marks; without them it is "
                                            "teasing, a conflict or an incident."),
                                    "muted", wrap=True))
        self.chk_criteria: dict[Criterion, QCheckBox] = {}
        for criterion in Criterion:
            box = QCheckBox(criterion_label(criterion))
            box.toggled.connect(self._criteria_toggled)
            self.chk_criteria[criterion] = box
            layout.addWidget(box)
            hint = role_label(criterion_hint(criterion), "muted", wrap=True)
            hint.setContentsMargins(24, 0, 0, 2)
            layout.addWidget(hint)
        row = QHBoxLayout()
        self.lbl_suggestion = role_label("", wrap=True)
        self.btn_use = QPushButton(self.tr("Use this kind"))
        self.btn_use.clicked.connect(lambda: self.use_kind.emit(self.suggestion()))
        row.addWidget(self.lbl_suggestion, 1)
        row.addWidget(self.btn_use)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(role_label(self.tr("Forms of bullying"), "subheading"))
        self.chk_forms = {form: QCheckBox(form_label(form)) for form in BullyingForm}
        for box in self.chk_forms.values():
            box.toggled.connect(self._show_suggestion)
        layout.addLayout(_grid(self.chk_forms.values(), 3))
        layout.addSpacing(6)
        layout.addWidget(role_label(self.tr("Signals observed in the student"), "subheading"))
        self.chk_signals = {signal: QCheckBox(signal_label(signal)) for signal in Signal}
        layout.addLayout(_grid(self.chk_signals.values(), 2))
        layout.addStretch(1)
        self._show_suggestion()

    def show_case(self, case: Case) -> None:
        self._criteria_recorded = case.criteria is not None
        for criterion, box in self.chk_criteria.items():
            box.setChecked(criterion in (case.criteria or ()))
        for form, box in self.chk_forms.items():
            box.setChecked(form in (case.forms or ()))
        for signal, box in self.chk_signals.items():
            box.setChecked(signal in (case.signals or ()))
        self._criteria_recorded = case.criteria is not None
        self._show_suggestion()

    def _criteria_toggled(self) -> None:
        self._criteria_recorded = True
        self._show_suggestion()

    def suggestion(self) -> CaseKind:
        return suggest_kind(self._ticked(self.chk_criteria), self._ticked(self.chk_forms))

    def _show_suggestion(self) -> None:
        self.lbl_suggestion.setText(self.tr("Suggested kind: %1")
                                    .replace("%1", kind_label(self.suggestion())))

    @staticmethod
    def _ticked(boxes: dict[E, QCheckBox]) -> frozenset[E]:
        return frozenset(key for key, box in boxes.items() if box.isChecked())

    def criteria(self) -> frozenset[Criterion] | None:
        """None while the marks were never looked at (an older case left untouched)."""
        return self._ticked(self.chk_criteria) if self._criteria_recorded else None

    def forms(self) -> frozenset[BullyingForm]:
        return self._ticked(self.chk_forms)

    def signals(self) -> frozenset[Signal]:
        return self._ticked(self.chk_signals)


def criteria_text(case: Case) -> str:
    """The marks that hold, for the case overview ("–" when never assessed)."""
    if case.criteria is None:
        return "–"
    if not case.criteria:
        return IntakePanel.tr("none of the three")
    return " · ".join(criterion_label(c) for c in Criterion if c in case.criteria)


def forms_text(case: Case) -> str:
    return " · ".join(form_label(f) for f in BullyingForm if f in (case.forms or ())) or "–"


def signals_text(case: Case) -> str:
    return " · ".join(signal_label(s) for s in Signal if s in (case.signals or ())) or "–"
