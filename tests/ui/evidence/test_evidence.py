"""Evidence with the student: drop and paste screenshots, see them in the gallery with
their thumbnails, open the viewer, record what they show (with history), check the
vault; duplicates, cancel and bad input lose nothing and say so in Dutch."""

from __future__ import annotations

import hashlib
import threading
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.audit import AuditLog
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, ReportedBy, Role
from app.evidence import Action, EvidenceKind, EvidenceSource
from app.messages import Message
from app.verify import CheckResult
from app.wording import dutch
from tests.ui.conftest import TEST_PASSWORD
from ui.common.workers import BackgroundOp
from ui.evidence import importing
from ui.evidence.dialogs import MetadataHistoryDialog
from ui.evidence.viewer import ViewerDialog

from .test_evidence_images import WHATSAPP_EXPORT, instagram_post, phone_screenshot

CASE_TITLE = "Buitengesloten in de klassenapp"
OTHER_TITLE = "Ruzie bij de fietsenstalling"


def held_after_first_progress(gate: threading.Event):  # type: ignore[no-untyped-def]
    """An import that reports its first progress, then waits (in the worker) until the
    test sets `gate`: the test acts while the import is surely under way, no sleeping."""
    real = importing._import_one

    def held(store, case_id, job, progress, cancelled):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress(done, total)
            gate.wait(10)
        return real(store, case_id, job, report, cancelled)

    return held


@pytest.fixture(name="desk")
def desk_fixture(make_window, qtbot, vault: CaseFile, monkeypatch, tmp_path: Path) -> SimpleNamespace:
    """The counsellor's window with one online-bullying case open on its evidence tab."""
    other = vault.cases.create(NewCase(OTHER_TITLE, CaseKind.CONFLICT, date(2026, 11, 18),
                                       ReportedBy.MEDEWERKER, "3A", ""))
    vault.people.add_new_to_case(other.id, "Jesse Visser", Role.PESTER, "3A")
    case = vault.cases.create(NewCase(CASE_TITLE, CaseKind.ONLINE_PESTEN, date(2026, 11, 20),
                                      ReportedBy.LEERLING, "2B", "Groepsapp."))
    vault.people.add_new_to_case(case.id, "Lotte de Boer", Role.GEPESTE, "2B")
    window = make_window()
    window.start(vault)
    window.workspace.show_cases()   # past 'Vandaag', to the cases
    window.show()
    qtbot.waitExposed(window)
    workspace = window.workspace
    assert workspace.case_list.select_case(case.id)
    panel = workspace.detail.evidence
    workspace.detail.tabs.setCurrentWidget(panel)
    assert workspace.detail.tabs.tabText(workspace.detail.tabs.currentIndex()) == "Bewijs"
    messages: list[str] = []
    monkeypatch.setattr("ui.evidence.intake.inform",
                        lambda parent, title, text, **kw: messages.append(text))
    files = tmp_path / "telefoon"
    files.mkdir()
    return SimpleNamespace(window=window, workspace=workspace, panel=panel, case=case,
                           other=other, vault=vault, store=vault.evidence,
                           messages=messages, files=files)


def drop_files(target, paths: list[Path]) -> bool:  # type: ignore[no-untyped-def]
    """Drag the files over `target` and drop them, as the file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return True


def wait_idle(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not panel.queue.busy, timeout=15_000)


def test_drop_many_files_then_view_record_and_verify(desk, qtbot, monkeypatch) -> None:
    panel = desk.panel
    shot = desk.files / "Screenshot_20261122-211430.png"
    shot.write_bytes(phone_screenshot())
    post = desk.files / "IMG_2041.PNG"
    post.write_bytes(instagram_post())
    chat = desk.files / "WhatsApp-chat met Klas 2B.txt"
    chat.write_text(WHATSAPP_EXPORT, encoding="utf-8")
    assert panel.lbl_empty.isVisible()

    # Three files dropped at once on the gallery: all three arrive, in order.
    assert drop_files(panel.gallery.viewport(), [shot, post, chat])
    wait_idle(qtbot, panel)
    model = panel.model
    assert [model.item_at(r).label for r in range(model.rowCount())] == ["B1", "B2", "B3"]
    assert model.item_at(2).kind is EvidenceKind.CHAT
    first = model.item_at(0)
    qtbot.waitUntil(lambda: model.thumbnail(first.id) is not None)
    assert model.thumbnail(first.id).width() <= 320
    assert panel.gallery.isVisible() and not panel.lbl_empty.isVisible()
    assert "Toegevoegd: B1, B2, B3." in panel.lbl_status.text()
    assert desk.messages == []  # nothing to worry about: no dialog

    # Double-click opens the viewer; it shows the picture and zooms.
    opened = []
    monkeypatch.setattr(ViewerDialog, "show_item",
                        lambda parent, vault, item: opened.append(item) or (None, True))
    index = model.index(0, 0)
    QTest.mouseClick(panel.gallery.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.gallery.visualRect(index).center())
    QTest.mouseDClick(panel.gallery.viewport(), Qt.MouseButton.LeftButton,
                      pos=panel.gallery.visualRect(index).center())
    assert [i.id for i in opened] == [first.id]
    viewer = ViewerDialog(panel, desk.vault, first)
    qtbot.addWidget(viewer)
    viewer.show()
    view = viewer.image_view
    qtbot.waitUntil(lambda: view.has_image)
    assert view.fitting and view.scale < 1.0
    viewer.btn_actual.click()
    assert view.scale == 1.0 and view.lbl_image.pixmap().height() == 844
    viewer.btn_zoom_in.click()
    assert view.scale > 1.0
    wheel = QWheelEvent(QPointF(20, 20), QPointF(20, 20), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale == 1.0
    viewer.btn_fit.click()
    assert view.fitting
    viewer.close()

    # The chat opens as a transcript laid out like a conversation.
    chat_viewer = ViewerDialog(panel, desk.vault, model.item_at(2))
    qtbot.addWidget(chat_viewer)
    messages = chat_viewer.transcript.messages
    assert messages.rowCount() == 8
    assert messages.message_at(1).sender == "Noah"
    assert "en die van vorige week ook" in messages.message_at(5).text
    chat_viewer.close()

    # Record what the screenshot shows; a second save keeps the first as a version.
    panel.select_item(first.id)
    details = panel.details
    form = details.form
    assert details.facts.lbl_sha256.toolTip() == first.sha256
    form.cmb_platform.setCurrentText("WhatsApp")
    form.edt_urls.setPlainText("https://chat.whatsapp.com/klas2b")
    form.tbl_accounts.item(0, 0).setText("+31 6 12345678")
    form.tbl_accounts.item(0, 1).setText("Noah")
    qtbot.keyClicks(form.edt_shown_at, "gisteren 21:14")
    form.edt_description.setPlainText("Noah schrijft dat niemand Lotte erbij wil.")
    form.chk_actions[Action.BLOCKED].setChecked(True)
    assert details.btn_save.isEnabled()
    qtbot.mouseClick(details.btn_save, Qt.MouseButton.LeftButton)
    saved = desk.store.get(first.id)
    assert saved.metadata.platform == "WhatsApp"
    assert saved.metadata.accounts[0].display_name == "Noah"
    assert saved.metadata.actions == (Action.BLOCKED,)
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole).startswith(
        "B1 Noah schrijft dat niemand")
    form.edt_description.setPlainText("Noah en Sem schrijven dat niemand Lotte erbij wil.")
    qtbot.mouseClick(details.btn_save, Qt.MouseButton.LeftButton)
    history = desk.store.metadata_history(first.id)
    assert [v.version for v in history] == [1, 2, 3]
    assert history[1].metadata.description.startswith("Noah schrijft")
    assert details.btn_history.text() == "Eerdere versies (3)"
    shown = []
    monkeypatch.setattr(MetadataHistoryDialog, "show_history",
                        lambda parent, item, versions: shown.append(versions) or (None, True))
    details.btn_history.click()
    assert len(shown[0]) == 3
    dialog = MetadataHistoryDialog(None, saved, history)
    qtbot.addWidget(dialog)
    assert "Versie 2" in " ".join(w.text() for w in dialog.findChildren(type(details.lbl_title)))

    # A web address with a space is refused with a clear message; nothing is stored.
    form.edt_urls.setPlainText("https://example.org/a b")
    details.btn_save.click()
    assert details.lbl_error.isVisible() and "spatie" in details.lbl_error.text()
    assert len(desk.store.metadata_history(first.id)) == 3
    details.btn_revert.click()

    # "Check vault" re-hashes the evidence in the background and finds it intact.
    reports: list[str] = []
    monkeypatch.setattr("ui.shell.main_window.inform",
                        lambda parent, title, text, **kw: reports.append(text))
    desk.window.act_verify.trigger()
    qtbot.waitUntil(lambda: desk.window.last_verify_report is not None, timeout=15_000)
    report = desk.window.last_verify_report
    assert report.ok and any(dutch(c).startswith("bewijsstukken (3") for c in report.checked)
    assert reports[0].startswith("Alles is in orde.")


def test_paste_a_screenshot_with_ctrl_v(desk, qtbot, monkeypatch) -> None:
    panel = desk.panel
    image = QImage.fromData(phone_screenshot(seed=1))
    QApplication.clipboard().setImage(image)
    panel.gallery.setFocus()
    QTest.keyClick(panel.gallery, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, panel)
    assert panel.model.rowCount() == 1
    item = panel.model.item_at(0)
    assert item.source is EvidenceSource.CLIPBOARD and item.kind is EvidenceKind.SCREENSHOT
    assert item.original_name.startswith("Geplakt ") and item.original_name.endswith(".png")
    assert (item.width, item.height) == (390, 844)
    qtbot.waitUntil(lambda: panel.model.thumbnail(item.id) is not None)

    # "Export..." writes the original bytes where the counsellor chooses.
    target = desk.files / "export" / "kopie.png"
    target.parent.mkdir()
    monkeypatch.setattr("ui.common.file_dialogs.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(panel.details.btn_export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Geëxporteerd naar" in panel.lbl_status.text(), timeout=10_000)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == item.sha256
    assert [p.name for p in target.parent.iterdir()] == ["kopie.png"]
    exported = AuditLog.entries(desk.vault._gateway.conn, object_id=item.id,
                                action_prefix="evidence.exported")
    assert exported and exported[0].details["sha256"] == item.sha256

    # Nothing on the clipboard: a calm hint, nothing stored.
    QApplication.clipboard().clear()
    panel.paste()
    assert "geen afbeelding op het klembord" in panel.lbl_status.text()
    assert panel.model.rowCount() == 1


def test_duplicates_and_bad_input_are_reported_and_lose_nothing(desk, qtbot) -> None:
    panel = desk.panel
    shot = desk.files / "schermafbeelding Zoë 🙁.png"  # any Unicode in a file name
    shot.write_bytes(phone_screenshot())
    copy = desk.files / "kopie van schermafbeelding.png"
    copy.write_bytes(shot.read_bytes())
    empty = desk.files / "leeg.jpg"
    empty.write_bytes(b"")
    damaged = desk.files / "kapot.png"
    damaged.write_bytes(phone_screenshot(seed=2)[:4000])
    missing = desk.files / "weg.png"
    odd = desk.files / "notitie.txt"
    odd.write_text("Geen chat, gewoon een notitie van de leerling.", encoding="utf-8")

    assert drop_files(panel, [shot])
    wait_idle(qtbot, panel)
    assert drop_files(panel, [copy, empty, damaged, missing])
    wait_idle(qtbot, panel)
    labels = [panel.model.item_at(r).label for r in range(panel.model.rowCount())]
    assert labels == ["B1", "B2"]  # the copy was not stored twice; empty/missing refused
    text = desk.messages[-1]
    assert "kopie van schermafbeelding.png zit al in deze melding als B1" in text
    assert "leeg.jpg: 'leeg.jpg' is leeg (0 bytes)" in text
    assert "weg.png: Het bestand 'weg.png' bestaat niet (meer)." in text
    assert "B2 (kapot.png): De afbeelding is beschadigd" in text
    assert panel.model.item_at(0).original_name == "schermafbeelding Zoë 🙁.png"
    damaged_item = panel.model.item_at(1)
    assert damaged_item.kind is EvidenceKind.DOCUMENT
    assert panel.selected_item().id == damaged_item.id

    # A duplicate alone selects the existing item.
    panel.select_item(damaged_item.id)
    assert drop_files(panel, [copy])
    wait_idle(qtbot, panel)
    assert panel.selected_item().label == "B1"

    # A file that is not a WhatsApp export, imported as one, is kept as a document.
    panel.import_paths([odd], chat=True)
    wait_idle(qtbot, panel)
    kept = panel.model.item_at(2)
    assert kept.kind is EvidenceKind.DOCUMENT and kept.warnings[0].code == "evidence.not_a_chat"
    assert "geen WhatsApp-export" in desk.messages[-1]


def test_cancel_leaves_no_item(desk, qtbot, monkeypatch) -> None:
    panel = desk.panel
    video = desk.files / "opname.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * (24 * 4096))
    gate = threading.Event()
    monkeypatch.setattr(importing, "_import_one", held_after_first_progress(gate))
    panel.import_paths([video])
    qtbot.waitUntil(lambda: panel.toolbar.bar_progress.value() > 0, timeout=10_000)
    assert panel.toolbar.btn_cancel.isVisible()
    assert "opname.mp4" in panel.toolbar.lbl_progress.text()
    qtbot.mouseClick(panel.toolbar.btn_cancel, Qt.MouseButton.LeftButton)
    gate.set()  # the worker goes on, sees the cancel and keeps nothing
    wait_idle(qtbot, panel)
    assert panel.model.rowCount() == 0
    assert desk.store.list_for_case(desk.case.id) == []
    assert "afgebroken" in panel.lbl_status.text()
    assert not panel.toolbar.btn_cancel.isVisible()


def test_too_large_file_gets_a_clear_message(desk, qtbot) -> None:
    desk.store.set_max_import_bytes(1024 * 1024)
    big = desk.files / "video.mov"
    big.write_bytes(b"x" * (1024 * 1024 + 10))
    desk.panel.import_paths([big])
    wait_idle(qtbot, desk.panel)
    assert desk.panel.model.rowCount() == 0
    assert "te groot" in desk.messages[-1]


def test_verify_reports_a_changed_item_by_name(desk, qtbot, monkeypatch) -> None:
    problem = ("Bewijs: bewijsstuk B1 van 2026-002 is veranderd sinds het importeren "
               "(de SHA-256 klopt niet meer).")
    found = Message("verify.evidence_changed", item="B1", case="2026-002")
    monkeypatch.setattr("app.verify._CHECKERS", [lambda vault, progress, cancel: CheckResult(
        Message("verify.checked_evidence_unreadable"), [found])])
    reports: list[str] = []
    monkeypatch.setattr("ui.shell.main_window.inform",
                        lambda parent, title, text, **kw: reports.append(text))
    desk.window.act_verify.trigger()
    assert desk.window.dlg_verify.isVisible()
    qtbot.waitUntil(lambda: desk.window.last_verify_report is not None, timeout=15_000)
    assert not desk.window.last_verify_report.ok
    assert f"• {problem}" in reports[0]
    assert "• bewijsstukken: problemen: 1\n" in reports[0]   # the summary per check


def test_switching_case_lets_the_import_finish_for_its_own_case(desk, qtbot,
                                                                monkeypatch) -> None:
    panel = desk.panel
    shot = desk.files / "shot.png"
    shot.write_bytes(phone_screenshot())
    real = importing._import_one
    gate = threading.Event()

    def held(store, case_id, job, progress, cancelled):  # type: ignore[no-untyped-def]
        gate.wait(10)  # until the counsellor has switched case
        return real(store, case_id, job, progress, cancelled)

    monkeypatch.setattr(importing, "_import_one", held)
    assert drop_files(panel, [shot])
    assert desk.workspace.case_list.select_case(desk.other.id)
    assert panel.case_id == desk.other.id
    gate.set()
    wait_idle(qtbot, panel)
    assert panel.model.rowCount() == 0  # the other case shows none of it
    assert [i.original_name for i in desk.store.list_for_case(desk.case.id)] == ["shot.png"]
    assert panel.lbl_status.text() == f"Melding {desk.case.reference}:\nToegevoegd: B1."


def test_lock_during_an_import_stores_nothing_half(desk, qtbot, monkeypatch, vault_path) -> None:
    panel = desk.panel
    video = desk.files / "opname.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * (16 * 4096))
    gate = threading.Event()
    monkeypatch.setattr(importing, "_import_one", held_after_first_progress(gate))
    panel.import_paths([video])
    qtbot.waitUntil(lambda: panel.toolbar.bar_progress.value() > 0, timeout=10_000)
    desk.window.act_lock.trigger()
    gate.set()  # the worker goes on after the lock and must keep nothing
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: not BackgroundOp._running)  # no op left behind by the tab
    with CaseFile.open(vault_path, TEST_PASSWORD) as reopened:
        assert reopened.evidence.list_for_case(desk.case.id) == []


def test_every_evidence_screen_speaks_dutch(desk, qtbot) -> None:
    from tests.ui.shell.test_i18n import _assert_dutch
    from ui.evidence.dialogs import DescribeDialog, LinkDialog
    from ui.evidence.privacy import LeavePrivacyDialog
    from ui.evidence.session import CollectionSession

    panel = desk.panel
    chat = desk.files / "WhatsApp-chat met Klas 2B.txt"
    chat.write_text(WHATSAPP_EXPORT, encoding="utf-8")
    shot = desk.files / "shot.png"
    shot.write_bytes(phone_screenshot())
    assert drop_files(panel, [shot, chat])
    wait_idle(qtbot, panel)
    _assert_dutch(desk.window, "evidence tab")
    image, chat_item = panel.model.item_at(0), panel.model.item_at(1)
    screens = [
        ("viewer", ViewerDialog(None, desk.vault, image)),
        ("transcript", ViewerDialog(None, desk.vault, chat_item)),
        ("history", MetadataHistoryDialog(None, image, desk.store.metadata_history(image.id))),
        ("describe", DescribeDialog(None)),
        ("convert", DescribeDialog(None, converting=image)),
        ("link", LinkDialog(None, "Koppelen", [(1, "Gesprek")], "Hoe?")),
        ("leave privacy", LeavePrivacyDialog(None)),
        ("session", CollectionSession(panel, desk.vault, desk.case.id)),
    ]
    for what, dialog in screens:
        qtbot.addWidget(dialog)
        _assert_dutch(dialog, what)
        dialog.close()
