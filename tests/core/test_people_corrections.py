"""Issue 11 (5): correcting people: name and group, role per case, the register's forms,
removal from a case with a reason, deleting someone who appears in no other case."""

from __future__ import annotations

from datetime import date

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, Role
from app.errors import InvalidInputError, NotFoundError
from app.identities import FormKind
from tests.core.test_withdraw import PASSWORD, refused


@pytest.fixture
def vault(tmp_path):
    with CaseFile.create(tmp_path / "v.pestdossier", PASSWORD, check_strength=False) as v:
        yield v


def _case(vault: CaseFile, title: str) -> int:
    return vault.cases.create(NewCase(title, CaseKind.PESTEN, date(2026, 11, 2))).id


def test_edit_name_and_group_keeps_the_register_consistent(vault) -> None:
    case = _case(vault, "Plein")
    person = vault.people.add_new_to_case(case, "Lex de Vires", Role.PESTER, "6B").person
    edited = vault.people.rename(person.id, "Lex de Vries", "6C", keep_old_name=True)
    assert (edited.name, edited.group_name) == ("Lex de Vries", "6C")
    forms = vault.identities.forms_of(person.id)
    assert [(f.kind, f.value) for f in forms] == [(FormKind.NICKNAME, "Lex de Vires")]
    register = vault.identities.register(case)
    assert register.people[0].person.name == "Lex de Vries"
    assert len(vault.search.search("Vries")) == 1
    assert vault.search.search("Vires") == []
    vault.people.rename(person.id, "Lex de Vries", "6D")     # group only: nothing kept
    assert len(vault.identities.forms_of(person.id)) == 1
    audit = vault.audit.entries(action_prefix="person.updated")
    assert [e.details["fields"] for e in audit] == [["name", "group"], ["group"]]
    assert "Vires" not in str([e.details for e in audit])
    # the register's forms can be corrected too
    form = vault.identities.update(forms[0].id, "Lexie")
    assert [f.value for f in vault.identities.forms_of(person.id)] == ["Lexie"] == [form.value]
    account = vault.identities.add(person.id, FormKind.ACCOUNT, "@lex.v", platform="TikTok")
    changed = vault.identities.update(account.id, "@lex.vries", platform="TikTok",
                                      display_name="Lex")
    assert (changed.value, changed.display_name) == ("lex.vries", "Lex")
    other = vault.identities.add(person.id, FormKind.NICKNAME, "Vriesje")
    with refused("identity.duplicate"):
        vault.identities.update(other.id, "lexie")
    with refused("identity.not_found"):
        vault.identities.update(9999, "x")


def test_change_role_per_case(vault) -> None:
    first, second = _case(vault, "Eerste"), _case(vault, "Tweede")
    participant = vault.people.add_new_to_case(first, "Daan", Role.GETUIGE)
    vault.people.add_to_case(second, participant.person.id, Role.MEELOPER)
    changed = vault.people.change_role(participant.id, Role.PESTER)
    assert (changed.id, changed.role) == (participant.id, Role.PESTER)
    assert vault.people.cases_of(participant.person.id) == [(first, Role.PESTER),
                                                            (second, Role.MEELOPER)]
    vault.people.add_to_case(first, participant.person.id, Role.MEELOPER)
    with refused("participant.already_in_role"):
        vault.people.change_role(participant.id, Role.MEELOPER)
    audit = vault.audit.entries(action_prefix="participant.role_changed")
    assert [(e.details["old_role"], e.details["role"]) for e in audit] == [
        ("getuige", "pester")]


def test_remove_from_case_with_a_reason(vault) -> None:
    case = _case(vault, "Plein")
    participant = vault.people.add_new_to_case(case, "Sam", Role.PESTER)
    vault.people.add_to_case(case, participant.person.id, Role.MEELOPER)
    item = vault.evidence.import_bytes(case, b"bericht", "b.txt")
    vault.evidence.link_person(item.id, participant.person.id, "afzender")
    with refused("reason.missing"):
        vault.people.remove_person_from_case(case, participant.person.id, " ")
    vault.people.remove_person_from_case(case, participant.person.id, "Verkeerde leerling")
    assert vault.people.for_case(case) == []
    assert vault.evidence.linked_people(item.id) == []
    assert vault.people.get(participant.person.id).name == "Sam"   # stays in the vault
    assert vault.search.search("Sam") == []
    audit = vault.audit.entries(action_prefix="participant.removed")
    assert [(e.details["role"], e.details["reason"]) for e in audit] == [
        ("pester", "Verkeerde leerling"), ("meeloper", "Verkeerde leerling")]
    with pytest.raises(NotFoundError):
        vault.people.remove_person_from_case(case, participant.person.id, "nog eens")


def test_delete_only_a_person_in_no_other_case(vault) -> None:
    first, second = _case(vault, "Eerste"), _case(vault, "Tweede")
    shared = vault.people.add_new_to_case(first, "Noor", Role.GEPESTE).person
    vault.people.add_to_case(second, shared.id, Role.GETUIGE)
    typo = vault.people.add_new_to_case(first, "Nor", Role.GETUIGE).person
    vault.identities.add(typo.id, FormKind.PHONE, "06-12345678")
    assert vault.people.other_cases(shared.id, first) == [
        vault.cases.get(second).reference]
    assert vault.people.other_cases(typo.id, first) == []
    with pytest.raises(InvalidInputError) as caught:
        vault.people.delete(shared.id, "vergissing", first)
    assert caught.value.code == "person.in_other_cases"
    assert caught.value.message == (
        f"Deze persoon staat ook bij {vault.cases.get(second).reference}. Haal de persoon "
        "alleen uit deze melding, of eerst ook uit de andere meldingen.")
    vault.people.delete(typo.id, "Tikfout: bestaat niet", first)
    with pytest.raises(NotFoundError):
        vault.people.get(typo.id)
    assert vault.identities.forms_of(typo.id) == []
    assert [p.person.name for p in vault.people.for_case(first)] == ["Noor"]
    deleted = vault.audit.entries(action_prefix="person.deleted")
    assert deleted[0].details == {"case_id": first, "reason": "Tikfout: bestaat niet",
                                  "identity_forms": 1}
    assert vault.verify().ok


def test_delete_refused_while_protocol_records_name_the_person(vault) -> None:
    case = _case(vault, "Steungroep")
    vault.casework.protocols.choose(case, "supportgroep")
    helper = vault.people.add_new_to_case(case, "Helper", Role.VERDEDIGER)
    vault.casework.steungroep.compose(case, [helper.id])
    with refused("person.has_records"):
        vault.people.delete(helper.person.id, "vergissing", case)
    vault.people.remove_person_from_case(case, helper.person.id, "toch niet betrokken")
    assert vault.people.for_case(case) == []
