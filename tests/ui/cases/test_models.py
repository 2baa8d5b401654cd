"""The Qt models on their own, without a window: columns, roles, filtering, formatting."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from app.domain import (
    CaseKind,
    CaseStatus,
    CaseSummary,
    Entry,
    EntryKind,
    Participant,
    Person,
    Precision,
    Role,
)
from app.timeutil import AMSTERDAM, date_only_moment
from ui.cases.case_list_model import (
    CASE_ID_ROLE,
    COL_REFERENCE,
    COL_STATUS,
    COL_TITLE,
    KIND_ROLE,
    STATUS_ROLE,
    CaseFilterProxy,
    CaseTableModel,
)
from ui.cases.participants_model import COL_NAME, COL_ROLE, ParticipantTableModel
from ui.cases.timeline_model import (
    COL_OCCURRED,
    COL_TEXT,
    EDITED_ROLE,
    ENTRY_ID_ROLE,
    TimelineModel,
    short_hashes,
)

MOMENT = datetime(2026, 11, 22, 13, 5, tzinfo=UTC)


def _summary(case_id: int, title: str, kind: CaseKind, status: CaseStatus) -> CaseSummary:
    return CaseSummary(case_id, f"2026-{case_id:03d}", title, kind, status, date(2026, 11, 1),
                       "2B", MOMENT, 0)


@pytest.fixture
def cases(dutch) -> CaseTableModel:
    model = CaseTableModel()
    model.set_cases([
        _summary(3, "Spotberichten", CaseKind.ONLINE_PESTEN, CaseStatus.IN_BEHANDELING),
        _summary(2, "Duwen", CaseKind.INCIDENT, CaseStatus.GESLOTEN),
        _summary(1, "Buitensluiten", CaseKind.PESTEN, CaseStatus.NIEUW),
    ])
    return model


def test_case_model_columns_and_roles(cases: CaseTableModel) -> None:
    assert cases.rowCount() == 3
    assert cases.headerData(COL_REFERENCE, Qt.Orientation.Horizontal) == "Kenmerk"
    first = cases.index(0, COL_TITLE)
    assert first.data() == "Spotberichten"
    assert first.data(CASE_ID_ROLE) == 3
    assert first.data(STATUS_ROLE) == "in-behandeling"
    assert first.data(KIND_ROLE) == "online-pesten"
    assert cases.index(0, COL_STATUS).data() == "In behandeling"
    assert "Online pesten" in cases.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert cases.row_of(1) == 2


def test_proxy_filters_by_status_kind_and_search(cases: CaseTableModel) -> None:
    proxy = CaseFilterProxy()
    proxy.setSourceModel(cases)
    assert proxy.rowCount() == 3 and not proxy.is_filtering
    proxy.set_status(CaseStatus.GESLOTEN)
    assert [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())] == ["Duwen"]
    proxy.set_status(None)
    proxy.set_kind(CaseKind.PESTEN)
    assert proxy.rowCount() == 1 and proxy.index(0, COL_TITLE).data() == "Buitensluiten"
    proxy.set_kind(None)
    proxy.set_matching_ids({2, 3})
    assert proxy.rowCount() == 2 and proxy.is_filtering
    proxy.set_matching_ids(set())
    assert proxy.rowCount() == 0
    proxy.set_matching_ids(None)
    assert proxy.rowCount() == 3


def test_proxy_sorts_by_reference(cases: CaseTableModel) -> None:
    proxy = CaseFilterProxy()
    proxy.setSourceModel(cases)
    proxy.sort(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_REFERENCE).data() for r in range(3)] == [
        "2026-001", "2026-002", "2026-003"]


def _entry(entry_id: int, occurred: datetime, precision: Precision, revisions: int = 0) -> Entry:
    return Entry(entry_id, 1, EntryKind.GESPREK, occurred, precision, MOMENT, "Fenna",
                 f"tekst {entry_id}", MOMENT, revisions)


def test_timeline_is_chronological_and_dutch(dutch) -> None:
    model = TimelineModel()
    exact = datetime(2026, 11, 22, 14, 5, tzinfo=AMSTERDAM)
    model.set_entries([
        _entry(1, exact, Precision.EXACT, revisions=2),
        _entry(2, date_only_moment(date(2026, 11, 20)), Precision.DATE),
        _entry(3, datetime(2026, 11, 21, 9, 30, tzinfo=AMSTERDAM), Precision.APPROX),
    ])
    assert [model.index(r, 0).data(ENTRY_ID_ROLE) for r in range(3)] == [2, 3, 1]
    assert model.index(0, COL_OCCURRED).data() == "20 november 2026"
    assert model.index(1, COL_OCCURRED).data() == "rond 21 november 2026, 09:30"
    assert model.index(2, COL_OCCURRED).data() == "22 november 2026, 14:05"
    assert model.index(2, COL_TEXT).data() == "tekst 1 (bewerkt)"
    assert model.index(2, 0).data(EDITED_ROLE) is True
    assert model.index(0, COL_TEXT).data() == "tekst 2"
    tooltip = model.index(2, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Vastgelegd op 22 november 2026, 14:05" in tooltip
    assert "Laatst bewerkt" in tooltip


def test_timeline_shortens_hashes_and_keeps_them_whole_in_the_tooltip(dutch) -> None:
    digest = "0123456789abcdef" * 4
    entry = Entry(7, 1, EntryKind.GESPREK, MOMENT, Precision.EXACT, MOMENT, "",
                  f"Verzameld (1):\n- B1 afbeelding 'chat.png', SHA-256 {digest}", MOMENT, 0)
    model = TimelineModel()
    model.set_entries([entry])
    shown = model.index(0, COL_TEXT).data()
    assert shown.endswith("SHA-256 0123456789ab…") and digest not in shown
    assert f"SHA-256 {digest}" in model.index(0, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert short_hashes("geen hash: " + "0" * 63) == "geen hash: " + "0" * 63


def test_participant_model(dutch) -> None:
    model = ParticipantTableModel()
    model.set_participants([Participant(7, 1, Person(4, "Sem Jansen", "2B"), Role.GEPESTE, "")])
    assert model.index(0, COL_NAME).data() == "Sem Jansen"
    assert model.index(0, COL_ROLE).data() == "Gepeste leerling"
    model.clear()
    assert model.rowCount() == 0
