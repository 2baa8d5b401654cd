"""CaseWork.record_step: a step with the steungroep's results and ideas, all or nothing."""

from __future__ import annotations

import pytest

from app.casefile import CaseFile
from app.casework import CaseWork
from app.errors import InvalidInputError
from app.wording import dutch
from tests.core.casework.test_casework import at, make_case


@pytest.fixture
def work(vault: CaseFile) -> CaseWork:
    return vault.casework


def _group(vault: CaseFile, work: CaseWork) -> tuple[int, dict[str, int]]:
    case_id, people = make_case(vault, "supportgroep")
    names = ("Daan Visser", "Liam de Wit", "Noor Bakker", "Emma Smit", "Mila Mulder")
    group = work.steungroep.compose(case_id, [people[n] for n in names])
    work.steps.record_condition(case_id, "consent_gepeste", at(8), "Mondeling")
    return case_id, {m.person.name: m.id for m in group.members}


def test_step_results_and_ideas_in_one_go(vault: CaseFile, work: CaseWork) -> None:
    case_id, members = _group(vault, work)
    first, warnings = work.record_step(
        case_id, "gesprek_steungroep", at(8), verslag="Groepsgesprek.",
        ideas={members["Daan Visser"]: "Ik ga Sem vragen om mee te voetballen.",
               members["Noor Bakker"]: "Naast Sem zitten."})
    assert first.step_id == "gesprek_steungroep"
    assert [dutch(w) for w in warnings] == ["Noor Bakker: schrijf het idee als 'Ik ga ...'."]
    second, warnings = work.record_step(
        case_id, "tweede_gesprek_steungroep", at(15), verslag="Tweede gesprek.",
        results={members["Daan Visser"]: "Heeft twee keer gevraagd."},
        ideas={members["Daan Visser"]: "Ik ga het blijven vragen."})
    assert warnings == ()
    notes = work.steungroep.notes(case_id, members["Daan Visser"])
    assert [(n.kind, n.text, n.step_record_id) for n in notes] == [
        ("idee", "Ik ga Sem vragen om mee te voetballen.", first.id),
        ("resultaat", "Heeft twee keer gevraagd.", second.id),
        ("idee", "Ik ga het blijven vragen.", second.id)]


def test_a_wrong_member_leaves_no_step_behind(vault: CaseFile, work: CaseWork) -> None:
    case_id, _members = _group(vault, work)
    # only the consent recorded by _group is on the timeline (app/consent.py)
    consent_only = [e.text for e in vault.timeline.for_case(case_id)]
    assert [t.startswith("Toestemming van de leerling") for t in consent_only] == [True]
    with pytest.raises(InvalidInputError, match="leden van de steungroep"):
        work.record_step(case_id, "gesprek_steungroep", at(8), verslag="Groepsgesprek.",
                         ideas={9999: "Ik ga helpen."})
    assert work.steps.for_case(case_id) == []
    assert [e.text for e in vault.timeline.for_case(case_id)] == consent_only


def test_ideas_only_for_a_step_that_asks_for_them(vault: CaseFile, work: CaseWork) -> None:
    case_id, members = _group(vault, work)
    with pytest.raises(InvalidInputError, match="vraagt geen ideeën"):
        work.record_step(case_id, "gesprek_gepeste", at(8), verslag="Gesprek.",
                         ideas={members["Daan Visser"]: "Ik ga helpen."})
    assert work.steps.for_case(case_id) == []
    record, warnings = work.record_step(case_id, "gesprek_gepeste", at(8), verslag="Gesprek.")
    assert (record.step_id, warnings) == ("gesprek_gepeste", ())
