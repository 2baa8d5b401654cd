"""The leak corpus: pseudonymised dossiers of four realistic cases print no hidden form,
leave ordinary words and outside adults alone, and an injected leak stops the export."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.dossier import document as d
from app.dossier import exports
from app.dossier.leak_check import NameLeakError, page_texts
from app.dossier.pseudo_forms import is_wordlike
from app.dossier.render import render_dossier
from app.dossier.sample import make_document
from app.dossier.selection import DossierRequest
from app.errors import InvalidInputError
from app.identities import FormKind
from tests.leak_corpus import CASES, RECIPIENT, LeakCase

PROFILES = ("summary", "police", "coordinator")


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _found(form: str, text: str) -> bool:
    """An independent search: whole token, case-insensitive; an everyday word capitalised."""
    flags = 0 if is_wordlike(form) else re.IGNORECASE
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text, flags) is not None


@pytest.fixture
def corpus(vault: CaseFile) -> list[LeakCase]:
    return [make(vault) for make in CASES]


def _export(vault: CaseFile, case: LeakCase, profile: str, path: Path) -> str:
    request = DossierRequest(profile, RECIPIENT, pseudonymise=True)
    result = vault.handover.export_dossier(case.case_id, request, path)
    assert result is not None and result.pseudonymised
    text = _flat(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))
    return text.replace(RECIPIENT, " ")


def test_no_hidden_form_in_any_pseudonymised_profile(vault: CaseFile, corpus: list[LeakCase],
                                                      tmp_path: Path) -> None:
    for n, case in enumerate(corpus):
        for profile in PROFILES:
            text = _export(vault, case, profile, tmp_path / f"{n}-{profile}.pdf")
            leaked = [form for form in case.hidden if _found(form, text)]
            assert leaked == [], (case.subject, profile, leaked)
            assert case.subject.split()[0] in text   # the subject keeps her name


def test_ordinary_words_and_outside_adults_stay(vault: CaseFile, corpus: list[LeakCase],
                                                tmp_path: Path) -> None:
    extortion, diminutive = corpus[0], corpus[1]
    text = _export(vault, extortion, "coordinator", tmp_path / "a.pdf")
    for phrase in ("op Instagram post", "In het bos", "Mw. K. Meijer"):
        assert phrase in text, phrase
    assert "[account van Leerling B]" in text        # @thijsbos_
    assert "Leerling A" in text and "Leerling B" in text   # the second victim, the pester
    assert "[telefoonnummer van Leerling A]" in text
    full = _flat(" ".join(PdfReader(str(tmp_path / "a.pdf")).pages[0].extract_text().split()))
    assert RECIPIENT in full                          # the recipient line is never rewritten
    text = _export(vault, diminutive, "coordinator", tmp_path / "b.pdf")
    assert "ik post het gewoon" in text and "Leerling A zei" in text
    assert "groot-ouders" in text
    assert "Leerling B's zus" in text


def test_mapping_is_stored_with_the_export_record(vault: CaseFile, corpus: list[LeakCase],
                                                  tmp_path: Path) -> None:
    case = corpus[0]
    _export(vault, case, "summary", tmp_path / "s.pdf")
    record = vault.handover.check_export(tmp_path / "s.pdf")
    assert record is not None
    assert dict(record.pseudonyms)["Leerling A"] == "Juul Martens"
    assert [name for _, name in vault.handover.who_is(case.case_id, "Leerling B")] == \
        ["Thijs Bos"]


def test_unlinked_handles_are_listed_and_hidden(vault: CaseFile, corpus: list[LeakCase]) -> None:
    unregistered = corpus[2]
    unlinked = vault.handover.unlinked(unregistered.case_id)
    assert [u.value for u in unlinked] == ["anon_hater22"]
    assert unlinked[0].sources == ("B1",) and unlinked[0].platform == "TikTok"
    assert vault.handover.unlinked(corpus[3].case_id) == ()  # chat senders are known people
    person = vault.people.for_case(unregistered.case_id)[1].person
    vault.identities.link(person.id, unlinked[0])
    assert vault.handover.unlinked(unregistered.case_id) == ()
    assert [f.value for f in vault.identities.forms_of(person.id)] == ["anon_hater22"]


def test_an_injected_leak_stops_the_export(vault: CaseFile, corpus: list[LeakCase],
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    case = corpus[0]
    real_build = exports.build_dossier

    def leaky(*args: Any, **kwargs: Any) -> exports.BuiltDossier:
        """The renderer is handed a section after pseudonymisation, with the real name."""
        built = real_build(*args, **kwargs)
        leak = d.Section("Lek", (d.Paragraph("Gesprek met Juul Martens."),))
        built.document = dataclasses.replace(built.document,
                                             sections=(leak, *built.document.sections))
        return built

    monkeypatch.setattr(exports, "build_dossier", leaky)
    before = len(vault.handover.exports(case.case_id))
    target = tmp_path / "lek.pdf"
    with pytest.raises(NameLeakError) as caught:
        vault.handover.export_dossier(case.case_id, DossierRequest("police",
                                                                   pseudonymise=True), target)
    assert caught.value.params["form"] in {"Juul Martens", "Juul", "Martens"}
    assert caught.value.params["page"] >= 1
    assert "Juul" in caught.value.message
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []
    assert len(vault.handover.exports(case.case_id)) == before


def test_a_preview_rendering_cannot_be_exported(vault: CaseFile, corpus: list[LeakCase],
                                                tmp_path: Path) -> None:
    case = corpus[1]
    rendered = exports.render_to_memory(vault._gateway, case.case_id,
                                        DossierRequest("summary"), leak_check=False)
    assert rendered is not None and page_texts(rendered.pdf)
    with pytest.raises(exports.ExportError):
        exports.export_rendered(vault._gateway, case.case_id, DossierRequest("summary"),
                                rendered, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_register_validates_forms(vault: CaseFile, corpus: list[LeakCase]) -> None:

    person = vault.people.for_case(corpus[1].case_id)[1].person
    with pytest.raises(InvalidInputError):
        vault.identities.add(person.id, FormKind.EMAIL, "geen-adres")
    with pytest.raises(InvalidInputError):
        vault.identities.add(person.id, FormKind.PHONE, "12")
    with pytest.raises(InvalidInputError):
        vault.identities.add(person.id, "bijnaam", "Kimmie")   # already there
    form = vault.identities.add(person.id, "email", "kim.post@example.org")
    vault.identities.remove(form.id)
    assert "kim.post@example.org" not in [f.value for f in vault.identities.forms_of(person.id)]


def test_the_core_reads_the_same_words_as_pypdf(tmp_path: Path) -> None:
    """app/dossier/pdf_text.py (pikepdf) against pypdf, on a dossier with accents,
    emoji, tables, a timeline and a chat."""
    buf = io.BytesIO()
    render_dossier(make_document(40, screenshots=[]), buf)
    ours = page_texts(buf.getvalue())
    theirs = [p.extract_text() or "" for p in PdfReader(io.BytesIO(buf.getvalue())).pages]
    assert len(ours) == len(theirs) > 5
    for mine, ref in zip(ours, theirs, strict=True):
        assert re.findall(r"\w+", mine) == re.findall(r"\w+", ref)


def test_a_case_account_linked_to_a_child_is_hidden_too(vault: CaseFile, corpus: list[LeakCase],
                                                        tmp_path: Path) -> None:
    """Issue 14's accounts per case: a handle, display name and profile URL kept in the
    case's account list (not in the identity register) are that child's forms as well."""
    from app.domain import EntryKind, Precision
    from tests.leak_corpus import _at

    case = corpus[0]
    other = next(p.person for p in vault.people.for_case(case.case_id)
                 if p.person.name != case.subject and p.role.value != "ouder"
                 and p.person.name not in ("Mw. K. Meijer",))
    vault.accounts.add(case.case_id, "TikTok", "@kanariebeer77", display_name="Kanariebeer",
                       url="https://www.tiktok.com/@kanariebeer77", person_id=other.id)
    vault.timeline.add(case.case_id, EntryKind.OBSERVATIE,
                       "Reacties van @kanariebeer77 (Kanariebeer) onder elke video, zie "
                       "https://www.tiktok.com/@kanariebeer77.", _at(25), Precision.EXACT)
    for profile in PROFILES:
        text = _export(vault, case, profile, tmp_path / f"acc-{profile}.pdf")
        leaked = [form for form in ("kanariebeer77", "Kanariebeer",
                                    "tiktok.com/@kanariebeer77") if _found(form, text)]
        assert leaked == [], (profile, leaked)
        if profile == "coordinator":   # the entry itself is in, with the handle replaced
            assert "Reacties van [account van Leerling" in text, text[-600:]
