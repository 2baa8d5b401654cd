"""Wachtwoord vergeten?: the newest backup beside the vault, the recovery code read back
from an emergency sheet made in the window, a new password, a new vault file, opened."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.backup import new_recovery_code
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from tests.ui.conftest import STRONG_PASSWORD
from tests.ui.shell.test_vault_actions import code_on_sheet, patch_sheet
from ui.vault.forgot_password import ForgotPasswordDialog, ForgotRequest, newest_local_backup


def _typo(code: str) -> str:
    groups = code.split("-")
    first = groups[2][0]
    groups[2] = ("1" if first != "1" else "2") + groups[2][1:]
    return "-".join(groups)


def test_forgotten_password_with_the_code_from_the_sheet(make_window, qtbot, vault: CaseFile,
                                                         vault_path: Path, tmp_path: Path,
                                                         monkeypatch) -> None:
    sheet = tmp_path / "noodblad.pdf"
    shown = patch_sheet(monkeypatch, sheet)
    vault.cases.create(NewCase("Bewaard", CaseKind.PESTEN, date(2026, 11, 20)))
    window = make_window()
    window.start(vault)
    window.vault_actions.act_recovery_kit.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    window.lock()  # the backup on lock carries the recovery code's key slot
    qtbot.waitUntil(lambda: newest_local_backup(vault_path) is not None, timeout=20_000)
    window.backups.finish()
    code = code_on_sheet(sheet)
    errors: list[str] = []

    def get_request(cls, parent, path):  # type: ignore[no-untyped-def]
        dialog = cls(path, parent)
        assert dialog.edt_backup.text() == str(newest_local_backup(vault_path))
        dialog.edt_code.setText(_typo(code))
        dialog.new_password.edt_password.setText(STRONG_PASSWORD)
        dialog.edt_repeat.setText(STRONG_PASSWORD)
        dialog.btn_ok.click()
        errors.append(dialog.lbl_error.text())
        dialog.edt_code.setText(code.lower().replace("-", " "))
        assert dialog.problem() == ""
        request = dialog.request()
        dialog.deleteLater()
        return request, True

    monkeypatch.setattr(ForgotPasswordDialog, "get_request", classmethod(get_request))
    screen = window.unlock_screen
    assert screen.btn_forgot.text() == "Wachtwoord vergeten?"
    screen.btn_forgot.click()
    assert errors[0].startswith("Groep 3 ")  # the typo names its group
    target = vault_path.with_name("kluis-hersteld.pestdossier")
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert window.vault.path == target
    assert [c.title for c in window.vault.cases.list()] == ["Bewaard"]
    assert vault_path.exists()  # the old file is left as it is
    window.lock()
    CaseFile.open(target, STRONG_PASSWORD).close()


def test_a_wrong_code_is_a_message_on_the_unlock_screen(make_window, qtbot, vault: CaseFile,
                                                        vault_path: Path, monkeypatch) -> None:
    vault.backups.new_recovery_code()
    backup = vault.backups.create().info.path
    vault.close()
    request = ForgotRequest(backup, new_recovery_code(), STRONG_PASSWORD,
                            vault_path.with_name("nieuw.pestdossier"))
    monkeypatch.setattr(ForgotPasswordDialog, "get_request",
                        classmethod(lambda cls, parent, path: (request, True)))
    window = make_window()
    window.show_unlock(vault_path)
    window.unlock_screen.btn_forgot.click()
    qtbot.waitUntil(lambda: not window.unlock_screen.is_busy, timeout=30_000)
    assert window.vault is None
    assert window.unlock_screen.lbl_error.text()
    assert not request.target.exists()


def test_newest_local_backup_ignores_other_vaults(tmp_path: Path) -> None:
    folder = tmp_path / "Reservekopieën"
    folder.mkdir()
    for name in ("kluis-20260101-100000.pdbackup", "kluis-20260301-100000.pdbackup",
                 "kluis-hersteld-20270101-100000.pdbackup", ".kluis-20280101-100000.pdbackup"):
        (folder / name).write_bytes(b"x")
    assert newest_local_backup(tmp_path / "kluis.pestdossier") == \
        folder / "kluis-20260301-100000.pdbackup"
    assert newest_local_backup(tmp_path / "ander.pestdossier") is None
