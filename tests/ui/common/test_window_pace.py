"""The window's workers give way while it is busy (ui/common/window_pace.py): a paced
worker naps while the window misses its heartbeat, goes on at once while the window
waits for events, and is never held up for long."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.pacing import pace
from ui.common.window_pace import LATE_S, MAX_WAIT_S, WindowPace, install_window_pace

STEPS = 400


def _pace() -> WindowPace:
    return install_window_pace(QApplication.instance())  # type: ignore[arg-type]


def _worker(window_pace: WindowPace, steps_done: list[float], finished: threading.Event,
            started: threading.Event) -> None:
    with window_pace.pacing():
        started.set()
        for _ in range(STEPS):
            pace()
            steps_done.append(time.monotonic())
    finished.set()


def _run_events(ms: int) -> None:
    loop = QEventLoop()   # a real wait for events, as app.exec() does
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_a_worker_naps_while_the_window_is_busy(qtbot: QtBot) -> None:
    window_pace = _pace()
    steps: list[float] = []
    finished, started = threading.Event(), threading.Event()
    busy_from: list[float] = []

    def busy_window() -> None:
        threading.Thread(target=_worker, args=(window_pace, steps, finished, started)).start()
        started.wait(5)
        busy_from.append(time.monotonic())
        end = time.monotonic() + 6 * MAX_WAIT_S
        while time.monotonic() < end:   # the window at work, no events handled
            time.sleep(0.001)
        busy_from.append(time.monotonic())

    QTimer.singleShot(10, busy_window)
    _run_events(200)
    qtbot.waitUntil(finished.is_set, timeout=10_000)
    begin, end = busy_from
    during = [t for t in steps if begin + LATE_S + 0.005 < t < end]
    assert len(during) <= 10           # a step per MAX_WAIT_S at most while it was busy
    assert len(steps) == STEPS         # and every step done in the end


def test_a_window_that_waits_for_events_holds_nobody_up(qtbot: QtBot) -> None:
    window_pace = _pace()
    steps: list[float] = []
    finished, started = threading.Event(), threading.Event()
    threading.Thread(target=_worker, args=(window_pace, steps, finished, started)).start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: finished.is_set() and loop.quit())
    timer.start(5)
    QTimer.singleShot(10_000, loop.quit)
    began = time.monotonic()
    loop.exec()
    timer.stop()
    assert finished.is_set() and len(steps) == STEPS
    assert time.monotonic() - began < STEPS * MAX_WAIT_S / 4


def test_a_window_busy_for_long_holds_a_worker_up_only_briefly() -> None:
    """No events are handled here (as while a thread pool is drained at lock): each
    step waits at most MAX_WAIT_S, never until the window is free."""
    window_pace = _pace()
    with window_pace.pacing():
        time.sleep(LATE_S * 2)   # no beat can come: the window is "busy"
        started = time.monotonic()
        pace()
        waited = time.monotonic() - started
    assert MAX_WAIT_S * 0.9 <= waited < 5.0
