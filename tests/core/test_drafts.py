"""Drafts are kept inside the encrypted vault, replaced on saving again, and deleted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.casefile import CaseFile
from app.timeutil import Clock

PASSWORD = "test-wachtwoord-voor-de-kluis"
CANARY = "KANARIE-concept-5e2f"


def _open(path: Path) -> CaseFile:
    clock = Clock(lambda: datetime(2026, 11, 22, 13, 5, tzinfo=UTC))
    if path.exists():
        return CaseFile.open(path, PASSWORD, clock=clock)
    return CaseFile.create(path, PASSWORD, clock=clock, check_strength=False)


def test_draft_survives_closing_and_stays_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "kluis.pestdossier"
    with _open(path) as case_file:
        case_file.drafts.save("entry-new/case:1", {"edt_text": f"eerste {CANARY}"})
        case_file.drafts.save("entry-new/case:1", {"edt_text": f"tweede {CANARY}"})
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert CANARY.encode() not in file.read_bytes(), file
    with _open(path) as case_file:
        draft = case_file.drafts.get("entry-new/case:1")
        assert draft is not None
        assert draft.fields == {"edt_text": f"tweede {CANARY}"}
        assert draft.saved_at == datetime(2026, 11, 22, 13, 5, tzinfo=UTC)
        assert case_file.drafts.keys() == ["entry-new/case:1"]
        case_file.drafts.discard("entry-new/case:1")
        assert case_file.drafts.get("entry-new/case:1") is None
        assert case_file.drafts.keys() == []


def test_drafts_are_not_in_the_audit_log(tmp_path: Path) -> None:
    with _open(tmp_path / "kluis.pestdossier") as case_file:
        before = len(case_file.audit.entries())
        case_file.drafts.save("k", {"a": "b"})
        case_file.drafts.discard("k")
        assert len(case_file.audit.entries()) == before
