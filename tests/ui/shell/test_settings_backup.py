"""Instellingen, while a vault is open: the backup folder and the rotation, kept in the vault
so the command line uses them too."""

from __future__ import annotations

from pathlib import Path

from app.backup import RotationPolicy
from app.casefile import CaseFile
from tests.ui.conftest import TEST_PASSWORD
from ui.shell import settings_backup
from ui.shell.settings_dialog import SettingsDialog


def test_folder_and_rotation_are_stored_in_the_vault(
        make_window, qtbot, vault: CaseFile, vault_path: Path, tmp_path: Path,
        monkeypatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(settings_backup, "choose_backup_folder", lambda parent, start: stick)
    window = make_window()
    window.start(vault)
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    section = dialog.backup_settings
    assert section is not None
    assert section.edt_folder.text() == str(vault_path.parent / "Reservekopieën")
    section.btn_choose.click()
    assert section.edt_folder.text() == str(stick)
    section.spn_last.setValue(5)
    section.spn_daily.setValue(7)
    section.spn_monthly.setValue(12)
    dialog.btn_ok.click()
    assert vault.backups.chosen_folder == stick
    assert vault.backups.policy == RotationPolicy(5, 7, 12)
    window.close()
    assert len(list(stick.glob("*.pdbackup"))) == 1  # the close's backup went to the stick
    with CaseFile.open(vault_path, TEST_PASSWORD) as reopened:  # as the CLI sees it
        assert reopened.backups.chosen_folder == stick


def test_beside_the_vault_again_and_cancel_keeps_the_folder(
        make_window, qtbot, vault: CaseFile, tmp_path: Path) -> None:
    vault.backups.set_folder(tmp_path)
    window = make_window()
    window.start(vault)
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.backup_settings.btn_local.click()
    dialog.btn_cancel.click()
    assert vault.backups.chosen_folder == tmp_path
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.backup_settings.btn_local.click()
    dialog.btn_ok.click()
    assert vault.backups.chosen_folder is None


def test_without_an_open_vault_there_are_no_backup_settings(make_window, qtbot) -> None:
    window = make_window()
    window.start()
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.backup_settings is None
