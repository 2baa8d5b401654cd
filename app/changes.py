"""Which cases a change touched: the core's change notification.

Every audited write records the case(s) it concerned; when its transaction commits, the
gateway hands that set to the vault's `ChangeJournal`. The journal is shared by the main
connection and its worker connections (an import on a worker thread counts too) and is
read in two ways:

- pulled: `since(position)` says what changed after a position a reader kept, so a view
  recomputes only those cases (`ChangeSet.everything` when the reader fell too far behind);
- pushed: `subscribe(listener)` calls the listener after each commit, on the committing
  thread (the GUI turns that into a queued Qt signal).

Case id 0 (`VAULT_WIDE`) stands for what belongs to no case: settings, access requests,
the yearly reminders. Nothing here holds case content, only ids.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

VAULT_WIDE = 0
_KEEP = 2000   # commits remembered; a reader further behind recomputes everything


@dataclass(frozen=True)
class ChangeSet:
    """What changed between two positions of the journal."""

    position: int                          # where the reader stands now
    case_ids: frozenset[int] = frozenset()
    everything: bool = False               # too far behind: treat every case as changed

    @property
    def empty(self) -> bool:
        return not self.everything and not self.case_ids

    def touches(self, case_id: int) -> bool:
        return self.everything or case_id in self.case_ids


Listener = Callable[[ChangeSet], None]


class ChangeJournal:
    """Committed changes by case id, numbered; thread-safe."""

    def __init__(self, keep: int = _KEEP) -> None:
        self._lock = threading.Lock()
        self._position = 0
        self._commits: deque[tuple[int, frozenset[int]]] = deque(maxlen=keep)
        self._listeners: list[Listener] = []

    @property
    def position(self) -> int:
        with self._lock:
            return self._position

    def committed(self, case_ids: Iterable[int]) -> None:
        """A transaction that touched these cases has committed (called by the gateway)."""
        ids = frozenset(case_ids)
        if not ids:
            return
        with self._lock:
            self._position += 1
            self._commits.append((self._position, ids))
            change = ChangeSet(self._position, ids)
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)

    def since(self, position: int) -> ChangeSet:
        """Every case touched after `position` (a value of `position` read earlier)."""
        with self._lock:
            now = self._position
            if position >= now:
                return ChangeSet(now)
            oldest = self._commits[0][0] if self._commits else now + 1
            if position + 1 < oldest:
                return ChangeSet(now, everything=True)
            ids: set[int] = set()
            for number, touched in self._commits:
                if number > position:
                    ids |= touched
            return ChangeSet(now, frozenset(ids))

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after each commit; returns the function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def clear_listeners(self) -> None:
        """On lock: nobody hears about a closed vault any more."""
        with self._lock:
            self._listeners.clear()
