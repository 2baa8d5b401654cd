"""A contract or plan as a one- or two-page PDF to print, talk through and sign.

Empty fields get ruled lines to write on by hand; the signature block has a column for
the pupil, the parents and the school, with the date already filled in for a signature
the counsellor recorded.
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.dossier.styles import INK, MUTED, fonts
from app.forms.model import FIELDS, SIGNER_NAMES, SIGNERS, CaseForm, FormKind
from app.timeutil import format_date_nl

_WIDTH = A4[0] - 50 * mm
_INTRO = {
    FormKind.CONTRACT: "Met dit contract spreken we af welk gedrag stopt, wat ervoor in de "
                       "plaats komt en hoe het wordt goedgemaakt. We bespreken samen hoe "
                       "het gaat.",
    FormKind.PLAN: "Dit plan heb ik zelf opgesteld na ons gesprek. Mijn ouders kennen het "
                   "en helpen mee. We kijken samen hoe het gaat.",
}


class _Lines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * 9 * mm

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor("#9aa3ad"))
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            y = (self.count - i) * 9 * mm - 7 * mm
            self.canv.line(0, y, self.width, y)


def _styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    return {
        "school": ParagraphStyle("school", fontName=f.bold, fontSize=11, leading=14,
                                 textColor=MUTED),
        "title": ParagraphStyle("title", fontName=f.bold, fontSize=20, leading=26,
                                textColor=INK, spaceBefore=6, spaceAfter=4),
        "meta": ParagraphStyle("meta", fontName=f.sans, fontSize=10.5, leading=15,
                               textColor=INK),
        "heading": ParagraphStyle("heading", fontName=f.bold, fontSize=12, leading=16,
                                  textColor=INK, spaceBefore=12, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=f.sans, fontSize=11, leading=15.5,
                               textColor=INK),
        "sign": ParagraphStyle("sign", fontName=f.sans, fontSize=9.5, leading=13,
                               textColor=INK),
        "small": ParagraphStyle("small", fontName=f.sans, fontSize=9, leading=12,
                                textColor=MUTED),
    }


def _text(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _signatures(form: CaseForm, st: dict[str, ParagraphStyle]) -> Table:
    heads = [_text(SIGNER_NAMES[s], st["heading"]) for s in SIGNERS]
    names = [_text("Naam:", st["sign"]) for _ in SIGNERS]
    marks = [_text("Handtekening:", st["sign"]) for _ in SIGNERS]
    dates = [_text("Datum: " + (format_date_nl(form.signed[s]) if s in form.signed else ""),
                   st["sign"]) for s in SIGNERS]
    table = Table([heads, names, marks, [""] * 3, dates], colWidths=[_WIDTH / 3] * 3,
                  rowHeights=[None, 10 * mm, 8 * mm, 14 * mm, 10 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 3), (-1, 3), 0.5, colors.HexColor("#9aa3ad")),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def render_form(form: CaseForm, *, school: str, today: date) -> bytes:
    st = _styles()
    story: list[Flowable] = []
    if school:
        story.append(_text(school, st["school"]))
    story += [_text(form.title, st["title"]),
              _text(f"Leerling: {form.person_name}", st["meta"]),
              _text(f"Datum: {format_date_nl(today)}", st["meta"]),
              Spacer(1, 4 * mm), _text(_INTRO[form.kind], st["body"])]
    for key, label in FIELDS[form.kind]:
        story.append(_text(label, st["heading"]))
        text = form.text(key)
        story.append(_text(text, st["body"]) if text else _Lines(3))
    story.append(_text("We bespreken hoe het gaat op", st["heading"]))
    story.append(_text(format_date_nl(form.evaluate_on, weekday=True), st["body"])
                 if form.evaluate_on else _Lines(1))
    story += [Spacer(1, 8 * mm), _signatures(form, st), Spacer(1, 6 * mm),
              _text(f"Versie {form.version}. Bewaar dit formulier; de school bewaart een "
                    "kopie in het dossier.", st["small"])]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, title=form.title,
                      author=school, creator="Pestdossier", invariant=True).build(story)
    return buffer.getvalue()
