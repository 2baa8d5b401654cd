"""The guided session asks the details of each item: platform (detected for a chat
export, suggested from the previous item and confirmed), the accounts shown (from the
case's list, or added to it), web address, time shown, what was done afterwards and the
student's own account; who was there and the device once. The police manifest carries
all of it. The window fits a 1366x768 laptop."""

from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from app.dossier.selection import DossierRequest
from app.evidence import Action
from ui.cases.accounts_dialog import AccountsDialog
from ui.evidence.session import CollectionSession
from ui.shell import window_fit

from .test_evidence import desk_fixture, drop_files, wait_idle  # noqa: F401
from .test_evidence_images import WHATSAPP_EXPORT, instagram_post, phone_screenshot

LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 minus a 40 px taskbar


def _tick(session: CollectionSession, text: str) -> None:
    accounts = session.form.lst_accounts
    found = [accounts.item(r) for r in range(accounts.count())
             if accounts.item(r).text().startswith(text)]
    assert len(found) == 1, [accounts.item(r).text() for r in range(accounts.count())]
    found[0].setCheckState(Qt.CheckState.Checked)


def _add(desk, qtbot, session: CollectionSession, name: str, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = desk.files / name
    path.write_bytes(data)
    assert drop_files(desk.panel, [path])
    wait_idle(qtbot, desk.panel)
    assert session.form.item is not None and session.form.item.original_name == name


def _collect_three(desk, qtbot, session: CollectionSession) -> None:  # type: ignore[no-untyped-def]
    form = session.form
    session.edt_student.setText("Lotte")
    session.edt_device.setText("telefoon van Lotte")
    _add(desk, qtbot, session, "WhatsApp-chat met Klas 2B.txt", WHATSAPP_EXPORT.encode())
    assert form.cmb_platform.currentText() == "WhatsApp" and form.lbl_hint.isVisible()
    assert session.items[0].metadata.platform == "WhatsApp"  # detected: stored at once
    form.edt_shown_at.setText("22-11-2026 20:58 tot 23-11 07:45")
    form.chk_actions[Action.BLOCKED].setChecked(True)
    qtbot.mouseClick(form.btn_save, Qt.MouseButton.LeftButton)

    _add(desk, qtbot, session, "dm.png", phone_screenshot(title="nachtuil"))
    assert form.cmb_platform.currentText() == "WhatsApp"  # suggested, not yet stored
    assert session.items[1].metadata.platform == ""
    assert "•" in session.lst_items.item(1).text()
    form.cmb_platform.setCurrentText("Instagram")
    _tick(session, "@nachtuil")
    form.edt_handle.setText("@vos.123")
    form.edt_display.setText("Vos")
    qtbot.mouseClick(form.btn_add_account, Qt.MouseButton.LeftButton)
    form.edt_url.setText("https://instagram.com/direct/t/42")
    form.edt_shown_at.setText("vrijdag rond 22:10")
    form.chk_actions[Action.REPORTED_TO_PLATFORM].setChecked(True)
    form.chk_actions[Action.REMOVAL_REQUESTED].setChecked(True)
    form.edt_story.setPlainText("Na de gymles stuurde nachtuil dit bericht.")
    qtbot.mouseClick(form.btn_save, Qt.MouseButton.LeftButton)
    assert "✓" in session.lst_items.item(1).text()

    _add(desk, qtbot, session, "post.png", instagram_post())
    assert form.cmb_platform.currentText() == "Instagram"  # the previous item's
    form.cmb_platform.setCurrentText("TikTok")
    form.edt_shown_at.setText("2 dagen geleden")
    qtbot.mouseClick(form.btn_save, Qt.MouseButton.LeftButton)


@pytest.mark.slow  # ~4 s: three imports through the window and the police PDF rendered
def test_three_items_each_with_its_details_and_the_police_manifest(
        desk, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vault, case_id = desk.vault, desk.case.id
    lotte = vault.people.for_case(case_id)[0].person
    vault.accounts.add(case_id, "Instagram", "nachtuil", display_name="Uil",
                       url="https://instagram.com/nachtuil")
    monkeypatch.setattr("ui.evidence.session.inform", lambda *a, **k: None)
    qtbot.mouseClick(desk.panel.toolbar.btn_session, Qt.MouseButton.LeftButton)
    session = desk.panel.session
    _collect_three(desk, qtbot, session)
    qtbot.mouseClick(session.btn_finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.panel.session is None)

    chat, dm, post = vault.evidence.list_for_case(case_id)
    assert [i.metadata.platform for i in (chat, dm, post)] == ["WhatsApp", "Instagram",
                                                                "TikTok"]
    for item in (chat, dm, post):
        assert (item.metadata.collected_with, item.metadata.device) == (
            "Lotte", "telefoon van Lotte")
    assert chat.metadata.actions == (Action.BLOCKED,)
    m = dm.metadata
    assert [(a.handle, a.display_name, a.platform) for a in m.accounts] == [
        ("@nachtuil", "Uil", "Instagram"), ("@vos.123", "Vos", "Instagram")]
    assert (m.urls, m.shown_at, m.actions) == (
        ("https://instagram.com/direct/t/42",), "vrijdag rond 22:10",
        (Action.REPORTED_TO_PLATFORM, Action.REMOVAL_REQUESTED))
    assert m.student_account == "Na de gymles stuurde nachtuil dit bericht."
    assert (post.metadata.shown_at, post.metadata.accounts) == ("2 dagen geleden", ())
    assert [a.handle for a in vault.accounts.list(case_id)] == ["nachtuil", "vos.123"]
    vault.accounts.update(vault.accounts.list(case_id)[0].id, "Instagram", "nachtuil",
                          display_name="Uil", url="https://instagram.com/nachtuil",
                          person_id=lotte.id)

    out = tmp_path / "pakket.zip"
    assert vault.handover.export_package(case_id, DossierRequest("police", "wijkagent"), out)
    with zipfile.ZipFile(out) as zf:
        rows = {r["bewijsstuk"]: r for r in json.loads(zf.read("manifest.json"))["bestanden"]}
        table = list(csv.DictReader(io.StringIO(zf.read("manifest.csv").decode("utf-8-sig")),
                                    delimiter=";"))
    assert [rows[b]["platform"] for b in ("B1", "B2", "B3")] == ["WhatsApp", "Instagram",
                                                                 "TikTok"]
    b2 = rows["B2"]
    assert (b2["samen_met"], b2["apparaat"], b2["tijd_zoals_getoond"]) == (
        "Lotte", "telefoon van Lotte", "vrijdag rond 22:10")
    assert b2["internetadressen"] == ["https://instagram.com/direct/t/42"]
    assert b2["accounts"] == [
        {"handle": "@nachtuil", "naam": "Uil", "platform": "Instagram",
         "profiel_url": "https://instagram.com/nachtuil", "persoon": lotte.name},
        {"handle": "@vos.123", "naam": "Vos", "platform": "Instagram", "profiel_url": "",
         "persoon": "onbekend"}]
    assert b2["acties"] == ["Gemeld bij het platform", "Verzoek tot verwijdering gedaan"]
    assert b2["verhaal_leerling"] == "Na de gymles stuurde nachtuil dit bericht."
    by_label = {r["bewijsstuk"]: r for r in table}
    assert by_label["B2"]["verhaal_leerling"] == b2["verhaal_leerling"]
    assert "https://instagram.com/nachtuil" in by_label["B2"]["accounts"]
    for column in ("platform", "samen_met", "apparaat", "tijd_zoals_getoond"):
        assert all(r[column] for r in table), column


def test_session_window_fits_a_1366x768_laptop(desk, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window_fit, "available_area", lambda window: LAPTOP)
    session = CollectionSession(desk.panel, desk.vault, desk.case.id)
    qtbot.addWidget(session)
    session.show()
    qtbot.waitExposed(session)
    room = window_fit.FRAME_ALLOWANCE
    assert session.width() + room.width() <= LAPTOP.width()
    assert session.height() + room.height() <= LAPTOP.height()
    shot = desk.files / "a.png"
    shot.write_bytes(phone_screenshot())
    session.add_items([desk.vault.evidence.import_file(desk.case.id, shot)])
    inside = session.rect()
    for button in (session.btn_finish, session.btn_close, session.form.btn_save,
                   session.form.btn_add_account, session.btn_files, session.btn_chat):
        assert button.isVisible()
        corners = (button.mapTo(session, QPoint(0, 0)),
                   button.mapTo(session, QPoint(button.width() - 1, button.height() - 1)))
        assert all(inside.contains(c) for c in corners), button.text()
    session.done(0)


HANDLE_CANARY = "kanarie.handle.5e7d"
LIST_CANARY = "kanarie.lijst.91c2"


def _files_with(folder: Path, needle: str, skip: Path) -> list[str]:
    patterns = [needle.encode(enc) for enc in ("utf-8", "utf-16-le")]
    return [str(p.relative_to(folder)) for p in folder.rglob("*")
            if p.is_file() and skip not in p.parents
            and any(pattern in p.read_bytes() for pattern in patterns)]


def test_account_handles_never_reach_a_file_outside_an_export(
        desk, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr("ui.evidence.session.inform", lambda *a, **k: None)
    dialog = AccountsDialog(desk.vault, desk.case.id)
    qtbot.addWidget(dialog)
    dialog.edt_handle.setText(LIST_CANARY)
    qtbot.mouseClick(dialog.btn_add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(desk.panel.toolbar.btn_session, Qt.MouseButton.LeftButton)
    session = desk.panel.session
    session.edt_student.setText("Lotte")
    _add(desk, qtbot, session, "dm.png", phone_screenshot())
    session.form.cmb_platform.setCurrentText("Snapchat")
    session.form.edt_handle.setText(HANDLE_CANARY)
    qtbot.mouseClick(session.form.btn_add_account, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(session.form.btn_save, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(session.btn_finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.panel.session is None)
    exports = tmp_path / "export"
    exports.mkdir()
    desk.vault.handover.export_package(desk.case.id, DossierRequest("police", "wijkagent"),
                                       exports / "pakket.zip")
    desk.window.lock()
    with zipfile.ZipFile(exports / "pakket.zip") as zf:
        manifest = zf.read("manifest.json").decode("utf-8")
    assert f"@{HANDLE_CANARY}" in manifest  # the export is where it may be
    for canary in (HANDLE_CANARY, LIST_CANARY):
        assert _files_with(tmp_path, canary, exports) == [], canary
