"""Letters from a case: reference texts, privacy (no roles, no other children), PDF.

Set PESTDOSSIER_UPDATE_REFERENCE=1 to rewrite tests/reference/letters after a deliberate
change of a template, then review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.casework import CaseWork
from app.errors import InvalidInputError
from app.letters import (
    LETTER_IDS,
    ROLE_WORDS,
    LetterDraft,
    Letters,
    LetterTemplateError,
    load_template,
    parse_template,
)
from app.wording import dutch
from tests.core.casework.test_casework import STUDENTS, at, make_case, registry, work

__all__ = ["registry", "work"]   # shared fixtures

REFERENCE = Path(__file__).resolve().parents[2] / "reference" / "letters"
BRIEF_ROLE_WORDS = ("pester", "meeloper", "aanmoediger", "buitenstaander", "verdediger",
                    "slachtoffer", "gepeste")
STEUNGROEP = ("Daan Visser", "Liam de Wit", "Noor Bakker", "Emma Smit", "Mila Mulder",
              "Finn Bos")


@pytest.fixture
def letters(vault: CaseFile, work: CaseWork) -> Letters:
    vault.set_school("OBS De Linde")
    return vault.letters


@pytest.fixture
def opa_case(vault: CaseFile, work: CaseWork) -> tuple[int, dict[str, int]]:
    case_id, people = make_case(vault, "supportgroep", group="groep 6b")
    work.steungroep.compose(case_id, [people[n] for n in STEUNGROEP])
    return case_id, people


def _person_id(vault: CaseFile, case_id: int, name: str) -> int:
    return next(p.person.id for p in vault.people.for_case(case_id) if p.person.name == name)


def _reference_drafts(vault: CaseFile, letters: Letters, case_id: int) -> dict[str, LetterDraft]:
    child = {"brief_ouders_gepeste": "Sem Jansen", "brief_ouders_steungroep": "Noor Bakker",
             "brief_ouders_pester": "Daan Visser", "uitnodiging_gesprek": "Sem Jansen",
             "brief_ouders_gepeste_zonder_schuld": "Sem Jansen",
             "belnotitie_ouders_pester": "Daan Visser"}
    out = {}
    for template_id in LETTER_IDS:
        person = _person_id(vault, case_id, child[template_id]) if template_id in child else None
        out[template_id] = letters.draft(case_id, template_id, person_id=person,
                                         meeting_at=at(24, 11, hour=15))
    return out


def test_letters_match_reference_files(vault: CaseFile, letters: Letters, opa_case) -> None:  # type: ignore[no-untyped-def]
    drafts = _reference_drafts(vault, letters, opa_case[0])
    update = os.environ.get("PESTDOSSIER_UPDATE_REFERENCE") == "1"
    for template_id, draft in drafts.items():
        path = REFERENCE / f"{template_id}.txt"
        rendered = (f"Titel: {draft.title}\nAan: {draft.recipient}\nSchool: {draft.school}\n"
                    f"Datum: {draft.date.isoformat()}\n\n{draft.text()}")
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(rendered, encoding="utf-8")
        assert rendered == path.read_text(encoding="utf-8"), template_id
    assert "dinsdag 24 november 2026 om 15:00 uur" in drafts["uitnodiging_gesprek"].body
    assert drafts["brief_ouders_gepeste"].body.endswith("T. Tester\nOBS De Linde")
    assert "[" not in "".join(d.text() for d in drafts.values())   # every field was filled


def test_steungroep_letters_reveal_no_role_and_no_other_child(
        vault: CaseFile, letters: Letters, opa_case) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = opa_case
    suggestions = [s for s in letters.suggestions(case_id)
                   if s.template_id == "brief_ouders_steungroep"]
    assert [s.recipient for s in suggestions] == [
        f"Ouders/verzorgers van {n.split()[0]}" for n in STEUNGROEP]
    assert set(BRIEF_ROLE_WORDS) <= set(ROLE_WORDS)
    all_names = {part for name, _ in STUDENTS for part in name.split() if len(part) > 2}
    for suggestion in suggestions:
        draft = letters.draft(case_id, suggestion.template_id, person_id=suggestion.person_id)
        text = f"{draft.recipient}\n{draft.text()}".lower()
        for word in BRIEF_ROLE_WORDS:
            assert word not in text, (word, suggestion.recipient)
        own = vault.people.get(suggestion.person_id).name.split()[0]
        others = {n for n in all_names if n != own}
        found = {n for n in others if re.search(rf"\b{re.escape(n.lower())}\b", text)}
        assert found == set(), suggestion.recipient
        assert own in draft.body
        assert letters.check(draft) == []
    klas = letters.draft(case_id, "brief_ouders_klas")
    assert letters.check(klas) == []
    assert not any(n.lower() in klas.text().lower() for n in all_names)


def test_check_flags_edits_that_name_a_child_or_a_role(letters: Letters, opa_case,  # type: ignore[no-untyped-def]
                                                       vault: CaseFile) -> None:
    case_id, _ = opa_case
    draft = letters.draft(case_id, "brief_ouders_steungroep",
                          person_id=_person_id(vault, case_id, "Noor Bakker"))
    edited = draft.edited(body=draft.body + "\nNoor helpt Sem, omdat Daan de pester is.")
    assert [dutch(p) for p in letters.check(edited)] == [
        "De brief noemt een ander kind: Daan Visser.",
        "De brief noemt een ander kind: Sem Jansen.",
        "De brief noemt een rol ('pester'); laat dat weg."]
    assert draft.body != edited.body and edited.subject == draft.subject


def test_suggestions_follow_the_protocol(vault: CaseFile, work: CaseWork, letters: Letters, opa_case) -> None:  # type: ignore[no-untyped-def]
    opa = [s.template_id for s in letters.suggestions(opa_case[0])]
    assert opa[0] == "brief_ouders_gepeste" and "brief_ouders_klas" in opa
    assert opa.count("brief_ouders_steungroep") == len(STEUNGROEP)
    zes, _ = make_case(vault, "zesstappenplan", title="Vo-melding")
    # 001: the victim's parents by a conversation (an invitation, no letter); the
    # pester's parents by a phone call for an appointment (Bijlage 5: a call note)
    assert {s.template_id for s in letters.suggestions(zes)} == {
        "belnotitie_ouders_pester", "uitnodiging_gesprek"}
    with pytest.raises(InvalidInputError, match="Kies het kind"):
        letters.draft(zes, "brief_ouders_gepeste")
    with pytest.raises(InvalidInputError, match="niet bij deze melding"):
        letters.draft(zes, "brief_ouders_gepeste", person_id=9999)


def test_letter_pdf_is_readable_and_written_atomically(vault: CaseFile, letters: Letters,  # type: ignore[no-untyped-def]
                                                       opa_case, tmp_path: Path) -> None:
    case_id, _ = opa_case
    draft = letters.draft(case_id, "brief_ouders_gepeste",
                          person_id=_person_id(vault, case_id, "Sem Jansen"))
    draft = draft.edited(body=draft.body + "\n\nPS: café & <b>tags</b> blijven tekst.")
    target = tmp_path / "uit" / "brief.pdf"
    target.parent.mkdir()
    target.write_bytes(b"oude inhoud")
    assert letters.export_pdf(draft, target) == target
    text = " ".join((page.extract_text() or "") for page in PdfReader(target).pages)
    flat = " ".join(text.split())
    for expected in ("OBS De Linde", "22 november 2026", "Ouders/verzorgers van Sem",
                     "Wat wij met u hebben besproken over Sem",
                     "café & <b>tags</b> blijven tekst"):
        assert expected in flat
    assert sorted(p.name for p in target.parent.iterdir()) == ["brief.pdf"]   # no temp left
    letters.export_text(draft, tmp_path / "uit" / "brief.txt")
    assert (tmp_path / "uit" / "brief.txt").read_text(encoding="utf-8") == draft.text()
    letters.record_copied(draft)
    exports = vault.audit.entries(action_prefix="letter.")
    assert [e.details["how"] for e in exports] == ["pdf", "tekst", "klembord"]


def test_templates_are_checked() -> None:
    for template_id in LETTER_IDS:
        template = load_template(template_id)
        assert template.title and template.subject and template.body
    with pytest.raises(LetterTemplateError, match="onbekend invulveld '\\$naam_pester'"):
        parse_template("x", "# titel: X\nOnderwerp: Over $naam_pester\n\nTekst")
    with pytest.raises(LetterTemplateError, match="Onderwerp"):
        parse_template("x", "# titel: X\nGeen onderwerp\n")


def test_a_letter_is_in_place_only_with_its_audit_row(vault: CaseFile, letters: Letters,  # type: ignore[no-untyped-def]
                                                      opa_case, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19 (4): a letter was written, then audited in a second step; its temporary
    file was not remembered by the vault, so a kill could leave it (with a child's name)."""
    case_id, _ = opa_case
    draft = letters.draft(case_id, "brief_ouders_gepeste",
                          person_id=_person_id(vault, case_id, "Sem Jansen"))
    seen: list[list[str]] = []
    gateway = vault._gateway

    def failing_record(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append([k for (k,) in gateway.conn.execute(
            "SELECT key FROM meta WHERE key LIKE 'pending_file:%'")])
        raise OSError("schijf weg")

    monkeypatch.setattr(gateway.audit, "record", failing_record)
    out = tmp_path / "brieven"
    out.mkdir()
    with pytest.raises(OSError):
        letters.export_pdf(draft, out / "brief.pdf")
    assert len(seen) == 1 and len(seen[0]) == 1 and seen[0][0].endswith(".deel")
    assert list(out.iterdir()) == []   # neither the letter nor its temporary file
