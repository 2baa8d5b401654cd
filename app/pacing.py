"""Background work that gives way to the window.

Python runs one thread at a time (the GIL). A long computation on a worker thread, such
as 'te doen' over 20,000 cases, takes turns with the window's thread, so every click
while it runs takes about twice as long. Long loops call `pace()` every few hundred rows;
on a worker of the window, `pace()` sleeps while the window has work in hand, so the
window runs at full speed and the worker catches up when the window is idle. Without a
pacer (the CLI, tests, the core's own threads) `pace()` does nothing.

    with paced(window_pacer):
        todo = tracker.refresh(...)
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Pacer = Callable[[], None]
T = TypeVar("T")
PACE_ROWS = 200  # a few milliseconds of work per row batch in the loops that pace

_current = threading.local()


def pace() -> None:
    """Between small steps of a long loop: give way to the window when it is busy."""
    pacer: Pacer | None = getattr(_current, "pacer", None)
    if pacer is not None:
        pacer()


@contextlib.contextmanager
def paced(pacer: Pacer) -> Iterator[None]:
    """On this thread, `pace()` calls `pacer` until the block ends."""
    previous = getattr(_current, "pacer", None)
    _current.pacer = pacer
    try:
        yield
    finally:
        _current.pacer = previous


def paced_rows(rows: Iterable[T], *, bulk: bool = True) -> Iterator[T]:
    """The rows of a long loop, with `pace()` every PACE_ROWS rows; `bulk=False` (one
    case's rows, which may be read inside a write): the rows as they are, never a pause."""
    if not bulk:
        yield from rows
        return
    for count, row in enumerate(rows, 1):
        if count % PACE_ROWS == 0:
            pace()
        yield row
