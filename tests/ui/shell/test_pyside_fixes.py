"""PySide6 6.12's emit() takes a reference away from True each time; enough emits abort
the interpreter ("bool_dealloc", exit 134). pin_bools() (called by the app at start)
makes that harmless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui.shell.pyside_fixes import emit_loses_a_reference

ROOT = Path(__file__).resolve().parents[3]
EMITS = """
from PySide6.QtCore import QObject, Signal
from ui.shell.pyside_fixes import pin_bools
class Emitter(QObject):
    signal = Signal(int)
if {pin}:
    pin_bools()
emitter = Emitter()
for _ in range(50_000):
    emitter.signal.emit(1)
"""


def _run(pin: bool) -> int:
    return subprocess.run([sys.executable, "-c", EMITS.format(pin=pin)], cwd=ROOT,
                          capture_output=True, timeout=120, check=False).returncode


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from 3.12 on")
def test_many_emits_end_cleanly_once_bools_are_pinned() -> None:
    if emit_loses_a_reference():
        assert _run(pin=False) != 0  # the bug as it is: an abort, not a clean exit
    assert _run(pin=True) == 0


PROCESS_EVENTS = """
from PySide6.QtCore import QCoreApplication
from ui.shell.pyside_fixes import pin_bools
app = QCoreApplication([])
if {pin}:
    pin_bools()
for _ in range(8_000):
    app.processEvents()
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12 on")
def test_many_process_events_end_cleanly_once_none_is_pinned() -> None:
    """processEvents() takes a reference away from None on every call (PySide6 6.12): a
    long session (every wait for a background job) would free None itself at quit."""
    def run(pin: bool) -> int:
        return subprocess.run([sys.executable, "-c", PROCESS_EVENTS.format(pin=pin)],
                              cwd=ROOT, capture_output=True, timeout=120,
                              check=False).returncode

    if emit_loses_a_reference():
        assert run(pin=False) != 0
    assert run(pin=True) == 0
