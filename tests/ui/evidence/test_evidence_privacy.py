"""The student at the desk: privacy mode, describe-never-store, screen capture, the
guided session, locking, and a canary: evidence bytes never reach a file on disk."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.evidence import Circulation, EvidenceKind, EvidenceSource
from tests.ui.conftest import TEST_PASSWORD
from tests.ui.helpers import visible_texts
from ui.cases.case_dialog import CaseDialog
from ui.common.confirm import Confirm
from ui.evidence import privacy
from ui.evidence.dialogs import DescribeDialog
from ui.evidence.model import EvidenceListModel
from ui.evidence.privacy import LeavePrivacyDialog
from ui.evidence.viewer import ViewerDialog

from .test_evidence import (
    CASE_TITLE,
    OTHER_TITLE,
    desk_fixture,  # noqa: F401  (the same window fixture)
    drop_files,
    wait_idle,
)
from .test_evidence_images import phone_screenshot

MARKER = "CANARY-7f3a9c-BEWIJS-LOTTE"


def test_privacy_mode_shows_only_this_cases_evidence(desk, qtbot, monkeypatch) -> None:
    window, workspace, panel = desk.window, desk.workspace, desk.panel
    shot = desk.files / "shot.png"
    shot.write_bytes(phone_screenshot())
    assert drop_files(panel, [shot])
    wait_idle(qtbot, panel)
    texts = visible_texts(window)
    assert any(OTHER_TITLE in t for t in texts)  # before: the case list is on screen

    qtbot.mouseClick(panel.toolbar.btn_privacy, Qt.MouseButton.LeftButton)
    assert workspace.privacy.active
    assert not workspace.case_list.isVisible() and not workspace.detail.tabs.isVisible()
    assert panel.isVisible() and panel.gallery.isVisible()
    texts = "\n".join(visible_texts(window))
    for secret in (OTHER_TITLE, "Jesse Visser", CASE_TITLE, "Lotte de Boer", "Groepsapp."):
        assert secret not in texts, secret
    assert window.windowTitle() == "Bewijs verzamelen"  # shown as "... — Pestdossier"
    assert not panel.details.links.isVisible()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()

    # Shortcuts that would reveal data do nothing; lock stays (it reveals nothing).
    asked: list[object] = []
    monkeypatch.setattr(CaseDialog, "get_case", lambda *a, **k: asked.append(a) or (None, False))
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and not workspace.case_list.edt_search.hasFocus()
    assert not window.act_new_case.isEnabled() and not window.act_verify.isEnabled()
    assert not window.act_find.isEnabled()
    assert window.act_lock.isEnabled() and window.act_privacy.isEnabled()

    # Leaving needs the password: a wrong one keeps privacy mode on.
    told: list[str] = []
    monkeypatch.setattr(privacy, "inform", lambda parent, title, text, **kw: told.append(text))
    monkeypatch.setattr(LeavePrivacyDialog, "get_password",
                        lambda parent: ("niet het wachtwoord", True))
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "wachtwoord" in told[0].lower() and "blijft aan" in told[0]
    assert workspace.privacy.active and not workspace.case_list.isVisible()

    monkeypatch.setattr(LeavePrivacyDialog, "get_password", lambda parent: (TEST_PASSWORD, True))
    qtbot.mouseClick(workspace.privacy.page.btn_leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not workspace.privacy.active, timeout=10_000)
    assert workspace.case_list.isVisible()
    assert workspace.detail.tabs.currentWidget() is panel
    assert window.windowTitle() == "Pestdossier"
    assert window.act_new_case.isEnabled() and window.menuBar().isVisible()
    assert panel.details.links.isVisible()


def test_lock_in_privacy_mode_drops_every_evidence_model(desk, qtbot) -> None:
    window, panel = desk.window, desk.panel
    shot = desk.files / "shot.png"
    shot.write_bytes(phone_screenshot())
    assert drop_files(panel, [shot])
    wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: not panel.model.needs_thumbnail())
    window.act_privacy.trigger()
    window.act_lock.trigger()
    assert window.vault is None and window.workspace is None
    assert window.windowTitle() == "Pestdossier" and not window.act_privacy.isEnabled()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(EvidenceListModel) == []
    assert not [t for t in visible_texts(window) if "shot.png" in t]


def test_describe_only_never_stores_the_image(desk, qtbot, monkeypatch) -> None:
    panel, store = desk.panel, desk.store
    monkeypatch.setattr(DescribeDialog, "get_description", lambda *a, **k: ((
        "Naaktfoto van een meisje uit 2B, gezicht herkenbaar.",
        Circulation(where="Snapchat", groups=("Klas 2B", "2B jongens"), first_sender="Noah",
                    first_seen="vrijdag rond 22:00", estimated_reach="ongeveer 40"),
        "Lotte"), True))
    qtbot.mouseClick(panel.toolbar.btn_describe, Qt.MouseButton.LeftButton)
    item = panel.model.item_at(0)
    assert item.kind is EvidenceKind.DESCRIBED_ONLY and item.sha256 is None
    assert item.metadata.circulation.groups == ("Klas 2B", "2B jongens")
    assert item.metadata.collected_with == "Lotte"
    assert not item.has_bytes and not panel.details.btn_export.isVisible()
    assert "geen beeld opgeslagen" in panel.lbl_status.text()
    viewer = ViewerDialog(panel, desk.vault, item)
    qtbot.addWidget(viewer)
    assert any("Helpwanted" in t for t in visible_texts(viewer) + [
        w.text() for w in viewer.findChildren(type(panel.lbl_status))])

    # An image imported before it was recognised is converted: bytes and thumbnail go.
    shot = desk.files / "foto.png"
    shot.write_bytes(phone_screenshot(seed=2))
    assert drop_files(panel, [shot])
    wait_idle(qtbot, panel)
    imported = panel.model.item_at(1)
    qtbot.waitUntil(lambda: panel.model.thumbnail(imported.id) is not None)
    monkeypatch.setattr(Confirm, "ask", lambda *a: (True, True))
    panel.select_item(imported.id)
    qtbot.mouseClick(panel.details.btn_convert, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.item_at(1).kind is EvidenceKind.DESCRIBED_ONLY,
                    timeout=15_000)
    assert panel.model.thumbnail(imported.id) is None
    assert store.thumbnail(imported.id) is None
    assert store.get(imported.id).bytes_destroyed_at is not None
    assert "vernietigd" in panel.lbl_status.text()


def _known_screen() -> QPixmap:
    picture = QPixmap(800, 600)
    picture.fill(QColor("#204060"))
    painter = QPainter(picture)
    painter.fillRect(100, 100, 200, 150, QColor("#f0c040"))
    painter.end()
    return picture


def test_screen_capture_whole_region_and_escape(desk, qtbot, monkeypatch) -> None:
    window, panel = desk.window, desk.panel
    monkeypatch.setattr(QScreen, "grabWindow", lambda self, *args: _known_screen())

    panel.toolbar.act_capture_whole.trigger()
    assert not window.isVisible()  # the app gets out of the way
    qtbot.waitUntil(lambda: window.isVisible() and panel.model.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, panel)
    item = panel.model.item_at(0)
    assert item.source is EvidenceSource.SCREEN_CAPTURE
    assert (item.width, item.height) == (800, 600)
    assert item.file_modified_at is not None  # the capture time
    assert item.original_name.startswith("Schermafbeelding ")

    panel.toolbar.act_capture_region.trigger()
    qtbot.waitUntil(lambda: panel.capture is not None and panel.capture.overlay is not None,
                    timeout=10_000)
    overlay = panel.capture.overlay
    qtbot.waitExposed(overlay)
    QTest.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    QTest.mouseMove(overlay, QPoint(200, 180))
    QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 250))
    qtbot.waitUntil(lambda: window.isVisible() and panel.model.rowCount() == 2, timeout=10_000)
    wait_idle(qtbot, panel)
    assert (panel.model.item_at(1).width, panel.model.item_at(1).height) == (200, 150)

    panel.toolbar.act_capture_region.trigger()
    qtbot.waitUntil(lambda: panel.capture is not None and panel.capture.overlay is not None,
                    timeout=10_000)
    QTest.keyClick(panel.capture.overlay, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.isVisible() and panel.capture is None, timeout=5_000)
    assert panel.model.rowCount() == 2
    assert "afgebroken" in panel.lbl_status.text()


def test_collection_session_records_one_timeline_entry(desk, qtbot, monkeypatch) -> None:
    panel = desk.panel
    monkeypatch.setattr("ui.evidence.session.inform", lambda *a, **k: None)
    qtbot.mouseClick(panel.toolbar.btn_session, Qt.MouseButton.LeftButton)
    session = panel.session
    assert session is not None and session.isVisible()
    session.edt_student.setText("Lotte")
    session.edt_what.setPlainText("Een roast-account plaatst foto's van Lotte.")
    session.chk_advice[0].setChecked(True)
    session.chk_advice[2].setChecked(True)
    shot = desk.files / "post.png"
    shot.write_bytes(phone_screenshot())
    assert drop_files(panel, [shot])
    wait_idle(qtbot, panel)
    assert [i.label for i in session.items] == ["B1"]
    # the platform is asked per item, in the form of the item just added
    session.cmb_platform.setCurrentText("Instagram")
    assert "@naam" in session.lbl_tips.text()
    qtbot.mouseClick(session.form.btn_save, Qt.MouseButton.LeftButton)
    item = panel.model.item_at(0)
    assert item.metadata.platform == "Instagram" and item.metadata.collected_with == "Lotte"
    qtbot.mouseClick(session.btn_finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.session is None)
    entries = desk.vault.timeline.for_case(desk.case.id)
    assert len(entries) == 1
    assert "Aanwezig: Test, Lotte" in entries[0].text
    assert "Bewaar alles" in entries[0].text and "roast-account" in entries[0].text
    assert [i.id for i in desk.store.items_for_entry(entries[0].id)] == [item.id]
    assert desk.workspace.detail.timeline.model.rowCount() == 1


def test_canary_no_evidence_bytes_on_disk(desk, qtbot, monkeypatch, tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    source_dir = Path(tempfile.mkdtemp(prefix="bron-", dir=tmp_path.parent))
    source = source_dir / "geheim.png"
    data = phone_screenshot(MARKER)
    source.write_bytes(data)
    panel = desk.panel
    assert drop_files(panel, [source])
    wait_idle(qtbot, panel)
    item = panel.model.item_at(0)
    qtbot.waitUntil(lambda: panel.model.thumbnail(item.id) is not None)
    viewer = ViewerDialog(panel, desk.vault, item)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.image_view.has_image)
    viewer.close()
    desk.window.act_lock.trigger()
    found = [p for p in tmp_path.rglob("*") if p.is_file() and MARKER.encode() in p.read_bytes()]
    assert found == []
    assert MARKER.encode() in source.read_bytes()  # the marker is really in the file
    source.unlink()
    source_dir.rmdir()


def test_leave_dialog_focuses_the_password_and_enter_submits(qtbot, dutch) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []

    def type_and_enter() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, LeavePrivacyDialog) and w.isVisible())
        focused = dialog.focusWidget()
        seen.append(focused is dialog.edt_password)
        if focused is None:
            dialog.reject()
            return
        QTest.keyClicks(focused, TEST_PASSWORD)
        QTest.keyClick(focused, Qt.Key.Key_Return)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, type_and_enter)
    password, accepted = LeavePrivacyDialog.get_password(None)
    assert seen == [True]
    assert (password, accepted) == (TEST_PASSWORD, True)
