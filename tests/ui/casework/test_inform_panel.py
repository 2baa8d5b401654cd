"""The 'Informeren' tab: the protocol's items per step, recording one as done (with the
parent contact on the timeline), deliberately not, back to to do, and its letter."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.inform import InformState
from app.timeutil import AMSTERDAM
from ui.casework.dialogs import ReasonDialog
from ui.casework.extension import CaseWorkExtension
from ui.casework.inform_panel import IN_COL_STATE, IN_COL_WHEN, InformDialog, InformPanel
from ui.handover.letters_dialog import LettersDialog

SHOTS = Path(__file__).resolve().parents[3] / "build" / "shots"


@pytest.fixture
def zes_case(vault: CaseFile) -> int:
    case = vault.cases.create(NewCase("Groepsapp", CaseKind.ONLINE_PESTEN, date(2026, 11, 2),
                                      group_name="2b"))
    for name, role in (("Fenna Verbeek", Role.GEPESTE), ("Daan Visser", Role.PESTER)):
        vault.people.add_new_to_case(case.id, name, role, "2b")
    work = vault.casework
    work.protocols.choose(case.id, "zesstappenplan")
    work.record_step(case.id, "signaleren", datetime(2026, 11, 2, 10, tzinfo=AMSTERDAM))
    work.record_step(case.id, "gesprek_gepeste", datetime(2026, 11, 4, 10, tzinfo=AMSTERDAM))
    return case.id


def test_inform_tab_records_done_not_and_reopen(qtbot, dutch, vault: CaseFile, zes_case: int,
                                                monkeypatch) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    extension = CaseWorkExtension(vault, host)
    extension.set_case(zes_case)
    panel: InformPanel = extension.inform
    panel.resize(1000, 420)
    model = panel.model
    assert [model.line_at(r).item.id for r in range(model.rowCount())] == [
        "wijkagent", "ouders_gepeste", "ouders_pester", "klas"]
    # 001 gives a week after the talk with the victim: 11 November has passed (22 Nov.)
    row = 1
    assert model.index(row, IN_COL_STATE).data() == "Te laat"
    assert model.index(row, IN_COL_WHEN).data() == "uiterlijk 11 november 2026"
    assert model.index(0, IN_COL_STATE).data() == "Alleen als nodig"   # the police
    assert model.index(0, IN_COL_WHEN).data() == ""

    assert panel.select_item("ouders_gepeste")
    moment = datetime(2026, 11, 9, 16, 30, tzinfo=AMSTERDAM)
    monkeypatch.setattr(InformDialog, "get_informed", classmethod(
        lambda cls, *a, **k: ((moment, "gesprek", "mentor", "Bij hen thuis."), True)))
    panel.btn_done.click()
    line = vault.inform.line(zes_case, "ouders_gepeste")
    assert line.state is InformState.GEDAAN and line.record is not None
    contact = vault.timeline.get(line.record.entry_id or 0)
    assert contact.kind is EntryKind.OUDERCONTACT and "Bij hen thuis." in contact.text
    assert panel.selected_line().item.id == "ouders_gepeste"   # type: ignore[union-attr]
    assert "Geïnformeerd door mentor (gesprek)." in panel.lbl_detail.text()
    assert not panel.btn_done.isEnabled() and panel.btn_reopen.isEnabled()

    assert panel.select_item("wijkagent")
    monkeypatch.setattr(ReasonDialog, "get_reason", classmethod(
        lambda cls, *a, **k: ("Geen strafbare feiten.", True)))
    panel.btn_not.click()
    assert vault.inform.line(zes_case, "wijkagent").state is InformState.BEWUST_NIET
    assert model.index(0, IN_COL_STATE).data() == "Bewust niet"
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.setParent(None)
    panel.resize(1000, 380)
    panel.show()
    panel.grab().save(str(SHOTS / "inform_panel.png"))
    panel.btn_reopen.click()
    assert vault.inform.line(zes_case, "wijkagent").state is InformState.NIET_NODIG

    # the call note that goes with the pester's parents opens in the letters dialog
    assert panel.select_item("ouders_pester")
    assert panel.btn_letter.isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(LettersDialog, "exec", lambda self: opened.append(
        self.current_suggestion().template_id) or 0)
    panel.btn_letter.click()
    assert opened == ["belnotitie_ouders_pester"]
    assert not panel.select_item("bestaat_niet")


def test_inform_tab_without_a_protocol_says_to_choose_one(qtbot, dutch, vault: CaseFile) -> None:
    case = vault.cases.create(NewCase("Nieuw", CaseKind.PESTEN, date(2026, 11, 20)))
    panel = InformPanel(vault)
    qtbot.addWidget(panel)
    panel.set_case(case.id)
    panel.show()
    assert panel.lbl_empty.isVisible() and not panel.tbl_inform.isVisible()
    assert not panel.btn_done.isEnabled() and not panel.btn_letter.isEnabled()
