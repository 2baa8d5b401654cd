"""The intake in the case dialog: the three marks suggest a kind the counsellor may take,
forms and signals come back in the form, an older case keeps "not recorded", the whole
dialog fits 1366x768, and the case overview shows the intake."""

from __future__ import annotations

from datetime import date

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import BullyingForm, CaseKind, Criterion, ReportChannel, Signal
from ui.cases.case_detail import CaseOverview
from ui.cases.case_dialog import CaseDialog


def test_marks_suggest_a_kind_and_the_intake_comes_back(qtbot, dutch) -> None:
    dialog = CaseDialog(None, None, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 700
    assert dialog.value().criteria is None   # never looked at: not recorded
    for criterion in Criterion:
        dialog.intake.chk_criteria[criterion].setChecked(True)
    dialog.intake.chk_forms[BullyingForm.DIGITAAL].setChecked(True)
    dialog.intake.chk_signals[Signal.SCHOOLANGST].setChecked(True)
    assert dialog.intake.lbl_suggestion.text() == "Voorgestelde soort: Online pesten"
    dialog.cmb_kind.setCurrentIndex(dialog.cmb_kind.findData(CaseKind.PLAGEN))
    dialog.intake.btn_use.click()
    dialog.cmb_reported_via.setCurrentIndex(
        dialog.cmb_reported_via.findData(ReportChannel.BRIEVENBUS))
    form = dialog.value()
    assert form.kind is CaseKind.ONLINE_PESTEN and form.criteria == frozenset(Criterion)
    assert form.forms == {BullyingForm.DIGITAAL} and form.signals == {Signal.SCHOOLANGST}
    assert form.reported_via is ReportChannel.BRIEVENBUS
    dialog.intake.chk_criteria[Criterion.OPZET].setChecked(False)
    assert dialog.intake.lbl_suggestion.text() == "Voorgestelde soort: Plagen"


def test_an_older_case_keeps_not_recorded_and_the_overview_shows_the_intake(
        qtbot, dutch, vault: CaseFile) -> None:
    old = vault.cases.create(NewCase("Oud", CaseKind.PESTEN, date(2026, 10, 1)))
    dialog = CaseDialog(None, old)
    qtbot.addWidget(dialog)
    form = dialog.value()
    assert (form.criteria, form.reported_via, form.forms) == (None, None, frozenset())
    new = vault.cases.create(NewCase(
        "Nieuw", CaseKind.PESTEN, date(2026, 10, 1), reported_via=ReportChannel.TELEFOON,
        criteria=frozenset({Criterion.OPZET, Criterion.HERHAALD}),
        forms=frozenset({BullyingForm.WOORDEN, BullyingForm.BUITENSLUITEN})))
    edit = CaseDialog(None, new)
    qtbot.addWidget(edit)
    assert edit.value().criteria == {Criterion.OPZET, Criterion.HERHAALD}
    assert edit.value().reported_via is ReportChannel.TELEFOON   # kept when saved again
    assert edit.intake.lbl_suggestion.text() == "Voorgestelde soort: Conflict"
    overview = CaseOverview()
    qtbot.addWidget(overview)
    overview.show_case(new)
    assert overview.lbl_reported.text().endswith("· Telefonisch")
    assert overview.lbl_criteria.text() == "Met opzet · Herhaald, over langere tijd"
    assert overview.lbl_forms.text() == "Met woorden · Buitensluiten, negeren"
    assert overview.lbl_signals.text() == "–"
    overview.show_case(old)
    assert overview.lbl_criteria.text() == "–"
