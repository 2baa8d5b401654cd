"""The non-pestcontract and the pupil's plan (issue 13 item 5): filled in through the
front door, kept with revisions, signed, printed, found by search, and gone with the case."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, ReportedBy, Role
from app.errors import InvalidInputError
from app.forms import CaseForm, FormKind, Signer

STOPS = "Ik stuur geen berichten meer over haar kleren in de groepsapp."


def _case(vault: CaseFile) -> tuple[int, int, int, int]:
    case = vault.cases.create(NewCase("Berichten in de groepsapp", CaseKind.ONLINE_PESTEN,
                                      date(2026, 11, 16), ReportedBy.OUDER, "7", ""))
    sam = vault.people.add_new_to_case(case.id, "Sam Jansen", Role.PESTER, "7")
    noor = vault.people.add_new_to_case(case.id, "Noor de Wit", Role.GEPESTE, "7")
    mother = vault.people.add_new_to_case(case.id, "Mevrouw Jansen", Role.OUDER, "")
    return case.id, sam.person.id, noor.person.id, mother.person.id


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_a_contract_is_made_changed_with_revisions_and_signed(vault: CaseFile) -> None:
    case_id, sam, _noor, _mother = _case(vault)
    form = vault.forms.create(case_id, FormKind.CONTRACT, sam, {"stops": STOPS})
    assert (form.kind, form.person_name, form.version, form.signed) == (
        FormKind.CONTRACT, "Sam Jansen", 1, {})
    assert form.evaluate_on is None  # no protocol sets one for a contract
    form = vault.forms.sign(form.id, Signer.LEERLING, date(2026, 11, 23))
    assert form.signed == {Signer.LEERLING: date(2026, 11, 23)} and form.version == 2
    changed = vault.forms.update(form.id, {"stops": STOPS, "repair": "Ik zeg sorry."},
                                 date(2026, 11, 30), reason="aangevuld na het gesprek")
    assert changed.text("repair") == "Ik zeg sorry." and changed.version == 3
    assert changed.signed == {}  # what was signed is the old text
    history = vault.forms.revisions(form.id)
    assert [r.version for r in history] == [1, 2]
    assert history[1].signed == {Signer.LEERLING: date(2026, 11, 23)}
    assert history[1].reason == "aangevuld na het gesprek"
    assert history[0].reason == "ondertekend: leerling"
    # an unchanged save writes nothing
    assert vault.forms.update(form.id, changed.fields, changed.evaluate_on, "x").version == 3
    actions = [e.action for e in vault.audit.entries() if e.action.startswith("form.")]
    assert actions == ["form.created", "form.signed", "form.changed"]
    assert any("Niet-pestcontract opgesteld met Sam Jansen" in e.text
               for e in vault.timeline.for_case(case_id))


def test_the_pupils_plan_is_evaluated_a_week_later(vault: CaseFile) -> None:
    """003: after the confronting talk the pupil writes a plan; a week later it is
    evaluated."""
    case_id, sam, _noor, _mother = _case(vault)
    plan = vault.forms.create(case_id, FormKind.PLAN, sam, {"actions": "Ik laat haar met rust."})
    assert plan.evaluate_on == date(2026, 11, 29)  # the clock says 22 November
    assert [f.id for f in vault.forms.for_case(case_id)] == [plan.id]


@pytest.mark.parametrize(("kind", "fields", "code"), [
    (FormKind.CONTRACT, {"instead": "iets"}, "form.required_missing"),
    (FormKind.PLAN, {"stops": "x", "actions": "y"}, "form.unknown_field"),
    (FormKind.CONTRACT, {"stops": "x" * 4001}, "form.field_too_long"),
])
def test_bad_fields_are_refused(vault: CaseFile, kind: FormKind, fields: dict[str, str],
                                code: str) -> None:
    case_id, sam, _noor, _mother = _case(vault)
    with pytest.raises(InvalidInputError) as caught:
        vault.forms.create(case_id, kind, sam, fields)
    assert caught.value.code == code
    assert vault.forms.for_case(case_id) == []


def test_a_form_is_for_a_pupil_of_this_case(vault: CaseFile) -> None:
    case_id, _sam, _noor, mother = _case(vault)
    other = vault.people.create("Iemand Anders")
    for person, code in ((mother, "form.pupil_is_adult"), (other.id, "form.pupil_not_in_case")):
        with pytest.raises(InvalidInputError) as caught:
            vault.forms.create(case_id, FormKind.CONTRACT, person, {"stops": STOPS})
        assert caught.value.code == code


def test_the_pdf_has_the_fields_and_refuses_another_childs_name(vault: CaseFile,
                                                                tmp_path: Path) -> None:
    vault.set_school("Basisschool De Regenboog")
    case_id, sam, _noor, _mother = _case(vault)
    form = vault.forms.create(case_id, FormKind.CONTRACT, sam, {
        "stops": STOPS, "consequences": "Dan volgt een gesprek met je ouders en de directeur."})
    form = vault.forms.sign(form.id, Signer.OUDERS, date(2026, 11, 24))
    out = vault.forms.export_pdf(form.id, tmp_path / "contract.pdf")
    text = _pdf_text(out)
    for expected in ("Basisschool De Regenboog", "Niet-pestcontract", "Leerling: Sam Jansen",
                     "Dit gedrag stopt", STOPS, "Als het pesten doorgaat", "Namens de school",
                     "Datum: 24 november 2026"):
        assert expected in text, expected
    assert out.stat().st_mode & 0o077 == 0
    named = vault.forms.update(form.id, {"stops": "Ik laat Noor met rust."}, None, "korter")
    assert [m.params["name"] for m in vault.forms.check(named.id)] == ["Noor de Wit"]
    with pytest.raises(InvalidInputError) as caught:
        vault.forms.export_pdf(named.id, tmp_path / "noor.pdf")
    assert caught.value.code == "form.names_other_child"
    assert not (tmp_path / "noor.pdf").exists()
    vault.forms.export_pdf(named.id, tmp_path / "noor.pdf", confirm=True)
    exports = [e for e in vault.audit.entries() if e.action == "form.exported"]
    assert len(exports) == 2


def test_search_finds_the_case_by_what_the_contract_says(vault: CaseFile) -> None:
    case_id, sam, _noor, _mother = _case(vault)
    form = vault.forms.create(case_id, FormKind.CONTRACT, sam, {"stops": "Geen memes meer"})
    assert case_id in vault.search.case_ids("memes")
    vault.forms.update(form.id, {"stops": "Geen stickers meer"}, None, "anders gezegd")
    assert case_id not in vault.search.case_ids("memes")
    assert case_id in vault.search.case_ids("stickers")
    assert case_id in vault.search.case_ids("contract")


def test_a_person_with_a_contract_is_not_deleted(vault: CaseFile) -> None:
    case_id, sam, _noor, _mother = _case(vault)
    vault.forms.create(case_id, FormKind.CONTRACT, sam, {"stops": STOPS})
    with pytest.raises(InvalidInputError) as caught:
        vault.people.delete(sam, "per ongeluk", case_id)
    assert caught.value.code in {"person.has_records", "person.in_other_cases"}
    assert vault.forms.for_case(case_id)[0].person_name == "Sam Jansen"


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["stops", "instead", "repair", "consequences"]),
                       st.text(max_size=200), min_size=1))
def test_any_text_round_trips(vault: CaseFile, fields: dict[str, str]) -> None:
    case_id = vault.cases.create(NewCase("Rondgang", CaseKind.PESTEN, date(2026, 11, 1))).id
    pupil = vault.people.add_new_to_case(case_id, "Lex Vos", Role.PESTER, "8").person.id
    fields = {**fields, "stops": fields.get("stops", "").strip() or "stoppen"}
    try:
        form = vault.forms.create(case_id, FormKind.CONTRACT, pupil, fields)
    except InvalidInputError as error:
        pytest.fail(f"refused {fields!r}: {error.code}")
    stored: CaseForm = vault.forms.get(form.id)
    assert {k: v for k, v in stored.fields.items() if v} == {
        k: v.strip() for k, v in fields.items() if v.strip()}
