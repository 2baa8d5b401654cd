"""Unlocking in stages: the case list first, the case detail once the list is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from ui.shell.main_window import MainWindow

TITLE = "Kluisje opengebroken"


def _unlocked(make_window: Callable[..., MainWindow], vault: CaseFile) -> MainWindow:
    vault.cases.create(NewCase(TITLE, CaseKind.PESTEN, date(2026, 11, 2)))
    window = make_window()
    window.start(vault)
    return window


def test_the_case_list_comes_first_then_the_detail(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                    vault: CaseFile) -> None:
    window = _unlocked(make_window, vault)
    workspace = window.workspace
    assert workspace is not None and not workspace.stages.is_built
    assert workspace.case_list.proxy.rowCount() == 1
    assert workspace.case_list.current_case_id() is not None
    qtbot.waitUntil(lambda: workspace.stages.is_built)
    assert workspace.detail.lbl_heading.text() == TITLE  # the selected case, once built
    # in the cases page (Vandaag is in front until the counsellor goes to the cases)
    assert workspace.detail.isVisibleTo(workspace.splitter)


def test_asking_for_the_detail_builds_it_at_once(make_window,  # type: ignore[no-untyped-def]
                                                 vault: CaseFile) -> None:
    window = _unlocked(make_window, vault)
    assert window.workspace is not None
    assert window.workspace.detail.lbl_heading.text() == TITLE
    assert window.workspace.stages.is_built and window.workspace.privacy.active is False


def test_locking_before_the_detail_is_built(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                            vault: CaseFile) -> None:
    window = _unlocked(make_window, vault)
    stages = window.workspace.stages  # type: ignore[union-attr]
    window.lock()
    assert window.workspace is None and not vault.is_open
    qtbot.wait(50)  # the idle build never runs for a workspace that is gone
    assert not stages.is_built


def test_the_detail_is_built_in_parts_one_turn_each(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                     vault: CaseFile) -> None:
    window = _unlocked(make_window, vault)
    stages = window.workspace.stages  # type: ignore[union-attr]
    seen: list[tuple[bool, int]] = []   # per turn: placed yet, tabs so far

    def note() -> None:
        detail = stages._detail
        seen.append((stages.is_built, 0 if detail is None else detail.tabs.count()))

    timer = QTimer()
    timer.timeout.connect(note)
    timer.start(0)
    qtbot.waitUntil(lambda: stages.is_built)
    timer.stop()
    partial = [tabs for built, tabs in seen if not built and tabs]
    assert partial and min(partial) == 1          # the overview first, alone
    assert len(set(partial)) >= 3                 # then more tabs, turn after turn
    assert window.workspace.detail.tabs.count() == 7  # type: ignore[union-attr]
    assert window.workspace.detail.lbl_heading.text() == TITLE  # type: ignore[union-attr]


def test_locking_halfway_through_the_parts(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                           vault: CaseFile) -> None:
    window = _unlocked(make_window, vault)
    stages = window.workspace.stages  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: stages._detail is not None)
    assert not stages.is_built
    window.lock()
    qtbot.wait(50)
    assert not stages.is_built and window.workspace is None and not vault.is_open
