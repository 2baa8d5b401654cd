"""The window's side of app/pacing.py: is the GUI thread in the middle of work?

While a paced worker runs, a heartbeat timer ticks on the GUI thread every BEAT_MS. A
window that handles events keeps it ticking; a window busy with one long piece of work
(building a tab, filling a list) misses beats. Then the worker naps until the beats come
back, at most MAX_WAIT_S per step, so a window that stays busy for long (a thread pool
drained at lock) only slows a worker down: its work is never lost, only later. The
heartbeat runs only while a paced worker does, so an idle app never wakes for it.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from app.pacing import paced

BEAT_MS = 5
LATE_S = 0.015     # three beats missed: the window is at work
NAP_S = 0.001
MAX_WAIT_S = 0.03


class WindowPace(QObject):
    """Installed once on the application (install_window_pace)."""

    _workers_changed = Signal()   # from any thread; handled on the GUI thread

    def __init__(self, app: QCoreApplication, *, clock: Callable[[], float] = time.monotonic,
                 nap: Callable[[float], None] = time.sleep) -> None:
        super().__init__(app)
        self.setObjectName("window_pace")
        self._clock, self._nap = clock, nap
        self._last_beat = clock()
        self._workers = 0
        self._guard = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._workers_changed.connect(self._follow_workers, Qt.ConnectionType.QueuedConnection)

    def _beat(self) -> None:
        self._last_beat = self._clock()

    def _follow_workers(self) -> None:
        self._beat()
        with self._guard:
            active = self._workers > 0
        if active and not self._timer.isActive():
            self._timer.start()
        elif not active:
            self._timer.stop()

    @property
    def busy(self) -> bool:
        return self._clock() - self._last_beat > LATE_S

    @contextlib.contextmanager
    def pacing(self) -> Iterator[None]:
        """Around a worker's work: `pace()` in it gives way to a busy window."""
        with self._guard:
            self._workers += 1
        self._last_beat = self._clock()   # no beats yet: not late yet either
        self._tell_window()
        try:
            with paced(self.give_way):
                yield
        finally:
            with self._guard:
                self._workers -= 1
            self._tell_window()

    def _tell_window(self) -> None:
        with contextlib.suppress(RuntimeError):  # the application is gone (quitting)
            self._workers_changed.emit()

    def give_way(self) -> None:
        """The pacer (app.pacing): nap while the window misses beats, within limits."""
        deadline = self._clock() + MAX_WAIT_S
        while self.busy and self._clock() < deadline:
            self._nap(NAP_S)


_PACE: WindowPace | None = None


def install_window_pace(app: QCoreApplication) -> WindowPace:
    global _PACE  # noqa: PLW0603 - one per application
    if _PACE is None or _PACE.parent() is not app:
        _PACE = WindowPace(app)
    return _PACE


def window_pacing() -> contextlib.AbstractContextManager[None]:
    """For a worker of the window: paced by the installed pace; outside the app (a CLI,
    a test without create_app) nothing changes."""
    return _PACE.pacing() if _PACE is not None else contextlib.nullcontext()
