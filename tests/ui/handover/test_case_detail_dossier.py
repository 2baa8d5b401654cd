"""The case header's 'Dossier maken...' button opens the dossier dialog for that case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.cases import NewCase
from app.domain import CaseKind
from ui.handover.dossier_dialog import DossierDialog


def test_dossier_button_opens_dialog_for_selected_case(make_window, qtbot, vault,
                                                       monkeypatch) -> None:
    case = vault.cases.create(NewCase("Spotberichten", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))
    calls = []
    monkeypatch.setattr(DossierDialog, "run",
                        classmethod(lambda cls, parent, v, case_id: calls.append(case_id)))
    window = make_window()
    window.start(vault)
    window.show()
    detail = window.workspace.detail
    qtbot.waitUntil(lambda: detail.case is not None)
    assert detail.btn_dossier.text() == "Dossier maken..."
    qtbot.mouseClick(detail.btn_dossier, Qt.MouseButton.LeftButton)
    assert calls == [case.id]


def test_menu_action_ctrl_d_makes_a_dossier(make_window, qtbot, vault, monkeypatch) -> None:
    case = vault.cases.create(NewCase("Ruzie", CaseKind.CONFLICT, date(2026, 11, 3)))
    calls = []
    monkeypatch.setattr(DossierDialog, "run",
                        classmethod(lambda cls, parent, v, case_id: calls.append(case_id)))
    window = make_window()
    window.start(vault)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.detail.case is not None)
    assert window.act_dossier.shortcut().toString() == "Ctrl+D"
    window.act_dossier.trigger()
    assert calls == [case.id]
