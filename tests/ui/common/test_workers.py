"""The background helper: callbacks on the GUI thread, progress, failure and cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.casefile import CaseFile
from ui.common.workers import BackgroundOp, with_worker_vault


def test_success_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    seen: dict[str, object] = {"progress": []}
    gui = QThread.currentThread()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        seen["worker_thread"] = threading.current_thread().name
        for done in range(1, 4):
            progress(done, 3)
        return 42

    def on_progress(done: int, total: int) -> None:
        assert QThread.currentThread() is gui
        seen["progress"].append((done, total))  # type: ignore[union-attr]

    op = BackgroundOp(work).on_progress(on_progress).on_success(
        lambda value: seen.__setitem__("result", value))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    assert seen["result"] == 42
    assert seen["progress"] == [(1, 3), (2, 3), (3, 3)]
    assert seen["worker_thread"] != threading.main_thread().name
    assert not op.is_running


def test_failure_delivers_the_exception(qtbot) -> None:
    failures: list[BaseException] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ValueError("kapot")

    op = BackgroundOp(work).on_failure(failures.append).on_success(
        lambda _: failures.append(AssertionError("no success expected")))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    assert len(failures) == 1 and isinstance(failures[0], ValueError)


def test_cancel_stops_the_work(qtbot) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        return "te laat"

    op = BackgroundOp(work).on_cancelled(lambda: outcome.append("cancelled"))
    op.on_success(lambda _: outcome.append("success"))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
        assert started.wait(5)
        op.cancel()
    assert outcome == ["cancelled"]


def test_vault_work_gets_its_own_connection_which_is_closed(qtbot, vault: CaseFile) -> None:
    seen: list[CaseFile] = []

    def work(worker: CaseFile, progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        seen.append(worker)
        assert worker is not vault
        return worker.cases.count()

    results: list[int] = []
    op = BackgroundOp(with_worker_vault(vault, work)).on_success(results.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
    assert results == [0]
    assert not seen[0].is_open
    assert vault.is_open


def test_a_detached_op_hands_its_late_result_to_cleanup(qtbot) -> None:
    release = threading.Event()
    cleaned: list[str] = []
    called: list[str] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        release.wait(5)
        return "geopende kluis"

    op = BackgroundOp(work).on_success(called.append).on_cancelled(lambda: called.append("c"))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.start()
        op.detach(cleanup=cleaned.append)
        release.set()
    assert cleaned == ["geopende kluis"]
    assert called == []


def test_closing_the_window_while_unlocking_closes_the_late_vault(
        make_window, qtbot, vault: CaseFile, vault_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import TEST_PASSWORD, wait_for_background_work
    from ui.shell import settings

    vault.close()
    settings.remember_vault_path(vault_path)
    window = make_window()
    window.start()
    qtbot.keyClicks(window.unlock_screen.edt_password, TEST_PASSWORD)
    window.unlock_screen.unlock()
    window.close()
    wait_for_background_work()
    qtbot.waitUntil(lambda: not BackgroundOp._running)
    assert window.vault is None
    # The vault was closed again, so it can be opened (the lock was released).
    CaseFile.open(vault_path, TEST_PASSWORD).close()
