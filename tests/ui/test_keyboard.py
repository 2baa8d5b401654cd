"""Keyboard only: a new melding and a recorded protocol step with QTest.keyClick and
nothing else (no mouse, no calls into the widgets), so every action on that path is
reachable by Tab, arrows, Space and Enter. Also: icon-only buttons have names, and the
focused control shows a focus ring."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QTabBar, QWidget

from ui.common.accessibility import icon_only_buttons_without_name
from ui.common.style import FOCUS_STYLE

MAX_TABS = 80


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_to(wanted: Callable[[QWidget], bool]) -> QWidget:
    """Press Tab until the focus is on a widget `wanted` accepts."""
    seen = []
    for _ in range(MAX_TABS):
        widget = focused()
        if wanted(widget):
            return widget
        seen.append(f"{type(widget).__name__}:{getattr(widget, 'text', lambda: '')()}")
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"not reachable by Tab; went through {seen}")


def button(text: str) -> Callable[[QWidget], bool]:
    return lambda w: isinstance(w, QPushButton) and w.text() == text and w.isEnabled()


def in_modal(keys: Callable[[QWidget], None], done: list[str]) -> None:
    """Run `keys` in the dialog that is about to open (its exec() blocks this test)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        dialog.activateWindow()  # what the window manager does with a new modal dialog
        for _ in range(100):
            widget = QApplication.focusWidget()
            if widget is not None and dialog.isAncestorOf(widget):
                break
            QTest.qWait(20)
        try:
            keys(dialog)
        except AssertionError as exc:  # report, and let the dialog go
            done.append(f"failed: {exc}")
        else:
            done.append(type(dialog).__name__)
        if dialog.isVisible():  # the keys did not close it: say so, never hang the suite
            done.append(f"still open: {type(dialog).__name__}, focus on "
                        f"{type(QApplication.focusWidget()).__name__}")
            dialog.reject()
    QTimer.singleShot(0, run)


def back_to(window: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A closed dialog hands the focus back to the window (the window manager does that;
    the offscreen platform needs to be told)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_a_melding_and_a_step_by_keyboard_only(make_window, qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.start(vault)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    done: list[str] = []

    # Ctrl+N, type the title, Enter saves (Save is the default button).
    def melding(dialog: QWidget) -> None:
        QTest.keyClicks(focused(), "Uitgelachen in de kleedkamer")
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    in_modal(melding, done)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert done == ["CaseDialog"]
    detail = window.workspace.detail
    qtbot.waitUntil(lambda: detail.case is not None)
    assert detail.case.title == "Uitgelachen in de kleedkamer"
    back_to(window, qtbot)

    # Tab to the case's tabs, arrow to "Protocol", Tab to "Kies protocol...", Space.
    tabs = tab_to(lambda w: isinstance(w, QTabBar) and w is detail.tabs.tabBar())
    while detail.tabs.tabText(detail.tabs.currentIndex()) != "Protocol":
        QTest.keyClick(tabs, Qt.Key.Key_Right)

    panel = detail.casework.protocol
    qtbot.waitUntil(panel.isVisible)  # the page shows once its events are handled

    def protocol(dialog: QWidget) -> None:
        QTest.keyClick(focused(), Qt.Key.Key_Return)  # the first protocol, Kiezen

    in_modal(protocol, done)
    QTest.keyClick(tab_to(button("Protocol kiezen...")), Qt.Key.Key_Space)
    assert done[-1] == "ProtocolChoiceDialog"
    qtbot.waitUntil(lambda: panel.schedule is not None)
    back_to(window, qtbot)

    # The first open step is selected; Tab to "Stap vastleggen...", write the report,
    # Tab on to Save and press Space.
    def step(dialog: QWidget) -> None:
        QTest.keyClicks(focused(), "Gesprek gevoerd; de leerling voelt zich gehoord.")
        QTest.keyClick(tab_to(button("Opslaan")), Qt.Key.Key_Space)

    in_modal(step, done)
    QTest.keyClick(tab_to(button("Stap vastleggen...")), Qt.Key.Key_Space)
    assert done[-1] == "StepDialog", done
    records = vault.casework.steps.for_case(detail.case.id)
    assert [r.verslag for r in records] == ["Gesprek gevoerd; de leerling voelt zich gehoord."]


def test_icon_only_buttons_are_named(make_window, qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.cases import NewCase
    from app.domain import CaseKind

    vault.cases.create(NewCase("Spotberichten", CaseKind.ONLINE_PESTEN, date(2026, 11, 2)))
    window = make_window()
    window.start(vault)
    window.show()
    detail = window.workspace.detail
    qtbot.waitUntil(lambda: detail.case is not None)
    window.workspace.case_list.edt_search.setText("Spot")  # its clear button appears
    for index in range(detail.tabs.count()):  # every tab built
        detail.tabs.setCurrentIndex(index)
    assert icon_only_buttons_without_name(window) == []


def test_the_focus_is_visible(dutch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A focused control looks different from an unfocused one (the accent ring)."""
    page = QWidget()
    qtbot.addWidget(page)
    first, second = QPushButton("Opslaan", page), QPushButton("Annuleren", page)
    second.move(0, 40)
    page.resize(200, 80)
    page.show()
    page.activateWindow()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    before = first.grab().toImage()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert first.grab().toImage() != before
    assert "QPushButton:focus" in FOCUS_STYLE and "QAbstractItemView:focus" in FOCUS_STYLE
