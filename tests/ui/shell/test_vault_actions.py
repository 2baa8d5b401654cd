"""Kluis menu: the emergency sheet (offered after creating a vault, and from the menu), the
password change in the background, and where the vault and its backups are."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from app.casefile import CaseFile
from tests.ui.conftest import STRONG_PASSWORD, TEST_PASSWORD
from ui.common import confirm
from ui.common.confirm import Confirm
from ui.shell import vault_location
from ui.shell.vault_location import VaultLocationDialog
from ui.vault import recovery_kit
from ui.vault.change_password_dialog import ChangePasswordDialog, PasswordChange
from ui.vault.recovery_kit import RecoveryCodeDialog

CODE = re.compile(r"[0-9A-Z]{5}(?:-[0-9A-Z]{5}){6}")


def code_on_sheet(sheet: Path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    found = CODE.search(text)
    assert found is not None, text
    return found.group(0)


def patch_sheet(monkeypatch, sheet: Path) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(recovery_kit, "choose_noodblad_path", lambda parent, start: sheet)
    monkeypatch.setattr(RecoveryCodeDialog, "show_code",
                        classmethod(lambda cls, parent, code, path: shown.append(code)))
    return shown


def test_the_emergency_sheet_from_the_menu_warns_before_replacing_the_code(
        make_window, qtbot, vault: CaseFile, tmp_path: Path, monkeypatch) -> None:
    sheet = tmp_path / "noodblad.pdf"
    shown = patch_sheet(monkeypatch, sheet)
    questions: list[str] = []
    monkeypatch.setattr(Confirm, "ask", classmethod(
        lambda cls, parent, title, text, yes: (questions.append(text), (True, True))[1]))
    window = make_window()
    window.start(vault)
    actions = window.vault_actions
    assert actions.act_recovery_kit.text() == "Noodblad maken..."
    actions.act_recovery_kit.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert questions == []  # no code yet: nothing to replace
    assert code_on_sheet(sheet) == shown[0]
    assert vault.backups.has_recovery_code()
    sheet.unlink()
    actions.act_recovery_kit.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    assert "ongeldig" in questions[0]
    assert shown[1] != shown[0] and code_on_sheet(sheet) == shown[1]


def test_the_code_dialog_says_where_to_keep_the_sheet(qtbot, dutch, tmp_path: Path) -> None:
    dialog = RecoveryCodeDialog("ABCDE-" * 6 + "ABCDE", tmp_path / "noodblad.pdf")
    qtbot.addWidget(dialog)
    assert "thuis" in dialog.lbl_keep.text() and "schoolkluis" in dialog.lbl_keep.text()


def test_a_new_vault_is_offered_an_emergency_sheet(make_window, qtbot, tmp_path: Path,
                                                   monkeypatch) -> None:
    sheet = tmp_path / "noodblad.pdf"
    shown = patch_sheet(monkeypatch, sheet)
    window = make_window()
    window.start()
    panel = window.create_panel
    panel.edt_path.setText(str(tmp_path / "nieuw.pestdossier"))
    panel.edt_password.setText(STRONG_PASSWORD)
    panel.edt_repeat.setText(STRONG_PASSWORD)
    panel.btn_create.click()
    maker = window.vault_actions.recovery_kit
    qtbot.waitUntil(lambda: maker.offer_bar is not None, timeout=20_000)
    assert maker.offer_bar.btn_later.text() == "Later"
    maker.offer_bar.btn_make.click()
    assert maker.offer_bar is None
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert code_on_sheet(sheet) == shown[0]


def test_locking_dismisses_the_emergency_sheet_question(make_window, vault: CaseFile) -> None:
    window = make_window()
    window.start(vault)
    maker = window.vault_actions.recovery_kit
    maker.offer_after_creation(vault, window.statusBar())
    assert maker.offer_bar is not None
    window.lock()
    assert maker.offer_bar is None


def test_change_password_in_the_background(make_window, qtbot, vault: CaseFile,
                                           vault_path: Path, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(confirm.QMessageBox, "exec", lambda box: told.append(box.text()))
    monkeypatch.setattr(ChangePasswordDialog, "get_change", classmethod(
        lambda cls, parent: (PasswordChange("niet het oude wachtwoord", STRONG_PASSWORD),
                             True)))
    backup = vault.backups.create().info.path
    window = make_window()
    window.start(vault)
    assert window.vault_actions.act_change_password.text() == "Wachtwoord wijzigen..."
    window.vault_actions.act_change_password.trigger()
    assert window.vault_actions.dlg_busy.isVisible()
    qtbot.waitUntil(lambda: not window.vault_actions.is_busy, timeout=20_000)
    assert "huidige wachtwoord klopt niet" in told[-1]
    monkeypatch.setattr(ChangePasswordDialog, "get_change", classmethod(
        lambda cls, parent: (PasswordChange(TEST_PASSWORD, STRONG_PASSWORD), True)))
    window.vault_actions.act_change_password.trigger()
    qtbot.waitUntil(lambda: not window.vault_actions.is_busy, timeout=20_000)
    assert "gewijzigd" in told[-1]
    window.lock()
    CaseFile.open(vault_path, STRONG_PASSWORD).close()
    restored = CaseFile.restore_backup(backup, vault_path.with_name("terug.pestdossier"),
                                       STRONG_PASSWORD, password=STRONG_PASSWORD)
    assert restored.path.exists()  # the backup's key slot follows the new password


def test_the_dialog_keeps_the_strength_rules(qtbot, dutch) -> None:
    dialog = ChangePasswordDialog()
    qtbot.addWidget(dialog)
    dialog.edt_old.setText(TEST_PASSWORD)
    dialog.new_password.edt_password.setText("kort")
    dialog.edt_repeat.setText("kort")
    dialog.btn_ok.click()
    assert "12 tekens" in dialog.lbl_error.text() and dialog.result() == 0
    dialog.new_password.edt_password.setText(STRONG_PASSWORD)
    dialog.btn_ok.click()
    assert dialog.lbl_error.text() == "De twee wachtwoorden zijn niet gelijk."


def test_where_is_my_vault_opens_the_folders(make_window, vault: CaseFile, vault_path: Path,
                                            monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(vault_location, "open_folder", opened.append)
    seen: list[VaultLocationDialog] = []

    def show(cls, parent, path, folder, fell_back):  # type: ignore[no-untyped-def]
        dialog = cls(path, folder, fell_back, parent)
        seen.append(dialog)
        dialog.btn_vault.click()
        dialog.btn_backups.click()

    monkeypatch.setattr(VaultLocationDialog, "show_location", classmethod(show))
    vault.backups.create()
    window = make_window()
    window.start(vault)
    assert window.vault_actions.act_where.text() == "Waar staat mijn kluis?"
    window.vault_actions.act_where.trigger()
    assert seen[0].lbl_vault.text() == str(vault_path)
    assert opened == [vault_path.parent, vault_path.parent / "Reservekopieën"]
