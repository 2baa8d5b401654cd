"""The accounts of a case in the window: a visible "Accounts…" button on the people tab,
and a dialog whose Add, Save change and Remove buttons are on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.casefile import CaseFile
from tests.leak_corpus import unregistered
from ui.cases.accounts_dialog import AccountsDialog
from ui.cases.people_panel import PeoplePanel


def _rows(dialog: AccountsDialog) -> list[list[str]]:
    table = dialog.tbl_accounts
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_add_change_remove_through_the_window(qtbot, dutch, vault: CaseFile,
                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case = unregistered(vault)
    panel = PeoplePanel(vault)
    qtbot.addWidget(panel)
    panel.set_case(case.case_id)
    panel.show()
    assert panel.btn_accounts.isVisible() and panel.btn_accounts.isEnabled()
    assert panel.btn_accounts.text() == "Accounts…"
    opened: list[AccountsDialog] = []
    monkeypatch.setattr(AccountsDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(panel.btn_accounts, Qt.MouseButton.LeftButton)
    assert len(opened) == 1

    dialog = AccountsDialog(vault, case.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    for button in (dialog.btn_add, dialog.btn_change, dialog.btn_remove):
        corner = button.mapTo(dialog, QPoint(button.width() - 1, button.height() - 1))
        assert button.isVisible() and dialog.rect().contains(corner)
    assert dialog.btn_add.text() == "Account toevoegen" and not dialog.btn_change.isEnabled()
    noor = vault.people.for_case(case.case_id)[1].person
    dialog.cmb_platform.setCurrentText("TikTok")
    dialog.edt_handle.setText("@noor.vrbk")
    dialog.edt_url.setText("https://tiktok.example/@noor.vrbk")
    dialog.cmb_person.setCurrentIndex(dialog.cmb_person.findData(noor.id))
    qtbot.mouseClick(dialog.btn_add, Qt.MouseButton.LeftButton)
    dialog.cmb_platform.setCurrentText("Snapchat")
    dialog.edt_handle.setText("spookje")
    dialog.cmb_person.setCurrentIndex(0)
    qtbot.mouseClick(dialog.btn_add, Qt.MouseButton.LeftButton)
    assert _rows(dialog) == [
        ["Snapchat", "@spookje", "", "", "onbekend"],
        ["TikTok", "@noor.vrbk", "", "https://tiktok.example/@noor.vrbk", noor.name]]
    dialog.edt_handle.setText("")
    qtbot.mouseClick(dialog.btn_add, Qt.MouseButton.LeftButton)
    assert dialog.lbl_error.text() == "Vul een accountnaam (@naam) of een weergavenaam in."

    dialog.tbl_accounts.selectRow(0)
    assert dialog.edt_handle.text() == "spookje" and dialog.btn_change.isEnabled()
    dialog.edt_display.setText("Spook")
    qtbot.mouseClick(dialog.btn_change, Qt.MouseButton.LeftButton)
    assert _rows(dialog)[0] == ["Snapchat", "@spookje", "Spook", "", "onbekend"]
    dialog.tbl_accounts.selectRow(1)
    qtbot.mouseClick(dialog.btn_remove, Qt.MouseButton.LeftButton)
    assert [a.handle for a in vault.accounts.list(case.case_id)] == ["spookje"]
    assert dialog.lbl_error.text() == ""
