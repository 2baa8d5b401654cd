"""The quit recipe of issue 12, run as its own process by test_quit_recipe.py: the demo
vault, a case with evidence on its Bewijs tab, a coordinator dossier, then Quit (Ctrl+Q).
It once ended in "Fatal Python error: bool_dealloc" (exit 134) at shutdown."""

from __future__ import annotations

import faulthandler
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

import ui.main
from ui.handover.dossier_dialog import DossierDialog
from ui.shell.main_window import MainWindow

faulthandler.enable()
OUT = Path(tempfile.mkdtemp(prefix="quit-recipe-")) / "dossier.pdf"


def _save_as(*_args: object, **_kwargs: object) -> tuple[str, str]:
    return str(OUT), ""


def _window() -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))


def _generate_then_quit(window: MainWindow) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DossierDialog)
    dialog.generate()

    def when_done() -> None:
        if dialog._export_op is not None:
            QTimer.singleShot(100, when_done)
            return
        assert dialog.outcome is not None, dialog.lbl_error.text()
        dialog.btn_close.click()
        QTimer.singleShot(100, window.act_quit.trigger)

    QTimer.singleShot(100, when_done)


def _open_case_and_make_dossier() -> None:
    window = _window()
    assert window.workspace is not None and window.vault is not None
    for case in window.vault.cases.list():
        if window.vault.evidence.list_for_case(case.id):
            window.workspace.case_list.select_case(case.id)
            break
    detail = window.workspace.detail
    detail.tabs.setCurrentWidget(detail.evidence)
    QTimer.singleShot(500, lambda: _generate_then_quit(window))
    window.make_dossier()


def main() -> int:
    QFileDialog.getSaveFileName = staticmethod(_save_as)  # type: ignore[method-assign]
    app = QApplication(sys.argv)
    QTimer.singleShot(1000, _open_case_and_make_dossier)
    code = ui.main.main(["pestdossier", "--demo"])
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
