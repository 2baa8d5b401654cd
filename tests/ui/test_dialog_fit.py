"""Every dialog fits a 1366x768 laptop (taskbar 40 px), at 100% and at 125% scaling, and
no label or button clips its text, also once the form shows its error line; on the way
each dialog's buttons are named and its Tab order reads top to bottom, buttons last.

125% on that laptop is a logical screen of 1093x614 (582 without the taskbar): Qt scales
fonts and pixels alike, so in logical pixels only the screen gets smaller. The in-process
test uses that screen; a second one (slow) renders with QT_SCALE_FACTOR=1.25 for real."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from tests.ui.dialog_catalogue import check_all, fill
from ui.common.accessibility import install_accessible_names
from ui.shell import window_fit

SCREENS = {"100%": QRect(0, 0, 1366, 728), "125%": QRect(0, 0, 1093, 582)}
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", sorted(SCREENS))
def test_every_dialog_fits_and_clips_nothing(dutch, vault, tmp_path, monkeypatch, scale) -> None:  # type: ignore[no-untyped-def]
    area = SCREENS[scale]
    monkeypatch.setattr(window_fit, "available_area", lambda _window: area)
    app = QApplication.instance()
    window_fit.install_dialog_fit(app)  # as the app does at start
    install_accessible_names(app)
    problems = check_all(vault, fill(vault), tmp_path, area.size() - window_fit.FRAME_ALLOWANCE)
    assert problems == []


@pytest.mark.slow  # a second Qt process with a vault and ~45 dialogs (about 5 s)
def test_with_qt_scale_factor_125(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.25",
           "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PESTDOSSIER_LANG": "nl"}
    done = subprocess.run([sys.executable, "-m", "tests.ui.dialog_catalogue", "1093x582"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
                          check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "device pixel ratio 1.25" in done.stdout  # Qt really scaled
    assert done.stdout.strip().endswith("ok")
