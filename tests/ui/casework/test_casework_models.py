"""The case work Qt models on their own, without a window: columns, chips, Dutch dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import (
    AgreementRecord,
    AgreementStatus,
    CaseWork,
    Priority,
    TodoItem,
    TodoKind,
    TodoState,
)
from app.domain import CaseKind, Person, Role
from app.messages import Message
from app.protocols import Duration
from app.timeutil import AMSTERDAM
from ui.casework.labels import PRIORITY_COLORS, STEP_COLORS
from ui.casework.models import (
    AG_COL_EVALUATE,
    AG_COL_STATUS,
    AG_COL_WITH,
    CASE_ID_ROLE,
    CHIP_ROLE,
    FU_COL_DUE,
    FU_COL_LABEL,
    KEY_ROLE,
    STEP_COL_DUE,
    STEP_COL_STATE,
    STEP_COL_TITLE,
    TODO_COL_CASE,
    TODO_COL_DUE,
    TODO_COL_STATE,
    TODO_COL_WHAT,
    AgreementTableModel,
    FollowUpTableModel,
    StepTableModel,
    TodoTableModel,
)

MOMENT = datetime(2026, 11, 22, 13, 5, tzinfo=UTC)


@pytest.fixture
def work(vault: CaseFile) -> CaseWork:
    return vault.casework


def test_step_model_shows_states_due_dates_and_the_gate(dutch, vault: CaseFile,
                                                        work: CaseWork) -> None:
    case = vault.cases.create(NewCase("Buitengesloten", CaseKind.PESTEN, date(2026, 11, 20)))
    sem = vault.people.add_new_to_case(case.id, "Sem Jansen", Role.GEPESTE)
    work.protocols.choose(case.id, "supportgroep")
    model = StepTableModel()
    model.set_steps(work.schedule(case.id).steps)
    assert model.rowCount() == 5
    assert model.headerData(STEP_COL_STATE, Qt.Orientation.Horizontal) == "Stand"
    assert model.index(0, STEP_COL_TITLE).data() == "1. Gesprek met de gepeste leerling"
    assert model.index(0, STEP_COL_STATE).data() == "Nu"
    # 'zo snel mogelijk' (000 line 103): the 2 days are the app's proposal
    assert model.index(0, STEP_COL_DUE).data() == "voorstel: 22 november 2026"
    assert model.index(0, STEP_COL_STATE).data(CHIP_ROLE) == ("Nu", STEP_COLORS["current"])
    assert model.index(1, STEP_COL_STATE).data() == "Wacht"
    assert model.index(1, STEP_COL_DUE).data() == "na toestemming"
    assert model.index(4, STEP_COL_TITLE).data().endswith("als het nodig is")
    assert model.index(1, 0).data(KEY_ROLE) == "gesprek_steungroep"
    assert "Liefst op dezelfde dag" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)

    work.steps.record(case.id, "gesprek_gepeste", datetime(2026, 11, 22, 10, tzinfo=AMSTERDAM),
                      participant_ids=[sem.id], conditions=[("consent_gepeste", "mondeling")])
    model.set_steps(work.schedule(case.id).steps)
    assert model.index(0, STEP_COL_STATE).data() == "Gedaan"
    assert model.index(0, STEP_COL_DUE).data() == "gedaan op 22 november 2026"
    assert model.index(1, STEP_COL_STATE).data() == "Nu"
    # 'bij voorkeur op dezelfde dag' (000 line 195-196) is a wish: a proposal, no window
    assert model.index(1, STEP_COL_DUE).data() == "voorstel: 22 november 2026"
    assert model.index(2, STEP_COL_DUE).data() == "na stap 2"
    assert model.row_of("tweede_gesprek_gepeste") == 2
    # 'ongeveer een week later' (000 line 75-76) is the protocol's own term, with a window
    work.steps.record(case.id, "gesprek_steungroep", datetime(2026, 11, 22, 14, tzinfo=AMSTERDAM))
    model.set_steps(work.schedule(case.id).steps)
    assert model.index(2, STEP_COL_DUE).data() == "rond 29 november 2026 (uiterlijk 1 december 2026)"


def test_followup_model(dutch, vault: CaseFile, work: CaseWork) -> None:
    case = vault.cases.create(NewCase("Duwen", CaseKind.PESTEN, date(2026, 11, 20)))
    work.protocols.choose(case.id, "zesstappenplan")
    for step in ("signaleren", "gesprek_gepeste", "gesprek_pester", "gezamenlijk_gesprek"):
        work.steps.record(case.id, step, datetime(2026, 11, 21, 10, tzinfo=AMSTERDAM))
    model = FollowUpTableModel()
    model.set_followups(work.schedule(case.id).followups)
    assert model.rowCount() > 3
    assert model.index(0, FU_COL_DUE).data() == "23 november 2026"
    assert model.index(0, FU_COL_LABEL).data().startswith("Vervolggesprek")
    assert model.index(0, 0).data(CHIP_ROLE)[0] == "Binnenkort"  # the same word as in te doen
    key = model.index(0, 0).data(KEY_ROLE)
    work.followups.mark_done(case.id, key)
    model.set_followups(work.schedule(case.id).followups)
    assert model.item_at(0).state == "done" and model.index(0, 0).data() == "Gedaan"


def test_agreement_model_marks_broken_ones(dutch) -> None:
    daan = Person(2, "Daan Visser", "groep 6")
    rows = [AgreementRecord(1, 1, "Vanaf nu laat Daan Fenna meedoen.", (5,), (daan,), MOMENT,
                            date(2026, 11, 29), AgreementStatus.BROKEN,
                            "Daan stuurde Fenna weg.", MOMENT, None, 1, 9),
            AgreementRecord(2, 1, "Niemand lacht uit.", (), (), MOMENT, None,
                            AgreementStatus.OPEN, "", None, None, 1, None)]
    model = AgreementTableModel()
    model.set_agreements(rows)
    assert model.broken_count == 1
    assert model.index(0, AG_COL_STATUS).data() == "Verbroken"
    assert model.index(0, AG_COL_STATUS).data(CHIP_ROLE)[1] == ("#f9dedc", "#8c1d18")
    assert model.index(0, AG_COL_WITH).data() == "Daan Visser"
    assert model.index(0, AG_COL_EVALUATE).data() == "29 november 2026"
    assert "Daan stuurde Fenna weg." in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, AG_COL_STATUS).data() == "Open"
    assert model.index(1, AG_COL_EVALUATE).data() == ""
    assert model.index(1, AG_COL_WITH).data() == "De hele groep"  # no one named: everyone


def test_todo_model_rows_and_acute_chip(dutch) -> None:
    items = [
        TodoItem(3, "2026-003", "Dreigberichten", TodoKind.STEP, "signaleren",
                 Message("todo.step", step="Signaleren en melden"), date(2026, 11, 20),
                 TodoState.OVERDUE, Priority.ACUUT),
        TodoItem(1, "2026-001", "Buitengesloten", TodoKind.FOLLOW_UP, "afronding/x/8w",
                 Message("followup.after", label="Aanpak evalueren", offset=Duration(weeks=8)),
                 date(2026, 11, 30), TodoState.UPCOMING),
    ]
    model = TodoTableModel()
    model.set_items(items)
    assert model.headerData(TODO_COL_WHAT, Qt.Orientation.Horizontal) == "Wat"
    assert model.index(0, TODO_COL_DUE).data() == "20 november 2026"
    assert model.index(0, TODO_COL_STATE).data() == "Over tijd"
    assert model.index(0, TODO_COL_CASE).data() == "2026-003 · Dreigberichten"
    assert model.index(0, TODO_COL_CASE).data(CHIP_ROLE) == ("Acuut",
                                                             PRIORITY_COLORS[Priority.ACUUT])
    assert model.index(1, TODO_COL_CASE).data(CHIP_ROLE) is None
    assert model.index(1, TODO_COL_WHAT).data() == "Vervolg: Aanpak evalueren (na 8 weken)"
    assert model.index(1, 0).data(CASE_ID_ROLE) == 1
    assert model.index(1, TODO_COL_STATE).data() == "Binnenkort"
    model.clear()
    assert model.rowCount() == 0
