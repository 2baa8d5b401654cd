"""The case list's search as you type: off the GUI thread, latest query only, capped."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.search import CaseMatches, SearchService
from ui.cases import case_list, case_search
from ui.cases.case_list import CaseListPanel
from ui.cases.case_list_model import CASE_ID_ROLE
from ui.shell.main_window import MainWindow

SLOW = "kluis"


class SlowFirstQuery:
    """find_cases, but the query SLOW blocks on the worker thread until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.seen: list[str] = []
        real: Callable[..., CaseMatches] = SearchService.find_cases

        def find_cases(service: SearchService, query: str, *args: object,
                       **kwargs: object) -> CaseMatches:
            self.seen.append(query)
            if query == SLOW:
                self.started.set()
                assert self.release.wait(10)
            return real(service, query, *args, **kwargs)

        monkeypatch.setattr(SearchService, "find_cases", find_cases)


@pytest.fixture
def three_cases(vault: CaseFile) -> list[int]:
    return [vault.cases.create(NewCase(f"Kluisje {colour}", CaseKind.PESTEN,
                                       date(2026, 11, 2))).id
            for colour in ("rood", "groen", "blauw")]


@pytest.fixture
def panel(qtbot: QtBot, vault: CaseFile, three_cases: list[int]) -> Iterator[CaseListPanel]:
    shown = CaseListPanel(vault)
    qtbot.addWidget(shown)
    yield shown
    shown.search.shutdown()
    if shown.search.thread is not None:
        shown.search.thread.join(10)


def shown_ids(panel: CaseListPanel) -> set[int]:
    proxy = panel.proxy
    return {proxy.index(row, 0).data(CASE_ID_ROLE) for row in range(proxy.rowCount())}


def type_and_search(panel: CaseListPanel, text: str) -> None:
    panel.edt_search.setText(text)
    panel.apply_search()  # what the typing pause would start


def test_a_stale_result_never_replaces_a_newer_one(qtbot: QtBot, panel: CaseListPanel,
                                                   three_cases: list[int],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    slow = SlowFirstQuery(monkeypatch)
    type_and_search(panel, SLOW)
    assert slow.started.wait(10)
    type_and_search(panel, "kluisje")  # replaced before it ever runs
    type_and_search(panel, "kluisje blauw")
    assert shown_ids(panel) == set(three_cases)  # nothing arrived yet: the list as it was
    slow.release.set()
    qtbot.waitUntil(lambda: shown_ids(panel) == {three_cases[2]})
    qtbot.waitUntil(lambda: not panel.search.pending)
    qtbot.wait(50)
    assert shown_ids(panel) == {three_cases[2]}
    assert slow.seen == [SLOW, "kluisje blauw"]  # only the latest query ran after the slow one
    # An answer to an older request that reaches the GUI anyway is dropped there too.
    panel.search._arrived(1, (SLOW, CaseMatches(tuple(three_cases))))
    assert shown_ids(panel) == {three_cases[2]}


def test_one_letter_waits_and_clearing_shows_every_case(qtbot: QtBot, panel: CaseListPanel,
                                                        three_cases: list[int]) -> None:
    type_and_search(panel, "kluisje groen")
    qtbot.waitUntil(lambda: shown_ids(panel) == {three_cases[1]})
    panel.edt_search.setText("k")
    panel.apply_search()
    assert shown_ids(panel) == set(three_cases) and panel.search.thread is not None
    assert panel.lbl_search_note.isVisibleTo(panel)
    assert panel.lbl_search_note.text() == "Type one more letter to search."
    panel.edt_search.setText("kluisje rood")
    panel.apply_search()
    panel.edt_search.clear()  # at once, not after a pause
    assert shown_ids(panel) == set(three_cases) and not panel.lbl_search_note.isVisibleTo(panel)
    qtbot.wait(100)
    assert shown_ids(panel) == set(three_cases)  # the answer to "kluisje rood" is not shown


def test_results_are_capped_with_more_results(qtbot: QtBot, vault: CaseFile,
                                              three_cases: list[int],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_list, "CASE_LIMIT", 2)
    panel = CaseListPanel(vault)
    qtbot.addWidget(panel)
    try:
        type_and_search(panel, "kluisje")
        qtbot.waitUntil(lambda: len(shown_ids(panel)) == 2)
        assert shown_ids(panel) == set(three_cases[1:])  # the most recent ones
        assert panel.btn_more.isVisibleTo(panel)
        assert panel.lbl_search_note.text() == "The 2 most recent matches."
        panel.btn_more.click()
        qtbot.waitUntil(lambda: shown_ids(panel) == set(three_cases))
        assert not panel.btn_more.isVisibleTo(panel)
    finally:
        panel.search.shutdown()


def test_lock_during_a_background_search_closes_cleanly(
        qtbot: QtBot, make_window: Callable[..., MainWindow], vault: CaseFile,
        three_cases: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    workers: list[CaseFile] = []
    opened_by: list[str] = []
    open_worker = CaseFile.open_worker

    def recorded(case_file: CaseFile) -> CaseFile:
        workers.append(open_worker(case_file))
        opened_by.append(threading.current_thread().name)
        return workers[-1]

    monkeypatch.setattr(CaseFile, "open_worker", recorded)
    slow = SlowFirstQuery(monkeypatch)
    window = make_window()
    window.start(vault)
    assert window.workspace is not None
    search = window.workspace.case_list.search
    type_and_search(window.workspace.case_list, SLOW)
    assert slow.started.wait(10)
    thread = search.thread
    assert thread is not None
    window.lock()  # returns while the search is still running
    assert window.vault is None and not vault.is_open and thread.is_alive()
    slow.release.set()
    thread.join(10)
    assert not thread.is_alive()
    # Every connection opened for background work is closed, the search's among them.
    qtbot.waitUntil(lambda: not any(worker.is_open for worker in workers), timeout=10_000)
    assert "case-search" in opened_by
    assert slow.seen == [SLOW]


def test_an_idle_connection_closes_and_opens_again(qtbot: QtBot, panel: CaseListPanel,
                                                   three_cases: list[int],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_search, "IDLE_SECONDS", 0.05)
    workers: list[CaseFile] = []
    open_worker = CaseFile.open_worker

    def recorded(case_file: CaseFile) -> CaseFile:
        worker = open_worker(case_file)
        if threading.current_thread().name == "case-search":  # not the retention reader
            workers.append(worker)
        return worker

    monkeypatch.setattr(CaseFile, "open_worker", recorded)
    type_and_search(panel, "kluisje groen")
    qtbot.waitUntil(lambda: shown_ids(panel) == {three_cases[1]})
    qtbot.waitUntil(lambda: not workers[0].is_open)  # a password change need not wait
    type_and_search(panel, "kluisje rood")
    qtbot.waitUntil(lambda: shown_ids(panel) == {three_cases[0]})
    assert len(workers) == 2
