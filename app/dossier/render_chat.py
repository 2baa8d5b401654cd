"""Chat transcripts laid out as a conversation: bubbles, the subject's side on the right."""

from __future__ import annotations

import io

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Image
from reportlab.platypus import Table as RLTable

from app.dossier import document as d
from app.dossier.dutch_dates import format_date_nl, format_time_nl
from app.dossier.render_blocks import Layout, para
from app.dossier.styles import OTHER_BUBBLE, SUBJECT_BUBBLE, clean_text, fonts

BUBBLE_MAX = 0.72  # of the frame width


class _Bubble(RLTable):
    """A chat bubble: moves to the next page whole unless it is taller than half a page."""

    split_limit = 0.0

    def split(self, aw: float, ah: float) -> list[Flowable]:
        _, h = self.wrap(aw, ah)
        if h <= self.split_limit:
            return []
        parts = super().split(aw, ah)
        for part in parts:
            part.hAlign = self.hAlign
        return parts


def _bubble(msg: d.ChatMessage, lay: Layout) -> RLTable:
    s = lay.styles
    f = fonts()
    pad = 6
    meta_text = msg.sender + (f"  ·  {format_time_nl(msg.sent_at)}" if msg.sent_at else "")
    rows: list[list[Flowable]] = [[para(meta_text, s.chat_meta)]]
    if msg.text:
        rows.append([para(msg.text, s.chat_text)])
    max_w = lay.frame_w * BUBBLE_MAX
    image_w = 0.0
    if msg.attachment:
        rows.append([para(f"Bijlage: {msg.attachment}", s.chat_meta)])
        if msg.attachment_image is not None:
            picture = _picture(msg.attachment_image, max_w - 2 * pad)
            if picture is not None:
                rows.append([picture])
                image_w = picture.drawWidth
        if msg.attachment_sha256:
            rows.append([para(f"SHA-256 {msg.attachment_sha256}", s.chat_hash)])
            image_w = max(image_w, stringWidth(msg.attachment_sha256, s.chat_hash.fontName,
                                               s.chat_hash.fontSize) + 50)
        if msg.attachment_missing:
            rows.append([para("bijlage zat niet in de export", s.chat_missing)])
    text = clean_text(msg.text)
    natural = max(
        [stringWidth(line, f.sans, s.chat_text.fontSize) for line in text.split("\n")]
        + [stringWidth(clean_text(meta_text), f.bold, s.chat_meta.fontSize)]
        + [stringWidth(clean_text(msg.attachment or ""), f.bold, s.chat_meta.fontSize) + 40]
        + [image_w]
    )
    width = min(max_w, natural + 2 * pad + 4)
    t = _Bubble(
        rows,
        colWidths=[width],
        hAlign="RIGHT" if msg.from_subject else "LEFT",
        splitInRow=1,
        spaceBefore=2,
        spaceAfter=2,
    )
    t.split_limit = lay.frame_h * 0.5
    t.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), SUBJECT_BUBBLE if msg.from_subject else OTHER_BUBBLE),
            ("ROUNDEDCORNERS", [6, 6, 6, 6]),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, 0), 4),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
        ]
    )
    return t


def _picture(data: bytes, max_w: float) -> Image | None:
    """An attached image at a readable size (at most 7 by 9 cm), or None if unreadable."""
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except (OSError, ValueError):
        return None
    scale = min(max_w, 7 * cm) / width
    scale = min(scale, 9 * cm / height)
    return Image(io.BytesIO(data), width * scale, height * scale, hAlign="LEFT")


def chat(block: d.ChatTranscript, lay: Layout) -> list[Flowable]:
    s = lay.styles
    out: list[Flowable] = []
    intro = []
    if block.platform:
        intro.append(f"Platform: {block.platform}")
    if block.source_item:
        intro.append(f"bron: bewijsstuk {block.source_item}")
    n = len(block.messages)
    intro.append(f"{n} bericht{'' if n == 1 else 'en'}")
    out.append(para(block.title, s.h3))
    out.append(
        para(
            " · ".join(intro) + f". Berichten van {block.subject_label} staan rechts, "
            "in blauw; berichten van anderen links, in grijs.",
            s.note,
        )
    )
    last_day: str | None = None
    replaced = False
    for msg in block.messages:
        if msg.sent_at is not None:
            day = format_date_nl(msg.sent_at)
            if day != last_day:
                out.append(CondPageBreak(60))
                out.append(para(format_date_nl(msg.sent_at, weekday=True), s.chat_day))
                last_day = day
        if msg.is_system:
            text = msg.text + (f" ({format_time_nl(msg.sent_at)})" if msg.sent_at else "")
            out.append(para(text, s.chat_system))
        else:
            out.append(_bubble(msg, lay))
        replaced = replaced or ("[U+" in clean_text(msg.text, symbols=True)
                                and "[U+" not in msg.text)
    if replaced:
        out.append(
            para(
                "Tekens die het lettertype van dit document niet kan weergeven staan als "
                "[U+code]. Het originele bewijsstuk bevat ze "
                "ongewijzigd.",
                s.note,
            )
        )
    return out
