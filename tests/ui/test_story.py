"""The counsellor's first day: create a vault, record a case, find it, lock, unlock."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from app.domain import CaseKind, CaseStatus, EntryKind, Precision, ReportedBy, Role
from app.timeutil import AMSTERDAM
from ui.cases.case_dialog import CaseDialog, CaseForm
from ui.cases.entry_dialog import EntryDialog, EntryForm
from ui.cases.person_dialog import ParticipantForm, PersonDialog
from ui.shell.main_window import MainWindow

from .conftest import STRONG_PASSWORD
from .helpers import visible_texts

TITLE = "Buitengesloten op het schoolplein"
OTHER_TITLE = "Ruzie bij de fietsenstalling"


def _new_case_form(title: str, group: str) -> CaseForm:
    return CaseForm(title, CaseKind.PESTEN, CaseStatus.NIEUW, date(2026, 11, 20),
                    ReportedBy.OUDER, group, "Moeder belt: haar dochter mag niet meedoen.")


def _press(window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_first_day_create_record_find_lock_unlock(make_window, qtbot, monkeypatch,
                                                  tmp_path: Path) -> None:
    window = make_window()
    window.start()
    window.show()
    qtbot.waitExposed(window)

    # First start: no vault yet, so the app offers to create one.
    panel = window.create_panel
    assert panel is not None and panel.isVisible()
    assert panel.edt_path.text().endswith("pestdossier.pestdossier")
    assert str(tmp_path / "data") in panel.edt_path.text()  # the user data folder
    vault_file = tmp_path / "usb" / "school.pestdossier"
    panel.edt_path.setText(str(vault_file))
    qtbot.keyClicks(panel.edt_password, STRONG_PASSWORD)
    qtbot.keyClicks(panel.edt_repeat, STRONG_PASSWORD)
    qtbot.keyClicks(panel.edt_counsellor, "M. de Vries")
    qtbot.keyClicks(panel.edt_school, "De Regenboog")
    qtbot.mouseClick(panel.btn_create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    assert vault_file.is_file()
    workspace = window.workspace
    assert workspace is not None
    assert "Nog geen meldingen. Klik op 'Nieuwe melding' om te beginnen." in visible_texts(window)
    assert workspace.case_list.btn_first_case.isVisible()

    # Ctrl+N: a new case (the dialog is faked; it returns what the user would type).
    forms = iter([_new_case_form(TITLE, "groep 6"), _new_case_form(OTHER_TITLE, "2B")])
    monkeypatch.setattr(CaseDialog, "get_case", lambda *a, **k: (next(forms), True))
    _press(window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: workspace.case_list.model.rowCount() == 1)
    assert workspace.detail.lbl_heading.full_text() == TITLE
    window.act_new_case.trigger()
    qtbot.waitUntil(lambda: workspace.case_list.model.rowCount() == 2)
    workspace.case_list.select_case(window.vault.cases.by_reference("2026-001").id)
    assert workspace.detail.lbl_heading.full_text() == TITLE

    # Add a person who is new to the vault, in the role of the bullied student.
    monkeypatch.setattr(PersonDialog, "get_participant", lambda *a, **k: (
        ParticipantForm(None, "Fenna Verbeek", "groep 6", Role.GEPESTE, ""), True))
    qtbot.mouseClick(workspace.detail.people.btn_add, Qt.MouseButton.LeftButton)
    people = workspace.detail.people.model
    assert people.rowCount() == 1
    assert people.index(0, 0).data() == "Fenna Verbeek"
    assert people.index(0, 1).data() == "Gepeste leerling"

    # Add a conversation to the timeline.
    moment = datetime(2026, 11, 22, 14, 5, tzinfo=AMSTERDAM)
    monkeypatch.setattr(EntryDialog, "get_entry", lambda *a, **k: (
        EntryForm(EntryKind.GESPREK, moment, Precision.EXACT, "Fenna",
                  "Gesprek met Fenna: ze staat elke pauze alleen."), True))
    qtbot.mouseClick(workspace.detail.timeline.btn_add, Qt.MouseButton.LeftButton)
    timeline = workspace.detail.timeline.model
    assert timeline.rowCount() == 1
    assert timeline.index(0, 0).data() == "22 november 2026, 14:05"
    assert timeline.index(0, 1).data() == "Gesprek"

    # Find the case by a word from the timeline: the list filters down to it.
    _press(window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: workspace.case_list.edt_search.hasFocus())
    qtbot.keyClicks(workspace.case_list.edt_search, "pauze")
    proxy = workspace.case_list.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 1)
    assert proxy.index(0, 1).data() == TITLE
    workspace.case_list.edt_search.clear()
    qtbot.waitUntil(lambda: proxy.rowCount() == 2)

    # Ctrl+L: the vault closes and no case data is left on screen or in memory.
    vault = window.vault
    _press(window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.vault is None)
    assert not vault.is_open
    assert window.workspace is None
    texts = visible_texts()
    assert not [t for t in texts if TITLE in t or "Fenna" in t or OTHER_TITLE in t]
    assert window.unlock_screen.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [m for m in window.findChildren(type(workspace.case_list.model))]

    # Unlock again with the password: everything is back.
    qtbot.keyClicks(window.unlock_screen.edt_password, STRONG_PASSWORD)
    qtbot.mouseClick(window.unlock_screen.btn_unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None or bool(window.unlock_screen.lbl_error.text()),
                    timeout=10_000)
    assert window.unlock_screen.lbl_error.text() == ""
    assert window.vault.counsellor == "M. de Vries"
    assert window.workspace.case_list.model.rowCount() == 2
    assert window.unlock_screen.edt_password.text() == ""

    # QSettings holds UI preferences only: the vault's path, never case data.
    window.close()
    stored = "".join(p.read_text(errors="replace") for p in (tmp_path / "config").rglob("*")
                     if p.is_file())
    assert str(vault_file) in stored
    assert TITLE not in stored and "Fenna" not in stored and STRONG_PASSWORD not in stored


def test_next_start_offers_the_last_vault(make_window, qtbot, vault, vault_path) -> None:
    from ui.shell import settings

    vault.close()
    settings.remember_vault_path(vault_path)
    window = make_window()
    window.start()
    window.show()
    assert window.unlock_screen.isVisible()
    assert window.unlock_screen.lbl_file.text() == vault_path.name
    assert window.vault is None


@pytest.mark.parametrize("shortcut", ["Ctrl+N", "Ctrl+F", "Ctrl+L"])
def test_keyboard_shortcuts_are_bound(make_window, shortcut: str) -> None:
    window = make_window()
    bound = {a.shortcut().toString() for a in window.actions()}
    assert shortcut in bound
