"""Garbage collection kept from pausing the window (ui/shell/collector.py)."""

from __future__ import annotations

import gc
import weakref
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from ui.shell import collector


class _Node:
    """Something the workspace might leave in a reference cycle."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.me = self


def test_thresholds_keep_the_old_generations_rare(qapp) -> None:  # type: ignore[no-untyped-def]
    collector.tune()
    assert gc.get_threshold() == collector.THRESHOLDS
    assert collector.THRESHOLDS[0] > 700 and collector.THRESHOLDS[2] > 10


def test_settling_freezes_what_is_loaded_once_and_without_garbage(
        qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(collector, "_settled", False)   # as in a fresh process
    leftover = _Node("kladblok")
    gone = weakref.ref(leftover)
    del leftover
    collector.settle()
    frozen = gc.get_freeze_count()
    collector.settle()
    assert gone() is None                       # collected, not frozen with the rest
    assert frozen > 0 and gc.get_freeze_count() == frozen


def test_a_cycle_the_workspace_left_is_collected_after_a_lock(
        qtbot: QtBot, make_window, vault: CaseFile,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector, "AFTER_LOCK_MS", 1_000)   # the moment, shortened
    vault.cases.create(NewCase("Melding bij de fietsen", CaseKind.PESTEN, date(2026, 11, 2)))
    window = make_window()
    window.start(vault)
    gc.disable()   # no threshold may collect it first: only the lock's collection
    try:
        left = _Node("Melding bij de fietsen")
        gone = weakref.ref(left)
        del left
        window.lock()
        assert gone() is not None
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    finally:
        gc.enable()
