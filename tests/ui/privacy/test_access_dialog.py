"""The "Access request..." dialog: find the person (told apart by case), the age rule,
record the request, export the overview on a worker; and 'te doen' opens it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from app.casefile import CaseFile
from app.casework import TodoKind
from app.domain import Requester
from tests.core.access.conftest import OTHERS, SUBJECT, WORK_CANARY, build_world
from tests.ui.conftest import wait_for_background_work
from ui.privacy.access_dialog import AccessRequestDialog


def _rows(dialog: AccessRequestDialog) -> list[str]:
    return [dialog.lst_people.item(i).text() for i in range(dialog.lst_people.count())]


def test_pick_record_and_export(qtbot, dutch, vault: CaseFile, tmp_path: Path) -> None:
    world = build_world(vault)
    dialog = AccessRequestDialog(None, vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edt_search, "Pijnacker")
    assert _rows(dialog) == ["Ilse Pijnacker · 2026-001 ouder/verzorger",
                             "Yara Pijnacker (3A) · 2026-001 gepeste leerling, 2026-002 getuige"]
    dialog.select_person(world.subject_id)
    assert not dialog.chk_born.isChecked() and dialog.requested_by() is None
    assert "Geboortedatum onbekend" in dialog.lbl_rule.text()
    assert not dialog.btn_export.isEnabled()
    dialog.dte_received.setDate(QDate(2026, 11, 2))
    dialog.record()
    assert "geboortedatum van Yara Pijnacker is niet bekend" in dialog.lbl_state.text()
    dialog.chk_born.setChecked(True)
    dialog.dte_born.setDate(QDate(2010, 11, 3))                    # 15 on 2 November
    assert dialog.requested_by() is Requester.OUDER
    assert "15 jaar" in dialog.lbl_rule.text() and "2 december 2026" in dialog.lbl_rule.text()
    request = dialog.record()
    assert request is not None and request.requested_by is Requester.OUDER
    assert vault.people.get(world.subject_id).born_on == date(2010, 11, 3)
    assert dialog.lbl_state.text() == ("Open verzoek, ontvangen 2 november 2026: antwoorden "
                                       "vóór 2 december 2026.")
    assert dialog.btn_export.isEnabled()
    dialog.show()
    dialog.grab().save(str(tmp_path / "access-dialog.png"))
    assert dialog.height() <= 768 and dialog.width() <= 1366
    out = tmp_path / "inzage.pdf"
    dialog.export_to(str(out))
    assert not dialog.btn_export.isEnabled()                          # busy
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20_000)
    wait_for_background_work()
    assert out.exists() and "beantwoord" in dialog.lbl_state.text()
    assert vault.access_requests.get(request.id).answered_on == date(2026, 11, 22)
    assert not dialog.btn_export.isEnabled()                          # nothing open now
    from app.dossier.pdf_text import page_texts

    text = " ".join(page_texts(out.read_bytes()))
    assert SUBJECT in text and WORK_CANARY not in text
    assert [n for n in OTHERS if n in text] == []


def test_te_doen_opens_the_dialog_on_the_person(make_window, qtbot, monkeypatch,
                                                vault: CaseFile) -> None:
    world = build_world(vault)
    request = vault.access_requests.record(world.subject_id, date(2026, 11, 2), Requester.OUDER)
    window = make_window()
    window.start(vault)
    assert window.act_access.text() == "Inzageverzoek..."
    home = window.workspace.show_todo()
    todo = home.week_model    # due later than today: under 'coming up'
    qtbot.waitUntil(lambda: todo.rowCount() > 0, timeout=10_000)
    rows = [todo.item_at(r) for r in range(todo.rowCount())]
    [row] = [i for i, item in enumerate(rows) if item.kind is TodoKind.ACCESS]
    assert todo.index(row, 3).data() == \
        f"Inzageverzoek: Inzageverzoek over {SUBJECT} beantwoorden (ontvangen 2 november 2026)"
    shown: list[int | None] = []
    monkeypatch.setattr(AccessRequestDialog, "exec", lambda self: shown.append(
        self.selected().person.id if self.selected() else None))
    home.tbl_week.clicked.emit(todo.index(row, 0))
    assert shown == [world.subject_id]
    assert request.is_open
