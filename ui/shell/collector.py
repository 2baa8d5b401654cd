"""Python's garbage collector, kept from pausing the window.

A collection runs on whichever thread allocates when a threshold is passed, holding
Python's one lock for its whole length, and the oldest generation scans every object the
process has. Measured while 'te doen' was worked out for 20,000 cases on a worker: full
collections of 20 to 160 ms, each a freeze of the window. So:
- larger thresholds, so the young generations are collected less often and the oldest
  almost only when there is real garbage to find;
- once the lasting objects are loaded (modules, classes, the main window), they are frozen
  out of every later collection (`gc.freeze`), so a collection scans only what came after;
- after a lock, when the unlock screen has been idle a moment, one full collection frees
  whatever the workspace left in reference cycles (no case data waits for a threshold).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

THRESHOLDS = (10_000, 10, 1_000)   # CPython's defaults: (700, 10, 10)
AFTER_LOCK_MS = 2_000


def tune() -> None:
    gc.set_threshold(*THRESHOLDS)


_settled = False


def settle() -> None:
    """The app's lasting objects are in: leave them out of every later collection. Once
    per process, after one collection, so no garbage is frozen along with them."""
    global _settled  # noqa: PLW0603 - once per process
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()


def collect_after_lock(owner: QObject) -> None:
    """One full collection once the unlock screen has been there a moment."""
    QTimer.singleShot(AFTER_LOCK_MS, owner, gc.collect)
