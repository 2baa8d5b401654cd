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
