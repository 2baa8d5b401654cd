"""Issue 11 (5) in the window: withdraw an evidence item and a timeline entry, edit a
person, remove one from the case, delete one who is in no other case. Each dialog is
driven as a user would: click, type the reason, confirm; then the panel is read back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.errors import NotFoundError
from ui.cases.person_edit_dialog import PersonEditDialog
from ui.common.removal_dialog import RemovalDialog

SCREENS = None  # set a folder here to save the rendered panels while looking at them


@pytest.fixture
def desk(make_window, qtbot, vault: CaseFile) -> SimpleNamespace:
    other = vault.cases.create(NewCase("Ander", CaseKind.PESTEN, date(2026, 11, 1)))
    case = vault.cases.create(NewCase("Groepsapp", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))
    noor = vault.people.add_new_to_case(case.id, "Noor", Role.GEPESTE, "6B")
    vault.people.add_to_case(other.id, noor.person.id, Role.GETUIGE)
    vault.people.add_new_to_case(case.id, "Lex de Vires", Role.GETUIGE, "6B")
    item = vault.evidence.import_bytes(case.id, b"verkeerd bestand", "verkeerd.txt")
    entry = vault.timeline.add(case.id, EntryKind.NOTITIE, "Verkeerde notitie",
                               datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    window = make_window()
    window.start(vault)
    window.workspace.show_cases()   # past 'Vandaag', to the cases
    window.show()
    qtbot.waitExposed(window)
    assert window.workspace.case_list.select_case(case.id)
    detail = window.workspace.detail
    return SimpleNamespace(window=window, detail=detail, case=case, other=other, item=item,
                           entry=entry, vault=vault)


def answer_next_dialog(qtbot, fill: Callable[[object], None]) -> None:  # type: ignore[no-untyped-def]
    """When the next modal dialog opens, let `fill` act on it as a user would."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)
    QTimer.singleShot(0, act)


def type_reason(qtbot, reason: str, seen: list[str]):  # type: ignore[no-untyped-def]
    def fill(dialog: RemovalDialog) -> None:
        assert isinstance(dialog, RemovalDialog)
        seen.append(dialog.lbl_removed.text())
        qtbot.mouseClick(dialog.btn_ok, Qt.MouseButton.LeftButton)   # empty: refused
        assert dialog.isVisible() and dialog.lbl_error.isVisible()
        qtbot.keyClicks(dialog.edt_reason, reason)
        if SCREENS:
            dialog.grab().save(f"{SCREENS}/reason-{len(seen)}.png")
        qtbot.mouseClick(dialog.btn_ok, Qt.MouseButton.LeftButton)
    return fill


def test_withdraw_evidence_in_the_background(desk, qtbot) -> None:
    panel = desk.detail.evidence
    desk.detail.tabs.setCurrentWidget(panel)
    panel.select_item(desk.item.id)
    seen: list[str] = []
    answer_next_dialog(qtbot, type_reason(qtbot, "Verkeerd bestand", seen))
    qtbot.mouseClick(panel.details.btn_withdraw, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.item_at(0).is_withdrawn, timeout=15_000)
    assert "B1" in seen[0] and "verwijderd" in seen[0]
    item = panel.model.item_at(0)
    assert item.withdrawal_reason == "Verkeerd bestand" and item.label == "B1"
    assert "Ingetrokken" in panel.details.lbl_title.text()
    assert "Verkeerd bestand" in panel.details.lbl_warnings.text()
    assert not panel.details.btn_withdraw.isVisible()
    assert not panel.details.btn_export.isVisible()
    assert "ingetrokken" in panel.lbl_status.text()
    assert desk.vault.evidence.get(desk.item.id).is_withdrawn
    if SCREENS:
        panel.grab().save(f"{SCREENS}/evidence-panel.png")


def test_withdraw_a_timeline_entry(desk, qtbot) -> None:
    panel = desk.detail.timeline
    desk.detail.tabs.setCurrentWidget(panel)
    panel.tbl_entries.selectRow(0)
    seen: list[str] = []
    answer_next_dialog(qtbot, type_reason(qtbot, "Bij de verkeerde melding", seen))
    qtbot.mouseClick(panel.btn_withdraw, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.entry_at(0).is_withdrawn, timeout=15_000)
    qtbot.waitUntil(lambda: panel._op is None)
    shown = panel.model.index(0, 3).data()
    assert shown.startswith("Ingetrokken op") and "Bij de verkeerde melding" in shown
    assert "Verkeerde notitie" not in shown
    assert not panel.btn_edit.isEnabled() and not panel.btn_withdraw.isEnabled()
    assert desk.vault.timeline.get(desk.entry.id).text == ""
    if SCREENS:
        panel.grab().save(f"{SCREENS}/timeline-panel.png")


def test_edit_remove_and_delete_people(desk, qtbot) -> None:
    panel = desk.detail.people
    desk.detail.tabs.setCurrentWidget(panel)
    panel.tbl_people.selectRow(0)                      # Noor: also in another case
    assert panel.btn_edit.isEnabled() and not panel.btn_delete.isVisible()
    panel.tbl_people.selectRow(1)                      # Lex: only here
    assert panel.btn_delete.isVisible()
    if SCREENS:
        panel.grab().save(f"{SCREENS}/people-panel-selected.png")

    def edit(dialog: PersonEditDialog) -> None:
        assert isinstance(dialog, PersonEditDialog)
        dialog.edt_name.clear()
        qtbot.keyClicks(dialog.edt_name, "Lex de Vries")
        assert dialog.chk_keep.isEnabled() and dialog.chk_keep.isChecked()
        dialog.cmb_role.setCurrentIndex(dialog.cmb_role.findData(Role.PESTER))
        if SCREENS:
            dialog.grab().save(f"{SCREENS}/edit-person.png")
        qtbot.mouseClick(dialog.btn_ok, Qt.MouseButton.LeftButton)
    answer_next_dialog(qtbot, edit)
    qtbot.mouseClick(panel.btn_edit, Qt.MouseButton.LeftButton)
    lex = panel.model.participant_at(1)
    assert (lex.person.name, lex.role) == ("Lex de Vries", Role.PESTER)
    assert [f.value for f in desk.vault.identities.forms_of(lex.person.id)] == ["Lex de Vires"]

    panel.tbl_people.selectRow(1)
    seen: list[str] = []
    answer_next_dialog(qtbot, type_reason(qtbot, "Bestaat niet", seen))
    qtbot.mouseClick(panel.btn_delete, Qt.MouseButton.LeftButton)
    assert "Lex de Vries" in seen[0]
    assert [p.person.name for p in panel.model._rows] == ["Noor"]
    with pytest.raises(NotFoundError):
        desk.vault.people.get(lex.person.id)
    if SCREENS:
        panel.grab().save(f"{SCREENS}/people-panel.png")

    panel.tbl_people.selectRow(0)
    answer_next_dialog(qtbot, type_reason(qtbot, "Verkeerde melding", seen))
    qtbot.mouseClick(panel.btn_remove, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    assert [c for c, _ in desk.vault.people.cases_of(
        desk.vault.people.find("Noor")[0].id)] == [desk.other.id]
