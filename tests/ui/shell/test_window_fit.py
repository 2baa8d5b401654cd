"""The main window opens no larger than the screen's available area, so on a 1366x768
laptop (taskbar 40 px) the status bar is on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from ui.shell import settings, window_fit
from ui.shell.main_window import MainWindow

LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 minus a 40 px taskbar


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(window_fit, "available_area", lambda window: LAPTOP)
    return LAPTOP


def _fits(window: MainWindow, area: QRect) -> None:
    room = window_fit.FRAME_ALLOWANCE
    assert window.width() + room.width() <= area.width()
    assert window.height() + room.height() <= area.height()
    assert window.x() >= area.left() and window.y() >= area.top()
    assert window.minimumHeight() <= window.height()


def test_first_start_fits_a_small_screen(make_window, small_screen) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    _fits(window, small_screen)
    window.show()
    bar = window.statusBar()
    assert bar.isVisible()
    assert bar.geometry().bottom() < window.height()
    assert window.height() + window_fit.FRAME_ALLOWANCE.height() <= small_screen.height()


def test_geometry_from_a_big_monitor_is_shrunk(make_window, small_screen) -> None:  # type: ignore[no-untyped-def]
    big: MainWindow = make_window()
    big.setMinimumSize(0, 0)
    big.resize(1900, 1150)
    settings.save_window_geometry(big.saveGeometry())
    window: MainWindow = make_window()
    _fits(window, small_screen)


def test_a_large_screen_gets_the_preferred_size(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window_fit, "available_area", lambda window: QRect(0, 0, 1920, 1040))
    window: MainWindow = make_window()
    assert (window.width(), window.height()) == (1240, 760)
    assert (window.minimumWidth(), window.minimumHeight()) == (980, 620)
