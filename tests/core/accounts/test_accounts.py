"""The accounts of a case (app/accounts.py): add, change, remove, audited, searchable,
read by the identity register, and gone with the case's people or the case."""

from __future__ import annotations

from datetime import date

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, Role
from app.errors import InvalidInputError, NotFoundError
from app.evidence import Account, EvidenceMetadata
from app.identities import FormKind


@pytest.fixture
def case_id(vault: CaseFile) -> int:
    return vault.cases.create(NewCase("Nepaccount", CaseKind.ONLINE_PESTEN,
                                      date(2026, 11, 2))).id


def test_add_list_change_remove_and_audit(vault: CaseFile, case_id: int) -> None:
    daan = vault.people.add_new_to_case(case_id, "Daan Vermeulen", Role.PESTER).person
    owl = vault.accounts.add(case_id, " Instagram ", "@nachtuil", display_name="Uil",
                             url="https://instagram.com/nachtuil")
    assert (owl.platform, owl.handle, owl.person_id, owl.shown) == (
        "Instagram", "nachtuil", None, "@nachtuil (Uil)")
    fox = vault.accounts.add(case_id, "TikTok", "", display_name="Vos", person_id=daan.id)
    assert fox.person_name == "Daan Vermeulen"
    assert [a.id for a in vault.accounts.list(case_id)] == [owl.id, fox.id]
    assert vault.accounts.find(case_id, "instagram", "@NACHTUIL") == owl
    changed = vault.accounts.update(owl.id, "Instagram", "nachtuil", display_name="Uiltje",
                                    person_id=daan.id)
    assert (changed.display_name, changed.person_name) == ("Uiltje", "Daan Vermeulen")
    vault.accounts.remove(fox.id)
    assert [a.id for a in vault.accounts.list(case_id)] == [owl.id]
    actions = [e.action for e in vault.audit.entries(object_type="case", object_id=case_id)]
    assert [a for a in actions if a.startswith("account.")] == [
        "account.added", "account.added", "account.changed", "account.removed"]
    details = [str(e.details) for e in vault.audit.entries(object_type="case",
                                                             object_id=case_id)]
    assert not any("nachtuil" in d for d in details)  # the handle stays out of the log


def test_refusals(vault: CaseFile, case_id: int) -> None:
    vault.accounts.add(case_id, "Snapchat", "kim.snap")
    with pytest.raises(InvalidInputError) as caught:
        vault.accounts.add(case_id, "snapchat", "@Kim.Snap")
    assert caught.value.code == "account.duplicate"
    vault.accounts.add(case_id, "TikTok", "kim.snap")  # another platform: another account
    for kwargs, code in (({"handle": " @ "}, "account.name_missing"),
                         ({"handle": "x", "url": "https://a b"}, "evidence.url_with_space"),
                         ({"handle": "x" * 501}, "account.too_long")):
        with pytest.raises(InvalidInputError) as caught:
            vault.accounts.add(case_id, "Instagram", **kwargs)
        assert caught.value.code == code
    stranger = vault.people.add_new_to_case(
        vault.cases.create(NewCase("Ander", CaseKind.PESTEN, date(2026, 11, 3))).id,
        "Lotte Jansen", Role.GEPESTE).person
    with pytest.raises(InvalidInputError) as caught:
        vault.accounts.add(case_id, "Instagram", "lotte", person_id=stranger.id)
    assert caught.value.code == "account.person_not_in_case"
    with pytest.raises(NotFoundError):
        vault.accounts.remove(9999)


def test_search_finds_handles_and_the_students_account(vault: CaseFile, case_id: int) -> None:
    vault.accounts.add(case_id, "Instagram", "zwartekater77", display_name="Kater")
    assert vault.search.case_ids("zwartekater77") == {case_id}
    item = vault.evidence.import_bytes(case_id, b"just some text bytes", "notitie.txt",
                                       metadata=EvidenceMetadata(
                                           student_account="Het begon in de gymles"))
    assert item.metadata.student_account == "Het begon in de gymles"
    assert vault.search.case_ids("gymles") == {case_id}
    account = vault.accounts.list(case_id)[0]
    vault.accounts.update(account.id, "Instagram", "witteuil12")
    assert vault.search.case_ids("zwartekater77") == set()
    assert vault.search.case_ids("witteuil12") == {case_id}
    vault.accounts.remove(account.id)
    assert vault.search.case_ids("witteuil12") == set()


def test_register_reads_the_case_accounts(vault: CaseFile, case_id: int) -> None:
    noor = vault.people.add_new_to_case(case_id, "Noor Bakker", Role.GEPESTE).person
    vault.evidence.import_bytes(case_id, b"a chat line", "chat.txt", metadata=EvidenceMetadata(
        platform="Instagram", accounts=(Account("nachtuil"), Account("noor.b"))))
    vault.accounts.add(case_id, "Instagram", "noor.b", url="https://i.example/noor.b",
                       person_id=noor.id)
    vault.accounts.add(case_id, "Instagram", "nachtuil")  # onbekend
    vault.accounts.add(case_id, "Snapchat", "spookje")   # onbekend, in no item
    register = vault.identities.register(case_id)
    forms = register.forms_by_person()[noor.id]
    assert [(f.kind, f.value, f.url) for f in forms] == [
        (FormKind.ACCOUNT, "noor.b", "https://i.example/noor.b")]
    assert sorted(u.value for u in register.unlinked) == ["nachtuil", "spookje"]


def test_removing_a_person_leaves_the_account_onbekend(vault: CaseFile, case_id: int) -> None:
    sam = vault.people.add_new_to_case(case_id, "Sam de Wit", Role.GETUIGE).person
    account = vault.accounts.add(case_id, "TikTok", "sam.wit", person_id=sam.id)
    vault.people.delete(sam.id, "per vergissing toegevoegd", case_id)
    assert vault.accounts.get(account.id).person_id is None


def test_the_access_overview_names_the_accounts_linked_to_a_person(
        vault: CaseFile, case_id: int) -> None:
    from app.access.gather import gather
    from app.people import PeopleRepository

    noor = vault.people.add_new_to_case(case_id, "Noor Bakker", Role.GEPESTE).person
    vault.accounts.add(case_id, "TikTok", "noor.tt", person_id=noor.id)
    vault.accounts.add(case_id, "TikTok", "iemand.anders")
    gateway = vault._gateway
    data = gather(gateway, vault.identities, PeopleRepository(gateway).get(noor.id))
    assert [(f.value, f.platform) for f in data.forms] == [("noor.tt", "TikTok")]
