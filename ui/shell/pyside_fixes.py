"""A workaround for a reference-count bug in PySide6 6.12: `SignalInstance.emit()` returns
`True` without taking a reference to it, so every signal emitted from Python code takes
one reference away from `True`. After enough emits (a case's Bewijs tab, a dossier: a few
thousand) Python frees `True` itself, which aborts the interpreter: "Fatal Python error:
bool_dealloc" (exit 134), usually while collecting garbage at quit, possibly earlier.

The same build's `processEvents()` takes a reference away from `None` on every call (every
wait for a background job, a lock that lets work finish), so a long session would free
`None` at quit the same way ("none_dealloc").

Python 3.12 makes True, False and None immortal, which makes the bugs harmless. On older
Pythons `pin_bools()` does the same by hand: when a probe shows that emit() loses a
reference (the buggy build), it gives True, False and None a reference count so large
that no session can use it up. They are static objects that are never freed anyway;
nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PINNED_REFERENCES = 1 << 40  # more emits than any session can make
_pinned = False


class _Probe(QObject):
    signal = Signal()


def emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.signal.emit()
    return sys.getrefcount(True) < before


def pin_bools() -> bool:
    """Make True, False and None effectively immortal if emit() leaks (the build whose
    processEvents() leaks None too); True when they are."""
    global _pinned  # noqa: PLW0603 - once per process
    if _pinned:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not emit_loses_a_reference():
        return False
    for value in (True, False, None):
        # ob_refcnt is the first field of every CPython object (3.11 and older).
        ctypes.c_ssize_t.from_address(id(value)).value += PINNED_REFERENCES
    _pinned = True
    return True
