"""`pestdossier PATH` (and a double-clicked .pestdossier file) starts at that vault's lock."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui import main as ui_main
from ui.shell.main_window import MainWindow


def test_a_vault_on_the_command_line_opens_its_unlock_screen(qapp, monkeypatch,
                                                             tmp_path: Path) -> None:
    given = tmp_path / "school.pestdossier"
    given.write_bytes(b"\0" * 16)  # never opened: the screen only asks for its password
    seen: dict[str, object] = {}

    def fake_exec(*_args: object) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                      and w.isVisible())
        seen["path"] = window.unlock_screen.path
        seen["on_unlock_page"] = window.stack.currentWidget() is window._unlock_page
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.chdir(tmp_path)
    assert ui_main.main(["pestdossier", "school.pestdossier"]) == 0
    assert seen == {"path": given, "on_unlock_page": True}


# ---------------------------------------------------------------- macOS: QFileOpenEvent
def _send_file_open(path: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    QCoreApplication.sendEvent(QCoreApplication.instance(), QFileOpenEvent(str(path)))


def _answer(monkeypatch, agreed: bool) -> list[str]:  # type: ignore[no-untyped-def]
    from ui.common.confirm import Confirm

    asked: list[str] = []

    def answer(_cls: object, _parent: object, _title: str, text: str,
               _yes: str) -> tuple[bool, bool]:
        asked.append(text)
        return agreed, agreed

    monkeypatch.setattr(Confirm, "ask", classmethod(answer))
    return asked


def test_a_vault_double_clicked_while_running_opens_its_unlock_screen(
        qapp, monkeypatch, tmp_path: Path) -> None:
    """Finder sends a running app a QFileOpenEvent, even at first start (never argv)."""
    given = tmp_path / "tweede.pestdossier"
    given.write_bytes(b"\0" * 16)
    seen: dict[str, object] = {}

    def fake_exec(*_args: object) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                      and w.isVisible())
        _send_file_open(given)
        seen["path"] = window.unlock_screen.path
        seen["on_unlock_page"] = window.stack.currentWidget() is window._unlock_page
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    assert ui_main.main(["pestdossier"]) == 0
    assert seen == {"path": given, "on_unlock_page": True}


def test_an_open_vault_is_locked_for_another_only_when_the_counsellor_agrees(
        make_window, vault, monkeypatch, tmp_path: Path) -> None:
    from ui.shell.file_open import FileOpenHandler

    other = tmp_path / "andere.pestdossier"
    other.write_bytes(b"\0" * 16)
    window = make_window()
    window.start(vault)
    handler = FileOpenHandler(window)  # listens from here on, as in main()
    try:
        asked = _answer(monkeypatch, agreed=False)
        _send_file_open(other)
        assert window.vault is vault and vault.is_open
        assert asked == ["De open kluis vergrendelen en andere.pestdossier openen?"]

        asked = _answer(monkeypatch, agreed=True)
        _send_file_open(vault.path)  # the vault already open: nothing to ask
        assert asked == [] and window.vault is vault

        _send_file_open(other)
        assert len(asked) == 1
        assert window.vault is None and not vault.is_open
        assert window.unlock_screen.path == other.resolve()
        assert window.stack.currentWidget() is window._unlock_page
    finally:
        handler.stop()
