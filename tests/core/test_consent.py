"""The student's consent to keeping a dossier: one truth with the step's gate condition,
on the timeline, in search, in the coordinator's dossier and not in the police's."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.cases import NewCase
from app.consent import ConsentAnswer, ConsentForm, ConsentSource, consent_summary
from app.domain import CaseKind, EntryKind
from app.dossier import document as d
from app.dossier.builder import build_dossier
from app.dossier.selection import DossierRequest
from app.errors import InvalidInputError
from app.timeutil import Clock
from tests.core.casework.test_casework import at, make_case, set_today

GIVEN = ConsentForm(True, ConsentAnswer.GEGEVEN, "schriftelijk, formulier getekend",
                    date(2026, 9, 8), "mevr. Okafor", "")


def _rows(vault: CaseFile, case_id: int, profile: str) -> dict[str, str]:
    doc = build_dossier(vault._gateway, case_id, DossierRequest(profile)).document
    return {k: v for s in doc.sections for b in s.blocks if isinstance(b, d.KeyValue)
            for k, v in b.rows}


def test_the_step_condition_is_the_consent_and_goes_on_the_timeline(
        vault: CaseFile, clock: Clock) -> None:
    case_id, people = make_case(vault, "supportgroep")
    assert vault.consent.current(case_id) is None
    set_today(clock, date(2026, 9, 8))
    vault.casework.steps.record(case_id, "gesprek_gepeste", at(8), verslag="Sem stemt in.",
                                participant_ids=[people["Sem Jansen"]],
                                conditions=[("consent_gepeste", "mondeling, na bedenktijd")])
    consent = vault.consent.current(case_id)
    assert consent is not None
    assert (consent.asked, consent.answer, consent.how, consent.on, consent.source) == (
        True, ConsentAnswer.GEGEVEN, "mondeling, na bedenktijd", date(2026, 9, 8),
        ConsentSource.STEP)
    assert vault._gateway.query("SELECT count(*) FROM case_consents")[0][0] == 0  # not copied
    notes = [e for e in vault.timeline.for_case(case_id) if e.kind is EntryKind.NOTITIE]
    assert [e.text for e in notes] == [
        "Toestemming van de leerling voor het dossier: gegeven (mondeling, na bedenktijd) "
        "op 8 september 2026"]
    assert vault.search.case_ids("bedenktijd") == {case_id}


def test_recording_and_changing_consent(vault: CaseFile, clock: Clock) -> None:
    case = vault.cases.create(NewCase("Uitgescholden op het plein", CaseKind.PESTEN,
                                      date(2026, 9, 7)))
    with pytest.raises(InvalidInputError, match="Kies het antwoord"):
        vault.consent.record(case.id, ConsentForm(True))
    with pytest.raises(InvalidInputError, match="hoe de toestemming"):
        vault.consent.record(case.id, ConsentForm(True, ConsentAnswer.GEGEVEN))
    with pytest.raises(InvalidInputError, match="wel en niet"):
        vault.consent.record(case.id, ConsentForm(True, ConsentAnswer.GEDEELTELIJK, "mondeling"))
    with pytest.raises(InvalidInputError, match="nog niet om toestemming"):
        vault.consent.record(case.id, ConsentForm(False, ConsentAnswer.GEGEVEN))
    vault.consent.record(case.id, ConsentForm(False, note="eerst de ouders spreken"))
    assert consent_summary(vault.consent.current(case.id)) == (
        "nog niet gevraagd. eerst de ouders spreken")
    consent = vault.consent.record(case.id, GIVEN)
    assert consent_summary(consent) == ("gegeven (schriftelijk, formulier getekend) op "
                                        "8 september 2026, gevraagd door mevr. Okafor")
    assert len(vault.consent.history(case.id)) == 2
    audit = vault.audit.entries(action_prefix="consent.")
    assert [(a.object_id, a.details["answer"]) for a in audit] == [(case.id, ""),
                                                                   (case.id, "gegeven")]
    entries = [e for e in vault.timeline.for_case(case.id) if "Toestemming" in e.text]
    assert len(entries) == 2
    assert vault.search.case_ids("formulier getekend") == {case.id}
    assert vault.search.case_ids("Okafor") == {case.id}
    assert vault.audit.verify().ok


def test_consent_in_the_coordinator_dossier_only(vault: CaseFile, tmp_path: Path) -> None:
    case = vault.cases.create(NewCase("Uitgescholden op het plein", CaseKind.PESTEN,
                                      date(2026, 9, 7)))
    assert _rows(vault, case.id, "coordinator")["Toestemming leerling"] == "niet vastgelegd"
    vault.consent.record(case.id, GIVEN)
    assert _rows(vault, case.id, "coordinator")["Toestemming leerling"].startswith(
        "gegeven (schriftelijk")
    assert "Toestemming leerling" not in _rows(vault, case.id, "police")
    assert "Toestemming leerling" not in _rows(vault, case.id, "summary")
    out = tmp_path / "dossier.pdf"
    vault.handover.export_dossier(case.id, DossierRequest("coordinator"), out)
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() or "" for p in PdfReader(out).pages))
    assert "Toestemming leerling" in text
    assert "formulier getekend" in text
