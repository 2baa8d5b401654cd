"""Instellingen: the interface language (Nederlands or English), kept in QSettings.

The language is read when Pestdossier starts (ui/shell/i18n.py), so a new choice is used from
the next start; the dialog says so. PESTDOSSIER_LANG still overrides it.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QComboBox, QWidget

from ui.common.form_dialog import FormDialog
from ui.common.widgets import role_label
from ui.shell import i18n, settings
from ui.shell.settings_backup import BackupSettings
from ui.shell.settings_lock import LockSettings

# Each language by its own name, the way language pickers show them.
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


class SettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.setMinimumWidth(740)  # the lock check box's sentence on one line
        self.cmb_language = QComboBox()
        for code, name in LANGUAGES:
            self.cmb_language.addItem(name, code)
        stored = settings.interface_language()
        current = stored if stored in i18n.SUPPORTED else i18n.chosen_language()
        self.cmb_language.setCurrentIndex(self.cmb_language.findData(current))
        self.form.addRow(self.tr("Interface language"), self.cmb_language)
        self.lbl_restart = role_label(self.tr("Pestdossier uses the new language from the "
                                              "next start."), "muted", wrap=True)
        self.form.addRow("", self.lbl_restart)
        if os.environ.get(i18n.ENV_VAR, "").strip().lower()[:2] in i18n.SUPPORTED:
            self.form.addRow("", role_label(
                self.tr("For now the environment variable %1 decides the language.")
                .replace("%1", i18n.ENV_VAR), "muted", wrap=True))
        self.backup_settings = BackupSettings.attach(self)
        self.lock_settings = LockSettings(self, self.form)

    @property
    def language(self) -> str:
        return str(self.cmb_language.currentData())

    @classmethod
    def edit_settings(cls, parent: QWidget | None) -> tuple[str | None, bool]:
        """Show the dialog; on Save store the language. Returns (language, accepted)."""
        dialog = cls(parent)
        accepted = bool(dialog.exec())
        language = dialog.language
        dialog.deleteLater()
        if not accepted:
            return None, False
        settings.set_interface_language(language)
        return language, True
