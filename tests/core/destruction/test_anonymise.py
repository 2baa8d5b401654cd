"""Issue 11 (3): anonymising keeps a case's yearly figures and nothing else."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.destruction import DestructionKind
from app.domain import EntryKind, Role
from app.errors import InvalidInputError
from app.yearly import school_year
from tests.conftest import PASSWORD
from tests.core.destruction.helpers import TITLE, build_full_case, decrypt_copy
from tests.dossier_case import at

REASON = "Bewaren voor de schoolstatistiek"


@pytest.fixture
def full(vault: CaseFile, tmp_path: Path):
    out = tmp_path / "uit"
    out.mkdir()
    return build_full_case(vault, out)


def test_anonymise_keeps_the_yearly_figures(vault: CaseFile, full) -> None:
    period = school_year(2026)
    today = date(2027, 8, 1)
    before = vault.statistics.compute(period, include_groups=True, today=today)
    assert before.report.cases.low == 2
    record = vault.destruction.anonymise(full.case_id, REASON, confirm=True)
    after = vault.statistics.compute(period, include_groups=True, today=today)
    assert after.report == before.report
    assert after.report.table("platform") == before.report.table("platform")
    assert record.kind is DestructionKind.ANONYMISED and vault.verify().ok


def test_anonymised_case_holds_no_content(vault: CaseFile, vault_path: Path, tmp_path: Path,
                                          full) -> None:
    vault.destruction.anonymise(full.case_id, REASON, confirm=True)
    plain = decrypt_copy(vault_path, tmp_path / "na.db", PASSWORD)
    gone = [n for n in full.needles if n != TITLE.encode()]
    assert [n for n in gone if n in plain] == []
    assert TITLE.encode() not in plain
    assert [s for s in full.evidence_bytes if s in plain] == []
    case = vault.cases.get(full.case_id)
    assert case.title == "Geanonimiseerd" and case.description == ""
    assert case.anonymised_at is not None
    summary = next(s for s in vault.cases.list() if s.id == full.case_id)
    assert summary.anonymised
    assert vault.people.for_case(full.case_id) == []
    assert vault.evidence.list_for_case(full.case_id) == []
    assert {e.text for e in vault.timeline.for_case(full.case_id)} == {""}


def test_anonymised_case_cannot_be_edited(vault: CaseFile, full) -> None:
    vault.destruction.anonymise(full.case_id, REASON, confirm=True)
    attempts = (
        lambda: vault.cases.update(full.case_id, title="Terug"),
        lambda: vault.timeline.add(full.case_id, EntryKind.NOTITIE, "x", at(20)),
        lambda: vault.people.add_new_to_case(full.case_id, "Iemand", Role.GETUIGE),
        lambda: vault.evidence.import_bytes(full.case_id, b"bewijs", "b.txt"),
        lambda: vault.destruction.anonymise(full.case_id, REASON, confirm=True),
    )
    for attempt in attempts:
        with pytest.raises(InvalidInputError) as caught:
            attempt()
        assert caught.value.code in ("case.anonymised", "destruction.already_anonymised")
    # destroying it later is still possible
    vault.destruction.destroy(full.case_id, "Termijn verstreken", confirm=True)
    assert [r.kind for r in vault.destruction.records()] == [DestructionKind.ANONYMISED,
                                                            DestructionKind.DESTROYED]
    assert vault.verify().ok


def test_an_anonymised_case_asks_for_nothing_in_todo(vault: CaseFile, full) -> None:
    """Its open work and a passed retention date would name a case there is nothing left
    of: 'te doen' leaves it out."""
    from datetime import timedelta

    vault.retention.set_rule(full.case_id, "aangepaste_datum", "kort bewaren",
                             custom=vault.clock.today_local() - timedelta(days=1))
    before = vault.casework.todo(horizon_days=3650)
    assert any(i.case_id == full.case_id for i in before.items)
    vault.destruction.anonymise(full.case_id, REASON, confirm=True)
    after = vault.casework.todo(horizon_days=3650)
    assert [i for i in after.items if i.case_id == full.case_id] == []
