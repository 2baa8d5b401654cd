"""`pestdossier --self-test` from source: passes, names what is missing, leaves the
user's settings alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.shell import selftest_qt
from ui.shell.i18n import remove_translators


@pytest.fixture
def app(qapp: QApplication):  # type: ignore[no-untyped-def]
    yield qapp
    remove_translators(qapp)


def test_self_test_passes_and_times_the_unlock_screen(
        app: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        isolated_config: Path) -> None:
    before = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    report = tmp_path / "zelftest.txt"
    code = selftest_qt.main_selftest(["pestdossier", "--self-test",
                                      "--self-test-report", str(report)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "ZELFTEST GESLAAGD" in out
    assert selftest_qt.STARTUP_MARKER in out
    assert "Qt-afbeeldingsformaten: png, jpeg, webp" in out
    assert report.read_text(encoding="utf-8").splitlines()[-1] == "ZELFTEST GESLAAGD"
    # the user's (here: the test's) settings were neither read nor written
    assert {k: os.environ.get(k) for k in before} == before
    assert not list((isolated_config / "config").rglob("*.ini"))


def test_a_missing_image_format_is_named(app: QApplication, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(selftest_qt, "REQUIRED_IMAGE_FORMATS", ("png", "jpeg", "jxl-nope"))
    monkeypatch.setattr(selftest_qt, "collect", lambda folder: selftest_qt.SelftestReport())
    code = selftest_qt.main_selftest(["pestdossier", "--self-test"])
    out = capsys.readouterr().out
    assert code == 1
    assert "PROBLEEM Qt-afbeeldingsformaten ontbreken: jxl-nope" in out
    assert "ZELFTEST MISLUKT" in out
