"""At the default window size every tab of the case detail is visible, without scrolling:
a counsellor should not have to hunt for 'Bewijs'."""

from __future__ import annotations

from datetime import date

from app.cases import NewCase
from app.domain import CaseKind


def test_all_case_tabs_fit_at_the_default_size(make_window, qtbot, vault) -> None:
    vault.cases.create(NewCase("Spotberichten", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))
    window = make_window()
    window.resize(1240, 760)  # the first-start size
    window.start(vault)
    window.workspace.show_cases()   # past 'Vandaag', to the cases
    window.show()
    qtbot.waitExposed(window)
    tabs = window.workspace.detail.tabs
    qtbot.waitUntil(lambda: window.workspace.detail.case is not None)
    bar = tabs.tabBar()
    assert tabs.count() >= 7
    last = bar.tabRect(tabs.count() - 1)
    assert last.right() <= bar.width(), [tabs.tabText(i) for i in range(tabs.count())]
