"""'Dossier vernietigen...' and 'Anonimiseren...': the dialog, through the case menu."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.errors import CaseNotFoundError
from app.timeutil import AMSTERDAM
from ui.cases import destroy_dialog
from ui.cases.destroy_dialog import DestroyDialog

REASON = "Afgesloten en geteld in het jaarverslag"


def _case(vault: CaseFile, title: str = "Spotberichten in de groepsapp") -> int:
    from datetime import datetime

    case = vault.cases.create(NewCase(title, CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))
    vault.people.add_new_to_case(case.id, "Mila Verbeek", Role.GEPESTE, "2B")
    vault.timeline.add(case.id, EntryKind.MELDING, "Mila meldt spot in de app.",
                       datetime(2026, 11, 2, 9, tzinfo=AMSTERDAM))
    return case.id


def _fill(qtbot, dialog: DestroyDialog, reference: str) -> None:
    assert not dialog.btn_go.isEnabled()
    qtbot.keyClicks(dialog.edt_reason, REASON)
    qtbot.keyClicks(dialog.edt_reference, reference)
    assert not dialog.btn_go.isEnabled()  # the warnings are not confirmed yet
    dialog.chk_warnings.setChecked(True)
    assert dialog.btn_go.isEnabled()


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "verklaring.pdf"
    monkeypatch.setattr(destroy_dialog, "get_save_file_name",
                        lambda *args, **kwargs: (str(target), ""))
    return target


def test_destroy_dialog_in_dutch_then_statement(qtbot, dutch, vault: CaseFile, saved: Path,
                                                tmp_path: Path) -> None:
    case_id = _case(vault)
    reference = vault.cases.get(case_id).reference
    dialog = DestroyDialog(None, vault, vault.destruction.preview(case_id), anonymise=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Dossier vernietigen"
    assert dialog.btn_go.text() == "Vernietigen"
    assert "jaarverslag" in dialog.lbl_statistics.text()
    assert dialog.btn_anonymise_instead.isVisible()
    assert "niet gesloten" in dialog.lbl_warnings.text()
    assert dialog.sizeHint().height() <= 740 and dialog.sizeHint().width() <= 1300
    _fill(qtbot, dialog, reference)
    dialog.grab().save(str(tmp_path / "vernietigen.png"))
    qtbot.mouseClick(dialog.btn_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=15_000)
    qtbot.waitUntil(lambda: dialog.btn_close.isEnabled(), timeout=5_000)
    assert dialog.btn_statement.isVisible() and "vernietigd" in dialog.lbl_result.text()
    with pytest.raises(CaseNotFoundError):
        vault.cases.get(case_id)
    qtbot.mouseClick(dialog.btn_statement, Qt.MouseButton.LeftButton)
    assert saved.read_bytes().startswith(b"%PDF")
    assert dialog.btn_close.text() == "Sluiten"


def test_anonymise_instead(qtbot, dutch, vault: CaseFile) -> None:
    case_id = _case(vault)
    reference = vault.cases.get(case_id).reference
    dialog = DestroyDialog(None, vault, vault.destruction.preview(case_id), anonymise=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.btn_anonymise_instead, Qt.MouseButton.LeftButton)
    assert dialog.windowTitle() == "Dossier anonimiseren"
    assert not dialog.frm_statistics.isVisible()
    _fill(qtbot, dialog, reference)
    qtbot.mouseClick(dialog.btn_go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=15_000)
    assert vault.cases.get(case_id).anonymised_at is not None


def test_case_menu_destroys_and_the_list_forgets(make_window, qtbot, vault: CaseFile,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    keep = _case(vault, "Blijft staan")
    gone = _case(vault, "Gaat weg")
    reference = vault.cases.get(gone).reference

    def click_through(dialog: DestroyDialog) -> int:
        _fill(qtbot, dialog, reference)
        qtbot.mouseClick(dialog.btn_go, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.record is not None, timeout=15_000)
        qtbot.waitUntil(lambda: dialog.btn_close.isEnabled(), timeout=5_000)
        qtbot.mouseClick(dialog.btn_close, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(DestroyDialog, "exec", click_through)
    window = make_window()
    window.start(vault)
    window.show()
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.detail.case is not None)
    workspace.case_list.select_case(gone)
    qtbot.waitUntil(lambda: workspace.detail.case is not None
                    and workspace.detail.case.id == gone)
    # one Melding menu: the case's actions, then what ends a case
    assert [a.text() for a in workspace.detail.case_menu.actions()][-2:] == [
        "Dossier vernietigen...", "Anonimiseren..."]
    workspace.detail.act_destroy.trigger()
    model = workspace.case_list.model
    assert [model.case_at(r).id for r in range(model.rowCount())] == [keep]
    assert workspace.detail.case is None or workspace.detail.case.id == keep
