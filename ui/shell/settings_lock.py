"""Instellingen, the lock and clipboard part: idle time, lock with the screen, how long
copied case text stays on the clipboard. Added to the dialog's form with one line and
saved when the dialog is accepted (ui/shell/lock_prefs.py keeps the values)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QSpinBox

from ui.common.widgets import role_label
from ui.shell import lock_prefs


class LockSettings(QObject):
    """Adds its rows to `dialog.form`; saves on `dialog.accepted`."""

    def __init__(self, dialog: QObject, form: QFormLayout) -> None:
        super().__init__(dialog)
        self.lbl_heading = role_label(self.tr("Lock and clipboard"), "subheading")
        self.lbl_heading.setContentsMargins(0, 8, 0, 0)  # apart from the rows above
        form.addRow(self.lbl_heading)
        self.spn_idle = QSpinBox()
        self.spn_idle.setRange(0, 240)
        self.spn_idle.setSuffix(self.tr(" min"))
        self.spn_idle.setSpecialValueText(self.tr("Never"))
        self.spn_idle.setValue(lock_prefs.idle_minutes())
        self.spn_idle.setToolTip(self.tr("Lock when nobody has used Pestdossier for this long"))
        form.addRow(self.tr("Lock after inactivity"), self.spn_idle)
        self.chk_screen = QCheckBox(self.tr("Lock when the screen locks or the computer sleeps"))
        self.chk_screen.setChecked(lock_prefs.lock_on_screen_lock())
        form.addRow("", self.chk_screen)
        self.spn_clipboard = QSpinBox()
        self.spn_clipboard.setRange(0, 600)
        self.spn_clipboard.setSuffix(self.tr(" s"))
        self.spn_clipboard.setSpecialValueText(self.tr("Only on lock and quit"))
        self.spn_clipboard.setValue(lock_prefs.clipboard_seconds())
        self.spn_clipboard.setToolTip(self.tr(
            "Copied case text is removed from the clipboard after this time, on lock and "
            "on quit (only if the clipboard still holds it)"))
        form.addRow(self.tr("Clear clipboard after"), self.spn_clipboard)
        dialog.accepted.connect(self.save)  # type: ignore[attr-defined]

    def save(self) -> None:
        lock_prefs.save(idle=self.spn_idle.value(), on_screen_lock=self.chk_screen.isChecked(),
                        clipboard=self.spn_clipboard.value())
