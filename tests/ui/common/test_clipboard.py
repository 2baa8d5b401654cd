"""Case text on the clipboard: concealed, cleared after the set time, on lock and quit,
and only while the clipboard still holds our text."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

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
