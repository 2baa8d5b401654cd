"""Marked entries in every export: a werkaantekening is in no dossier or package (a line
counts it), special personal data only in the profiles that need it, with its badge."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role, SpecialCategory
from app.dossier import document as d
from app.dossier.selection import DossierRequest
from app.timeutil import AMSTERDAM

WORK = "KANARIEWERK5150"
HEALTH = "KANARIEGEZOND2718"
SEXUAL = "KANARIESEKS3141"
PLAIN = "KANARIEGEWOON1618"
WORK_LINE = "1 werkaantekening van de vertrouwenspersoon is niet opgenomen"


def _at(day: int) -> datetime:
    return datetime(2026, 11, day, 10, 0, tzinfo=AMSTERDAM)


@pytest.fixture
def marked(vault: CaseFile) -> dict[str, int]:
    case = vault.cases.create(NewCase("Gedoe in de gymzaal", CaseKind.PESTEN,
                                      date(2026, 11, 2), group_name="3C"))
    vault.people.add_new_to_case(case.id, "Mila Verhoef", Role.GEPESTE, "3C")
    vault.people.add_new_to_case(case.id, "Bram Kuipers", Role.PESTER, "3C")
    tl = vault.timeline
    ids = {"case": case.id}
    ids["plain"] = tl.add(case.id, EntryKind.INCIDENT, f"Duw in de kleedkamer {PLAIN}",
                          _at(3)).id
    ids["work"] = tl.add(case.id, EntryKind.INCIDENT, f"Mijn indruk {WORK}", _at(4),
                         work_note=True).id
    ids["health"] = tl.add(case.id, EntryKind.INCIDENT, f"Mila slikt medicatie {HEALTH}",
                           _at(5), special_category=SpecialCategory.GEZONDHEID).id
    ids["sexual"] = tl.add(case.id, EntryKind.INCIDENT, f"Naaktfoto rondgestuurd {SEXUAL}",
                           _at(6), special_category=SpecialCategory.SEKSUALITEIT).id
    return ids


def _texts(doc: d.DossierDocument) -> str:
    out = []

    def walk(obj: object) -> None:
        if isinstance(obj, str):
            out.append(obj)
        elif isinstance(obj, tuple):
            for v in obj:
                walk(v)
        elif hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:
                walk(getattr(obj, name))
    walk(doc.sections)
    return "\n".join(out)


def _timeline_kinds(doc: d.DossierDocument) -> dict[str, str]:
    """Entry text -> its kind line, for every timeline entry of the document."""
    return {e.text.split()[-1]: e.kind for s in doc.sections for b in s.blocks
            if isinstance(b, d.Timeline) for e in b.entries}


def test_marks_are_kept_and_audited(vault: CaseFile, marked: dict[str, int]) -> None:
    entry = vault.timeline.get(marked["plain"])
    assert (entry.work_note, entry.special_category) == (False, SpecialCategory.GEEN)
    changed = vault.timeline.set_marks(entry.id, work_note=True,
                                       special_category=SpecialCategory.ANDERS)
    assert changed.work_note and changed.special_category is SpecialCategory.ANDERS
    assert changed.text == entry.text and changed.revision_count == 0
    last = vault.audit.entries(action_prefix="entry.marks_changed")[-1]
    assert last.details["before"] == {"special_category": "geen", "work_note": False}
    assert last.details["after"] == {"special_category": "anders-bijzonder",
                                     "work_note": True}
    assert vault.timeline.set_marks(entry.id, work_note=True) == changed   # nothing to do
    assert len(vault.audit.entries(action_prefix="entry.marks_changed")) == 1
    assert vault.verify().ok


def test_coordinator_shows_special_data_marked_and_never_the_work_note(
        vault: CaseFile, marked: dict[str, int]) -> None:
    doc = vault.handover.build(marked["case"], DossierRequest("coordinator")).document
    kinds, text = _timeline_kinds(doc), _texts(doc)
    assert WORK not in text and WORK_LINE in text
    assert kinds[HEALTH] == "Incident · bijzonder persoonsgegeven (gezondheid)"
    assert kinds[SEXUAL] == "Incident · bijzonder persoonsgegeven (seksualiteit)"
    assert kinds[PLAIN] == "Incident"
    assert "bijzondere persoonsgegevens" not in text   # nothing special left out


def test_police_shows_sexual_content_but_not_health(vault: CaseFile,
                                                    marked: dict[str, int]) -> None:
    doc = vault.handover.build(marked["case"], DossierRequest("police")).document
    kinds, text = _timeline_kinds(doc), _texts(doc)
    assert WORK not in text and HEALTH not in text and WORK_LINE in text
    assert kinds[SEXUAL] == "Incident · bijzonder persoonsgegeven (seksualiteit)"
    assert ("1 tijdlijnregel met bijzondere persoonsgegevens (gezondheid) is niet "
            "opgenomen") in text


def test_summary_shows_no_special_data_and_says_so(vault: CaseFile,
                                                   marked: dict[str, int]) -> None:
    doc = vault.handover.build(marked["case"], DossierRequest("summary")).document
    text = _texts(doc)
    for canary in (WORK, HEALTH, SEXUAL):
        assert canary not in text
    assert PLAIN in text and WORK_LINE in text
    assert ("2 tijdlijnregels met bijzondere persoonsgegevens (gezondheid, seksualiteit) "
            "zijn niet opgenomen") in text


def test_selectable_items_disable_marked_entries_per_profile(
        vault: CaseFile, marked: dict[str, int]) -> None:
    def allowed(profile: str) -> dict[int, bool]:
        return {i.id: i.allowed for i in vault.handover.selectable(marked["case"], profile)
                if i.kind == "entry"}
    assert allowed("coordinator") == {marked["plain"]: True, marked["work"]: False,
                                      marked["health"]: True, marked["sexual"]: True}
    assert allowed("police")[marked["health"]] is False
    assert allowed("police")[marked["sexual"]] is True
    assert not any(allowed("summary")[marked[k]] for k in ("work", "health", "sexual"))


def test_pdf_and_police_package_leave_the_work_note_out(vault: CaseFile,
                                                        marked: dict[str, int],
                                                        tmp_path: Path) -> None:
    pdf, package = tmp_path / "politie.pdf", tmp_path / "politie.zip"
    result = vault.handover.export(marked["case"], DossierRequest("police", pseudonymise=True),
                                   pdf, package)
    assert result is not None
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(str(pdf)).pages)
    assert WORK not in text and HEALTH not in text and SEXUAL in text
    assert "Bram" not in text                       # the leak check still holds
    assert "werkaantekening van de vertrouwenspersoon is niet opgenomen" in text
    with zipfile.ZipFile(package) as zf:
        for name in zf.namelist():
            assert WORK.encode() not in zf.read(name)
