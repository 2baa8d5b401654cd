"""Case text on the clipboard: concealed, cleared after the set time, on lock and quit,
and only while the clipboard still holds our text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPlainTextEdit, QWidget

from app.cases import NewCase
from app.domain import CaseKind, EntryKind
from ui.cases.timeline_model import COL_TEXT
from ui.common.clipboard import CONCEALED_HINTS, CaseClipboard, case_clipboard
from ui.shell.main_window import MainWindow


def test_copy_is_concealed_and_timed(qapp) -> None:  # type: ignore[no-untyped-def]
    clip = CaseClipboard()
    clip.clear_after_seconds = 30
    clip.copy("Noor werd uitgelachen")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "Noor werd uitgelachen"
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert set(CONCEALED_HINTS) <= set(mime.formats())
    assert clip._timer.isActive() and clip._timer.interval() == 30_000
    clip._timer.timeout.emit()  # 30 seconds later
    assert QGuiApplication.clipboard().text() == ""


def test_never_clears_what_the_user_copied_since(qapp) -> None:  # type: ignore[no-untyped-def]
    clip = CaseClipboard()
    clip.copy("geheim")
    QGuiApplication.clipboard().setText("boodschappenlijst")
    assert clip.clear_if_ours() is False
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"


def test_lock_and_quit_clear_our_text(make_window, vault) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    window.start(vault)
    case_clipboard().copy("tekst uit een melding")
    window.lock()
    assert QGuiApplication.clipboard().text() == ""
    case_clipboard().copy("nog eens")
    window.close()
    assert QGuiApplication.clipboard().text() == ""


# ------------------------------------------------------------- Qt's own Copy
def _selectable_label() -> QLabel:
    label = QLabel("Noor werd buitengesloten in de groepsapp")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSelection(0, len(label.text()))
    return label


def _read_only_view() -> QPlainTextEdit:
    view = QPlainTextEdit("Noor werd buitengesloten in de groepsapp")
    view.setReadOnly(True)
    view.selectAll()
    return view


def _copy_with_keys(widget: QWidget, _qtbot: object = None) -> None:
    QTest.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def _copy_with_context_menu(widget: QWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Right-click, then click the menu's Kopiëren as a user would."""
    clicked: list[str] = []

    def click_copy() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, click_copy)
            return
        action = next(a for a in menu.actions() if a.text().replace("&", "").split("\t")[0]
                      == "Kopiëren")
        clicked.append(action.text())
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())

    QTimer.singleShot(20, click_copy)
    target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
    QApplication.sendEvent(target, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), target.mapToGlobal(QPoint(5, 5))))
    qtbot.waitUntil(lambda: bool(clicked) and QApplication.activePopupWidget() is None)


@pytest.mark.parametrize("make", [_selectable_label, _read_only_view])
@pytest.mark.parametrize("copy", [_copy_with_keys, _copy_with_context_menu])
def test_qt_copy_goes_through_the_case_clipboard(
        make_window, vault, qtbot, make: Callable[[], QWidget],  # type: ignore[no-untyped-def]
        copy: Callable[[QWidget, object], None]) -> None:
    window: MainWindow = make_window()
    window.start(vault)
    widget = make()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QGuiApplication.clipboard().clear()
    copy(widget, qtbot)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "Noor werd buitengesloten in de groepsapp"
    assert set(CONCEALED_HINTS) <= set(mime.formats())
    assert case_clipboard().holds_ours() and case_clipboard()._timer.isActive()
    window.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_ctrl_c_in_the_timeline_is_concealed_and_cleared_on_lock(
        make_window, vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    case = vault.cases.create(NewCase("Kopie", CaseKind.PESTEN, date(2026, 11, 20)))
    vault.timeline.add(case.id, EntryKind.NOTITIE, "Zag het in de kantine", vault.clock.now())
    window: MainWindow = make_window()
    window.start(vault)
    window.show()
    qtbot.waitExposed(window)
    assert window.workspace is not None
    view = window.workspace.detail.timeline.tbl_entries
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.setCurrentIndex(view.model().index(0, COL_TEXT))
    _copy_with_keys(view)
    assert "Zag het in de kantine" in QGuiApplication.clipboard().text()
    assert QGuiApplication.clipboard().mimeData().hasFormat("x-kde-passwordManagerHint")
    window.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_what_other_programs_copy_is_left_alone(make_window) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window()
    window.start()
    before = window.copy_guard.rerouted
    QGuiApplication.clipboard().setText("boodschappenlijst")  # no copy gesture in the app
    assert window.copy_guard.rerouted == before
    assert not QGuiApplication.clipboard().mimeData().hasFormat("x-kde-passwordManagerHint")
    window.lock()
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"
