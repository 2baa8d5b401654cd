"""Locking from anywhere: Ctrl+L inside any dialog, idle time, the screen-lock signal.
After the lock no window shows case text and the vault is closed; typed text survives
as a draft inside the vault and is offered again after unlocking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind
from tests.ui.conftest import TEST_PASSWORD
from tests.ui.helpers import visible_texts
from ui.cases.entry_dialog import EntryDialog
from ui.common.confirm import Confirm, inform
from ui.evidence.viewer import ViewerDialog
from ui.handover.dossier_dialog import DossierDialog
from ui.shell.main_window import MainWindow

CANARY = "KANARIE-slot-9c3e"
TYPED = "KANARIE-getypt-41d0"


@pytest.fixture
def window(make_window, qtbot, vault: CaseFile) -> MainWindow:  # type: ignore[no-untyped-def]
    case = vault.cases.create(NewCase(CANARY, CaseKind.PESTEN, date(2026, 11, 20)))
    vault.timeline.add(case.id, EntryKind.NOTITIE, f"notitie {CANARY}", vault.clock.now())
    shown: MainWindow = make_window()
    shown.start(vault)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: any(CANARY in t for t in visible_texts()))
    return shown


def _press_ctrl_l_inside(check: Callable[[QWidget], None] | None = None,
                         want: type[QWidget] = QWidget) -> None:
    """Once a modal dialog (of kind `want`) is up, (check it and) press Ctrl+L in it."""

    def press() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, want):
            QTimer.singleShot(20, press)
            return
        if check is not None:
            check(modal)
        QTest.keyClick(modal, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(20, press)


def _assert_locked(window: MainWindow, vault: CaseFile) -> None:
    assert window.vault is None
    assert not vault.is_open
    assert not any(CANARY in t or TYPED in t for t in visible_texts())
    assert QApplication.activeModalWidget() is None


def _open_timeline_entry(window: MainWindow) -> None:
    assert window.workspace is not None
    window.workspace.detail.timeline.add_entry()


def _open_message_box(window: MainWindow) -> None:
    inform(window, "Melding", f"tekst {CANARY}")


def _open_dossier_dialog(window: MainWindow) -> None:
    assert window.workspace is not None
    window.workspace.detail.make_dossier()


def _open_viewer(window: MainWindow) -> None:
    """The evidence viewer, showing what was written about a described-only item."""
    from app.evidence import Circulation

    assert window.workspace is not None and window.vault is not None
    item = window.vault.evidence.record_described_only(1, f"beschrijving {CANARY}",
                                                       Circulation())
    window.workspace.detail.evidence.open_item(item)


def _open_box_over_dialog(window: MainWindow) -> None:
    """A message box on top of a form: two nested event loops."""
    QTimer.singleShot(20, lambda: inform(QApplication.activeModalWidget(), "Fout", CANARY))
    _open_timeline_entry(window)


@pytest.mark.parametrize(("open_dialog", "innermost"), [
    (_open_timeline_entry, EntryDialog), (_open_message_box, QMessageBox),
    (_open_dossier_dialog, DossierDialog), (_open_box_over_dialog, QMessageBox),
    (_open_viewer, ViewerDialog)])
def test_ctrl_l_locks_with_a_dialog_open(window: MainWindow, vault: CaseFile, qtbot,
                                         open_dialog: Callable[[MainWindow], None],
                                         innermost: type[QWidget]) -> None:
    _press_ctrl_l_inside(want=innermost)
    open_dialog(window)  # returns once the lock closed the dialog(s)
    _assert_locked(window, vault)
    qtbot.wait(100)  # the workspace goes once the dialog loops are unwound
    assert window.stack.count() == 1 + (window._create_page is not None)


def test_lock_closes_non_modal_windows(window: MainWindow, vault: CaseFile) -> None:
    assert window.workspace is not None
    window.workspace.show_todo()
    window.lock()
    _assert_locked(window, vault)


def test_lock_in_privacy_mode(window: MainWindow, vault: CaseFile) -> None:
    assert window.workspace is not None
    window.toggle_privacy()
    window.lock()
    _assert_locked(window, vault)


def test_typed_text_survives_lock_as_draft_inside_the_vault(
        window: MainWindow, vault: CaseFile, vault_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def type_text(modal: QWidget) -> None:
        assert isinstance(modal, EntryDialog)
        modal.edt_text.setPlainText(f"half af {TYPED}")

    _press_ctrl_l_inside(type_text)
    _open_timeline_entry(window)
    _assert_locked(window, vault)
    disk = [p for p in tmp_path.rglob("*") if p.is_file() and TYPED.encode() in p.read_bytes()]
    assert disk == []

    questions: list[str] = []

    def answer(_cls: object, _parent: object, _title: str, text: str,
               _yes: str) -> tuple[bool, bool]:
        questions.append(text)
        return True, True

    monkeypatch.setattr(Confirm, "ask", classmethod(answer))
    window.show_vault(CaseFile.open(vault_path, TEST_PASSWORD, clock=vault.clock))
    restored: list[str] = []

    def read_and_save(modal: QWidget) -> None:
        restored.append(modal.findChild(QPlainTextEdit).toPlainText())
        modal.accept()  # type: ignore[attr-defined]

    QTimer.singleShot(20, lambda: read_and_save(QApplication.activeModalWidget()))
    _open_timeline_entry(window)
    assert questions == ["Er is een concept van 14:05. Verder gaan?"]
    assert restored == [f"half af {TYPED}"]
    assert window.vault is not None
    assert window.vault.drafts.keys() == []  # used once, then gone
    texts = [e.text for e in window.vault.timeline.for_case(1)]
    assert f"half af {TYPED}" in texts


def test_cancel_with_typed_text_asks_first(qtbot, dutch,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [False, True]
    asked: list[str] = []

    def answer(_cls: object, _parent: object, title: str, _text: str,
               _yes: str) -> tuple[bool, bool]:
        asked.append(title)
        value = answers.pop(0)
        return value, value

    monkeypatch.setattr(Confirm, "ask", classmethod(answer))
    dialog = EntryDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without a question
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    dialog.edt_text.setPlainText("iets")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["Getypte tekst weggooien?"]
    dialog.btn_cancel.click()
    assert not dialog.isVisible() and len(asked) == 2


def test_idle_lock_after_the_set_time_but_not_while_typing(window: MainWindow,
                                                           vault: CaseFile) -> None:
    now = [1000.0]
    watcher = window.idle_watcher
    watcher.clock = lambda: now[0]
    watcher.set_limit(5)
    now[0] += 299
    watcher.check()
    assert window.vault is not None
    QTest.keyClick(window.workspace.case_list.edt_search, Qt.Key.Key_A)  # type: ignore[union-attr]
    now[0] += 200
    watcher.check()
    assert window.vault is not None  # typing reset the idle time
    now[0] += 101
    watcher.check()
    _assert_locked(window, vault)


def test_idle_lock_can_be_switched_off(window: MainWindow) -> None:
    now = [0.0]
    window.idle_watcher.clock = lambda: now[0]
    window.idle_watcher.set_limit(0)
    now[0] += 10 ** 6
    window.idle_watcher.check()
    assert window.vault is not None


def test_screen_lock_signal_locks_with_a_dialog_open(window: MainWindow,
                                                     vault: CaseFile) -> None:
    QTimer.singleShot(50, lambda: window.screen_lock.screensaver_active(True))
    _open_dossier_dialog(window)
    _assert_locked(window, vault)


def test_screen_unlock_and_wake_do_not_lock(window: MainWindow) -> None:
    window.screen_lock.screensaver_active(False)
    window.screen_lock.prepare_for_sleep(False)
    assert window.vault is not None
    window.screen_lock.prepare_for_sleep(True)
    assert window.vault is None


@pytest.mark.parametrize("editing", [False, True])
def test_a_case_form_survives_lock_as_draft(window: MainWindow, vault: CaseFile,
                                            vault_path: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            editing: bool) -> None:
    """The new-case and edit-case forms keep typed text through a lock, inside the vault."""
    from ui.cases.case_dialog import CaseDialog

    def open_form(win: MainWindow) -> None:
        assert win.workspace is not None
        if editing:
            win.workspace.detail.edit_case()
        else:
            win.workspace.new_case()

    def type_title(modal: QWidget) -> None:
        assert isinstance(modal, CaseDialog)
        modal.edt_title.setText(f"titel {TYPED}")

    _press_ctrl_l_inside(type_title, want=CaseDialog)
    open_form(window)
    _assert_locked(window, vault)
    assert [p for p in tmp_path.rglob("*")
            if p.is_file() and TYPED.encode() in p.read_bytes()] == []

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *_a: (True, True)))
    window.show_vault(CaseFile.open(vault_path, TEST_PASSWORD, clock=vault.clock))
    restored: list[str] = []

    def read_and_cancel(modal: QWidget) -> None:
        assert isinstance(modal, CaseDialog)
        restored.append(modal.edt_title.text())
        modal.done(0)

    QTimer.singleShot(20, lambda: read_and_cancel(QApplication.activeModalWidget()))
    open_form(window)
    assert restored == [f"titel {TYPED}"]


def test_lock_closes_a_file_dialog_and_nothing_is_imported(window: MainWindow, vault: CaseFile,
                                                            tmp_path: Path) -> None:
    """The evidence import's file dialog is Qt's own, so the lock can close it; the file
    chosen in it just before does not reach the locked app."""
    from PySide6.QtWidgets import QFileDialog

    picked = tmp_path / "screenshot.png"
    picked.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    seen: list[QFileDialog] = []

    def choose_then_lock(modal: QWidget) -> None:
        assert isinstance(modal, QFileDialog)
        assert modal.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen.append(modal)
        modal.selectFile(str(picked))
        QTest.keyClick(modal, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    _press_ctrl_l_inside(choose_then_lock, want=QFileDialog)
    assert window.workspace is not None
    window.workspace.detail.evidence.add_files()  # returns once the lock closed the dialog
    _assert_locked(window, vault)
    assert seen and not any(isinstance(w, QFileDialog) and w.isVisible()
                            for w in QApplication.topLevelWidgets())
    reopened = CaseFile.open(vault.path, TEST_PASSWORD, clock=vault.clock)
    try:
        assert reopened.evidence.list_for_case(1) == []
    finally:
        reopened.close()


def test_lock_during_a_dossier_export_leaves_nothing_half_written(
        window: MainWindow, vault: CaseFile, tmp_path: Path, qtbot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The export runs on a worker; the lock asks it to stop. Afterwards the folder holds
    no temporary file and at most a whole PDF, never part of one."""
    import threading

    from pypdf import PdfReader
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QFileDialog

    from app.dossier.handover import Handover

    out = tmp_path / "export"
    out.mkdir()
    target = out / "dossier.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    real, started, gate = Handover.export, threading.Event(), threading.Event()

    def held(self, case_id, request, pdf, package, progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        gate.wait(10)  # the lock comes now
        return real(self, case_id, request, pdf, package, progress, cancelled)

    monkeypatch.setattr(Handover, "export", held)

    def generate_then_lock(modal: QWidget) -> None:
        assert isinstance(modal, DossierDialog)
        modal.btn_generate.click()
        qtbot.waitUntil(started.is_set, timeout=10_000)
        QTest.keyClick(modal, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    _press_ctrl_l_inside(generate_then_lock, want=DossierDialog)
    _open_dossier_dialog(window)
    _assert_locked(window, vault)
    gate.set()
    QThreadPool.globalInstance().waitForDone(20_000)
    left = sorted(p.name for p in out.iterdir())
    assert left in ([], ["dossier.pdf"])
    if left:
        assert len(PdfReader(target).pages) > 0
