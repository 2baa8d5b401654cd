"""The police's "Feiten": the case description, the student's own account from the
evidence session, melding and incident entries and the evidence items, in time order;
offences, advice and urgency with its reason in the police and coordinator dossiers."""

from __future__ import annotations

from pathlib import Path

from app.casefile import CaseFile
from app.casework.offences import AdviceAction
from app.domain import EntryKind, Role
from app.dossier.sample import make_screenshot
from app.dossier.selection import DossierRequest
from app.evidence import EvidenceMetadata
from tests.core.dossier.test_dossier_build import pdf_text
from tests.dossier_case import at
from tests.leak_corpus import _case

DESCRIPTION = "Beschrijving: Sanne wordt via Instagram afgeperst."
OWN_ACCOUNT = "Eigen verhaal van Sanne: hij vroeg 50 euro, anders zou hij de foto delen."


def _police_case(vault: CaseFile) -> int:
    cid = _case(vault, "Afpersing", DESCRIPTION)
    vault.people.add_new_to_case(cid, "Sanne de Wit", Role.GEPESTE, "3A")
    tl = vault.timeline
    tl.add(cid, EntryKind.MELDING, "Moeder meldt de afpersing.", at(3, 9))
    tl.add(cid, EntryKind.INCIDENT, "Tweede dreigbericht ontvangen.", at(5, 21))
    tl.add(cid, EntryKind.GESPREK, "Gewoon gesprek, geen feit.", at(6, 10))
    item = vault.evidence.import_bytes(
        cid, make_screenshot(3), "dreig.png", captured_at=at(4, 20),
        metadata=EvidenceMetadata(platform="Instagram", description="Eerste dreigbericht"))
    vault.evidence.record_collection_session(cid, ["Sanne de Wit"], at(4, 15), [item],
                                             OWN_ACCOUNT)
    vault.casework.offences.set_checked(cid, ["afpersing"])
    vault.casework.offences.record_advice(cid, ["afpersing"],
                                          [AdviceAction.AANGIFTE_GEADVISEERD], "moeder",
                                          "Aangifte op 7 november besproken.", at(7))
    return cid


def test_police_facts_hold_every_source_in_time_order(vault: CaseFile, tmp_path: Path) -> None:
    cid = _police_case(vault)
    result = vault.handover.export_dossier(cid, DossierRequest("police"), tmp_path / "p.pdf")
    assert result is not None
    text = " ".join(pdf_text(result.path).split())
    facts = text[text.index("Feiten: wat er wanneer gebeurde"):]
    order = [DESCRIPTION, "Moeder meldt de afpersing.", OWN_ACCOUNT, "B1 · Eerste dreigbericht",
             "Tweede dreigbericht ontvangen."]
    positions = [facts.index(" ".join(t.split())) for t in order]
    assert positions == sorted(positions)
    assert "Gewoon gesprek" not in text
    assert "Urgentie Acuut:" in text           # with the reason (extortion)
    assert "Afpersing" in text and "art. 317 en 318 Sr" in text
    assert "Aangifte geadviseerd" in text or "aangifte" in text.lower()
    assert "Aangifte op 7 november besproken." in text


def test_the_description_can_be_left_out(vault: CaseFile, tmp_path: Path) -> None:
    cid = _police_case(vault)
    items = vault.handover.selectable(cid, "police")
    assert items[0].kind == "description" and items[0].allowed
    session = [i for i in items if i.kind == "entry" and i.category is EntryKind.GESPREK]
    assert [i.allowed for i in session] == [True, False]   # the session is, the talk not
    result = vault.handover.export_dossier(
        cid, DossierRequest("police", include_description=False), tmp_path / "p.pdf")
    assert result is not None
    assert "Sanne wordt via Instagram afgeperst" not in pdf_text(result.path)


def test_coordinator_shows_urgency_reason_offences_and_advice(vault: CaseFile,
                                                              tmp_path: Path) -> None:
    cid = _police_case(vault)
    result = vault.handover.export_dossier(cid, DossierRequest("coordinator"),
                                           tmp_path / "c.pdf")
    assert result is not None
    text = " ".join(pdf_text(result.path).split())
    assert "Urgentie Acuut:" in text and "Aangifte op 7 november besproken." in text
