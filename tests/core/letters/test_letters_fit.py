"""Letters that follow the approach (issue 13 item 3): each template says for which
protocols, approaches and situations it fits, and the app offers only those."""

from __future__ import annotations

import re

import pytest

from app.casefile import CaseFile
from app.casework import CaseWork
from app.letters import LETTER_IDS, Letters, LetterTemplateError, load_template, parse_template
from app.wording import dutch
from tests.core.casework.test_casework import at, make_case, registry, work

__all__ = ["registry", "work"]   # shared fixtures

#: What a letter may only say where the approach really is without blame or punishment.
NO_BLAME = re.compile(r"schuld|straf", re.IGNORECASE)


def _offered(letters: Letters, case_id: int) -> set[str]:
    return {s.template_id for s in letters.suggestions(case_id)}


def _texts(letters: Letters, case_id: int) -> dict[str, str]:
    out = {}
    for s in letters.suggestions(case_id):
        draft = letters.draft(case_id, s.template_id, person_id=s.person_id,
                              meeting_at=at(24, 11, hour=15))
        out[f"{s.template_id}:{s.person_id}"] = f"{draft.subject}\n{draft.body}"
    return out


def _vijf_bs(vault: CaseFile, work: CaseWork, approach: str) -> int:
    case_id, _ = make_case(vault, "vijf_bs", title=f"Aanpak {approach}")
    work.record_step(case_id, "bekijken", at(8))
    work.record_step(case_id, "begrijpen", at(10))
    work.record_step(case_id, "beslissen", at(14), choice=(approach, "Past bij de situatie."))
    return case_id


def test_no_pester_letter_in_a_non_confronting_5bs_case(vault: CaseFile, work: CaseWork) -> None:
    undecided, _ = make_case(vault, "vijf_bs", title="Nog niet besloten")
    assert _offered(vault.letters, undecided) == {"brief_ouders_gepeste"}
    quiet = _vijf_bs(vault, work, "niet-confronterend")
    assert _offered(vault.letters, quiet) == {"brief_ouders_gepeste"}
    loud = _vijf_bs(vault, work, "confronterend")
    assert _offered(vault.letters, loud) == {"brief_ouders_gepeste", "brief_ouders_pester"}


def test_no_blame_promise_in_a_confronting_sanction_or_acute_case(
        vault: CaseFile, work: CaseWork) -> None:
    loud = _vijf_bs(vault, work, "confronterend")
    zes, _ = make_case(vault, "zesstappenplan", title="Met sancties")
    acute, _ = make_case(vault, "supportgroep", title="Afpersing via de app")
    work.offences.set_checked(acute, ["afpersing"])
    for case_id in (loud, zes, acute):
        texts = _texts(vault.letters, case_id)
        assert texts
        for key, text in texts.items():
            assert not NO_BLAME.search(text), (case_id, key, NO_BLAME.findall(text))
    # the same supportgroep case without the extortion does explain the no-blame approach
    calm, _ = make_case(vault, "supportgroep", title="Buitengesloten")
    offered = _offered(vault.letters, calm)
    assert {"brief_ouders_gepeste_zonder_schuld", "brief_ouders_klas"} <= offered
    assert "brief_ouders_gepeste_zonder_schuld" not in _offered(vault.letters, acute)


def test_zesstappenplan_talks_and_phones_instead_of_writing(vault: CaseFile,
                                                             work: CaseWork) -> None:
    zes, _ = make_case(vault, "zesstappenplan", title="Vo")
    suggestions = vault.letters.suggestions(zes)
    kinds = {(s.template_id, s.kind, s.inform_item) for s in suggestions}
    assert ("belnotitie_ouders_pester", "belnotitie", "ouders_pester") in kinds
    assert ("uitnodiging_gesprek", "brief", "ouders_gepeste") in kinds
    note = next(s for s in suggestions if s.template_id == "belnotitie_ouders_pester")
    body = vault.letters.draft(zes, note.template_id, person_id=note.person_id).body
    assert "Wat u niet zegt" in body and "precies is gebeurd" in body


def test_letter_texts_keep_their_promises() -> None:
    texts = {t: load_template(t) for t in LETTER_IDS}
    everything = "\n".join(f"{t.subject}\n{t.body}" for t in texts.values())
    for wrong in ("durven vertellen", "doen niets zonder", "hij of zij", "zijn of haar",
                  "niet zo bedoeld", "een moment dat u schikt", "niet op aan"):
        assert wrong not in everything, wrong
    memo = texts["memo_team"].body
    assert "grijp dan in" in memo
    invitation = texts["uitnodiging_gesprek"].body
    assert "$gesprek" in invitation


def test_an_invitation_without_a_moment_asks_for_one(vault: CaseFile, work: CaseWork) -> None:
    vault.set_school("OBS De Linde")
    case_id, people = make_case(vault, "supportgroep")
    child = vault.people.get(next(p.person.id for p in vault.people.for_case(case_id)
                                  if p.person.name == "Sem Jansen"))
    draft = vault.letters.draft(case_id, "uitnodiging_gesprek", person_id=child.id)
    assert "[gesprek]" in draft.body
    assert [dutch(m) for m in vault.letters.check(draft)] == ["Vul [gesprek] nog in."]
    dated = vault.letters.draft(case_id, "uitnodiging_gesprek", person_id=child.id,
                                meeting_at=at(24, 11, hour=15))
    assert vault.letters.check(dated) == []
    assert people


def test_template_headers_are_checked() -> None:
    template = parse_template("x", "# titel: X\n# protocollen: a, b\n# aanpak: confronterend\n"
                                   "# niet-bij: acuut\n# over: pester\n# soort: belnotitie\n"
                                   "Onderwerp: Y\n\nTekst")
    assert (template.protocols, template.approaches, template.not_in, template.about,
            template.kind, template.per_child) == (
        ("a", "b"), ("confronterend",), ("acuut",), ("pester",), "belnotitie", True)
    with pytest.raises(LetterTemplateError, match="'ergens' past niet bij 'niet-bij'"):
        parse_template("x", "# niet-bij: ergens\nOnderwerp: Y\n\nTekst")
    with pytest.raises(LetterTemplateError, match="'opa' past niet bij 'over'"):
        parse_template("x", "# over: opa\nOnderwerp: Y\n\nTekst")
