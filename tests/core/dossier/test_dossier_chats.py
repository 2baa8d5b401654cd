"""Chats as the police read them: emoji drawn as glyphs with the real characters in the
PDF's text layer; attachments shown with their SHA-256, missing ones marked."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pikepdf
from pypdf import PdfReader

from app.casefile import CaseFile
from app.domain import Role
from app.dossier import document as d
from app.dossier.pdf_text import page_texts
from app.dossier.render import render_dossier
from app.dossier.sample import make_screenshot
from app.dossier.selection import DossierRequest
from app.timeutil import AMSTERDAM
from tests.dossier_case import CHAT_EXPORT
from tests.leak_corpus import _case

NOW = datetime(2026, 11, 1, 10, tzinfo=AMSTERDAM)


def _pdf(text: str) -> bytes:
    chat = d.ChatTranscript("Klas 2B", (d.ChatMessage(NOW, "Noor", text),))
    doc = d.DossierDocument("2026-001", "School", "Feiten", None, None, "Nieuw", "politie",
                            "Politie", "vertrouwenspersoon", NOW,
                            sections=(d.Section("Chatgesprekken", (chat,)),))
    buf = io.BytesIO()
    render_dossier(doc, buf)
    return buf.getvalue()


def test_emoji_are_glyphs_with_their_characters_in_the_text_layer() -> None:
    pdf = _pdf("haha 😂 🤓 🙃 👍 ❤")
    theirs = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    ours = " ".join(page_texts(pdf))
    for text in (theirs, ours):
        assert "haha 😂 🤓 🙃 👍 ❤" in text
        assert "[U+" not in text
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        fonts = {str(f.get("/BaseFont")) for page in doc.pages
                 for f in page.Resources.Font.values()}
    assert any("Symbola" in name for name in fonts)


def test_a_character_no_font_has_is_still_written_as_its_code() -> None:
    text = " ".join(page_texts(_pdf("klingon \U000F8D00 hier")))   # private use
    assert "klingon [U+F8D00] hier" in text


def test_chat_attachments_shown_hashed_or_marked_missing(vault: CaseFile,
                                                         tmp_path: Path) -> None:
    """The fixture chat names IMG-...-WA0003.jpg and IMG-...-WA0007.jpg; the zip holds only
    the first: it is shown with its SHA-256, the second is marked missing."""
    image = make_screenshot(9, width=300, height=400)
    export = tmp_path / "WhatsApp Chat - Klas 2B.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("_chat.txt", CHAT_EXPORT.read_bytes())
        archive.writestr("IMG-20251104-WA0003.jpg", image)
    case_id = _case(vault, "Klassenapp", "Uitgelachen in de klassenapp.")
    vault.people.add_new_to_case(case_id, "Liv Jansen", Role.GEPESTE, "2B")
    vault.evidence.import_chat(case_id, export)
    result = vault.handover.export_dossier(case_id, DossierRequest("police"), tmp_path / "p.pdf")
    assert result is not None
    text = " ".join(page_texts((tmp_path / "p.pdf").read_bytes()))
    flat = " ".join(text.split())
    assert f"Bijlage: IMG-20251104-WA0003.jpg SHA-256 {hashlib.sha256(image).hexdigest()}" in flat
    assert "Bijlage: IMG-20251104-WA0007.jpg bijlage zat niet in de export" in flat
    reader = PdfReader(str(tmp_path / "p.pdf"))
    chat_pages = [p for p in reader.pages if "IMG-20251104-WA0003.jpg" in (p.extract_text() or "")]
    assert any(p.images for p in chat_pages)   # the picture sits in the transcript


def test_a_table_that_runs_over_is_not_left_alone_on_a_page() -> None:
    rows = tuple((f"rij {i}", "Oudercontact", "tekst") for i in range(44))
    doc = d.DossierDocument("2026-001", "School", "Dossier", None, None, "Nieuw", "coördinator",
                            "Coördinator", "vertrouwenspersoon", NOW, sections=(
                                d.Section("Protocol", (d.Table(("A", "B", "C"), rows),)),
                                d.Section("Afspraken", (d.Paragraph("Geen afspraken."),))))
    buf = io.BytesIO()
    render_dossier(doc, buf)
    pages = page_texts(buf.getvalue())
    last_row = next(i for i, t in enumerate(pages) if "rij 43" in t)
    assert "rij 0" not in pages[last_row]            # the table did run over
    assert "Afspraken" in pages[last_row]           # the next section fills that page
