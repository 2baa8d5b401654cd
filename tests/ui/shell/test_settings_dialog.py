"""Instellingen: the interface language is a setting, stored in QSettings and used from
the next start; PESTDOSSIER_LANG still overrides it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.main import create_app
from ui.shell import i18n, settings
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog


@pytest.fixture
def fresh_start(qapp: QApplication) -> Iterator[None]:
    """Whatever a test's start installs is taken away again afterwards."""
    yield
    i18n.remove_translators(qapp)


def _choose_and_save(dialog: SettingsDialog, language: str) -> None:
    dialog.cmb_language.setCurrentIndex(dialog.cmb_language.findData(language))
    dialog.btn_ok.click()


def test_choosing_english_is_stored_and_the_next_start_is_english(
        qtbot, dutch, fresh_start) -> None:
    assert settings.interface_language() == "" and i18n.chosen_language() == "nl"
    window = MainWindow()
    qtbot.addWidget(window)
    window.start()
    assert window.act_settings.isEnabled()           # reachable while locked
    assert window.act_settings.text() == "Instellingen..."
    QTimer.singleShot(0, lambda: _choose_and_save(
        next(w for w in QApplication.topLevelWidgets()
             if isinstance(w, SettingsDialog) and w.isVisible()), "en"))
    window.act_settings.trigger()
    assert settings.interface_language() == "en"
    assert "volgende start" in window.statusBar().currentMessage()
    window.close()
    # a new start reads the setting
    create_app(["pestdossier"])
    assert i18n.current_language() == "en"
    restarted = MainWindow()
    qtbot.addWidget(restarted)
    restarted.start()
    assert [a.text().replace("&", "") for a in restarted.menuBar().actions()] == [
        "Vault", "Help"]
    assert restarted.act_settings.text() == "Settings..."
    restarted.close()


def test_the_dialog_shows_the_stored_choice_and_cancel_keeps_it(qtbot, dutch) -> None:
    settings.set_interface_language("en")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language == "en"
    assert "volgende start" in dialog.lbl_restart.text()
    dialog.cmb_language.setCurrentIndex(dialog.cmb_language.findData("nl"))
    dialog.reject()
    assert settings.interface_language() == "en"


def test_the_environment_variable_overrides_the_setting(monkeypatch) -> None:
    settings.set_interface_language("en")
    assert i18n.chosen_language() == "en"
    monkeypatch.setenv(i18n.ENV_VAR, "nl")
    assert i18n.chosen_language() == "nl"
    monkeypatch.setenv(i18n.ENV_VAR, "klingon")
    assert i18n.chosen_language() == "en"
