"""A whole supportgroep (No Blame) case through the GUI, from melding to closing: the
consent gate, the steungroep, ideas per member, agreements, a follow-up, 'te doen' after
time moved forward, a broken agreement and closing with an outcome.

Modal dialogs are not faked away: their `exec` is replaced by a function that types into
the real dialog's widgets and presses Save, so the dialog's own checks run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.casework import AgreementStatus, Outcome, TodoKind, TodoState
from app.domain import CaseKind, CaseStatus, ReportedBy, Role
from app.protocols import StepState
from tests.ui.helpers import visible_texts, widget_texts
from ui.cases.case_dialog import CaseDialog, CaseForm
from ui.cases.person_dialog import ParticipantForm, PersonDialog
from ui.casework.agreements_panel import AgreementsPanel
from ui.casework.dialogs import CloseDialog, ProtocolChoiceDialog, ReasonDialog
from ui.casework.protocol_panel import ProtocolPanel
from ui.casework.step_dialog import StepDialog
from ui.casework.steungroep_dialog import SteungroepDialog

TITLE = "Buitengesloten op het schoolplein"
STUDENTS = (("Fenna Verbeek", Role.GEPESTE), ("Daan Visser", Role.PESTER),
            ("Liam de Wit", Role.MEELOPER), ("Noor Bakker", Role.VERDEDIGER),
            ("Emma Smit", Role.BUITENSTAANDER))
GROUP = ("Daan Visser", "Liam de Wit", "Noor Bakker", "Emma Smit")


def answer(monkeypatch, cls: type[QDialog], fill: Callable[[Any], None],
           log: list[Any] | None = None) -> None:
    """Make `cls(...).exec()` fill the real dialog and press its OK button."""

    def exec_(dialog: Any) -> int:
        fill(dialog)
        dialog.btn_ok.click()
        if log is not None:
            log.append(dialog.lbl_error.text() if dialog.lbl_error.isVisibleTo(dialog) else "")
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


def click(button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    button.click()


def test_supportgroep_case_from_melding_to_closing(make_window, qtbot, monkeypatch,
                                                   vault) -> None:
    window = make_window()
    window.start(vault)
    window.show()
    workspace = window.workspace

    # A new melding and the students involved.
    monkeypatch.setattr(CaseDialog, "get_case", lambda *a, **k: (CaseForm(
        TITLE, CaseKind.PESTEN, CaseStatus.NIEUW, date(2026, 11, 20), ReportedBy.OUDER,
        "groep 6", "Fenna mag in de pauze niet meedoen."), True))
    window.act_new_case.trigger()
    qtbot.waitUntil(lambda: workspace.detail.lbl_heading.full_text() == TITLE)
    detail = workspace.detail
    forms = iter([ParticipantForm(None, name, "groep 6", role, "") for name, role in STUDENTS])
    monkeypatch.setattr(PersonDialog, "get_participant", lambda *a, **k: (next(forms), True))
    for _ in STUDENTS:
        click(detail.people.btn_add)
    assert detail.people.model.rowCount() == len(STUDENTS)
    case_id = detail.case.id
    pid = {p.person.name: p.id for p in vault.people.for_case(case_id)}

    # Choose the protocol on the Protocol tab.
    panel: ProtocolPanel = detail.casework.protocol
    detail.casework.show_panel(panel)
    assert panel.btn_choose_first.isVisible()

    def pick_supportgroep(dialog: ProtocolChoiceDialog) -> None:
        dialog.cmb_protocol.setCurrentIndex(dialog.cmb_protocol.findData("supportgroep"))
        qtbot.keyClicks(dialog.edt_reason, "Basisschool, leerling wil hulp van de klas.")

    answer(monkeypatch, ProtocolChoiceDialog, pick_supportgroep)
    click(panel.btn_choose_first)
    assert panel.schedule is not None and panel.schedule.protocol.id == "supportgroep"
    assert "Oplossingsgerichte" in panel.lbl_protocol.text()
    states = {panel.model.status_at(r).id: panel.model.status_at(r).state
              for r in range(panel.model.rowCount())}
    assert states["gesprek_gepeste"] is StepState.CURRENT
    assert states["gesprek_steungroep"] is StepState.BLOCKED

    # The gate: step 2 waits for the student's consent, and the dialog refuses to save.
    panel.select_step("gesprek_steungroep")
    assert panel.lbl_gate.isVisible()
    assert panel.lbl_gate.text().startswith("Wacht op: De gepeste leerling stemt in")
    assert panel.btn_condition.isVisible()
    errors: list[str] = []
    answer(monkeypatch, StepDialog,
           lambda d: qtbot.keyClicks(d.edt_verslag, "Toch alvast met de groep gepraat."), errors)
    click(panel.btn_record)
    assert errors and "wacht" in errors[0]
    assert vault.cases.get(case_id).status is CaseStatus.NIEUW  # nothing recorded

    # Step 1: the talk with Fenna, consent given, checklist ticked.
    panel.select_step("gesprek_gepeste")
    assert "Spreek de leerling" in panel.lbl_guidance.text()

    def step_one(dialog: StepDialog) -> None:
        # The next appointment starts at 09:00, not at the clock time (14:05 here).
        assert dialog.tme_next.time().toString("HH:mm") == "09:00"
        assert dialog.tme_time.time().toString("HH:mm") == "14:05"
        dialog.check_participant(pid["Fenna Verbeek"])
        key, box, how = dialog.chk_conditions[0]
        assert key == "consent_gepeste"
        box.setChecked(True)
        qtbot.keyClicks(how, "Mondeling, na een nacht bedenktijd")
        dialog.chk_list[0].setChecked(True)
        qtbot.keyClicks(dialog.edt_verslag, "Fenna vertelt dat ze in de pauze alleen staat.")

    answer(monkeypatch, StepDialog, step_one)
    click(panel.btn_record)
    assert panel.model.status_at(panel.model.row_of("gesprek_gepeste")).state is StepState.DONE
    assert panel.model.status_at(panel.model.row_of("gesprek_steungroep")).state in (
        StepState.CURRENT, StepState.UPCOMING)
    assert vault.cases.get(case_id).status is CaseStatus.IN_BEHANDELING
    assert detail.chip_status.text() == "In behandeling"
    record = detail.casework.work.steps.for_case(case_id)[0]
    assert "Gevraagd hoe het met de leerling gaat" in record.verslag

    # The steungroep: four members, so a warning (5 to 8 is the norm).
    def compose(dialog: SteungroepDialog) -> None:
        listed = {dialog.lst_people.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(dialog.lst_people.count())}
        assert pid["Fenna Verbeek"] not in listed  # the bullied student is not offered
        for name in GROUP:
            dialog.set_checked(pid[name])
        assert dialog.lbl_warning.isVisibleTo(dialog)
        assert "5 tot 8" in dialog.lbl_warning.text()

    answer(monkeypatch, SteungroepDialog, compose)
    click(panel.steungroep.btn_steungroep)
    assert panel.lbl_notice.isVisible()
    assert "4 leden" in panel.lbl_notice.text()
    assert "Steungroep (4)" in panel.steungroep.lbl_steungroep.text()

    # Step 2: the talk with the steungroep, an idea per member and an agreement.
    panel.select_step("gesprek_steungroep")
    assert not panel.lbl_gate.isVisible()
    members = {m.person.name: m.id for m in detail.casework.work.steungroep.members(case_id)}

    def step_two(dialog: StepDialog) -> None:
        assert set(dialog.edt_ideas) == set(members.values())
        # the group's talk: its members are ticked as present already
        assert set(dialog.value().participant_ids) == {pid[name] for name in GROUP}
        for name in GROUP:
            dialog.check_participant(pid[name])
            qtbot.keyClicks(dialog.edt_ideas[members[name]],
                            f"Ik ga Fenna vragen mee te doen ({name.split()[0]})")
        qtbot.keyClicks(dialog.edt_verslag, "Uitgelegd zonder schuldvraag; iedereen helpt.")
        row = dialog.add_agreement_row()
        qtbot.keyClicks(row.edt_text, "Vanaf nu mag Fenna meedoen met tikkertje.")
        row.cmb_with.setCurrentIndex(row.cmb_with.findData(pid["Daan Visser"]))

    answer(monkeypatch, StepDialog, step_two)
    click(panel.btn_record)
    assert not panel.lbl_notice.isVisible()  # every idea starts with "Ik ga"
    ideas = [n for n in detail.casework.work.steungroep.notes(case_id) if n.kind == "idee"]
    assert len(ideas) == 4
    agreements: AgreementsPanel = detail.casework.agreements
    assert agreements.agreements.rowCount() == 1
    assert agreements.agreements.index(0, 2).data() == "Daan Visser"
    assert agreements.followups.rowCount() >= 1

    # Ten weeks later: 'te doen' shows the overdue final evaluation; open it from there.
    vault.clock.advance(timedelta(weeks=10))
    workspace.todo_changed.emit()   # a new day: the feed collects everything again
    window.act_todo.trigger()
    home = workspace.home
    assert home.isVisible()
    qtbot.waitUntil(lambda: home.result is not None and any(
        i.key.startswith("afronding") for i in home.result.todo.items), timeout=10_000)
    assert home.result is not None
    items = home.result.todo.items
    overdue = [i for i in items if i.kind is TodoKind.FOLLOW_UP and i.state is TodoState.OVERDUE
               and i.key.startswith("afronding")]
    assert overdue, items
    model = home.now_model
    row = next(r for r in range(model.rowCount()) if model.item_at(r) == overdue[0])
    assert model.index(row, 1).data() == "Over tijd"
    home.tbl_now.clicked.emit(model.index(row, 0))   # one click opens the case
    assert not home.isVisible()
    assert detail.tabs.currentWidget() is detail.casework.page_of(agreements)
    item = agreements.selected_followup()
    assert item is not None and item.key == overdue[0].key and item.state == "overdue"
    click(agreements.btn_done)
    assert agreements.followups.item_at(
        next(r for r in range(agreements.followups.rowCount())
             if agreements.followups.item_at(r).key == item.key)).state == "done"
    assert all(i.key != item.key for i in detail.casework.work.todo().items)

    # The agreement was broken after all: a note, and a red chip on the case.
    agreements.tbl_agreements.selectRow(0)
    answer(monkeypatch, ReasonDialog, lambda d: qtbot.keyClicks(
        d.edt_reason, "Daan stuurde Fenna weg bij het tikkertje."))
    click(agreements.btn_broken)
    assert agreements.agreements.agreement_at(0).status is AgreementStatus.BROKEN
    assert agreements.agreements.index(0, 0).data() == "Verbroken"
    assert detail.casework.chip_broken.isVisible()
    assert detail.casework.chip_broken.text() == "1 afspraak verbroken"

    # Close the case with its outcome.
    def close(dialog: CloseDialog) -> None:
        assert "geen monitoring" in dialog.lbl_monitoring.text()
        dialog.choose(Outcome.VERMINDERD)
        qtbot.keyClicks(dialog.edt_note, "Het gaat beter; mentor houdt een oogje in het zeil.")

    answer(monkeypatch, CloseDialog, close)
    detail.casework.act_close.trigger()
    assert vault.cases.get(case_id).status is CaseStatus.GESLOTEN
    assert detail.chip_status.text() == "Gesloten"
    assert detail.casework.work.status.outcome(case_id).outcome is Outcome.VERMINDERD
    assert any("Melding gesloten" in e.text for e in vault.timeline.for_case(case_id))

    # Locking drops every case work widget and model with the workspace.
    window.lock()
    assert not [t for t in visible_texts() if TITLE in t or "Fenna" in t]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not window.findChildren(ProtocolPanel)
    assert not window.findChildren(AgreementsPanel)


def test_overdue_count_is_shown_after_unlocking(make_window, qtbot, vault) -> None:
    from app.cases import NewCase
    from app.timeutil import AMSTERDAM

    case = vault.cases.create(NewCase("Spotberichten", CaseKind.ONLINE_PESTEN,
                                      date(2026, 11, 1)))
    vault.casework.protocols.choose(case.id, "zesstappenplan")
    # step 1 on the day; step 2 'binnen een week' (001 line 20) is then overdue
    vault.casework.steps.record(case.id, "signaleren", datetime(2026, 11, 1, 10,
                                                                tzinfo=AMSTERDAM))
    window = make_window()
    window.start(vault)
    qtbot.waitUntil(lambda: window.act_todo.text() == "Vandaag (1)")
    assert window.statusBar().currentMessage() == "1 zaak over tijd"
    other = vault.cases.create(NewCase("Duwen bij de kapstok", CaseKind.PESTEN,
                                       date(2026, 11, 14)))
    vault.casework.protocols.choose(other.id, "zesstappenplan")
    vault.casework.steps.record(other.id, "signaleren", datetime(2026, 11, 14, 10,
                                                                 tzinfo=AMSTERDAM))
    vault.clock.advance(timedelta(days=3))
    window.workspace.todo_changed.emit()
    qtbot.waitUntil(lambda: window.act_todo.text() == "Vandaag (2)")
    home = window.workspace.show_todo()
    def overdue() -> list[int]:   # (beside them: whom the protocol says to inform now)
        return [item.case_id for item in (home.now_model.item_at(r)
                                          for r in range(home.now_model.rowCount()))
                if item.state is TodoState.OVERDUE]

    qtbot.waitUntil(lambda: len(overdue()) == 2, timeout=10_000)
    assert overdue() == [case.id, other.id]
    assert home.lbl_summary.text().startswith("25 november 2026 · over tijd: 2")
    home.tbl_now.clicked.emit(home.now_model.index(1, 0))
    assert window.workspace.detail.case.id == other.id
    assert not home.isVisible()
    window.lock()
    assert window.act_todo.text() == "Vandaag"


def test_the_step_choice_needs_an_option_and_a_reason(make_window, qtbot, monkeypatch,
                                                      vault) -> None:
    from app.cases import NewCase

    case = vault.cases.create(NewCase("Uitgelachen", CaseKind.PESTEN, date(2026, 11, 20)))
    work = vault.casework
    work.protocols.choose(case.id, "vijf_bs")
    window = make_window()
    window.start(vault)
    panel = window.workspace.detail.casework.protocol
    panel.select_step("beslissen")
    errors: list[str] = []

    def decide(dialog: StepDialog) -> None:
        texts = [t for w in dialog.findChildren(QWidget) for t in widget_texts(w)]
        assert "Niet-confronterend" in " ".join(texts)
        assert any("pas kort aan de gang" in t for t in texts)  # considerations shown
        if not errors:
            return  # first attempt: nothing chosen
        dialog.choose_option("confronterend")
        if len(errors) == 1:
            return  # second attempt: no reason
        qtbot.keyClicks(dialog.edt_choice_reason, "Loopt al maanden; Sem staat er alleen voor.")

    answer(monkeypatch, StepDialog, decide, errors)
    for _ in range(3):
        click(panel.btn_record)
    assert errors[0] == "Kies een aanpak."
    assert errors[1] == "Schrijf op waarom u voor deze aanpak kiest."
    assert errors[2] == ""
    made = work.steps.choices(case.id)
    assert [(c.option, c.reason[:5]) for c in made] == [("confronterend", "Loopt")]
