"""The Help menu: the manual (F1, also inside dialogs) and "Over Pestdossier"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from ui.help.context import open_manual
from ui.shell.about_dialog import AboutDialog

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class HelpActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.act_manual = window._action(self.tr("Manual"), self.show_manual,
                                         QKeySequence.StandardKey.HelpContents,
                                         needs_vault=False)
        # F1 inside a dialog too: the manual opens at that dialog's topic
        self.act_manual.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_manual.setToolTip(self.tr("How to do the main tasks (F1)"))
        self.act_about = window._action(self.tr("About Pestdossier"), self.show_about,
                                        needs_vault=False)
        menu = window.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.act_manual)
        menu.addAction(self.act_about)

    def show_manual(self) -> None:
        open_manual(parent=self._window)

    def show_about(self) -> None:
        AboutDialog.show_about(self._window)
