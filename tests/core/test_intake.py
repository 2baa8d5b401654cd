"""The intake of a melding (issue 13 item 6): the kind the three marks point to, stored
and edited through the case service, audited, searchable, and "not recorded" (None) for
a case that never had it."""

from __future__ import annotations

from datetime import date

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import BullyingForm, CaseKind, Criterion, ReportChannel, Signal
from app.intake import suggest_kind

OPZET, H, M = Criterion.OPZET, Criterion.HERHAALD, Criterion.MACHTSVERSCHIL


@pytest.mark.parametrize(("marks", "forms", "kind"), [
    ({OPZET, H, M}, set(), CaseKind.PESTEN),
    ({OPZET, H, M}, {BullyingForm.DIGITAAL, BullyingForm.WOORDEN}, CaseKind.ONLINE_PESTEN),
    ({OPZET, M}, set(), CaseKind.INCIDENT),          # meant to hurt, but once
    ({OPZET}, set(), CaseKind.INCIDENT),
    ({OPZET, H}, set(), CaseKind.CONFLICT),          # meant and repeated, between equals
    ({H, M}, set(), CaseKind.PLAGEN),            # no intent to hurt
    (set(), {BullyingForm.DIGITAAL}, CaseKind.PLAGEN),
])
def test_the_marks_suggest_a_kind(marks: set[Criterion], forms: set[BullyingForm],
                                  kind: CaseKind) -> None:
    assert suggest_kind(marks, forms) is kind


def _new(vault: CaseFile, **intake: object) -> int:
    return vault.cases.create(NewCase("Buiten de groep", CaseKind.PESTEN, date(2026, 10, 1),
                                      **intake)).id  # type: ignore[arg-type]


def test_stored_read_back_and_edited_with_an_audit_record(vault: CaseFile) -> None:
    case_id = _new(vault, reported_via=ReportChannel.BRIEVENBUS, criteria=frozenset({OPZET, H}),
                   forms=frozenset({BullyingForm.BUITENSLUITEN, BullyingForm.WOORDEN}),
                   signals=frozenset({Signal.ALLEEN}))
    case = vault.cases.get(case_id)
    assert case.reported_via is ReportChannel.BRIEVENBUS and case.criteria == {OPZET, H}
    assert case.forms == {BullyingForm.BUITENSLUITEN, BullyingForm.WOORDEN}
    assert case.signals == {Signal.ALLEEN}
    case = vault.cases.update(case_id, criteria={OPZET, H, M}, signals=set(), reported_via=None)
    assert case.criteria == {OPZET, H, M} and case.signals is None and case.reported_via is None
    updated = [e for e in vault.audit.entries() if e.action == "case.updated"]
    assert updated[-1].details["fields"] == ["criteria", "reported_via", "signals"]


def test_a_case_without_intake_stays_not_recorded_when_edited(vault: CaseFile) -> None:
    case_id = _new(vault)
    case = vault.cases.update(case_id, title="Andere titel", forms=set())
    assert (case.reported_via, case.criteria, case.forms, case.signals) == (None,) * 4
    assert vault.cases.update(case_id, criteria=set()).criteria == frozenset()  # assessed


def test_forms_signals_and_channel_are_searchable(vault: CaseFile) -> None:
    found = _new(vault, forms=frozenset({BullyingForm.BUITENSLUITEN}),
                 signals=frozenset({Signal.SCHOOLANGST}))
    other = _new(vault, forms=frozenset({BullyingForm.LICHAMELIJK}))
    assert vault.search.case_ids("buitensluiten") == {found}
    assert vault.search.case_ids("school") == {found}
    vault.cases.update(other, reported_via=ReportChannel.TELEFOON, forms={BullyingForm.SPULLEN})
    assert vault.search.case_ids("telefoon spullen") == {other}
    assert vault.search.case_ids("lichamelijk") == set()   # the old words left the index


def test_an_unknown_value_is_refused(vault: CaseFile) -> None:
    with pytest.raises(ValueError):
        _new(vault, forms=frozenset({"vliegen"}))
