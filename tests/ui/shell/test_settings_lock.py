"""Instellingen, lock and clipboard: defaults (5 minutes, 30 seconds), stored in
QSettings on Save and applied to the running window at once."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.common.clipboard import case_clipboard
from ui.shell import lock_prefs
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog


def _change_and_save(idle: int, screen: bool, clipboard: int) -> None:
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SettingsDialog) and w.isVisible())
    section = dialog.lock_settings
    assert section.lbl_heading.text() == "Vergrendelen en klembord"  # a section of its own
    assert section.lbl_heading.isVisible()
    assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 768
    assert section.spn_idle.value() == 5 and section.spn_clipboard.value() == 30
    assert section.chk_screen.isChecked()
    assert section.spn_idle.specialValueText() == "Nooit"
    section.spn_idle.setValue(idle)
    section.chk_screen.setChecked(screen)
    section.spn_clipboard.setValue(clipboard)
    dialog.btn_ok.click()


def test_lock_settings_are_stored_and_applied(make_window) -> None:  # type: ignore[no-untyped-def]
    assert (lock_prefs.idle_minutes(), lock_prefs.clipboard_seconds()) == (5, 30)
    window: MainWindow = make_window()
    window.start()
    QTimer.singleShot(0, lambda: _change_and_save(0, False, 10))
    window.act_settings.trigger()
    assert lock_prefs.idle_minutes() == 0
    assert not lock_prefs.lock_on_screen_lock()
    assert lock_prefs.clipboard_seconds() == 10
    assert case_clipboard().clear_after_seconds == 10
    assert not window.idle_watcher._timer.isActive()  # idle lock off
