"""The window's workers give way while it is busy (ui/common/window_pace.py): a paced
worker naps while the window misses its heartbeat, goes on at the next beat, is never
held up for long, and the heartbeat runs only while a paced worker does. The clock and
the naps are injected, so nothing here depends on how fast the machine is."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.pacing import pace
from ui.common.window_pace import LATE_S, MAX_WAIT_S, NAP_S, WindowPace


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.naps: list[float] = []
        self.beat_after_naps: int | None = None
        self.window: WindowPace | None = None

    def __call__(self) -> float:
        return self.now

    def nap(self, seconds: float) -> None:
        self.naps.append(seconds)
        self.now += seconds
        if self.window is not None and len(self.naps) == self.beat_after_naps:
            self.window._beat()   # the window handles events again


@pytest.fixture
def clock(qapp: QApplication) -> Iterator[_Clock]:
    fake = _Clock()
    fake.window = WindowPace(qapp, clock=fake, nap=fake.nap)
    yield fake
    fake.window.deleteLater()


def test_a_worker_naps_while_the_window_misses_beats_until_the_next(clock: _Clock) -> None:
    assert clock.window is not None
    with clock.window.pacing():
        clock.now += LATE_S * 2          # no beat: the window is at work
        clock.beat_after_naps = 3
        pace()
    assert clock.naps == [NAP_S] * 3


def test_a_window_that_beats_holds_nobody_up(clock: _Clock) -> None:
    assert clock.window is not None
    with clock.window.pacing():
        clock.now += LATE_S / 2
        pace()
    assert clock.naps == []


def test_a_window_busy_for_long_holds_a_worker_up_only_briefly(clock: _Clock) -> None:
    """As while a thread pool is drained at lock: each step waits at most MAX_WAIT_S,
    never until the window is free."""
    assert clock.window is not None
    with clock.window.pacing():
        clock.now += LATE_S * 2
        pace()
    assert MAX_WAIT_S <= sum(clock.naps) <= MAX_WAIT_S + NAP_S


def test_without_pacing_a_step_never_naps(clock: _Clock) -> None:
    clock.now += LATE_S * 10
    pace()
    assert clock.naps == []


def test_the_heartbeat_runs_only_while_a_paced_worker_does(qtbot: QtBot,
                                                           qapp: QApplication) -> None:
    window_pace = WindowPace(qapp)
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def worker() -> None:
        with window_pace.pacing():
            started.set()
            release.wait(10)
            pace()
        finished.set()

    threading.Thread(target=worker).start()
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(window_pace._timer.isActive)      # the window beats for it
    release.set()
    qtbot.waitUntil(finished.is_set)
    qtbot.waitUntil(lambda: not window_pace._timer.isActive())
    window_pace.deleteLater()
