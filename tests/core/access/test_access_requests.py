"""Access requests: deadline, the age rule, finding the person, "te doen"."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.access import one_month_after, requester_for_age
from app.casefile import CaseFile
from app.casework import TodoKind, TodoState
from app.domain import Requester, Role
from app.errors import InvalidInputError
from app.timeutil import Clock
from tests.conftest import PASSWORD
from tests.core.access.conftest import SUBJECT, AccessWorld


@pytest.mark.parametrize(("received", "deadline"), [
    (date(2026, 1, 31), date(2026, 2, 28)), (date(2028, 1, 31), date(2028, 2, 29)),
    (date(2026, 3, 31), date(2026, 4, 30)), (date(2026, 12, 15), date(2027, 1, 15)),
    (date(2026, 11, 2), date(2026, 12, 2)),
])
def test_deadline_is_one_calendar_month(received: date, deadline: date) -> None:
    assert one_month_after(received) == deadline


def test_under_sixteen_the_parents_ask_from_sixteen_the_pupil() -> None:
    received = date(2026, 11, 2)
    assert requester_for_age(date(2010, 11, 3), received) is Requester.OUDER   # 15
    assert requester_for_age(date(2010, 11, 2), received) is Requester.LEERLING  # 16 today
    assert requester_for_age(None, received) is None


def test_record_applies_the_age_rule(vault: CaseFile, world: AccessWorld) -> None:
    requests = vault.access_requests
    received = date(2026, 11, 2)
    with pytest.raises(InvalidInputError) as unknown:
        requests.record(world.subject_id, received)
    assert unknown.value.code == "access.requester_unknown"
    with pytest.raises(InvalidInputError) as wrong:
        requests.record(world.subject_id, received, Requester.LEERLING,
                        born_on=date(2011, 5, 1))                   # 15: the parents ask
    assert wrong.value.code == "access.requester_for_age"
    assert vault.people.get(world.subject_id).born_on is None      # nothing stored
    req = requests.record(world.subject_id, received, born_on=date(2011, 5, 1))
    assert req.requested_by is Requester.OUDER and req.deadline == date(2026, 12, 2)
    assert req.person.born_on == date(2011, 5, 1) and req.is_open
    sixteen = requests.record(world.people["Quinten Olthof"], received, Requester.LEERLING,
                              born_on=date(2010, 6, 1))
    assert sixteen.requested_by is Requester.LEERLING
    with pytest.raises(InvalidInputError) as parent:
        requests.record(world.people["Quinten Olthof"], received, Requester.OUDER)
    assert parent.value.code == "access.requester_for_age"
    with pytest.raises(InvalidInputError) as future:
        requests.record(world.subject_id, date(2026, 12, 1), Requester.OUDER)
    assert future.value.code == "access.received_in_future"
    assert [r.id for r in requests.open()] == [req.id, sixteen.id]
    audit = vault.audit.entries(action_prefix="access.requested")
    assert [e.details["requested_by"] for e in audit] == ["ouder", "leerling"]
    assert vault.verify().ok


def test_candidates_by_name_id_and_word(vault: CaseFile, world: AccessWorld) -> None:
    requests = vault.access_requests
    [only] = requests.candidates(SUBJECT.upper())
    assert only.person.id == world.subject_id
    assert only.cases == (("2026-001", Role.GEPESTE), ("2026-002", Role.GETUIGE))
    assert requests.candidates(str(world.subject_id))[0].person.name == SUBJECT
    assert {c.person.name for c in requests.candidates("Pijnacker")} == {
        SUBJECT, "Ilse Pijnacker"}                                 # ambiguous: both
    assert requests.candidates("Pijn") == []                      # whole words only
    assert requests.candidates("Niemand Bekend") == []
    assert requests.candidates("999") == []


def test_te_doen_lists_open_requests_by_deadline(vault_path: Path, world: AccessWorld,
                                                 vault: CaseFile) -> None:
    req = vault.access_requests.record(world.subject_id, date(2026, 11, 2), Requester.OUDER)
    vault.close()
    later = Clock(lambda: datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    with CaseFile.open(vault_path, PASSWORD, clock=later) as reopened:
        items = [i for i in reopened.casework.todo().items if i.kind is TodoKind.ACCESS]
        assert [(i.key, i.due, i.state) for i in items] == [
            (f"inzage/{req.id}", date(2026, 12, 2), TodoState.OVERDUE)]
        assert items[0].label.params["name"] == SUBJECT
        before = reopened.casework.todo(today=date(2026, 11, 5)).items
        assert [i.state for i in before if i.kind is TodoKind.ACCESS] == [TodoState.UPCOMING]
        assert reopened.casework.todo(case_id=world.cases[0]).items == ()
