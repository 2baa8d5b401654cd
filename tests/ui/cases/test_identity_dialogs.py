"""The identity register in the window: a person's forms, and "Who is this?"."""

from __future__ import annotations

from app.casefile import CaseFile
from app.identities import FormKind
from tests.leak_corpus import unregistered
from ui.cases.identity_dialog import IdentityDialog, WhoIsThisDialog
from ui.cases.people_panel import PeoplePanel


def test_identity_dialog_adds_refuses_and_removes(qtbot, dutch, vault: CaseFile) -> None:
    case = unregistered(vault)
    person = vault.people.for_case(case.case_id)[1].person
    dialog = IdentityDialog(vault, person)
    qtbot.addWidget(dialog)
    dialog.cmb_kind.setCurrentIndex(dialog.cmb_kind.findData(FormKind.ACCOUNT))
    dialog.edt_value.setText("@noor.vrbk")
    dialog.edt_platform.setText("TikTok")
    dialog.add_form()
    assert [dialog.lst_forms.item(i).text() for i in range(dialog.lst_forms.count())] == \
        ["Account: @noor.vrbk (TikTok)"]
    dialog.cmb_kind.setCurrentIndex(dialog.cmb_kind.findData(FormKind.EMAIL))
    dialog.edt_value.setText("geen adres")
    dialog.add_form()
    assert dialog.lbl_error.text() == "'geen adres' is geen e-mailadres."
    dialog.lst_forms.setCurrentRow(0)
    dialog.remove_selected()
    assert dialog.lst_forms.count() == 0 and vault.identities.forms_of(person.id) == []


def test_who_is_this_links_an_unknown_account(qtbot, dutch, vault: CaseFile) -> None:
    case = unregistered(vault)
    panel = PeoplePanel(vault)
    qtbot.addWidget(panel)
    panel.set_case(case.case_id)
    assert not panel.btn_who.isHidden() and panel.btn_who.text() == "Wie is dit? (1)"
    dialog = WhoIsThisDialog(vault, case.case_id)
    qtbot.addWidget(dialog)
    assert dialog.lbl_done.isHidden()
    selin = vault.people.for_case(case.case_id)[2].person
    dialog.link(vault.identities.register(case.case_id).unlinked[0], selin.id)
    assert not dialog.lbl_done.isHidden()
    assert [f.value for f in vault.identities.forms_of(selin.id)] == ["anon_hater22"]
    panel.reload()
    assert panel.btn_who.isHidden()
