"""The crash handler: a Dutch dialog, and a report that holds no case content."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.shell import crash
from ui.shell.crash import install_crash_handler

CASE_TITLE = "Noor de Vries wordt buitengesloten in groep 7B"


class CaseSaveError(Exception):
    pass


def _save_case(title: str) -> None:
    notes = f"Gesprek met ouders over {title}"  # a local holding case content
    assert notes
    raise CaseSaveError(f"kan '{title}' niet opslaan")


def _crash_with_case_in_memory() -> None:
    title = CASE_TITLE  # local variable in this frame too
    try:
        _save_case(title)
    except CaseSaveError as exc:
        # the source line itself names the case: source text must not leak either
        raise RuntimeError("opslaan van Noor de Vries wordt buitengesloten in groep 7B") from exc


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def fake_critical(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake_critical))
    return shown


@pytest.fixture
def handler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> crash.CrashHandler:
    # monkeypatch restores the real hooks after the test
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return install_crash_handler("9.8.7", tmp_path / "logs")


def test_report_holds_no_case_content(qapp: QApplication, handler: crash.CrashHandler,
                                      dialogs: list[str], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    try:
        _crash_with_case_in_memory()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())

    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    for secret in (CASE_TITLE, "Noor", "buitengesloten", "kan '", "Gesprek met ouders"):
        assert secret not in text
    # what the developer does get
    assert "fout: RuntimeError" in text
    assert "fout: tests.ui.shell.test_crash.CaseSaveError" in text
    assert "veroorzaakt door" in text
    assert "in _save_case" in text and "in _crash_with_case_in_memory" in text
    assert "tests/ui/shell/test_crash.py:" in text
    assert "Pestdossier 9.8.7" in text and "Qt " in text and "python:" in text
    assert handler.last_report == reports[0]
    if sys.platform != "win32":
        assert reports[0].stat().st_mode & 0o077 == 0

    # the dialog is Dutch and says where the report is; stderr has no case content either
    assert len(dialogs) == 1
    assert "Er ging iets mis" in dialogs[0] and str(reports[0]) in dialogs[0]
    assert CASE_TITLE not in dialogs[0]
    err = capsys.readouterr().err
    assert "RuntimeError" in err and CASE_TITLE not in err and "Noor" not in err


def test_thread_crash_is_reported_and_shown_on_the_gui_thread(
        qapp: QApplication, qtbot, handler: crash.CrashHandler,  # type: ignore[no-untyped-def]
        dialogs: list[str], tmp_path: Path) -> None:
    def work() -> None:
        secret = CASE_TITLE
        raise ValueError(secret)

    thread = threading.Thread(target=work, name="achtergrond")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    text = handler.last_report.read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert "fout: ValueError" in text and "thread:      achtergrond" in text
    assert CASE_TITLE not in text


def test_without_qapplication_only_the_report(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crash.QApplication, "instance", staticmethod(lambda: None))
    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a)))
    handler = crash.CrashHandler("1.0", tmp_path)
    try:
        raise KeyError(CASE_TITLE)
    except KeyError:
        report = handler.handle(*sys.exc_info())
    assert report is not None and CASE_TITLE not in report.read_text(encoding="utf-8")
    assert shown == []


def test_keyboard_interrupt_writes_nothing(tmp_path: Path) -> None:
    handler = crash.CrashHandler("1.0", tmp_path)
    assert handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None) is None
    assert list(tmp_path.iterdir()) == []


def test_old_reports_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crash, "MAX_REPORTS", 3)
    for _ in range(5):
        crash.write_report("x\n", tmp_path)
    assert len(list(tmp_path.glob("crash-*.txt"))) == 3
    assert not list(tmp_path.glob(".crash-*"))


def test_default_folder_is_the_user_log_folder() -> None:
    assert crash.default_reports_dir() == Path(
        platformdirs.user_log_dir("Pestdossier", appauthor=False))
