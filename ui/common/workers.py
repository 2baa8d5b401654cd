"""Running slow work off the GUI thread, with progress, cancel and callbacks.

In the spirit of Anki's CollectionOp: describe the work, attach callbacks, start it::

    op = BackgroundOp(verify_work, parent=self)
    op.on_progress(self._show_progress).on_success(self._show_report)
    op.on_failure(self._show_error).on_cancelled(self._say_cancelled)
    op.start()
    ...
    op.cancel()   # asks the work to stop; it checks `cancelled()` between steps

The work function runs on a QThreadPool thread and is called as
``work(progress, cancelled)``: ``progress(done, total)`` reports progress and
``cancelled()`` returns True once the user pressed cancel. Callbacks always run on
the GUI thread, exactly one of success/failure/cancelled, then ``finished``.

Work that needs the vault must not use the GUI thread's connection: wrap it with
`with_worker_vault(case_file, work)`, which opens a second connection on the worker
thread (`CaseFile.open_worker()`) and always closes it. The work then gets that worker
case file as its first argument: ``work(worker, progress, cancelled)``.

Exceptions never escape as tracebacks: they reach `on_failure` as the exception
object; turn them into text with `ui.common.errors.error_message`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from app.casefile import CaseFile
from ui.common.window_pace import window_pacing

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]
VaultWork = Callable[[CaseFile, Progress, Cancelled], Any]


class _Dispatcher(QObject):
    """Lives on the GUI thread; the worker emits, the GUI thread receives (queued)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal(object)  # whatever the work returned after it stopped


class _Runnable(QRunnable):
    def __init__(self, work: Work, dispatcher: _Dispatcher, stop: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._dispatcher = dispatcher
        self._stop = stop

    def run(self) -> None:
        dispatcher = self._dispatcher
        try:
            with window_pacing():
                result = self._work(self._progress, self._stop.is_set)
        except BaseException as exc:  # reported to the GUI, never a traceback
            self._emit(dispatcher.failed, exc)
            return
        if self._stop.is_set():
            self._emit(dispatcher.was_cancelled, result)
        else:
            self._emit(dispatcher.succeeded, result)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self._dispatcher.progressed, done, total)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # The GUI side may be gone when the app quits mid-work; then nobody listens.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class BackgroundOp(QObject):
    """One piece of background work. Keep no reference needed: it keeps itself alive."""

    finished = Signal()
    _running: ClassVar[set[BackgroundOp]] = set()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._dispatcher = _Dispatcher(self)
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._done = False
        self._cleanup: Callable[[Any], None] | None = None
        self._dispatcher.progressed.connect(self._progressed)
        self._dispatcher.succeeded.connect(self._succeeded)
        self._dispatcher.failed.connect(self._failed)
        self._dispatcher.was_cancelled.connect(self._cancelled)

    # ------------------------------------------------------------- configuration
    def on_success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._on_success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp:
        self._on_failure = callback
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> BackgroundOp:
        self._on_progress = callback
        return self

    def on_cancelled(self, callback: Callable[[], None]) -> BackgroundOp:
        self._on_cancelled = callback
        return self

    # ------------------------------------------------------------- control
    def start(self, pool: QThreadPool | None = None) -> BackgroundOp:
        BackgroundOp._running.add(self)
        (pool or QThreadPool.globalInstance()).start(
            _Runnable(self._work, self._dispatcher, self._stop))
        return self

    def cancel(self) -> None:
        """Ask the work to stop; `on_cancelled` runs once it has."""
        self._stop.set()

    def detach(self, cleanup: Callable[[Any], None] | None = None) -> None:
        """Forget the callbacks (the screen that asked is gone) and ask the work to stop.

        Work that finishes anyway hands its result to `cleanup`, e.g. to close a vault
        that was opened for a window that no longer exists.
        """
        self._stop.set()
        self._on_success = self._on_failure = self._on_progress = self._on_cancelled = None
        self._cleanup = cleanup

    @property
    def is_running(self) -> bool:
        return not self._done and self in BackgroundOp._running

    # ------------------------------------------------------------- GUI thread
    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None and not self._done:
            self._on_progress(done, total)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._finish(self._on_success or self._cleanup, result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish(self._on_failure, exc)

    @Slot(object)
    def _cancelled(self, result: Any) -> None:
        callback = self._on_cancelled
        if callback is not None:
            self._finish(lambda _result: callback(), result)
        else:
            self._finish(self._cleanup, result)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self._done = True
        # Let go of ourselves only after this slot has returned.
        QTimer.singleShot(0, lambda: BackgroundOp._running.discard(self))
        try:
            if callback is not None:
                callback(value)
        finally:
            self.finished.emit()


def with_worker_vault(vault: CaseFile, work: VaultWork) -> Work:
    """Wrap vault work so it runs on its own connection, opened and closed in the worker."""

    def run(progress: Progress, cancelled: Cancelled) -> Any:
        worker = vault.open_worker()
        try:
            return work(worker, progress, cancelled)
        finally:
            worker.close()

    return run
