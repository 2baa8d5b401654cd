"""Drives the real main window offscreen and prints, as one JSON line, the longest
event-loop stall per action (bench_stalls.py runs it in a fresh process per vault).

    python -m benchmarks.stall_driver VAULT PASSWORD QUERY

A 10 ms QTimer ticks throughout; an action's stall is the longest gap between two ticks
from the moment it starts until its work has landed and the window is quiet again.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain import EntryKind, Precision
from ui.cases.entry_dialog import EntryDialog, EntryForm
from ui.casework.step_dialog import StepDialog, StepForm
from ui.main import create_app
from ui.shell.main_window import MainWindow

SETTLE_MS = 400
TIMEOUT_S = 60.0


class StallProbe:
    """Ticks every 10 ms; remembers the longest gap between ticks since `reset`."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self.longest = 0.0
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def reset(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def spin_until(done: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish the action")
        spin(20)


class Driver:
    def __init__(self, vault_path: Path, password: str) -> None:
        self.app = create_app(["pestdossier"])
        self.window = MainWindow()
        self.window.show_unlock(vault_path)
        self.window.resize(1280, 800)
        self.window.show()
        self.password = password
        self.probe = StallProbe()
        self.stalls: dict[str, float] = {}
        spin(300)

    def measure(self, name: str, action: Callable[[], None],
                done: Callable[[], bool] = lambda: True, settle_ms: int = SETTLE_MS) -> None:
        spin(100)
        self.probe.reset()
        QTimer.singleShot(0, action)
        spin(20)
        spin_until(done)
        spin(settle_ms)
        self.stalls[name] = round(self.probe.longest * 1000, 1)

    @property
    def workspace(self):  # type: ignore[no-untyped-def]
        return self.window.workspace

    def unlock(self) -> None:
        screen = self.window.unlock_screen

        def act() -> None:
            screen.edt_password.setText(self.password)
            screen.unlock()

        self.measure("unlock", act, lambda: self.workspace is not None, settle_ms=800)

    def open_case(self) -> None:
        """From 'Vandaag' (the first page) to the cases, and a case opened there."""
        panel = self.workspace.case_list
        target = panel.proxy.index(3, 0).data(Qt.ItemDataRole.UserRole + 1)

        def act() -> None:
            self.workspace.show_cases()
            panel.select_case(target)

        self.measure("open a case", act)

    def switch_tabs(self) -> None:
        tabs = self.workspace.detail.tabs
        for index in [*range(1, tabs.count()), 0]:
            self.measure(f"tab {tabs.tabText(index)}", lambda i=index: tabs.setCurrentIndex(i))

    def type_query(self, query: str) -> None:
        edit = self.workspace.case_list.edt_search

        def act() -> None:
            edit.setFocus()
            for letter in query:
                QTest.keyClick(edit, letter)
                spin(120)  # someone typing quickly

        self.measure(f"type '{query}' letter by letter", act, settle_ms=1000)
        edit.clear()
        spin(600)

    def open_todo(self) -> None:
        """'Vandaag' (with 'te doen') shown and its background refresh landed."""
        workspace = self.workspace
        landed: list[object] = []
        workspace.feed.today_ready.connect(landed.append)
        self.measure("open 'Te doen'", self.window.show_todo,
                     lambda: bool(landed) and not workspace.feed.busy, settle_ms=1000)
        workspace.feed.today_ready.disconnect(landed.append)
        workspace.show_cases()

    def save_entry(self) -> None:
        now = datetime.now().astimezone()
        form = EntryForm(EntryKind.GESPREK, now, Precision.EXACT, "mentor",
                         "Benchmark: gesprek in de pauze over het kluisje.")
        EntryDialog.get_entry = classmethod(lambda cls, *a, **k: (form, True))  # type: ignore[method-assign,assignment]
        self.measure("save an entry", self.workspace.detail.timeline.add_entry, settle_ms=800)

    def save_step(self) -> None:
        panels = self.workspace.detail.casework
        panels.show_panel(panels.protocol)
        spin(200)
        form = StepForm(datetime.now().astimezone(), (), "Benchmark: stap gezet.", (), (),
                        None, (), "benchmark", None)
        StepDialog.get_step = classmethod(lambda cls, *a, **k: (form, True))  # type: ignore[method-assign,assignment]
        self.measure("save a step", panels.protocol.record_step, settle_ms=800)

    def import_screenshots(self, folder: Path, count: int = 10) -> None:
        paths = []
        for n in range(count):
            image = QImage(1170, 2532, QImage.Format.Format_RGB32)
            image.fill(QColor(240 - n * 5, 244, 248))
            painter = QPainter(image)
            painter.drawText(80, 200 + n * 40, f"Schermafbeelding {n + 1}: bericht in de groep")
            painter.end()
            path = folder / f"screenshot-{n + 1}.png"
            image.save(str(path))
            paths.append(path)
        evidence = self.workspace.detail.evidence
        self.measure(f"import {count} screenshots", lambda: evidence.import_paths(paths),
                     lambda: not evidence.queue.busy, settle_ms=1000)

    def lock(self) -> None:
        self.measure("lock", self.window.lock, lambda: self.workspace is None, settle_ms=800)


def main() -> None:
    vault_path, password, query = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / vault_path.name
        work.write_bytes(vault_path.read_bytes())  # saves must not change the cached vault
        driver = Driver(work, password)
        driver.unlock()
        driver.open_case()
        driver.switch_tabs()
        driver.type_query(query)
        driver.open_todo()
        driver.save_entry()
        driver.save_step()
        driver.import_screenshots(Path(tmp))
        driver.lock()
        driver.window.close()
        QApplication.processEvents()
    print(json.dumps(driver.stalls))
    sys.stdout.flush()
    os._exit(0)  # skip finalizing Qt objects (PySide6 can abort there)


if __name__ == "__main__":
    main()
