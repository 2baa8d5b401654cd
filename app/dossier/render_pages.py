"""Page furniture for dossier PDFs: geometry, header/footer, the deferred table of contents.

The canvas holds every page back until ``save()`` (like the well-known "NumberedCanvas"),
so the page total for "pagina x van y" and the page numbers in the table of contents are
drawn onto the pages at the very end, after every heading has reported where it landed.
That keeps the whole build to a single layout pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from app.dossier.styles import ALERT, MUTED, RULE, Styles, clean_text, fonts, markup

PAGE_W, PAGE_H = A4
MARGIN_X = 1.8 * cm
MARGIN_TOP = 2.2 * cm
MARGIN_BOTTOM = 2.0 * cm
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM


@dataclass
class PageDecor:
    """Shared between the story and the canvas: what to print on every page."""

    header_left: str
    header_right: str
    footer_left: str
    toc_slots: dict[int, list[tuple[float, float, str, str, float]]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    page_count: int = 0

    def heading_drawn(self, key: str, page: int) -> None:
        self.pages.setdefault(key, page)


class DossierCanvas(Canvas):
    """Keeps pages back until save(), then adds header, footer and TOC page numbers."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:  # Canvas's own
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._held_pages: list[dict[str, Any]] = []   # each page's canvas state, as it was

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # Canvas's own reset, not in its stubs

    def save(self) -> None:
        total = len(self._held_pages)
        self._decor.page_count = total
        for state in self._held_pages:
            self.__dict__.update(state)
            page = self.getPageNumber()
            if page > 1:
                self._draw_decorations(page, total)
            self._draw_toc_numbers(page)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_decorations(self, page: int, total: int) -> None:
        f = fonts()
        dec = self._decor
        top = PAGE_H - 1.3 * cm
        self.saveState()
        self.setFont(f.sans, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, top, _fit(dec.header_left, f.sans, 8, FRAME_W * 0.7))
        self.setFont(f.bold, 8)
        self.setFillColor(ALERT)
        self.drawRightString(PAGE_W - MARGIN_X, top, dec.header_right)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top - 5, PAGE_W - MARGIN_X, top - 5)
        bottom = 1.1 * cm
        self.line(MARGIN_X, bottom + 10, PAGE_W - MARGIN_X, bottom + 10)
        self.setFont(f.sans, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, bottom, _fit(dec.footer_left, f.sans, 8, FRAME_W * 0.72))
        self.drawRightString(PAGE_W - MARGIN_X, bottom, f"pagina {page} van {total}")
        self.restoreState()

    def _draw_toc_numbers(self, page: int) -> None:
        slots = self._decor.toc_slots.get(page)
        if not slots:
            return
        self.saveState()
        for x_right, y, key, font, size in slots:
            number = self._decor.pages.get(key)
            if number is not None:
                self.setFont(font, size)
                self.drawRightString(x_right, y, str(number))
        self.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    text = clean_text(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class TocFlowable(Flowable):
    """Table of contents whose page numbers are filled in at save time (see module doc)."""

    NUMBER_W = 36

    def __init__(self, entries: list[tuple[int, str, str]], styles: Styles,
                 decor: PageDecor) -> None:
        super().__init__()
        self.entries = entries
        self.styles = styles
        self.decor = decor
        self._lines: list[tuple[RLParagraph, float, int, str]] = []
        self._text: dict[str, str] = {}

    def _style(self, level: int) -> ParagraphStyle:
        return self.styles.toc1 if level == 0 else self.styles.toc2

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self._lines = []
        self._text = {key: text for _level, text, key in self.entries}
        total = 0.0
        for level, text, key in self.entries:
            p = RLParagraph(markup(text), self._style(level))
            _, h = p.wrap(aw - self.NUMBER_W, ah)
            gap = 4 if level == 0 else 1
            self._lines.append((p, h + gap, level, key))
            total += h + gap
        self.height = total
        return aw, total

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        used, n = 0.0, 0
        for _p, h, _lvl, _key in self._lines:
            if used + h > ah:
                break
            used += h
            n += 1
        if n == 0 or n == len(self.entries):
            return [] if n == 0 else [self]
        return [
            TocFlowable(self.entries[:n], self.styles, self.decor),
            TocFlowable(self.entries[n:], self.styles, self.decor),
        ]

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for p, h, level, key in self._lines:
            y -= h
            style = self._style(level)
            top = y + h  # the paragraph hangs from the top of its slot
            p.drawOn(canv, 0, top - p.height)
            nlines = len(p.getActualLineWidths0())   # one width per line, after wrap()
            baseline = top - style.fontSize - (nlines - 1) * style.leading
            if nlines == 1:  # dotted leader from the title to the page number
                text_w = stringWidth(clean_text(self._text[key]), style.fontName, style.fontSize)
                x0 = style.leftIndent + text_w + 6
                x1 = self.width - self.NUMBER_W + 6
                if x1 > x0:
                    canv.saveState()
                    canv.setStrokeColor(MUTED)
                    canv.setLineWidth(0.6)
                    canv.setDash(0.6, 2.4)
                    canv.line(x0, baseline, x1, baseline)
                    canv.restoreState()
            ax, ay = canv.absolutePosition(self.width, baseline)
            self.decor.toc_slots.setdefault(canv.getPageNumber(), []).append(
                (ax, ay, key, style.fontName, style.fontSize)
            )
            canv.linkRect("", key, (0, top - p.height, self.width, top), relative=1, thickness=0)
