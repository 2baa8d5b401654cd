"""Retention and consent in the window: the dialogs (click, type, read back), the case
header and overview, the 'Bewaren tot' column and the line in 'te doen'."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import Outcome
from app.consent import ConsentAnswer, ConsentForm
from app.domain import CaseKind
from app.retention import SHIPPED_RETENTION_DIR, RetentionRules
from ui.cases import case_privacy
from ui.cases.case_detail import CaseDetail
from ui.cases.case_list import CaseListPanel
from ui.cases.case_list_model import COL_RETENTION
from ui.cases.consent_dialog import ConsentDialog
from ui.cases.retention_dialog import RetentionDialog, RetentionForm
from ui.casework.models import TODO_COL_WHAT, TodoTableModel


def _case(vault: CaseFile, title: str = "Buitengesloten op het plein") -> int:
    return vault.cases.create(NewCase(title, CaseKind.PESTEN, date(2026, 9, 7))).id


def test_retention_dialog_needs_a_reason_and_shows_the_date_its_rule_needs(
        qtbot, dutch, vault: CaseFile) -> None:
    case_id = _case(vault)
    dialog = RetentionDialog(None, vault.retention.rules.all(),
                             vault.retention.for_case(case_id), date(2026, 11, 22),
                             ["eigen.toml, regel 6: fout"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lbl_current.text() == "Nog niet te bepalen: de melding is nog open."
    assert dialog.lbl_problems.text() == "eigen.toml, regel 6: fout"
    assert not dialog.dte_leaves.isVisible() and not dialog.dte_custom.isVisible()
    dialog.cmb_rule.setCurrentIndex(dialog.cmb_rule.findData("twee_jaar_na_vertrek"))
    assert dialog.dte_leaves.isVisible() and not dialog.dte_custom.isVisible()
    assert "Kennisnet" in dialog.lbl_explanation.text()
    dialog.dte_leaves.setDate(QDate(2027, 7, 16))
    qtbot.mouseClick(dialog.btn_ok, Qt.MouseButton.LeftButton)
    assert dialog.lbl_error.text() == "Geef een reden voor deze bewaartermijn."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.edt_reason, "Staat ook in het leerlingdossier")
    assert dialog.value() == RetentionForm("twee_jaar_na_vertrek",
                                           "Staat ook in het leerlingdossier",
                                           date(2027, 7, 16), None)
    dialog.cmb_rule.setCurrentIndex(dialog.cmb_rule.findData("aangepaste_datum"))
    dialog.dte_custom.setDate(QDate(2030, 1, 31))
    assert (dialog.value().custom, dialog.value().leaves_on) == (date(2030, 1, 31), None)


def test_consent_dialog_reads_back_and_refuses_a_partial_answer_without_note(
        qtbot, dutch, vault: CaseFile) -> None:
    dialog = ConsentDialog(None, None, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chk_asked.isChecked()
    dialog.cmb_answer.setCurrentIndex(dialog.cmb_answer.findData("gedeeltelijk"))
    dialog.cmb_how.setCurrentText("")
    qtbot.keyClicks(dialog.cmb_how.lineEdit(), "schriftelijk")
    qtbot.mouseClick(dialog.btn_ok, Qt.MouseButton.LeftButton)
    assert dialog.lbl_error.text() == ("Schrijf in de notitie waarvoor de leerling wel en "
                                       "niet toestemming gaf.")
    qtbot.keyClicks(dialog.edt_note, "niet voor het gesprek met de ouders")
    qtbot.keyClicks(dialog.edt_by, "mentor")
    assert dialog.value() == ConsentForm(True, ConsentAnswer.GEDEELTELIJK, "schriftelijk",
                                         date(2026, 11, 22), "mentor",
                                         "niet voor het gesprek met de ouders")
    qtbot.mouseClick(dialog.chk_asked, Qt.MouseButton.LeftButton)
    assert not dialog.cmb_answer.isEnabled()
    assert dialog.value() == ConsentForm(False, note="niet voor het gesprek met de ouders")


def test_case_detail_shows_and_changes_retention_and_consent(
        qtbot, dutch, vault: CaseFile, monkeypatch) -> None:
    case_id = _case(vault)
    detail = CaseDetail(vault)
    qtbot.addWidget(detail)
    detail.show_case(case_id)
    privacy = detail.privacy
    assert privacy.lbl_header.text() == "Bewaren tot: nog niet te bepalen"
    assert privacy.lbl_consent.text() == "Niet vastgelegd"
    monkeypatch.setattr(RetentionDialog, "get_retention", classmethod(
        lambda cls, *a, **k: (RetentionForm("aangepaste_datum", "aangifte loopt", None,
                                            date(2030, 1, 31)), True)))
    monkeypatch.setattr(ConsentDialog, "get_consent", classmethod(
        lambda cls, *a, **k: (ConsentForm(True, ConsentAnswer.GEGEVEN, "mondeling",
                                          date(2026, 9, 8), "mentor"), True)))
    with qtbot.waitSignal(detail.changed):
        qtbot.mouseClick(privacy.btn_retention, Qt.MouseButton.LeftButton)
    assert privacy.lbl_header.text() == "Bewaren tot 31 januari 2030"
    assert vault.retention.for_case(case_id).choice.reason == "aangifte loopt"
    with qtbot.waitSignal(detail.changed):
        qtbot.mouseClick(privacy.btn_consent, Qt.MouseButton.LeftButton)
    assert privacy.lbl_consent.text() == ("Gegeven (mondeling) op 8 september 2026, "
                                          "gevraagd door mentor")
    assert detail.timeline.model.rowCount() == 1


def test_rule_file_problems_are_shown_once(qtbot, dutch, vault: CaseFile, tmp_path,
                                          monkeypatch) -> None:
    school = tmp_path / "eigen"
    school.mkdir()
    (school / "eigen.toml").write_text("[[rules]]\nid = 3\n", encoding="utf-8")
    # this vault's own rules: the app-wide set stays as it was for the other tests
    monkeypatch.setattr(vault.retention, "rules",
                        RetentionRules([SHIPPED_RETENTION_DIR, school]))
    monkeypatch.setattr(case_privacy, "_shown_rule_problems", set())
    seen: list[list[str]] = []
    monkeypatch.setattr(RetentionDialog, "get_retention", classmethod(
        lambda cls, parent, rules, current, today, problems: (seen.append(problems), (None,
                                                                                      False))[1]))
    detail = CaseDetail(vault)
    qtbot.addWidget(detail)
    detail.show_case(_case(vault))
    detail.privacy.edit_retention()
    detail.privacy.edit_retention()
    assert [len(p) for p in seen][1] == 0
    assert seen[0] and all(p.startswith("eigen.toml, regel") for p in seen[0])


def test_case_list_column_and_todo_line(qtbot, dutch, vault: CaseFile) -> None:
    closed = _case(vault, "Uitgelachen in de klassenapp")
    _case(vault)
    panel = CaseListPanel(vault)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not panel.retention_pending)
    assert panel.tbl_cases.isColumnHidden(COL_RETENTION)  # no case has a date yet
    vault.casework.status.close(closed, Outcome.GESTOPT, on=date(2026, 11, 20))
    panel.reload()   # the dates come from a worker connection
    qtbot.waitUntil(lambda: not panel.tbl_cases.isColumnHidden(COL_RETENTION), timeout=10_000)
    model = panel.model
    texts = {model.case_at(r).id: model.index(r, COL_RETENTION).data()
             for r in range(model.rowCount())}
    assert texts[closed] == "31 augustus 2027"
    assert sorted(texts.values()) == ["31 augustus 2027", "–"]
    assert model.headerData(COL_RETENTION, Qt.Orientation.Horizontal) == "Bewaren tot"
    panel.shutdown()
    todo = TodoTableModel()
    todo.set_items(vault.casework.todo(today=date(2027, 9, 1)).items)
    whats = [todo.index(r, TODO_COL_WHAT).data() for r in range(todo.rowCount())]
    assert whats.count("Bewaartermijn verstreken: vernietigen of anonimiseren") == 1
