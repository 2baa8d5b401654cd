"""The case list's search as you type, off the GUI thread.

One worker thread with its own vault connection (opened on the first search: opening
derives the key, half a second) runs the latest query only. A newer query cancels the
running one (`find_cases` asks between hits) and replaces any that has not started; a
result that is no longer the latest is dropped, so a slow early query can never
overwrite a newer answer. `shutdown` (lock) returns at once: the thread finishes its
current step, closes its connection and ends.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.casefile import CaseFile
from app.search import CASE_LIMIT, CaseMatches


class _Relay(QObject):
    """Lives on the GUI thread: the worker emits, the GUI thread receives (queued)."""

    arrived = Signal(int, object)  # request number, CaseMatches or the exception


class _SearchThread(threading.Thread):
    def __init__(self, open_worker: Callable[[], CaseFile],
                 deliver: Callable[[int, object], None]) -> None:
        super().__init__(name="case-search", daemon=True)
        self._open_worker = open_worker
        self._deliver = deliver
        self._wake = threading.Condition()
        self._wanted: tuple[int, str, int] | None = None
        self._latest = 0
        self._stopping = False

    def ask(self, number: int, query: str, limit: int) -> None:
        with self._wake:
            self._wanted = (number, query, limit)
            self._latest = number
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._wanted = None
            self._wake.notify()

    def _next(self) -> tuple[int, str, int] | None:
        with self._wake:
            while self._wanted is None and not self._stopping:
                self._wake.wait()
            wanted, self._wanted = self._wanted, None
            return None if self._stopping else wanted

    def _moot(self, number: int) -> bool:
        return self._stopping or self._latest != number

    def run(self) -> None:
        vault: CaseFile | None = None
        try:
            while (wanted := self._next()) is not None:
                number, query, limit = wanted
                result: object
                try:
                    if vault is None:
                        vault = self._open_worker()
                    result = vault.search.find_cases(query, limit,
                                                     lambda n=number: self._moot(n))
                except Exception as exc:  # reported on the GUI thread
                    result = exc
                if not self._moot(number):
                    self._deliver(number, result)
        finally:
            if vault is not None:
                vault.close()


class CaseSearch(QObject):
    """Ask with `search(query)`; `found(query, matches)` comes for the latest one only."""

    found = Signal(str, object)  # the query, CaseMatches
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._arrived)
        self._thread: _SearchThread | None = None
        self._number = 0
        self._queries: dict[int, str] = {}
        # Deleted without a lock (a test's window, an error): the thread still ends.
        started = self._started = list[_SearchThread]()
        self.destroyed.connect(lambda *_args: [thread.stop() for thread in started])

    @property
    def thread(self) -> _SearchThread | None:
        return self._thread

    @property
    def pending(self) -> bool:
        """A search was asked whose answer has not arrived yet."""
        return bool(self._queries)

    def search(self, query: str, limit: int = CASE_LIMIT) -> None:
        if self._thread is None:
            relay = self._relay

            def deliver(number: int, result: object) -> None:
                with contextlib.suppress(RuntimeError):  # the relay went with the window
                    relay.arrived.emit(number, result)

            self._thread = _SearchThread(self._vault.open_worker, deliver)
            self._started.append(self._thread)
            self._thread.start()
        self._number += 1
        self._queries = {self._number: query}
        self._thread.ask(self._number, query, limit)

    def forget(self) -> None:
        """No answer wanted any more (the box was cleared): drop what is on its way."""
        self._number += 1
        self._queries = {}

    def shutdown(self) -> None:
        """Stop without waiting: the thread closes its own connection."""
        self.forget()
        if self._thread is not None:
            self._thread.stop()

    def _arrived(self, number: int, result: object) -> None:
        query = self._queries.pop(number, None)
        if query is None:  # an older request than the latest: never shown
            return
        if isinstance(result, CaseMatches):
            self.found.emit(query, result)
        else:
            self.failed.emit(result)
