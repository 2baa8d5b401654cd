"""Shared fixtures for the GUI tests: offscreen Qt, isolated settings and data folders,
Dutch translations, a real encrypted vault per test, and a main window that is checked
for leaks (vault closed, background work finished) when it closes."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from app.casefile import CaseFile
from app.timeutil import Clock
from ui.common.style import apply_style
from ui.shell import window_fit
from ui.shell.i18n import install_translators, remove_translators
from ui.shell.main_window import MainWindow
from ui.shell.pyside_fixes import pin_bools

pin_bools()  # as the app does at start: PySide6 6.12's emit() loses references to True

STRONG_PASSWORD = "paarse olifant fietst langs de gracht"
TEST_PASSWORD = "test-wachtwoord-voor-de-kluis"


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """QSettings and platformdirs point into tmp_path: no test sees the user's files."""
    config = tmp_path / "config"
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("PESTDOSSIER_LANG", raising=False)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    return tmp_path


@pytest.fixture(autouse=True)
def desktop_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offscreen platform's screen is 800x800; windows get a desktop monitor's room
    as before (tests/ui/shell/test_window_fit.py fakes a small laptop screen)."""
    monkeypatch.setattr(window_fit, "available_area", lambda window: QRect(0, 0, 1920, 1040))


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[QApplication]:
    """The app as the user sees it: Dutch, with the calm style."""
    apply_style(qapp)
    install_translators(qapp, "nl")
    yield qapp
    remove_translators(qapp)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "kluis.pestdossier"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[CaseFile]:
    """A real encrypted vault with a fixed clock, closed after the test."""
    clock = Clock(lambda: datetime(2026, 11, 22, 13, 5, tzinfo=UTC))
    opened = CaseFile.create(vault_path, TEST_PASSWORD, counsellor="Test", clock=clock,
                          check_strength=False)
    yield opened
    opened.close()


def wait_for_background_work() -> None:
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def make_window(qtbot, dutch) -> Iterator:  # type: ignore[no-untyped-def]
    """Build main windows; on teardown close them and check nothing is left open."""
    windows: list[MainWindow] = []

    def make(**kwargs: object) -> MainWindow:
        window = MainWindow(**kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    wait_for_background_work()
    for window in windows:
        vault = window.vault
        window.close()
        assert window.vault is None, "closing the window must lock the vault"
        assert vault is None or not vault.is_open
    wait_for_background_work()
