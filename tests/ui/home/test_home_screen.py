"""'Vandaag': the home screen after unlocking, fed in the background case by case."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import TodoKind, TodoState
from app.domain import CaseKind, EntryKind
from app.timeutil import AMSTERDAM
from tests.ui.conftest import wait_for_background_work
from ui.home.feed import FeedResult
from ui.home.home_screen import HomeScreen


def _cases(vault: CaseFile) -> tuple[int, int]:
    """One case whose first step is due today (the injected clock: 22 November 2026) and
    one whose steungroep follow-up, eight weeks after step 2, is overdue."""
    due = vault.cases.create(NewCase("Signalen in groep 7", CaseKind.PESTEN,
                                     date(2026, 11, 22)))
    vault.casework.protocols.choose(due.id, "zesstappenplan")
    late = vault.cases.create(NewCase("Buitengesloten bij gym", CaseKind.PESTEN,
                                      date(2026, 9, 1)))
    vault.casework.protocols.choose(late.id, "supportgroep")
    for day, step in ((2, "gesprek_gepeste"), (3, "gesprek_steungroep")):
        vault.casework.steps.record(late.id, step, datetime(2026, 9, day, 10, tzinfo=AMSTERDAM),
                                    deviation_reason="Zo afgesproken met de mentor.")
    return due.id, late.id


def _home_filled(qtbot, home: HomeScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: home.result is not None and home.now_model.rowCount() > 0,
                    timeout=10_000)


def test_home_lists_an_overdue_follow_up_and_a_due_step(make_window, qtbot,
                                                        vault: CaseFile) -> None:
    due_id, late_id = _cases(vault)
    window = make_window()
    window.start(vault)
    window.show()
    home = window.workspace.home
    assert window.workspace.pages.currentWidget() is home   # where the day starts
    _home_filled(qtbot, home)
    items = [home.now_model.item_at(r) for r in range(home.now_model.rowCount())]
    assert any(i.case_id == late_id and i.kind is TodoKind.FOLLOW_UP
               and i.state is TodoState.OVERDUE for i in items), items
    # 'dezelfde dag' is the app's proposal for step 1 (001 sets no term): shown, not late
    assert any(i.case_id == due_id and i.kind is TodoKind.STEP and i.key == "signaleren"
               and i.state is TodoState.SUGGESTED and i.due == date(2026, 11, 22)
               for i in items)
    # today: the two people the supportgroep case still has to inform (no term of its own)
    assert home.lbl_summary.text().startswith("22 november 2026 · over tijd: 1 · vandaag: 2")
    assert [home.lst_waiting.item(r).text().splitlines()[0]
            for r in range(home.lst_waiting.count())] == [
        "2026-001 · Signalen in groep 7"]   # the other is in behandeling since its steps
    qtbot.waitUntil(lambda: window.act_todo.text() == "Vandaag (1)")
    # One click on the due step opens its case on the protocol tab.
    row = next(r for r, i in enumerate(items) if i.case_id == due_id)
    home.tbl_now.clicked.emit(home.now_model.index(row, 0))
    assert window.workspace.pages.currentWidget() is window.workspace.splitter
    assert window.workspace.detail.case is not None
    assert window.workspace.detail.case.id == due_id
    window.act_todo.trigger()   # Ctrl+T: back to 'Vandaag'
    assert window.workspace.pages.currentWidget() is home


def test_a_change_in_another_tab_shows_after_the_background_recompute(
        make_window, qtbot, vault: CaseFile) -> None:
    due_id, late_id = _cases(vault)
    window = make_window()
    window.start(vault)
    window.show()
    workspace = window.workspace
    home = workspace.home
    feed = workspace.feed
    results: list[FeedResult] = []
    feed.todo_ready.connect(results.append)
    _home_filled(qtbot, home)
    assert results[0].recomputed is None   # all cases, once
    assert all(r.recomputed == frozenset() for r in results[1:])   # nothing changed since
    # In the case's protocol tab the due step is recorded ...
    workspace.open_case(due_id, "signaleren")
    qtbot.waitUntil(lambda: not feed.busy, timeout=10_000)  # a refresh asked while shown
    vault.casework.steps.record(due_id, "signaleren", datetime(2026, 11, 22, 9,
                                                               tzinfo=AMSTERDAM))
    workspace.detail.casework.changed.emit()
    qtbot.waitUntil(lambda: results[-1].recomputed == {due_id}, timeout=10_000)
    assert results[-1].today is None   # 'Vandaag' is hidden: only 'te doen' (the badge)
    # ... and 'Vandaag' shows it once it is back, recomputed for that case only.
    workspace.show_todo()
    qtbot.waitUntil(lambda: home.result is not None and not any(
        i.key == "signaleren" for i in home.result.todo.items), timeout=10_000)
    keys = [home.now_model.item_at(r).key for r in range(home.now_model.rowCount())]
    assert "signaleren" not in keys
    assert any(home.now_model.item_at(r).case_id == late_id
               for r in range(home.now_model.rowCount()))
    recent = home.lst_recent.item(0).text()
    assert recent.startswith("2026-001 · Signalen in groep 7")


def test_lock_during_a_background_recompute_closes_cleanly(make_window, qtbot,
                                                           vault: CaseFile) -> None:
    _cases(vault)
    window = make_window()
    window.start(vault)
    window.show()
    feed = window.workspace.feed
    assert feed.busy   # the first collection runs on its own connection
    window.lock()
    assert window.vault is None and window.workspace is None
    assert not vault.is_open
    wait_for_background_work()
    assert not vault.changes.since(0).empty   # the journal outlives nobody's listener
    assert window.act_todo.text() == "Vandaag"


def test_the_case_list_updates_one_changed_row_without_a_reload(make_window, qtbot,
                                                                vault: CaseFile) -> None:
    first = vault.cases.create(NewCase("Eerste", CaseKind.PESTEN, date(2026, 11, 1)))
    second = vault.cases.create(NewCase("Tweede", CaseKind.PESTEN, date(2026, 11, 2)))
    window = make_window()
    window.start(vault)
    workspace = window.workspace
    workspace.show_cases()
    case_list = workspace.case_list
    assert case_list.select_case(first.id)
    model = case_list.model
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    # Another part of the window writes to the second case only.
    vault.timeline.add(second.id, EntryKind.NOTITIE, "Even gebeld met de mentor.",
                       datetime(2026, 11, 22, 10, tzinfo=AMSTERDAM))
    vault.cases.update(second.id, title="Tweede, nu met de mentor")
    qtbot.waitUntil(lambda: bool(changed), timeout=5_000)
    row = model.row_of(second.id)
    assert resets == []
    assert {rows for rows in changed if rows != (0, model.rowCount() - 1)} == {(row, row)}
    assert model.case_at(row).title == "Tweede, nu met de mentor"
    assert model.case_at(row).entry_count == 1
    assert case_list.current_case_id() == first.id   # the selection stayed
    index: QModelIndex = model.index(row, 1)
    assert index.data() == "Tweede, nu met de mentor"
