"""Document blocks -> reportlab flowables (no canvas work except in the small flowables here)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from app.dossier import document as d
from app.dossier.dutch_dates import (
    format_datetime_nl,
    format_moment_nl,
)
from app.dossier.render_image_flowables import ImageBox, ImageStrip, plan_strips
from app.dossier.render_images import ImageStore
from app.dossier.render_widths import MAX_WORD_SHARE, fit_words, longest_word
from app.dossier.styles import (
    ACCENT,
    RULE,
    SHADE,
    Styles,
    clean_text,
    format_size_nl,
    markup,
)
from app.messages import Message

THUMB_W, THUMB_H = 78.0, 140.0
STRIP_OVERLAP_PX = 48  # rows repeated at the top of the next page of a split screenshot
MAX_UPSCALE = 1.0  # pt per pixel; small images are not blown up beyond this

# A reportlab table style command: ("NAME", (first col, row), (last col, row), *arguments).
StyleCommand: TypeAlias = tuple[str, tuple[int, int], tuple[int, int], *tuple[Any, ...]]


@dataclass
class Layout:
    """What block builders need to know about the page and the run."""

    frame_w: float
    frame_h: float
    styles: Styles
    images: ImageStore
    toc: list[tuple[int, str, str]] = field(default_factory=list)  # (level, text, key)
    warnings: list[Message] = field(default_factory=list)
    appendix_keys: dict[str, str] = field(default_factory=dict)  # evidence number -> key
    used_keys: set[str] = field(default_factory=set)
    _n: int = 0

    def new_key(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}{self._n}"


class Heading(Flowable):
    """A heading that registers a PDF bookmark, an outline entry and its page number.

    Never splits (a heading is short); ``on_draw(key, page)`` records the page for the TOC.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        key: str,
        level: int,
        on_draw: Callable[[str, int], None] | None,
        outline: bool = True,
    ) -> None:
        super().__init__()
        self.para = RLParagraph(markup(text), style)
        self.text = clean_text(text)
        self.key = key
        self.level = level
        self.on_draw = on_draw
        self.outline = outline
        self.keepWithNext = 1

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self.para.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

    def getSpaceBefore(self) -> float:
        return self.para.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.para.getSpaceAfter()

    def draw(self) -> None:
        canv = self.canv
        self.para.drawOn(canv, 0, 0)
        canv.bookmarkHorizontal(self.key, 0, self.height + 4)
        if self.outline:
            canv.addOutlineEntry(self.text, self.key, level=self.level, closed=self.level > 0)
        if self.on_draw is not None:
            self.on_draw(self.key, canv.getPageNumber())


def para(text: str, style: ParagraphStyle) -> RLParagraph:
    return RLParagraph(markup(text), style)


# ------------------------------------------------------------------------ simple blocks


def key_value_table(rows: Iterable[tuple[str, str]], lay: Layout,
                    label_frac: float = 0.3) -> RLTable:
    s = lay.styles
    data = [[para(k, s.cell_bold), para(v, s.cell)] for k, v in rows]
    t = RLTable(
        data,
        colWidths=[lay.frame_w * label_frac, lay.frame_w * (1 - label_frac)],
        hAlign="LEFT",
        splitInRow=1,
    )
    t.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return t


def data_table(block: d.Table, lay: Layout) -> RLTable:
    s = lay.styles
    ncols = len(block.header)
    weights = block.col_weights or (1.0,) * ncols
    total = sum(weights)
    widths = fit_words([lay.frame_w * w / total for w in weights],
                       [longest_word(col, s.cell_bold) for col in zip(
                           block.header, *[(list(r) + [""] * ncols)[:ncols]
                                           for r in block.rows], strict=False)],
                       lay.frame_w * MAX_WORD_SHARE)
    rows = [[para(h, s.cell_head) for h in block.header]]
    for row in block.rows:
        cells = list(row)[:ncols] + [""] * (ncols - len(row))
        rows.append([para(str(c), s.cell) for c in cells])
    t = RLTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    style: list[StyleCommand] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), SHADE) for i in range(2, len(rows), 2)]
    t.setStyle(style)
    return t


# ---------------------------------------------------------------------------- timeline


def timeline(block: d.Timeline, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = []
    for e in block.entries:
        when = format_moment_nl(e.occurred_at, approximate=e.approximate)
        head = f"{when}   ·   {e.kind.upper()}"
        out.append(para(head, s.entry_head))
        out.append(para(e.title, s.entry_title))
        if e.text:
            out.append(para(e.text, s.entry_body))
        meta = []
        if e.author:
            meta.append(f"Auteur: {e.author}")
        if e.recorded_at is not None:
            meta.append(f"vastgelegd op {format_datetime_nl(e.recorded_at)}")
        if e.revisions:
            n = len(e.revisions)
            meta.append(f"{n} eerdere versie" + ("s" if n > 1 else "") + " (hieronder)")
        if meta:
            out.append(para(" · ".join(meta), s.entry_meta))
        for r in e.revisions:
            label = f"Eerdere versie, vastgelegd op {format_datetime_nl(r.recorded_at)}"
            if r.author:
                label += f" door {r.author}"
            body = f"{r.title}\n{r.text}" if r.title else r.text
            out.append(RLParagraph(f"<i>{markup(label)}:</i><br/>{markup(body)}", s.revision))
    return out


# ------------------------------------------------------------------ evidence catalogue


def _hash_markup(sha: str) -> str:
    sha = sha.strip().lower()
    return markup(sha[:32]) + "<br/>" + markup(sha[32:]) if len(sha) > 40 else markup(sha)


def evidence_item(item: d.EvidenceItem, lay: Layout) -> list[Flowable]:
    s = lay.styles
    thumb = _evidence_thumb(item, lay)
    meta_w = lay.frame_w - THUMB_W - 12
    meta = _evidence_meta(item, lay, meta_w)
    head = para(f"{item.number}  ·  {item.title}", s.h3)
    _, meta_h = meta.wrap(meta_w, lay.frame_h)
    out: list[Flowable] = []
    if meta_h < lay.frame_h * 0.8:
        outer = RLTable([[thumb, meta]], colWidths=[THUMB_W + 12, meta_w], hAlign="LEFT")
        outer.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        out.append(KeepTogether([head, outer]))
    else:  # very long metadata: let the table split over pages
        out += [head, thumb, meta]
    if item.description:
        out.append(para(item.description, s.body))
    out.append(Spacer(1, 6))
    return out


def _evidence_thumb(item: d.EvidenceItem, lay: Layout) -> ImageBox:
    """The item's image as a thumbnail; a labelled box (and a warning) when there is none."""
    img = lay.images.get(item.image) or lay.images.get(item.thumbnail)
    if img is None and (item.image or item.thumbnail):
        lay.warnings.append(Message("dossier.image_not_shown", item=item.number))
    label = "geen\nvoorbeeld" if not (item.image or item.thumbnail) else "afbeelding\nonleesbaar"
    return ImageBox(img, THUMB_W, THUMB_H, missing_label=f"{item.kind}\n{label}")


def _evidence_rows(item: d.EvidenceItem) -> list[tuple[str, str]]:
    """Label and value of every metadata field the item has, in reading order."""
    rows: list[tuple[str, str]] = [("Soort", item.kind)]
    if item.original_filename:
        rows.append(("Bestandsnaam", item.original_filename))
    exact = f"{item.size:,}".replace(",", ".")
    rows.append(("Grootte", f"{format_size_nl(item.size)} ({exact} bytes)"))
    if item.platform:
        rows.append(("Platform", item.platform))
    if item.handles:
        rows.append(("Accounts", "\n".join(item.handles)))
    rows += [("Internetadres", u) for u in item.urls]
    if item.shown_time is not None:
        shown = (
            format_datetime_nl(item.shown_time)
            if isinstance(item.shown_time, datetime)
            else str(item.shown_time)
        )
        rows.append(("Tijd zoals getoond", shown))
    rows.append(("Vastgelegd", f"{format_datetime_nl(item.imported_at)} door {item.imported_by}"))
    if item.collected_with:
        rows.append(("Samen met", item.collected_with))
    if item.device:
        rows.append(("Apparaat", item.device))
    if item.actions_taken:
        rows.append(("Daarna gedaan", "\n".join(item.actions_taken)))
    return rows


def _evidence_meta(item: d.EvidenceItem, lay: Layout, meta_w: float) -> RLTable:
    """The metadata table: the rows, a link to the full-size image, the SHA-256."""
    s = lay.styles
    data = [[para(k, s.cell_bold), para(v, s.cell)] for k, v in _evidence_rows(item)]
    if item.number in lay.appendix_keys:
        link = (
            f'<a href="#{lay.appendix_keys[item.number]}" color="#1f4e79">'
            "ware grootte in de bijlagen</a>"
        )
        data.append([para("Afbeelding", s.cell_bold), RLParagraph(link, s.cell)])
    data.append([para("SHA-256", s.cell_bold), RLParagraph(_hash_markup(item.sha256), s.mono)])
    meta = RLTable(data, colWidths=[meta_w * 0.27, meta_w * 0.73], hAlign="LEFT", splitInRow=1)
    meta.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    return meta


def catalogue(block: d.EvidenceCatalogue, lay: Layout) -> list[Flowable]:
    out: list[Flowable] = []
    for item in block.items:
        out += evidence_item(item, lay)
    return out


# ---------------------------------------------------------------------------- appendix


def appendix(
    block: d.ImageAppendix, lay: Layout, room_first: float, on_heading: Callable[[str, int], None]
) -> list[Flowable]:
    """Each image on its own page(s), filling the width; tall images split into strips."""
    s = lay.styles
    out: list[Flowable] = []
    room = room_first
    for idx, ai in enumerate(block.images):
        img = lay.images.get(ai.image)
        key = lay.appendix_keys.get(ai.number, "")
        if not key or key in lay.used_keys:  # a second image with the same number
            key = lay.new_key("img")
        lay.used_keys.add(key)
        title = f"{ai.number}  ·  {ai.title}"
        if idx > 0:
            out.append(PageBreak())
            room = lay.frame_h
        head = Heading(title, s.h3, key, level=1, on_draw=on_heading)
        _, hh = head.wrap(lay.frame_w, lay.frame_h)
        head_h = hh + head.getSpaceBefore() + head.getSpaceAfter()
        if img is None:
            lay.warnings.append(Message("dossier.image_not_shown", item=ai.number))
            out += [head, ImageBox(None, lay.frame_w, 120, "afbeelding kon niet\nworden gelezen")]
            continue
        scale = min(lay.frame_w / img.width, MAX_UPSCALE)
        base_meta = f"{img.width} × {img.height} pixels"
        if ai.sha256:
            base_meta += f" · SHA-256 {ai.sha256}"
        # worst case for the part line: the most digits it can ever have
        probe = para(f"{base_meta} · deel 99 van 99 · rijen {img.height}–{img.height}", s.small)
        _, meta_h = probe.wrap(lay.frame_w, lay.frame_h)
        cont_h = para(title + " (vervolg)", s.small_bold).wrap(lay.frame_w, lay.frame_h)[1]
        caption = para(ai.caption, s.note) if ai.caption else None
        cap_h = caption.wrap(lay.frame_w, lay.frame_h)[1] + s.note.spaceAfter if caption else 0
        slack = 8
        first_px = int((room - head_h - cap_h - meta_h - slack) / scale)
        next_px = int((lay.frame_h - cont_h - meta_h - slack) / scale)
        if first_px < 200:  # too little room left under a heading: start on a new page
            out.append(PageBreak())
            first_px = int((lay.frame_h - head_h - cap_h - meta_h - slack) / scale)
        strips = plan_strips(img.height, first_px, next_px, STRIP_OVERLAP_PX)
        n = len(strips)
        for part, (top, bottom) in enumerate(strips, start=1):
            where = f" · deel {part} van {n}" if n > 1 else ""
            rows = f" · rijen {top + 1}–{bottom}" if n > 1 else ""
            if part == 1:
                out.append(head)
                if caption is not None:
                    out.append(caption)
            else:
                out.append(PageBreak())
                out.append(para(title + " (vervolg)", s.small_bold))
            out.append(para(base_meta + where + rows, s.small))
            out.append(Spacer(1, 3))
            out.append(ImageStrip(img, top, bottom, scale))
    return out


def integrity_table(rows: tuple[d.IntegrityRow, ...], lay: Layout) -> RLTable:
    """Per item: number, then description · kind · size, with the full hash on its own line."""
    s = lay.styles
    nr_w = 34.0
    data: list[list[RLParagraph | list[RLParagraph]]] = [
        [para("Nr.", s.cell_head), para("Bewijsstuk en SHA-256-hashwaarde", s.cell_head)]]
    for r in rows:
        desc = " · ".join(x for x in (r.title, r.kind, format_size_nl(r.size)) if x)
        data.append(
            [
                para(r.number, s.cell_bold),
                [para(desc, s.cell), RLParagraph(markup(r.sha256.strip().lower()), s.mono)],
            ]
        )
    t = RLTable(data, colWidths=[nr_w, lay.frame_w - nr_w], repeatRows=1, hAlign="LEFT")
    t.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *[("BACKGROUND", (0, i), (-1, i), SHADE) for i in range(2, len(data), 2)],
        ]
    )
    return t


def notice_box(text: str, lay: Layout) -> RLTable:
    t = RLTable([[para(text, lay.styles.body)]], colWidths=[lay.frame_w])
    t.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#b3261e")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdf1f0")),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    return t
