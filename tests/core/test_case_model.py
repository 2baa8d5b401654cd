"""Cases, people in roles, and the timeline with revisions, through the public API."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, CaseStatus, EntryKind, Precision, ReportedBy, Role
from app.errors import InvalidInputError, NotFoundError
from app.timeutil import Clock, date_only_moment


def _case(vault: CaseFile, title: str = "Buitengesloten", kind: CaseKind = CaseKind.PESTEN):
    return vault.cases.create(NewCase(title, kind, date(2026, 11, 20), ReportedBy.OUDER, "6B",
                                      "Mag niet meedoen op het plein."))


def test_references_count_per_calendar_year(vault: CaseFile, clock: Clock) -> None:
    assert [_case(vault).reference for _ in range(3)] == ["2026-001", "2026-002", "2026-003"]
    clock.set(datetime(2027, 1, 2, 9, 0, tzinfo=UTC))
    assert _case(vault).reference == "2027-001"
    assert _case(vault).reference == "2027-002"


def test_case_fields_round_trip_and_update(vault: CaseFile) -> None:
    case = _case(vault)
    assert (case.kind, case.status, case.reported_by) == (
        CaseKind.PESTEN, CaseStatus.NIEUW, ReportedBy.OUDER)
    updated = vault.cases.update(case.id, status=CaseStatus.IN_BEHANDELING, title="Buitengesloten op het plein")
    assert updated.status is CaseStatus.IN_BEHANDELING
    assert vault.cases.get(case.id).title == "Buitengesloten op het plein"
    with pytest.raises(InvalidInputError):
        vault.cases.update(case.id, title="   ")
    with pytest.raises(InvalidInputError):
        vault.cases.update(case.id, reference="1999-001")


def test_list_filters_by_status_and_kind(vault: CaseFile) -> None:
    a = _case(vault, "A", CaseKind.PESTEN)
    b = _case(vault, "B", CaseKind.ONLINE_PESTEN)
    vault.cases.update(b.id, status=CaseStatus.GESLOTEN)
    assert {c.title for c in vault.cases.list()} == {"A", "B"}
    assert [c.title for c in vault.cases.list(status=CaseStatus.GESLOTEN)] == ["B"]
    assert [c.title for c in vault.cases.list(kind=CaseKind.PESTEN)] == ["A"]
    assert vault.cases.list(status=CaseStatus.NIEUW, kind=CaseKind.ONLINE_PESTEN) == []
    assert vault.cases.get(a.id).title == "A"


def test_empty_title_refused(vault: CaseFile) -> None:
    with pytest.raises(InvalidInputError):
        vault.cases.create(NewCase("  ", CaseKind.PESTEN, date(2026, 1, 1)))
    assert vault.cases.count() == 0


def test_unknown_reference(vault: CaseFile) -> None:
    with pytest.raises(NotFoundError):
        vault.cases.by_reference("2026-999")


def test_same_person_in_several_cases_with_different_roles(vault: CaseFile) -> None:
    first, second = _case(vault, "Eerste"), _case(vault, "Tweede")
    daan = vault.people.create("Daan Visser", "2B")
    vault.people.add_to_case(first.id, daan.id, Role.PESTER)
    vault.people.add_to_case(second.id, daan.id, Role.GEPESTE)
    assert vault.people.cases_of(daan.id) == [(first.id, Role.PESTER), (second.id, Role.GEPESTE)]
    with pytest.raises(InvalidInputError):
        vault.people.add_to_case(first.id, daan.id, Role.PESTER)
    assert [p.person.name for p in vault.people.for_case(second.id)] == ["Daan Visser"]
    assert [p.name for p in vault.people.find("vis")] == ["Daan Visser"]


def test_remove_participant(vault: CaseFile) -> None:
    case = _case(vault)
    participant = vault.people.add_new_to_case(case.id, "Noor Bakker", Role.GETUIGE)
    vault.people.remove_from_case(participant.id)
    assert vault.people.for_case(case.id) == []


def test_timeline_is_chronological_and_keeps_recorded_at(vault: CaseFile, clock: Clock) -> None:
    case = _case(vault)
    later = datetime(2026, 11, 21, 14, 5, tzinfo=UTC)
    earlier = date_only_moment(date(2026, 11, 18))
    vault.timeline.add(case.id, EntryKind.GESPREK, "Gesprek met Noor", later, with_whom="Noor")
    vault.timeline.add(case.id, EntryKind.INCIDENT, "Tas in de prullenbak", earlier,
                       Precision.DATE)
    entries = vault.timeline.for_case(case.id)
    assert [e.kind for e in entries] == [EntryKind.INCIDENT, EntryKind.GESPREK]
    assert entries[0].precision is Precision.DATE
    assert all(e.recorded_at == clock.now() for e in entries)


def test_editing_text_keeps_revisions(vault: CaseFile, clock: Clock) -> None:
    case = _case(vault)
    entry = vault.timeline.add(case.id, EntryKind.GESPREK, "Eerste versie", clock.now())
    clock.advance(timedelta(hours=2))
    vault.timeline.edit_text(entry.id, "Tweede versie")
    clock.advance(timedelta(days=1))
    edited = vault.timeline.edit_text(entry.id, "Derde versie")
    assert edited.text == "Derde versie"
    assert edited.revision_count == 2
    assert edited.recorded_at == entry.recorded_at
    revisions = vault.timeline.revisions(entry.id)
    assert [r.text for r in revisions] == ["Eerste versie", "Tweede versie"]
    assert revisions[0].replaced_at == revisions[1].written_at


def test_recorded_at_cannot_be_changed_even_by_sql(vault: CaseFile, clock: Clock) -> None:
    case = _case(vault)
    entry = vault.timeline.add(case.id, EntryKind.NOTITIE, "Notitie", clock.now())
    with pytest.raises(Exception, match="immutable"):
        vault._gateway.conn.execute("UPDATE entries SET recorded_at = '2000-01-01' WHERE id = ?",
                           (entry.id,))


def test_entry_needs_text_and_existing_case(vault: CaseFile, clock: Clock) -> None:
    case = _case(vault)
    with pytest.raises(InvalidInputError):
        vault.timeline.add(case.id, EntryKind.NOTITIE, "  ", clock.now())
    with pytest.raises(NotFoundError):
        vault.timeline.add(999, EntryKind.NOTITIE, "tekst", clock.now())


def test_enum_parse_gives_dutch_choices() -> None:
    assert CaseKind.parse("online-pesten") is CaseKind.ONLINE_PESTEN
    assert Role.parse("Meeloper") is Role.MEELOPER
    with pytest.raises(ValueError, match="kies uit"):
        EntryKind.parse("telefoontje")
