"""Chats as the police read them: emoji drawn as glyphs with the real characters in the
PDF's text layer."""

from __future__ import annotations

import io
from datetime import datetime

import pikepdf
from pypdf import PdfReader

from app.dossier import document as d
from app.dossier.pdf_text import page_texts
from app.dossier.render import render_dossier
from app.timeutil import AMSTERDAM

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
