"""The gespreksleidraad as a one-page PDF to take into the talk.

It holds the protocol's text only, no case data: a sheet on the table in a conversation
with a pupil carries no names. The content shrinks to fit one A4 page.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.protocols import Protocol, Step
from app.protocols.guides import Guide

_MARGIN = 16 * mm
_TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19)
_SUB = ParagraphStyle("sub", fontName="Helvetica", fontSize=9.5, leading=12,
                      textColor=colors.HexColor("#4a5860"))
_HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                       spaceBefore=7, spaceAfter=2)
_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.2)
_ITEM = ParagraphStyle("item", parent=_BODY, leftIndent=11, bulletIndent=2, spaceAfter=1.5)
_SAFE = ParagraphStyle("safe", parent=_BODY, fontName="Helvetica-Bold",
                       textColor=colors.HexColor("#8c1d18"))
_NOTE = ParagraphStyle("note", parent=_BODY, fontSize=8, leading=10,
                       textColor=colors.HexColor("#4a5860"))


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _items(items: tuple[str, ...], bullet: str = "\u2022") -> list[Flowable]:
    return [Paragraph(escape(item), _ITEM, bulletText=bullet) for item in items]


def _safety(guide: Guide) -> list[Flowable]:
    if not guide.safety:
        return []
    box = Table([[_p("Let op", _SAFE)], *([_p(s, _SAFE)] for s in guide.safety)],
                colWidths=[A4[0] - 2 * _MARGIN])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#b3261e")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdf0ef")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return [Spacer(1, 4), box]


def _phases(guide: Guide) -> list[Flowable]:
    if not guide.phases:
        return []
    out: list[Flowable] = [_p("Verloop van het gesprek", _HEAD)]
    for phase in guide.phases:
        out.append(_p(phase.title, ParagraphStyle("phase", parent=_BODY,
                                                  fontName="Helvetica-Bold", spaceBefore=3)))
        out += _items(phase.points)
    return out


def _do_dont(guide: Guide) -> list[Flowable]:
    if not (guide.do or guide.dont):
        return []
    left = [_p("Wel doen", _HEAD), *_items(guide.do, "+")] if guide.do else []
    right = [_p("Niet doen", _HEAD), *_items(guide.dont, "\u2013")] if guide.dont else []
    if not (left and right):      # one list: full width, no empty column beside it
        return left or right
    width = (A4[0] - 2 * _MARGIN) / 2
    table = Table([[left, right]], colWidths=[width, width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, 0), 8)]))
    return [table]


def guide_story(protocol: Protocol, step: Step, guide: Guide) -> list[Flowable]:
    """The flowables of the sheet, in reading order."""
    story: list[Flowable] = [_p(f"Gespreksleidraad: {step.title}", _TITLE),
                             _p(protocol.name + (f" \u00b7 {guide.source}" if guide.source
                                                 else ""), _SUB),
                             Spacer(1, 3),
                             _p("Datum: ......................   Aanwezig: "
                                ".................................................", _SUB)]
    story += _safety(guide)
    if guide.purpose:
        story += [_p("Doel", _HEAD), _p(guide.purpose, _BODY)]
    story += _phases(guide)
    if guide.questions:
        story += [_p("Vragen", _HEAD), *_items(guide.questions, "?")]
    story += _do_dont(guide)
    if guide.next_appointment is not None:
        story += [_p("Vervolg", _HEAD),
                  _p(f"Plan een vervolgafspraak over {guide.next_appointment}.", _BODY)]
    story += [Spacer(1, 8), _p("Zet op dit blad geen namen. Werk uw aantekeningen na het "
                               "gesprek uit in Pestdossier en vernietig het blad daarna.",
                               _NOTE)]
    return story


def render_guide_pdf(protocol: Protocol, step: Step, guide: Guide) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
                            topMargin=_MARGIN, bottomMargin=_MARGIN,
                            title=f"Gespreksleidraad: {step.title}", author=protocol.name,
                            creator="Pestdossier", invariant=True)
    frame = KeepInFrame(doc.width, doc.height, guide_story(protocol, step, guide),
                        mode="shrink")
    doc.build([frame])
    return buffer.getvalue()
