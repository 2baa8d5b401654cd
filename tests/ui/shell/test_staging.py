"""Unlocking in stages: the case list first, the case detail once the list is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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
