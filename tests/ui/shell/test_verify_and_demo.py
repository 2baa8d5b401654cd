"""Checking the vault in the background, and the demo mode for newcomers."""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.casefile import CaseFile
from app.demo import DEMO_PASSWORD
from tests.ui.conftest import wait_for_background_work
from ui import main as ui_main
from ui.shell.main_window import MainWindow


def test_verify_runs_in_the_background_and_reports_ok(make_window, qtbot, monkeypatch,
                                                      vault: CaseFile) -> None:
    messages: list[str] = []
    monkeypatch.setattr("ui.shell.main_window.inform", lambda parent, title, text, **kw:
                        messages.append(text))
    window = make_window()
    window.start(vault)
    window.show()
    window.act_verify.trigger()
    assert window.dlg_verify.isVisible()  # progress dialog with a cancel button
    qtbot.waitUntil(lambda: window.last_verify_report is not None, timeout=10_000)
    assert window.last_verify_report.ok
    assert messages and messages[0].startswith("Alles is in orde.")
    assert "alles is in orde" in window.statusBar().currentMessage()
    wait_for_background_work()


def test_lock_during_verify_drops_the_result(make_window, qtbot, monkeypatch,
                                             vault: CaseFile) -> None:
    monkeypatch.setattr("ui.shell.main_window.inform", lambda *a, **k: None)
    window = make_window()
    window.start(vault)
    window.act_verify.trigger()
    window.act_lock.trigger()
    wait_for_background_work()
    qtbot.wait(50)
    assert window.vault is None and window.last_verify_report is None


def test_demo_mode_shows_made_up_cases_without_a_password(qtbot, dutch) -> None:
    window, folder = ui_main.start_demo()
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "Demo met verzonnen meldingen"
        assert window.vault is not None and window.workspace is not None
        model = window.workspace.case_list.model
        titles = {model.case_at(r).title for r in range(model.rowCount())}
        assert "Spotberichten in de klassenapp" in titles
        assert model.rowCount() >= 5
        window.lock()
        assert DEMO_PASSWORD in window.unlock_screen.lbl_hint.text()
    finally:
        window.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_pestdossier_demo_removes_its_vault_on_exit(qapp, monkeypatch) -> None:
    seen: dict[str, object] = {}

    def fake_exec(*_args: object) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                      and w.isVisible())
        seen["title"] = window.windowTitle()
        seen["path"] = window.vault.path
        seen["cases"] = window.vault.cases.count()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    # main() installs the crash handler; give the hooks back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    assert ui_main.main(["pestdossier", "--demo"]) == 0
    assert seen["cases"] >= 5
    assert seen["title"] == "Demo met verzonnen meldingen"
    assert not Path(str(seen["path"])).parent.exists()


def test_about_shows_the_version(make_window, monkeypatch) -> None:
    from app import __version__
    from ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog()
    assert __version__ in dialog.lbl_version.text()
    assert dialog.lbl_version.text().startswith("Versie")
    shown: list[bool] = []
    monkeypatch.setattr(AboutDialog, "show_about", lambda *a: shown.append(True))
    window = make_window()
    window.act_about.trigger()
    assert shown == [True]


def test_verify_compares_with_an_export_chosen_in_the_result(make_window, qtbot, monkeypatch,
                                                             vault: CaseFile,
                                                             tmp_path: Path) -> None:
    """Issue 19 (9): 'Vergelijk met een export of reservekopie...' in the result finds a
    history rewritten consistently after the export, which the check alone passes."""
    from datetime import date

    from app.cases import NewCase
    from app.domain import CaseKind
    from app.dossier.selection import DossierRequest
    from tests.core.test_audit_anchors import _edit_and_rechain

    case = vault.cases.create(NewCase("Uitgelachen", CaseKind.PESTEN, date(2026, 11, 20)))
    exported = vault.handover.export_dossier(case.id, DossierRequest(), tmp_path / "d.pdf")
    assert exported is not None
    conn = vault._gateway.conn   # someone with the password, in SQL
    conn.execute("DROP TRIGGER audit_log_no_update")
    _edit_and_rechain(conn)
    shown: list[tuple[str, str | None]] = []

    def inform(parent, title, text, **kw):  # type: ignore[no-untyped-def]
        shown.append((text, kw.get("extra")))
        return len(shown) == 1   # the first result: the compare button is clicked

    monkeypatch.setattr("ui.shell.main_window.inform", inform)
    monkeypatch.setattr("ui.shell.main_window.get_open_file_name",
                        lambda *a, **k: (str(exported.path), ""))
    window = make_window()
    window.start(vault)
    window.act_verify.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=15_000)
    assert shown[0][0].startswith("Alles is in orde.")
    assert shown[0][1] == "Vergelijk met een export of reservekopie..."
    assert shown[1][0].startswith("De controle vond problemen:")
    assert "vergeleken met het auditanker in 'd.pdf'" in shown[1][0]
    assert "de geschiedenis tot die regel is herschreven" in shown[1][0]
    assert window.last_verify_report is not None and not window.last_verify_report.ok
    wait_for_background_work()
