"""Dossiers from a real vault: profiles, selection, pseudonymisation, export and audit.

One rich case per module (a real encrypted vault), read back with pypdf and checked with
qpdf and pdftoppm. Tests that change the vault make their own.
"""

from __future__ import annotations

import errno
import io
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, Role
from app.dossier.profiles import PROFILES, ProfileId, get_profile
from app.dossier.pseudonyms import name_forms
from app.dossier.render import render_dossier
from app.dossier.selection import DossierRequest
from app.errors import InvalidInputError, NotFoundError, PestdossierError
from app.timeutil import Clock
from app.wording import dutch
from tests.conftest import PASSWORD
from tests.dossier_case import (
    ADULTS,
    CHILDREN,
    DROPPED_ENTRY_CANARY,
    DROPPED_EVIDENCE_CANARY,
    FACT_CANARY,
    IDEA_CANARY,
    NOTE_CANARY,
    REVISION_CANARY,
    SUBJECT,
    VERSLAG_CANARY,
    RichCase,
    build_rich_case,
)

COUNSELLING = (VERSLAG_CANARY, NOTE_CANARY, IDEA_CANARY, REVISION_CANARY)


def pdf_text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    """A vault with the rich case and one export per profile (read-only for the tests)."""
    folder = tmp_path_factory.mktemp("dossier")
    clock = Clock(lambda: datetime(2026, 11, 22, 13, 5, tzinfo=UTC))
    vault = CaseFile.create(folder / "kluis.pestdossier", PASSWORD, counsellor="M. de Vries",
                         clock=clock)
    rc = build_rich_case(vault)
    skip = DossierRequest(excluded_entries=frozenset({rc.entries["dropped"]}),
                          excluded_evidence=frozenset({rc.evidence["B-dropped"]}))
    out = {}
    for profile in ProfileId:
        request = DossierRequest(profile, "A. Jansen, afdelingsleider", skip.excluded_entries,
                                 skip.excluded_evidence)
        path = folder / f"{profile.value}.pdf"
        out[profile.value] = (vault.handover.export_dossier(rc.case_id, request, path), path)
    pseudo = folder / "coordinator_pseudo.pdf"
    out["pseudo"] = (vault.handover.export_dossier(rc.case_id, DossierRequest(
        ProfileId.COORDINATOR, pseudonymise=True), pseudo), pseudo)
    texts = {key: pdf_text(path) for key, (_, path) in out.items()}
    yield vault, rc, out, texts, folder
    vault.close()


# ----------------------------------------------------------------------------- profiles
@pytest.mark.parametrize(("profile", "sections"), [
    ("coordinator", ("Zaakgegevens", "Betrokkenen", "Protocol en stappen", "Tijdlijn",
                     "Afspraken", "Vervolgafspraken", "Maatregelen en effect", "Steungroep",
                     "Bewijsstukken", "Chatgesprekken", "Bijlagen: afbeeldingen",
                     "Integriteit")),
    ("police", ("Zaakgegevens", "Betrokkenen", "Mogelijk strafbare feiten",
                "Feiten: wat er wanneer gebeurde", "Bewijsstukken",
                "Herkomst en bewaring van het bewijs", "Chatgesprekken",
                "Bijlagen: afbeeldingen", "Integriteit")),
    ("summary", ("Situatie", "Betrokkenen", "Genomen stappen", "Huidige afspraken",
                 "Volgende vervolgafspraken")),
])
def test_each_profile_has_its_sections(shared, profile, sections) -> None:
    text = shared[3][profile]
    if profile == "summary":   # no contents page: the sections follow in this order
        assert "Inhoud" not in text
        positions = [text.index(title) for title in sections]
        assert positions == sorted(positions)
    toc = text.split("Inhoud", 1)[1][:1500] if profile != "summary" else text
    for title in sections:
        assert title in toc, title
    assert "VERTROUWELIJK" in text and "A. Jansen, afdelingsleider" in text
    assert "Het Voorbeeld College" in text and shared[1].reference in text


def test_police_gets_facts_and_evidence_but_no_counselling(shared) -> None:
    text = shared[3]["police"]
    for canary in COUNSELLING:
        assert canary not in text
    assert FACT_CANARY in text
    for absent in ("Steungroep", "Afspraken", "Protocol en stappen", "Ik ga"):
        assert absent not in text
    assert "Herkomst en bewaring" in text and "door M. de Vries" in text


def test_coordinator_has_the_full_picture_with_revisions(shared) -> None:
    text = shared[3]["coordinator"]
    for canary in (*COUNSELLING, FACT_CANARY):
        assert canary in text
    assert "Eerdere versie" in text
    assert "Verslag: Gesprek met de gepeste leerling" in text
    assert "verbroken" in text and "Mogelijk strafbare feiten" in text


def test_summary_is_short_has_no_images_and_is_pseudonymised(shared) -> None:
    result, path = shared[2]["summary"]
    assert result.page_count <= 2  # no cover page, no contents: one or two pages
    assert result.pseudonymised
    reader = PdfReader(str(path))
    for page in reader.pages:
        assert not page.images
    text = shared[3]["summary"]
    assert "Leerling A" in text and SUBJECT in text


def test_every_included_hash_appears_and_deselected_items_do_not(shared) -> None:
    _, rc, out, texts, _ = shared
    for profile in ("coordinator", "police"):
        body = flat(texts[profile])
        for key in ("B-shot1", "B-shot2", "chat"):
            assert rc.hashes[key] in body, (profile, key)
        assert rc.hashes["B-dropped"] not in body
        assert DROPPED_ENTRY_CANARY not in texts[profile]
        assert DROPPED_EVIDENCE_CANARY not in texts[profile]
        assert out[profile][0].evidence_count == 4  # 2 shots, chat, described-only


def test_chat_transcript_is_laid_out_in_the_dossier(shared) -> None:
    text = shared[3]["police"]
    assert "Chat B4" in text and "Kunnen jullie daarmee stoppen?" in text


# ------------------------------------------------------------------- pseudonymisation
def _leaks(text: str) -> list[str]:
    found = []
    for name in (*CHILDREN, *ADULTS):
        for form in name_forms(name):
            if form == "Jansen":  # the subject's own surname (shared with her mother)
                continue
            if re.search(rf"(?<!\w){re.escape(form)}", text, re.IGNORECASE):
                found.append(form)
    return found


def test_pseudonymised_names_never_appear_in_any_form(shared) -> None:
    texts = shared[3]
    for key in ("pseudo", "summary"):
        assert _leaks(texts[key]) == [], key
    assert _leaks(texts["coordinator"])  # the check itself finds names when they are there
    pseudo = texts["pseudo"]
    assert SUBJECT in pseudo
    for label in ("Leerling A", "Leerling B", "Leerling C", "Leerling D", "de mentor",
                  "ouder van Liv Jansen"):
        assert label in pseudo, label
    assert "[weggelaten: bevat de naam van Leerling A]" in pseudo  # @daan.vermeulen
    assert "Leerling A's" in pseudo  # "Daans berichten"


def test_pseudonymised_dossier_has_no_evidence_images(shared) -> None:
    reader = PdfReader(str(shared[2]["pseudo"][1]))
    assert all(not page.images for page in reader.pages)


def test_pseudonymised_police_dossier(shared) -> None:
    vault, rc = shared[0], shared[1]
    built = vault.handover.build(rc.case_id, DossierRequest("police", pseudonymise=True))
    assert built.pseudonymiser is not None
    buf = io.BytesIO()
    render_dossier(built.document, buf)
    text = "\n".join(p.extract_text() for p in PdfReader(buf).pages)
    assert _leaks(text) == []
    assert rc.hashes["chat"] in flat(text)


# ------------------------------------------------------------------- files and tools
@pytest.mark.skipif(not shutil.which("qpdf") or not shutil.which("pdftoppm"),
                    reason="qpdf/poppler not installed")
def test_qpdf_accepts_and_pdftoppm_renders_every_profile(shared, tmp_path: Path) -> None:
    for key, (_, path) in shared[2].items():
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, (key, check.stdout, check.stderr)
        png = subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path),
                              str(tmp_path / key)], capture_output=True, text=True)
        assert png.returncode == 0 and not png.stderr.strip(), (key, png.stderr)
        assert list(tmp_path.glob(f"{key}*.png"))


def test_audit_log_records_each_export_and_check_export_finds_it(shared, tmp_path: Path
                                                                 ) -> None:
    vault, rc, out = shared[0], shared[1], shared[2]
    result, path = out["police"]
    record = vault.handover.check_export(path)
    assert record is not None
    assert record.sha256 == result.sha256 and record.profile == "police"
    assert record.recipient == "A. Jansen, afdelingsleider"
    assert record.case_reference == rc.reference and record.page_count == result.page_count
    assert record.exported_at == datetime(2026, 11, 22, 13, 5, tzinfo=UTC)
    copy = tmp_path / "kopie.pdf"
    copy.write_bytes(path.read_bytes().replace(b"%%EOF", b"%%EOF\n%", 1))
    assert vault.handover.check_export(copy) is None
    logged = vault.handover.exports(rc.case_id)
    assert {r.profile for r in logged} >= {"coordinator", "police", "summary"}
    entries = vault.audit.entries(action_prefix="dossier.exported")
    assert entries[0].details["sha256"] == out["coordinator"][0].sha256
    assert vault.audit.verify().ok


def test_selectable_items_follow_the_profile(shared) -> None:
    vault, rc = shared[0], shared[1]
    items = vault.handover.selectable(rc.case_id, "police")
    by_id = {(i.kind, i.id): i for i in items}
    assert by_id[("entry", rc.entries["melding"])].allowed
    assert not by_id[("entry", rc.entries["notitie"])].allowed
    assert not by_id[("entry", rc.entries["verslag"])].allowed
    assert by_id[("evidence", rc.evidence["chat"])].allowed
    summary = vault.handover.selectable(rc.case_id, "summary")
    assert not any(i.allowed for i in summary if i.kind == "evidence")
    assert get_profile("politie") is PROFILES[ProfileId.POLICE]
    with pytest.raises(InvalidInputError):
        get_profile("krant")


def test_preview_counts_pages_without_writing(shared) -> None:
    vault, rc, out, _, folder = shared
    before = sorted(p.name for p in folder.iterdir())
    pages = vault.handover.preview_page_count(rc.case_id, DossierRequest(
        "police", excluded_entries=frozenset({rc.entries["dropped"]}),
        excluded_evidence=frozenset({rc.evidence["B-dropped"]})))
    assert pages == out["police"][0].page_count
    assert sorted(p.name for p in folder.iterdir()) == before


# ------------------------------------------------------------ vaults of their own
@pytest.fixture
def rich(vault: CaseFile) -> RichCase:
    vault.set_counsellor("M. de Vries")
    return build_rich_case(vault)


def test_password_protected_pdf_needs_the_password(vault: CaseFile, rich: RichCase,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "beveiligd.pdf"
    result = vault.handover.export_dossier(rich.case_id, DossierRequest("police", password="slot-42"),
                            path)
    assert result is not None and result.encrypted
    reader = PdfReader(str(path))
    assert reader.is_encrypted
    with pytest.raises(Exception):  # noqa: B017 - pypdf raises its own error types
        _ = reader.pages[0].extract_text()
    assert FACT_CANARY in pdf_text(path, "slot-42")
    assert vault.handover.check_export(path) is not None
    with pytest.raises(InvalidInputError):
        vault.handover.export_dossier(rich.case_id, DossierRequest("police", password=""), path)


def test_cancel_leaves_nothing_and_records_nothing(vault: CaseFile, rich: RichCase,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    assert vault.handover.export_dossier(rich.case_id, DossierRequest(), out / "d.pdf",
                          cancel=cancel) is None
    assert list(out.iterdir()) == []
    assert vault.audit.entries(action_prefix="dossier.") == []


def test_export_replaces_an_existing_file_atomically(vault: CaseFile, rich: RichCase,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "d.pdf"
    path.write_bytes(b"oud")
    result = vault.handover.export_dossier(rich.case_id, DossierRequest("summary"), path)
    assert result is not None and path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".pestdossier"
                  and "kluis" not in p.name) == ["d.pdf"]
    with pytest.raises(InvalidInputError):
        vault.handover.export_dossier(rich.case_id, DossierRequest(), tmp_path / "nope" / "d.pdf")


def test_roles_of_adults_without_a_shared_surname(vault: CaseFile, rich: RichCase) -> None:
    vault.people.add_new_to_case(rich.case_id, "Karin Mol", Role.OUDER)
    vault.people.add_new_to_case(rich.case_id, "Joost Teunissen", Role.GETUIGE)
    built = vault.handover.build(rich.case_id, DossierRequest("summary"))
    people = next(s for s in built.document.sections if s.title == "Betrokkenen")
    names = [row[0] for row in people.blocks[0].rows]
    assert "ouder/verzorger 1" in names and "Betrokkene 1" in names
    assert "Karin Mol" not in names and "Joost Teunissen" not in names


def test_an_empty_case_makes_every_profile(vault: CaseFile, tmp_path: Path) -> None:
    case = vault.cases.create(NewCase("Net gemeld", CaseKind.PESTEN, date(2026, 11, 21)))
    for profile in ProfileId:
        result = vault.handover.export_dossier(case.id, DossierRequest(profile),
                                tmp_path / f"{profile.value}.pdf")
        # a summary has no cover page and no contents (one or two pages in all)
        assert result is not None and result.page_count >= (
            1 if profile is ProfileId.SUMMARY else 3)
        assert "Er zijn geen betrokkenen vastgelegd." in pdf_text(result.path)
    with pytest.raises(NotFoundError):
        vault.handover.export_dossier(999, DossierRequest(), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_disk_full_during_an_export_says_so_and_leaves_nothing(
        vault: CaseFile, rich: RichCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19 (11): a full disk during a dossier export was an internal error."""
    out = tmp_path / "vol"
    out.mkdir()

    def full(self: object, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.atomic.PendingFile.write", full)
    before = vault.audit.entries(action_prefix="dossier.")
    with pytest.raises(PestdossierError) as caught:
        vault.handover.export_dossier(rich.case_id, DossierRequest("summary"), out / "d.pdf")
    assert caught.value.code == "file.disk_full"
    assert dutch(caught.value.as_message()) == (
        f"De map '{out}' is vol; het bestand is niet geschreven en er is niets half "
        "achtergebleven. Maak ruimte vrij of kies een andere map.")
    assert list(out.iterdir()) == []
    assert vault.audit.entries(action_prefix="dossier.") == before
