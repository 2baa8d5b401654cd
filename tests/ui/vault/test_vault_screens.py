"""Creating and opening vaults: clear Dutch messages, weak passwords refused, no freezing."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from app import errors as core
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from tests.ui.conftest import STRONG_PASSWORD, TEST_PASSWORD
from ui.common.errors import error_message
from ui.shell import settings


@pytest.fixture
def locked_window(make_window, qtbot, vault: CaseFile, vault_path: Path):  # type: ignore[no-untyped-def]
    return _locked(make_window, qtbot, vault, vault_path)


def _locked(make_window, qtbot, vault: CaseFile, vault_path: Path):  # type: ignore[no-untyped-def]
    vault.close()
    settings.remember_vault_path(vault_path)
    window = make_window()
    window.start()
    window.show()
    qtbot.waitExposed(window)
    return window


def _unlock(qtbot, window, password: str) -> None:  # type: ignore[no-untyped-def]
    screen = window.unlock_screen
    screen.edt_password.clear()
    qtbot.keyClicks(screen.edt_password, password)
    qtbot.keyClick(screen.edt_password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=10_000)


def test_wrong_password_shows_a_dutch_message(locked_window, qtbot) -> None:
    _unlock(qtbot, locked_window, "niet het goede wachtwoord")
    assert locked_window.vault is None
    assert locked_window.unlock_screen.lbl_error.text() == (
        "Het wachtwoord klopt niet (let op Caps Lock), of het begin van de kluis is "
        "beschadigd; probeer dan een reservekopie.")
    assert locked_window.unlock_screen.lbl_error.isVisible()
    _unlock(qtbot, locked_window, TEST_PASSWORD)
    assert locked_window.vault is not None


def test_opening_runs_in_the_background_with_a_busy_indicator(locked_window, qtbot) -> None:
    screen = locked_window.unlock_screen
    qtbot.keyClicks(screen.edt_password, TEST_PASSWORD)
    qtbot.mouseClick(screen.btn_unlock, Qt.MouseButton.LeftButton)
    # The click returned before the key derivation finished: the GUI stays responsive.
    assert locked_window.vault is None
    assert screen.bar_busy.isVisible()
    assert not screen.btn_unlock.isEnabled()
    qtbot.waitUntil(lambda: locked_window.vault is not None, timeout=10_000)
    assert not screen.bar_busy.isVisible()


def test_the_gui_keeps_responding_while_the_vault_opens(locked_window, qtbot,
                                                        monkeypatch) -> None:
    """A timer keeps ticking while the vault opens (key derivation and checks).

    The open is held in the worker until the GUI has ticked twenty times: had it run
    on the GUI thread, no tick could happen and the test would time out. How quickly
    the first screen appears is measured by the benchmark, not here."""
    real_open = CaseFile.open.__func__
    release = threading.Event()

    def held_open(cls, *args, **kwargs):  # type: ignore[no-untyped-def]
        assert release.wait(10), "the GUI stopped ticking while the vault opened"
        return real_open(cls, *args, **kwargs)

    monkeypatch.setattr(CaseFile, "open", classmethod(held_open))
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    qtbot.keyClicks(locked_window.unlock_screen.edt_password, TEST_PASSWORD)
    locked_window.unlock_screen.unlock()
    assert locked_window.vault is None  # the click returned at once
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: locked_window.vault is not None, timeout=10_000)
    timer.stop()


def test_wrong_password_is_selected_so_typing_replaces_it(locked_window, qtbot) -> None:
    _unlock(qtbot, locked_window, "niet het goede wachtwoord")
    field = locked_window.unlock_screen.edt_password
    assert field.hasFocus()
    assert field.selectedText() == "niet het goede wachtwoord"
    qtbot.keyClicks(field, TEST_PASSWORD)
    assert field.text() == TEST_PASSWORD
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: locked_window.vault is not None, timeout=10_000)


NOT_A_VAULT = ("Dit bestand is geen Pestdossier-kluis. "
               "Kies een andere kluis met \"Andere kluis openen...\".")


def test_a_file_that_is_not_a_vault(make_window, qtbot, tmp_path: Path) -> None:
    """Refused as soon as it is shown, before a password is typed; the file is untouched."""
    other = tmp_path / "boodschappen.pestdossier"
    other.write_text("melk, brood, kaas\n")
    settings.remember_vault_path(other)
    window = make_window()
    window.start()
    screen = window.unlock_screen
    assert screen.lbl_error.text() == NOT_A_VAULT
    assert not screen.edt_password.isEnabled() and not screen.btn_unlock.isEnabled()
    assert screen.btn_open_other.isEnabled()
    _unlock(qtbot, window, TEST_PASSWORD)
    assert screen.lbl_error.text().startswith("Dit bestand is geen Pestdossier-kluis.")
    assert other.read_text() == "melk, brood, kaas\n"


def test_choosing_a_plain_sqlite_file_is_refused_at_once(  # type: ignore[no-untyped-def]
        locked_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    from ui.shell import main_window

    plain = tmp_path / "gewoon.pestdossier"
    conn = sqlcipher.connect(str(plain))
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    monkeypatch.setattr(main_window, "choose_existing_vault", lambda parent, start: plain)
    screen = locked_window.unlock_screen
    screen.btn_open_other.click()
    assert screen.path == plain
    assert screen.lbl_error.text() == NOT_A_VAULT
    assert not screen.btn_unlock.isEnabled()


def test_a_vault_on_a_missing_usb_stick(make_window, qtbot, tmp_path: Path) -> None:
    settings.remember_vault_path(tmp_path / "usb" / "weg.pestdossier")
    window = make_window()
    window.start()
    _unlock(qtbot, window, TEST_PASSWORD)
    assert "USB-stick" in window.unlock_screen.lbl_error.text()


def test_a_vault_open_elsewhere(make_window, qtbot, vault: CaseFile, vault_path: Path) -> None:
    settings.remember_vault_path(vault_path)  # the fixture keeps it open
    window = make_window()
    window.start()
    _unlock(qtbot, window, TEST_PASSWORD)
    assert window.unlock_screen.lbl_error.text() == (
        "Deze kluis is al geopend in een ander venster of programma.")


@pytest.mark.parametrize(("exc", "expected"), [
    (core.WrongPasswordError(), "Het wachtwoord klopt niet"),
    (core.NotAVaultError(), "geen Pestdossier-kluis"),
    (core.DamagedVaultError(), "beschadigd"),
    (core.NewerVaultError(), "nieuwere versie"),
    (core.VaultInUseError(), "al geopend"),
    (core.VaultNotFoundError(), "niet gevonden"),
    (core.WeakEncryptionError(), "versleuteling"),
    (core.DiskFullError(), "schijf is vol"),
    (core.VaultExistsError(), "bestaat al"),
    (PermissionError(), "mag dit bestand"),
    (RuntimeError("geheime casusinhoud"), "Er ging iets mis"),
])
def test_every_opening_error_has_its_own_dutch_message(dutch, exc: BaseException,
                                                       expected: str) -> None:
    message = error_message(exc)
    assert expected in message
    assert "Traceback" not in message and "geheime" not in message


def test_core_input_errors_keep_their_specific_sentence(dutch) -> None:
    assert error_message(core.InvalidInputError("person.name_missing")) == "Vul een naam in."


def test_weak_password_is_refused_with_its_reason(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    window.start()
    panel = window.create_panel
    target = tmp_path / "zwak.pestdossier"
    panel.edt_path.setText(str(target))
    qtbot.keyClicks(panel.edt_password, "welkom123")
    # The live hint already explains it while typing.
    assert "minstens 12 tekens" in panel.lbl_strength.text()
    qtbot.keyClicks(panel.edt_repeat, "welkom123")
    qtbot.mouseClick(panel.btn_create, Qt.MouseButton.LeftButton)
    assert "minstens 12 tekens" in panel.lbl_error.text()
    panel.edt_password.clear()
    panel.edt_repeat.clear()
    qtbot.keyClicks(panel.edt_password, "wachtwoord123")
    qtbot.keyClicks(panel.edt_repeat, "wachtwoord123")
    qtbot.mouseClick(panel.btn_create, Qt.MouseButton.LeftButton)
    assert "te makkelijk te raden" in panel.lbl_error.text()
    assert window.vault is None
    assert not target.exists()


def test_strength_hint_turns_positive_for_a_strong_password(make_window, qtbot) -> None:
    window = make_window()
    window.start()
    panel = window.create_panel
    qtbot.keyClicks(panel.edt_password, STRONG_PASSWORD)
    assert panel.lbl_strength.text() in ("Sterk genoeg.", "Sterk wachtwoord.")
    assert panel.bar_strength.value() >= 3


def test_passwords_must_match(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    window.start()
    panel = window.create_panel
    panel.edt_path.setText(str(tmp_path / "x.pestdossier"))
    qtbot.keyClicks(panel.edt_password, STRONG_PASSWORD)
    qtbot.keyClicks(panel.edt_repeat, STRONG_PASSWORD + "!")
    qtbot.mouseClick(panel.btn_create, Qt.MouseButton.LeftButton)
    assert panel.lbl_error.text() == "De twee wachtwoorden zijn niet gelijk."
    assert window.vault is None


def test_create_refuses_an_existing_file(make_window, qtbot, tmp_path: Path) -> None:
    existing = tmp_path / "bestaat.pestdossier"
    existing.write_bytes(b"")
    window = make_window()
    window.start()
    panel = window.create_panel
    panel.edt_path.setText(str(existing))
    qtbot.keyClicks(panel.edt_password, STRONG_PASSWORD)
    qtbot.keyClicks(panel.edt_repeat, STRONG_PASSWORD)
    qtbot.mouseClick(panel.btn_create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panel.lbl_error.text()), timeout=10_000)
    assert "bestaat al" in panel.lbl_error.text()


def test_open_another_vault_and_create_new_from_the_unlock_screen(
        make_window, qtbot, monkeypatch, vault: CaseFile, vault_path: Path, tmp_path: Path) -> None:
    vault.close()
    settings.remember_vault_path(tmp_path / "oud.pestdossier")
    window = make_window()
    window.start()
    monkeypatch.setattr("ui.shell.main_window.choose_existing_vault", lambda *a: vault_path)
    qtbot.mouseClick(window.unlock_screen.btn_open_other, Qt.MouseButton.LeftButton)
    assert window.unlock_screen.path == vault_path
    qtbot.mouseClick(window.unlock_screen.btn_create, Qt.MouseButton.LeftButton)
    assert window.create_panel is not None and window.create_panel.btn_back.isVisibleTo(window)
    qtbot.mouseClick(window.create_panel.btn_back, Qt.MouseButton.LeftButton)
    assert window.create_panel is None
    _unlock(qtbot, window, TEST_PASSWORD)
    assert window.vault is not None and window.vault.path == vault_path
    assert settings.last_vault_path() == vault_path


def test_the_case_list_is_read_off_the_gui_thread_while_unlocking(
        make_window, qtbot, vault: CaseFile, vault_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch) -> None:
    """Thousands of cases take a while to read: the worker that opens the vault reads
    them, and the window's first list is that read (kept until a commit)."""
    import app.cases as cases_module

    vault.cases.create(NewCase("Ruzie bij de fietsenstalling", CaseKind.PESTEN,
                               date(2026, 11, 2)))
    window = _locked(make_window, qtbot, vault, vault_path)

    real_rows = cases_module._summary_rows
    readers: list[str] = []

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread().name)
        return real_rows(*args, **kwargs)

    monkeypatch.setattr(cases_module, "_summary_rows", recorded)
    _unlock(qtbot, window, TEST_PASSWORD)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert window.workspace.case_list.model.rowCount() == 1
    assert readers and threading.main_thread().name not in readers
