"""Every case's protocol data is read once per change: 'te doen', its inform lines and
the retention dates share that read (app/casework/progress.py, Vault.kept). A commit on
this connection or on another one makes the next read fresh."""

from __future__ import annotations

from datetime import date

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind


def _todo_cases(vault: CaseFile) -> set[int]:
    return {item.case_id for item in vault.casework.todo(today=date(2026, 11, 23)).items}


def test_a_protocol_chosen_here_shows_in_te_doen_at_once(vault: CaseFile) -> None:
    first = vault.cases.create(NewCase("Melding in de gymzaal", CaseKind.PESTEN,
                                       date(2026, 11, 20)))
    second = vault.cases.create(NewCase("Melding op de gang", CaseKind.PESTEN,
                                        date(2026, 11, 20)))
    vault.casework.protocols.choose(first.id, "zesstappenplan")
    assert _todo_cases(vault) == {first.id}
    assert vault.retention.for_all().keys() == {first.id, second.id}
    vault.casework.protocols.choose(second.id, "supportgroep")
    assert _todo_cases(vault) == {first.id, second.id}


def test_a_protocol_chosen_on_another_connection_is_seen(vault: CaseFile) -> None:
    case = vault.cases.create(NewCase("Melding in de kantine", CaseKind.PESTEN,
                                      date(2026, 11, 20)))
    assert _todo_cases(vault) == set()
    worker = vault.open_worker()
    try:
        worker.casework.protocols.choose(case.id, "zesstappenplan")
    finally:
        worker.close()
    assert _todo_cases(vault) == {case.id}
