"""Reservekopie terugzetten: the list shows date, size and cases; the restore is verified,
goes to a new vault file and is offered to switch to."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from tests.ui.conftest import TEST_PASSWORD
from ui.common.confirm import Confirm
from ui.vault.restore_dialog import RestoreDialog, RestoreRequest, free_restore_path


def test_restore_into_a_new_vault_and_switch(make_window, qtbot, vault: CaseFile,
                                             vault_path: Path, monkeypatch) -> None:
    vault.cases.create(NewCase("Vóór de kopie", CaseKind.PESTEN, date(2026, 11, 20)))
    backup = vault.backups.create().info
    vault.cases.create(NewCase("Na de kopie", CaseKind.PESTEN, date(2026, 11, 21)))
    target = free_restore_path(vault_path)
    assert target.name == "kluis-hersteld.pestdossier"
    shown: list[list[str]] = []

    def get_restore(parent, backups, default_target):  # type: ignore[no-untyped-def]
        dialog = RestoreDialog(backups, default_target, parent)
        shown.append([dialog.tbl_backups.item(0, c).text() for c in range(3)])
        dialog.deleteLater()
        return RestoreRequest(backups[0].path, default_target, TEST_PASSWORD), True

    monkeypatch.setattr(RestoreDialog, "get_restore", get_restore)
    monkeypatch.setattr(Confirm, "ask", lambda *a: (True, True))
    window = make_window()
    window.start(vault)
    assert window.backup_actions.act_restore.text() == "Reservekopie terugzetten..."
    window.backup_actions.act_restore.trigger()
    qtbot.waitUntil(lambda: window.vault is not None and window.vault.path == target,
                    timeout=20_000)
    assert shown[0][0] == "22 november 2026, 14:05" and shown[0][2] == "1"
    assert shown[0][1].endswith(" kB")
    assert [c.title for c in window.vault.cases.list()] == ["Vóór de kopie"]
    assert backup.path.exists() and vault_path.exists()  # nothing replaced
    assert not Path(f"{target}-wal").exists() or Path(f"{target}-wal").stat().st_size == 0


def test_the_dialog_refuses_an_existing_file(qtbot, dutch, vault: CaseFile,
                                             vault_path: Path) -> None:
    backups = [vault.backups.create().info]
    dialog = RestoreDialog(backups, vault_path)
    qtbot.addWidget(dialog)
    dialog.edt_password.setText(TEST_PASSWORD)
    dialog.btn_ok.click()
    assert "overschrijft" in dialog.lbl_error.text()
    assert dialog.result() == 0
