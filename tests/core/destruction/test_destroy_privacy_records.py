"""Destruction meets the other privacy records: the case's retention choice, consent and
intake go with it; an access request about one of its pupils stays (it is the school's
record of answering that request, AVG art. 5(2)), and with it the person it names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.consent import ConsentAnswer, ConsentForm
from app.domain import CaseKind, Criterion, Requester, Role
from tests.conftest import PASSWORD
from tests.core.destruction.helpers import decrypt_copy

RETENTION_CANARY = "BEWAARREDENKANARIE5151"
CONSENT_CANARY = "TOESTEMMINGKANARIE5252"
TITLE_CANARY = "ZAAKTITELKANARIE5353"


def test_destroying_a_case_takes_its_privacy_records_and_keeps_access_requests(
        vault: CaseFile, vault_path: Path, tmp_path: Path) -> None:
    case = vault.cases.create(NewCase(TITLE_CANARY, CaseKind.PESTEN, date(2026, 9, 1),
                                      criteria=frozenset(Criterion)))
    asker = vault.people.add_new_to_case(case.id, "Sanne Verhoef", Role.GEPESTE)
    quiet = vault.people.add_new_to_case(case.id, "Jesse Kroon", Role.PESTER)
    vault.retention.set_rule(case.id, "aangepaste_datum", RETENTION_CANARY,
                             custom=date(2027, 8, 31))
    vault.consent.record(case.id, ConsentForm(True, ConsentAnswer.GEGEVEN, "mondeling",
                                              date(2026, 9, 2), note=CONSENT_CANARY))
    request = vault.access_requests.record(asker.person.id, date(2026, 10, 1),
                                           Requester.OUDER)
    vault.destruction.destroy(case.id, "bewaartermijn verstreken", confirm=True)
    plain = decrypt_copy(vault_path, tmp_path / "na.db", PASSWORD)
    for canary in (RETENTION_CANARY, CONSENT_CANARY, TITLE_CANARY, "Jesse Kroon"):
        assert canary.encode() not in plain, canary
    assert vault.access_requests.get(request.id).person.name == "Sanne Verhoef"
    assert vault.verify().ok
    assert [c.person.id for c in vault.access_requests.candidates("Sanne Verhoef")] == [
        asker.person.id]
    assert vault.access_requests.candidates(str(quiet.person.id)) == []
