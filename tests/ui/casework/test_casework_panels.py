"""The other case work screens through the real widgets: switching protocol, skipping a
step, editing a verslag (revisions kept), results per steungroep member, moving and
cancelling follow-ups, urgency (acuut in the header and the list), handover, status,
and strafbare feiten with the advice given."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import NewAgreement, Priority
from app.domain import CaseKind, CaseStatus, EntryKind, Role
from app.protocols import StepState
from app.timeutil import AMSTERDAM
from ui.cases.entry_text_dialog import EntryTextDialog
from ui.casework.dialogs import (
    EscalateDialog,
    MoveDialog,
    PriorityDialog,
    ProtocolChoiceDialog,
    ReasonDialog,
    StatusDialog,
)
from ui.casework.step_dialog import StepDialog


def answer(monkeypatch, cls: type[QDialog], fill: Callable[[Any], None]) -> None:
    def exec_(dialog: Any) -> int:
        fill(dialog)
        dialog.btn_ok.click()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


@pytest.fixture
def opened(make_window, vault: CaseFile):  # type: ignore[no-untyped-def]
    """A window on a vault with one OPA case in step 2, its steungroep composed."""
    work = vault.casework
    case = vault.cases.create(NewCase("Buitengesloten", CaseKind.PESTEN, date(2026, 11, 20),
                                      group_name="groep 6"))
    ids = {name: vault.people.add_new_to_case(case.id, name, role, "groep 6").id
           for name, role in (("Fenna Verbeek", Role.GEPESTE), ("Daan Visser", Role.PESTER),
                              ("Noor Bakker", Role.VERDEDIGER))}
    work.protocols.choose(case.id, "supportgroep")
    at = datetime(2026, 11, 21, 10, tzinfo=AMSTERDAM)
    work.steps.record(case.id, "gesprek_gepeste", at, participant_ids=[ids["Fenna Verbeek"]],
                      conditions=[("consent_gepeste", "mondeling")], verslag="Eerste versie.")
    work.steungroep.compose(case.id, [ids["Daan Visser"], ids["Noor Bakker"]])
    record = work.steps.record(case.id, "gesprek_steungroep", at + timedelta(hours=3),
                               agreements=[NewAgreement("Samen spelen.", (),
                                                        date(2026, 11, 28))])
    members = work.steungroep.members(case.id)
    work.steungroep.record_ideas(case.id, {m.id: "Ik ga samen spelen." for m in members},
                                 record.id)
    window = make_window()
    window.start(vault)
    window.workspace.show_cases()   # past 'Vandaag', to the cases
    window.show()
    return window, window.workspace.detail, case.id, work


def test_results_per_member_at_the_next_meeting(opened, monkeypatch, qtbot) -> None:
    _window, detail, case_id, work = opened
    panel = detail.casework.protocol
    panel.select_step("tweede_gesprek_steungroep")

    def results(dialog: StepDialog) -> None:
        assert len(dialog.edt_results) == 2
        for edit in dialog.edt_results.values():
            assert "Ik ga samen spelen." in edit.placeholderText()
            qtbot.keyClicks(edit, "Heeft elke pauze met Fenna gespeeld.")
        # 003 line 254-256: the group stops or goes on one more week
        dialog.choose_option("opheffen")
        dialog.edt_choice_reason.setPlainText("Het pesten is gestopt.")

    answer(monkeypatch, StepDialog, results)
    panel.btn_record.click()
    notes = [n for n in work.steungroep.notes(case_id) if n.kind == "resultaat"]
    assert len(notes) == 2
    assert panel.model.status_at(panel.model.row_of("tweede_gesprek_steungroep")).state \
        is StepState.DONE


def test_edit_verslag_keeps_revisions_and_skip_needs_a_reason(opened, monkeypatch) -> None:
    _window, detail, case_id, work = opened
    panel = detail.casework.protocol
    panel.select_step("gesprek_gepeste")
    assert panel.lst_records.count() == 1
    assert not panel.btn_history.isEnabled()
    answer(monkeypatch, EntryTextDialog, lambda d: d.edt_text.setPlainText("Tweede versie."))
    panel.btn_edit_report.click()
    assert panel.btn_history.isEnabled()
    record = work.steps.for_case(case_id)[0]
    assert record.verslag == "Tweede versie."
    assert [r.text for r in work.steps.revisions(record.id)] == ["Eerste versie."]

    panel.select_step("tweede_gesprek_gepeste")
    answer(monkeypatch, ReasonDialog, lambda d: None)  # no reason: refused, nothing saved
    panel.btn_skip.click()
    assert panel.selected_status().state is not StepState.SKIPPED
    answer(monkeypatch, ReasonDialog, lambda d: d.edt_reason.setPlainText("Leerling ziek."))
    panel.btn_skip.click()
    assert panel.selected_status().state is StepState.SKIPPED
    assert panel.model.index(panel.model.row_of("tweede_gesprek_gepeste"), 0).data() == \
        "Overgeslagen"


def test_switching_protocol_keeps_the_history(opened, monkeypatch) -> None:
    _window, detail, case_id, work = opened
    panel = detail.casework.protocol

    def switch(dialog: ProtocolChoiceDialog) -> None:
        dialog.cmb_protocol.setCurrentIndex(dialog.cmb_protocol.findData("vijf_bs"))

    answer(monkeypatch, ProtocolChoiceDialog, switch)
    panel.btn_switch.click()  # refused: a switch needs a reason
    assert work.protocols.current(case_id).protocol_id == "supportgroep"
    answer(monkeypatch, ProtocolChoiceDialog, lambda d: (
        switch(d), d.edt_reason.setPlainText("De groep is te onrustig.")))
    panel.btn_switch.click()
    assert [c.protocol_id for c in work.protocols.history(case_id)] == ["supportgroep",
                                                                         "vijf_bs"]
    assert panel.lbl_protocol.text() == "De 5 B's"
    assert len(work.steps.for_case(case_id)) == 2  # the OPA records stay


def test_move_and_cancel_follow_ups(opened, monkeypatch) -> None:
    _window, detail, case_id, work = opened
    panel = detail.casework.agreements
    detail.casework.show_panel(panel)
    assert panel.select_followup(panel.followups.item_at(0).key)
    first = panel.selected_followup()
    assert first is not None and first.state == "upcoming"
    answer(monkeypatch, MoveDialog, lambda d: (
        d.dte_date.setDate(first.due + timedelta(days=7)),
        d.edt_reason.setPlainText("Studiedag.")))
    panel.btn_move.click()
    moved = work.schedule(case_id).followup(first.key)
    assert moved.due == first.due + timedelta(days=7) and moved.action.reason == "Studiedag."
    panel.select_followup(first.key)
    answer(monkeypatch, ReasonDialog, lambda d: d.edt_reason.setPlainText("Niet meer nodig."))
    panel.btn_cancel.click()
    assert work.schedule(case_id).followup(first.key).state == "cancelled"
    panel.select_followup(first.key)
    assert not panel.btn_done.isEnabled()


def test_urgency_handover_and_status(opened, monkeypatch, qtbot) -> None:
    window, detail, case_id, work = opened
    extension = detail.casework
    assert not extension.chip_priority.isVisible()
    answer(monkeypatch, PriorityDialog, lambda d: (
        d.cmb_priority.setCurrentIndex(d.cmb_priority.findData("acuut")),
        d.edt_reason.setPlainText("Dreiging met geweld in de klassenapp.")))
    extension.act_priority.trigger()
    assert work.status.priority(case_id).priority is Priority.ACUUT
    assert extension.chip_priority.isVisible() and extension.chip_priority.text() == "Acuut"
    marks = window.workspace.case_marks
    qtbot.waitUntil(lambda: marks.priorities.get(case_id) is Priority.ACUUT)

    answer(monkeypatch, EscalateDialog, lambda d: (
        d.cmb_to.setEditText("anti-pestcoördinator"),
        d.edt_reason.setPlainText("Het pesten gaat door.")))
    extension.act_escalate.trigger()
    handover = [e for e in window.vault.timeline.for_case(case_id)
                if e.kind is EntryKind.OVERDRACHT]
    assert handover and "anti-pestcoördinator" in handover[0].text
    assert detail.timeline.model.rowCount() == len(window.vault.timeline.for_case(case_id))

    answer(monkeypatch, StatusDialog, lambda d: d.cmb_status.setCurrentIndex(
        d.cmb_status.findData(CaseStatus.MONITORING.value)))
    extension.act_status.trigger()
    assert detail.chip_status.text() == "Monitoring"


def test_offences_checklist_and_advice(opened, qtbot) -> None:
    window, detail, case_id, work = opened
    panel = detail.casework.offences
    detail.casework.show_panel(panel)
    assert any("geen juridisch advies" in t.text() for t in panel.findChildren(type(
        panel.lbl_notice)))
    panel.chk_offences["bedreiging"].setChecked(True)
    assert work.offences.checked(case_id) == ["bedreiging"]
    assert panel.lbl_notice.isVisible() and "Acuut" in panel.lbl_notice.text()
    assert detail.casework.chip_priority.text() == "Acuut"
    panel.chk_actions[next(iter(panel.chk_actions))].setChecked(True)
    qtbot.keyClicks(panel.edt_to_whom, "de ouders van Fenna")
    panel.btn_advice.click()
    advice = work.offences.advice(case_id)
    assert len(advice) == 1 and advice[0].to_whom == "de ouders van Fenna"
    assert panel.lst_advice.count() == 1
    assert "Aangifte geadviseerd" in panel.lst_advice.item(0).text()
    # a visible confirmation, and the new advice is selected in the list
    assert panel.lbl_advice_saved.isVisible()
    assert panel.lbl_advice_saved.text().startswith("Advies aan de ouders van Fenna vastgelegd")
    assert panel.lst_advice.currentRow() == 0
    assert any("Advies over strafbare feiten" in e.text
               for e in window.vault.timeline.for_case(case_id))


def test_the_gate_opens_once_consent_is_recorded(make_window, vault: CaseFile,
                                                  monkeypatch) -> None:
    from ui.casework.dialogs import ConditionDialog

    case = vault.cases.create(NewCase("Uitgelachen", CaseKind.PESTEN, date(2026, 11, 20)))
    vault.casework.protocols.choose(case.id, "supportgroep")
    window = make_window()
    window.start(vault)
    window.workspace.show_cases()   # past 'Vandaag', to the cases
    window.show()
    panel = window.workspace.detail.casework.protocol
    window.workspace.detail.casework.show_panel(panel)
    panel.select_step("gesprek_steungroep")
    assert panel.btn_condition.isVisible()
    answer(monkeypatch, ConditionDialog, lambda d: None)  # "how" is required
    panel.btn_condition.click()
    assert panel.selected_status().state is StepState.BLOCKED
    answer(monkeypatch, ConditionDialog, lambda d: d.edt_how.setText("Mondeling, na een dag."))
    panel.btn_condition.click()
    assert panel.selected_status().state is not StepState.BLOCKED
    assert not panel.btn_condition.isVisible()


def test_a_school_protocol_file_with_a_typo_is_named_in_the_choice(opened, monkeypatch,
                                                                   tmp_path) -> None:
    """The broken file is skipped with its name, line and problem; the others stay."""
    _window, detail, _case_id, work = opened
    school = tmp_path / "schoolprotocollen"
    school.mkdir()
    (school / "onze_aanpak.toml").write_text(
        'id = "onze_aanpak"\nname = "Onze aanpak"\ndescription = "x"\n'
        'school_types = ["po"]\ndeadlin = "7d"\n', encoding="utf-8")
    monkeypatch.setattr(work.registry, "dirs", [*work.registry.dirs, school])
    panel = detail.casework.protocol
    seen: dict[str, Any] = {}

    def look(dialog: ProtocolChoiceDialog) -> None:
        seen["text"] = dialog.lbl_problems.text()
        seen["visible"] = dialog.lbl_problems.isVisibleTo(dialog)
        seen["offered"] = [dialog.cmb_protocol.itemData(i)
                           for i in range(dialog.cmb_protocol.count())]

    answer(monkeypatch, ProtocolChoiceDialog, look)
    panel.btn_switch.click()
    monkeypatch.undo()
    work.registry.reload()
    assert seen["visible"]
    assert "onze_aanpak.toml, regel 5" in seen["text"]
    assert "deadlin" in seen["text"]
    assert {"zesstappenplan", "vijf_bs"} <= set(seen["offered"])
