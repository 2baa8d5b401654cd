"""The case list is read once per change: unlocking reads it on the worker that opens the
vault, and the window's first read gets those rows (ui/vault/unlock_screen.py). Any commit,
on this connection or another, makes the next read fresh."""

from __future__ import annotations

from datetime import date

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, CaseStatus


def _titles(vault: CaseFile, **filters: object) -> list[str]:
    return [c.title for c in vault.cases.list(**filters)]  # type: ignore[arg-type]


def test_a_read_is_kept_until_a_commit_on_this_connection(vault: CaseFile) -> None:
    vault.cases.create(NewCase("Eerste melding", CaseKind.PESTEN, date(2026, 3, 2)))
    first = vault.cases.list()
    again = vault.cases.list()
    assert again == first and again is not first   # a copy: the caller may change its list
    again.clear()
    assert _titles(vault) == ["Eerste melding"]
    vault.cases.create(NewCase("Tweede melding", CaseKind.PESTEN, date(2026, 3, 3)))
    assert _titles(vault) == ["Tweede melding", "Eerste melding"]


def test_a_commit_on_another_connection_is_seen(vault: CaseFile) -> None:
    case = vault.cases.create(NewCase("Melding op het plein", CaseKind.PESTEN, date(2026, 3, 2)))
    assert [c.status for c in vault.cases.list()] == [CaseStatus.NIEUW]
    worker = vault.open_worker()
    try:
        worker.cases.update(case.id, status=CaseStatus.IN_BEHANDELING)
    finally:
        worker.close()
    assert [c.status for c in vault.cases.list()] == [CaseStatus.IN_BEHANDELING]


def test_filters_are_never_answered_with_another_filters_rows(vault: CaseFile) -> None:
    vault.cases.create(NewCase("Pesten in de klas", CaseKind.PESTEN, date(2026, 3, 2)))
    assert _titles(vault) == ["Pesten in de klas"]
    assert _titles(vault, status=CaseStatus.GESLOTEN) == []
    assert _titles(vault, status=CaseStatus.NIEUW) == ["Pesten in de klas"]
    assert _titles(vault) == ["Pesten in de klas"]
