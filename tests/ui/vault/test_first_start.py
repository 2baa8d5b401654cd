"""A vault copied to a new laptop: the first start (no settings) opens its unlock screen
instead of proposing to create `pestdossier-2` beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from app.casefile import CaseFile
from tests.ui.conftest import TEST_PASSWORD
from ui.shell import settings


def test_a_copied_vault_in_the_default_folder_is_offered_for_unlocking(make_window) -> None:
    path = settings.default_vault_path().with_name("van-de-oude-laptop.pestdossier")
    path.parent.mkdir(parents=True)
    CaseFile.create(path, TEST_PASSWORD, check_strength=False).close()
    assert settings.last_vault_path() is None
    window = make_window()
    window.start()
    assert window.create_panel is None
    assert window.unlock_screen.path == path


def test_without_a_vault_the_first_start_creates_one(make_window) -> None:
    window = make_window()
    window.start()
    assert window.create_panel is not None
    assert Path(window.create_panel.edt_path.text()) == settings.default_vault_path()


def test_open_an_existing_vault_from_the_first_screen(make_window, qtbot, vault: CaseFile,
                                                      vault_path: Path, monkeypatch) -> None:
    vault.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(vault_path), ""))
    window = make_window()
    window.start()
    assert window.create_panel.btn_open_other.text() == "Bestaande kluis openen..."
    window.create_panel.btn_open_other.click()
    assert window.unlock_screen.path == vault_path
    window.unlock_screen.edt_password.setText(TEST_PASSWORD)
    window.unlock_screen.unlock()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20_000)
    assert settings.last_vault_path() == vault_path  # remembered for the next start
