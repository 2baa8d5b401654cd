"""The change journal: which cases each committed write touched (app/changes.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.changes import VAULT_WIDE, ChangeJournal, ChangeSet
from app.domain import CaseKind, EntryKind, Role
from app.evidence.model import EvidenceMetadata
from app.timeutil import Clock


@pytest.fixture
def case_file(tmp_path: Path) -> Iterator[CaseFile]:
    clock = Clock(lambda: datetime(2026, 11, 22, 13, 5, tzinfo=UTC))
    opened = CaseFile.create(tmp_path / "k.pestdossier", "wachtwoord-voor-de-test",
                             clock=clock, check_strength=False)
    yield opened
    opened.close()


def _case(cf: CaseFile, title: str) -> int:
    return cf.cases.create(NewCase(title, CaseKind.PESTEN, date(2026, 11, 1))).id


def test_each_write_names_the_cases_it_touched(case_file: CaseFile) -> None:
    first, second = _case(case_file, "Eerste"), _case(case_file, "Tweede")
    start = case_file.changes.position
    entry = case_file.timeline.add(second, EntryKind.NOTITIE, "Gebeld.",
                                   datetime(2026, 11, 20, 9, tzinfo=UTC))
    assert case_file.changes.since(start).case_ids == {second}
    mark = case_file.changes.position
    case_file.timeline.edit_text(entry.id, "Gebeld met de mentor.")
    item = case_file.evidence.import_bytes(first, b"schermafbeelding", "bericht.txt")
    assert case_file.changes.since(mark).case_ids == {first, second}
    mark = case_file.changes.position
    case_file.evidence.update_metadata(item.id, EvidenceMetadata(
        description="Bericht in de groepsapp"))
    assert case_file.changes.since(mark).case_ids == {first}
    # A person: each of their cases, and the vault (an access request names them).
    mark = case_file.changes.position
    noor = case_file.people.add_new_to_case(first, "Noor", Role.GEPESTE)
    case_file.people.add_to_case(second, noor.person.id, Role.GETUIGE)
    case_file.people.rename(noor.person.id, "Noor B.", "6B")
    assert case_file.changes.since(mark).case_ids == {first, second, VAULT_WIDE}
    mark = case_file.changes.position
    case_file.set_school("Verzonnen school")
    assert case_file.changes.since(mark).case_ids == {VAULT_WIDE}


def test_a_rolled_back_batch_tells_nothing_and_a_batch_tells_once(case_file: CaseFile) -> None:
    case_id = _case(case_file, "Eerste")
    heard: list[ChangeSet] = []
    case_file.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError), case_file.batch():
        case_file.cases.update(case_id, title="Nooit bewaard")
        raise RuntimeError("stop")
    assert heard == []
    with case_file.batch():
        case_file.cases.update(case_id, title="Nieuw")
        other = _case(case_file, "Tweede")
    assert [h.case_ids for h in heard] == [{case_id, other}]


def test_a_worker_connection_shares_the_journal(case_file: CaseFile) -> None:
    case_id = _case(case_file, "Eerste")
    mark = case_file.changes.position
    worker = case_file.open_worker()
    try:
        assert worker.changes is case_file.changes
        worker.cases.update(case_id, title="Door de worker")
    finally:
        worker.close()
    assert case_file.changes.since(mark).case_ids == {case_id}


def test_a_reader_too_far_behind_recomputes_everything() -> None:
    journal = ChangeJournal(keep=3)
    for case_id in range(1, 6):
        journal.committed({case_id})
    assert journal.since(0).everything
    assert journal.since(2) == ChangeSet(5, frozenset({3, 4, 5}))
    assert journal.since(5).empty
    journal.committed(set())   # a write that touched no case is no change
    assert journal.position == 5


def test_lock_drops_the_listeners(case_file: CaseFile, tmp_path: Path) -> None:
    heard: list[ChangeSet] = []
    journal = case_file.changes
    journal.subscribe(heard.append)
    case_file.close()
    journal.committed({1})
    assert heard == []
