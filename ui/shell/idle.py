"""Idle lock: no key press, click or mouse movement anywhere in the app for the set time.

A handler on the application's event hub (ui/common/app_events.py) notes the last input;
a timer compares it with the clock, so a test can move an injected clock instead of
waiting minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from ui.common.app_events import app_events

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic, check_ms: int = 5000) -> None:
        super().__init__(parent)
        self.clock = clock
        self._limit_s = 0.0
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app_events(app).listen(self, dict.fromkeys(INPUT_EVENTS, self.on_input))

    def set_limit(self, minutes: int) -> None:
        """0 switches idle lock off."""
        self._limit_s = minutes * 60.0
        self.touch()
        if minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def touch(self) -> None:
        self._last_input = self.clock()

    def on_input(self, watched: QObject, event: QEvent) -> bool:
        self._last_input = self.clock()
        return False

    def check(self) -> None:
        if self._limit_s > 0 and self.clock() - self._last_input >= self._limit_s:
            self.touch()  # one lock per idle period
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app_events(app).forget(self)
