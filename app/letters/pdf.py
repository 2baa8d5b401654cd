"""A letter as a simple PDF (school name, date, recipient, subject, body), rendered in
memory; the letters service writes it with app.atomic."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.letters.compose import LetterDraft
from app.timeutil import format_date_nl

_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=8)
_SCHOOL = ParagraphStyle("school", fontName="Helvetica-Bold", fontSize=14, leading=18)
_SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=10, leading=13)
_SUBJECT = ParagraphStyle("subject", fontName="Helvetica-Bold", fontSize=11, leading=15,
                          spaceBefore=10, spaceAfter=12)


def _paragraphs(text: str) -> list[Paragraph]:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(escape(b).replace("\n", "<br/>"), _BODY) for b in blocks if b]


def render_pdf(draft: LetterDraft) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=draft.subject,
                            author=draft.school, creator="Pestdossier", invariant=True)
    story = [Paragraph(escape(draft.school or " "), _SCHOOL), Spacer(1, 10 * mm),
             Paragraph(escape(draft.recipient), _SMALL), Spacer(1, 6 * mm),
             Paragraph(escape(format_date_nl(draft.date)), _SMALL),
             Paragraph(escape(draft.subject), _SUBJECT), *_paragraphs(draft.body)]
    doc.build(story)
    return buffer.getvalue()
