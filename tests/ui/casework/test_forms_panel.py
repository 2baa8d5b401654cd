"""The non-pestcontract and the pupil's plan through the real widgets, on the Agreements
tab: make one, change it (the earlier version is kept, the signature lapses), record a
signature, and save the PDF only after confirming when another child is named."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, Role
from app.forms import FormKind, Signer
from ui.casework import forms_panel
from ui.casework.form_edit_dialog import FormEditDialog
from ui.casework.forms_panel import SignDialog
from ui.common.confirm import Confirm


def answer(monkeypatch, cls: type[QDialog], fill: Callable[[Any], None]) -> list[Any]:
    seen: list[Any] = []

    def exec_(dialog: Any) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.btn_ok.click()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


@pytest.fixture
def panel(make_window, vault: CaseFile, qtbot):  # type: ignore[no-untyped-def]
    case = vault.cases.create(NewCase("Duwen in de rij", CaseKind.PESTEN, date(2026, 11, 16),
                                      group_name="groep 7"))
    for name, role in (("Sam Jansen", Role.PESTER), ("Noor de Wit", Role.GEPESTE),
                       ("Mevrouw Jansen", Role.OUDER)):
        vault.people.add_new_to_case(case.id, name, role, "groep 7")
    window = make_window()
    window.start(vault)
    window.show()
    window.workspace.show_cases()
    detail = window.workspace.detail
    assert window.workspace.case_list.select_case(case.id)
    tabs = detail.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Afspraken"))
    forms = detail.casework.forms
    detail.casework.show_panel(forms)  # the third inner tab of Agreements
    qtbot.waitUntil(forms.isVisible)  # a layout shows a new child once events run
    assert forms.lbl_empty.isVisible() and not forms.lst_forms.isVisible()
    return forms, vault, case.id


def test_make_change_and_sign_a_contract(panel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    forms, vault, case_id = panel

    def fill_new(dialog: FormEditDialog) -> None:
        assert dialog.windowTitle() == "Nieuw niet-pestcontract"
        assert [dialog.cmb_pupil.itemText(i) for i in range(dialog.cmb_pupil.count())] == [
            "Sam Jansen", "Noor de Wit"]  # the parent is no pupil
        dialog.btn_ok.click()  # empty: refused with a reason, nothing saved
        assert dialog.lbl_error.text() == "Vul 'Dit gedrag stopt' in."
        dialog.edt_stops.setPlainText("Ik duw niemand meer in de rij.")
        dialog.edt_consequences.setPlainText("Dan bellen we je ouders.")

    answer(monkeypatch, FormEditDialog, fill_new)
    forms.act_contract.trigger()
    [form] = vault.forms.for_case(case_id)
    assert (form.kind, form.person_name, form.text("stops")) == (
        FormKind.CONTRACT, "Sam Jansen", "Ik duw niemand meer in de rij.")
    line = forms.lst_forms.item(0).text()
    assert line.startswith("Niet-pestcontract · Sam Jansen · versie 1 · nog niet ondertekend")

    def fill_sign(dialog: SignDialog) -> None:
        dialog.cmb_signer.setCurrentIndex(1)
        dialog.dte_on.setDate(QDate(2026, 11, 24))

    answer(monkeypatch, SignDialog, fill_sign)
    forms.btn_sign.click()
    assert vault.forms.get(form.id).signed == {Signer.OUDERS: date(2026, 11, 24)}
    assert "ondertekend: ouders 24 november 2026" in forms.lst_forms.item(0).text()

    def fill_change(dialog: FormEditDialog) -> None:
        assert dialog.edt_stops.toPlainText() == "Ik duw niemand meer in de rij."
        dialog.edt_repair.setPlainText("Ik help met opruimen.")
        dialog.btn_ok.click()
        assert "vorige versie" in dialog.lbl_error.text()  # a reason is asked
        dialog.edt_reason.setText("na het gesprek met de ouders")

    answer(monkeypatch, FormEditDialog, fill_change)
    forms.btn_edit.click()
    changed = vault.forms.get(form.id)
    assert changed.text("repair") == "Ik help met opruimen." and changed.signed == {}
    assert [r.reason for r in vault.forms.revisions(form.id)] == [
        "ondertekend: ouders", "na het gesprek met de ouders"]
    shown: list[str] = []
    monkeypatch.setattr(forms_panel, "inform", lambda parent, title, text, **kw: shown.append(text))
    forms.btn_history.click()
    assert "Versie 2" in shown[0] and "na het gesprek met de ouders" in shown[0]


def test_a_plan_naming_another_child_is_saved_only_after_confirming(
        panel, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    forms, vault, case_id = panel
    sam = next(p.person.id for p in vault.people.for_case(case_id)
               if p.person.name == "Sam Jansen")
    plan = vault.forms.create(case_id, FormKind.PLAN, sam,
                              {"actions": "Ik vraag Noor mee te voetballen."})
    forms.reload()
    assert "bespreken op 29 november 2026" in forms.lst_forms.item(0).text()
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(forms_panel, "get_save_file_name",
                        lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(forms_panel, "inform", lambda *a, **k: None)
    asked: list[str] = []

    def refuse(parent, title, text, yes_text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return False, False

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: refuse(*a)))
    forms.btn_pdf.click()
    assert "Noor de Wit" in asked[0] and not target.exists()
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: (True, True)))
    forms.btn_pdf.click()
    assert target.exists()
    exported = [e for e in vault.audit.entries() if e.action == "form.exported"]
    assert [e.details["form_id"] for e in exported] == [plan.id]


def test_the_pupils_buttons_follow_the_selection(panel) -> None:  # type: ignore[no-untyped-def]
    forms, _vault, _case_id = panel
    assert forms.btn_new.isEnabled()
    assert not any(b.isEnabled() for b in (forms.btn_edit, forms.btn_sign, forms.btn_pdf))
    assert forms.lst_forms.focusPolicy() != Qt.FocusPolicy.NoFocus
