"""The case list's search as you type (and its other reads), off the GUI thread.

One worker thread with its own vault connection (opened on the first search: opening
derives the key, half a second) runs the latest query only. A newer query cancels the
running one (`find_cases` asks between hits) and replaces any that has not started; a
result that is no longer the latest is dropped, so a slow early query can never
overwrite a newer answer. `shutdown` (lock) returns at once: the thread finishes its
current step, closes its connection and ends. A connection idle for IDLE_SECONDS closes
too (the next request opens it again), so a password change is not kept waiting.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.casefile import CaseFile
from app.search import CASE_LIMIT, CaseMatches
from ui.common.window_pace import window_pacing

#: An idle connection closes after this long (a password change waits for every other).
IDLE_SECONDS = 3.0

Job = Callable[[CaseFile, Callable[[], bool]], object]  # (worker vault, moot) -> result


class _Relay(QObject):
    """Lives on the GUI thread: the worker emits, the GUI thread receives (queued)."""

    arrived = Signal(int, object)  # request number, the result or the exception


class _ReaderThread(threading.Thread):
    def __init__(self, name: str, open_worker: Callable[[], CaseFile],
                 deliver: Callable[[int, object], None]) -> None:
        super().__init__(name=name, daemon=True)
        self._open_worker = open_worker
        self._deliver = deliver
        self._wake = threading.Condition()
        self._wanted: tuple[int, Job] | None = None
        self._latest = 0
        self._stopping = False

    def ask(self, number: int, job: Job) -> None:
        with self._wake:
            self._wanted = (number, job)
            self._latest = number
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._wanted = None
            self._wake.notify()

    def _next(self, idle_close: bool) -> tuple[int, Job] | bool | None:
        """The next request; None to stop; False after IDLE_SECONDS without one (when
        `idle_close`): the connection closes, so a password change need not wait."""
        with self._wake:
            while self._wanted is None and not self._stopping:
                woken = self._wake.wait(IDLE_SECONDS if idle_close else None)
                if not woken and self._wanted is None and not self._stopping:
                    return False
            wanted, self._wanted = self._wanted, None
            return None if self._stopping else wanted

    def _moot(self, number: int) -> bool:
        return self._stopping or self._latest != number

    def run(self) -> None:
        vault: CaseFile | None = None
        try:
            while (wanted := self._next(vault is not None)) is not None:
                if wanted is False:
                    if vault is not None:
                        vault.close()
                    vault = None
                    continue
                assert isinstance(wanted, tuple)
                number, job = wanted
                result: object
                try:
                    if vault is None:
                        vault = self._open_worker()
                    with window_pacing():
                        result = job(vault, lambda n=number: self._moot(n))
                except Exception as exc:  # reported on the GUI thread
                    result = exc
                if not self._moot(number):
                    self._deliver(number, result)
        finally:
            if vault is not None:
                vault.close()


class LatestReader(QObject):
    """Reads on its own thread and connection; `arrived` only for the latest `ask`."""

    arrived = Signal(object)
    failed = Signal(object)

    def __init__(self, vault: CaseFile, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._name = name
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._arrived)
        self._thread: _ReaderThread | None = None
        self._number = 0
        self._waiting_for = 0  # the request whose answer is wanted; 0: none
        # Deleted without a lock (a test's window, an error): the thread still ends.
        started = self._started = list[_ReaderThread]()
        self.destroyed.connect(lambda *_args: [thread.stop() for thread in started])

    @property
    def thread(self) -> _ReaderThread | None:
        return self._thread

    @property
    def pending(self) -> bool:
        """An answer was asked for and has not arrived yet."""
        return self._waiting_for != 0

    def ask(self, job: Job) -> None:
        if self._thread is None:
            relay = self._relay

            def deliver(number: int, result: object) -> None:
                with contextlib.suppress(RuntimeError):  # the relay went with the window
                    relay.arrived.emit(number, result)

            self._thread = _ReaderThread(self._name, self._vault.open_worker, deliver)
            self._started.append(self._thread)
            self._thread.start()
        self._number += 1
        self._waiting_for = self._number
        self._thread.ask(self._number, job)

    def forget(self) -> None:
        """No answer wanted any more: drop what is on its way."""
        self._waiting_for = 0

    def shutdown(self) -> None:
        """Stop without waiting: the thread closes its own connection."""
        self.forget()
        if self._thread is not None:
            self._thread.stop()

    def _arrived(self, number: int, result: object) -> None:
        if number != self._waiting_for:  # an older request than the latest: never shown
            return
        self._waiting_for = 0
        if isinstance(result, Exception):
            self.failed.emit(result)
        else:
            self.arrived.emit(result)


class CaseSearch(LatestReader):
    """Ask with `search(query)`; `found(query, matches)` comes for the latest one only."""

    found = Signal(str, object)  # the query, CaseMatches

    def __init__(self, vault: CaseFile, parent: QObject | None = None) -> None:
        super().__init__(vault, "case-search", parent)
        self.arrived.connect(self._found)

    def search(self, query: str, limit: int = CASE_LIMIT) -> None:
        self.ask(lambda vault, moot: (query, vault.search.find_cases(query, limit, moot)))

    def _found(self, answer: tuple[str, CaseMatches]) -> None:
        self.found.emit(*answer)
