"""Render a DossierDocument to PDF (reportlab platypus), in one layout pass.

Layout: cover page, table of contents, the sections, a closing integrity section.
Every page but the cover carries a header (reference, "Vertrouwelijk") and a footer
(recipient, "pagina x van y").

One pass instead of reportlab's usual multiBuild loop: the canvas holds every page
back until the end (like the well-known "NumberedCanvas"), so the page total for the
footer and the page numbers in the table of contents are written onto the pages when
the document is saved, after every heading has told the canvas where it landed. The
table of contents reserves one line per entry up front; only the numbers are deferred.

Output contract: ``out`` is written exactly once, with the complete PDF, after a
successful build (and after encryption when a password is given). A cancelled or
failed render writes nothing, so the caller may pass the destination file directly
or, better for crash safety, a temp file in the same folder that it renames.
The PDF is built in memory (about the size of the output).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph

from app.dossier import document as d
from app.dossier import render_blocks as rb
from app.dossier import render_chat
from app.dossier.dutch_dates import format_datetime_nl, format_period_nl
from app.dossier.render_images import ImageStore
from app.dossier.render_pages import (
    FRAME_H,
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    DossierCanvas,
    PageDecor,
    TocFlowable,
)
from app.dossier.styles import clean_text, make_styles
from app.messages import Message

PROGRESS_TOTAL = 1000
# Lossless image data above this total is traded for JPEG, biggest first (see
# ImageStore.fit_budget); keeps a dossier with 100 photo-heavy screenshots under ~40 MB.
IMAGE_BUDGET_BYTES = 32_000_000

NEW_PAGE_UNLESS_FREE = 0.7   # of the frame height
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class RenderResult:
    page_count: int
    byte_count: int
    cancelled: bool = False
    encrypted: bool = False
    seconds: float = 0.0
    image_count: int = 0
    warnings: tuple[Message, ...] = ()


class RenderCancelled(Exception):
    """Raised inside the build when the cancel callback returns True."""


class _DocTemplate(BaseDocTemplate):
    """Reports progress and honours cancel between flowables."""

    def __init__(self, *args: Any, on_flowable: Callable[[int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)   # BaseDocTemplate's own arguments
        self._on_flowable = on_flowable
        self._story: list[Flowable] | None = None

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        self._story = flowables  # the list build() consumes from the front
        super().build(flowables, *args, **kwargs)

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        if flowables is self._story:  # not the nested lists of KeepTogether & co.
            self._on_flowable(len(flowables))
        super().handle_flowable(flowables)


# ------------------------------------------------------------------------------ story


def _cover_rows(doc: d.DossierDocument) -> list[tuple[str, str]]:
    return [
        ("Zaak", doc.reference),
        ("School", doc.school_name),
        ("Periode", format_period_nl(doc.period_start, doc.period_end)),
        ("Status", doc.status),
        ("Bestemd voor", doc.recipient),
        ("Soort dossier", doc.profile_label),
        ("Opgesteld door", doc.author),
        ("Gemaakt op", format_datetime_nl(doc.generated_at)),
        *doc.extra_cover_rows,
        *((("Auditanker", doc.anchor.short),) if doc.anchor is not None else ()),
    ]


def _cover(doc: d.DossierDocument, lay: rb.Layout) -> list[Flowable]:
    s = lay.styles
    rows = _cover_rows(doc)
    return [
        Spacer(1, 2.2 * cm),
        RLParagraph("VERTROUWELIJK", s.cover_flag),
        Spacer(1, 0.6 * cm),
        rb.para(doc.title, s.cover_title),
        rb.para(doc.reference, s.cover_ref),
        rb.key_value_table(rows, lay, label_frac=0.3),
        Spacer(1, 1.4 * cm),
        rb.notice_box(doc.confidentiality_notice, lay),
    ]


def _compact_head(doc: d.DossierDocument, lay: rb.Layout) -> list[Flowable]:
    """A short dossier starts on page 1 with its title and the cover facts in a table."""
    s = lay.styles
    return [RLParagraph("VERTROUWELIJK", s.cover_flag), rb.para(doc.title, s.h1),
            rb.key_value_table(_cover_rows(doc), lay, label_frac=0.25), Spacer(1, 6)]


def _build_story(doc: d.DossierDocument, lay: rb.Layout, decor: PageDecor) -> list[Flowable]:
    s = lay.styles
    if doc.compact:
        story: list[Flowable] = _compact_head(doc, lay)
    else:
        story = _cover(doc, lay)
        story.append(PageBreak())
        story.append(RLParagraph("Inhoud", s.toc_title))
        story.append(TocFlowable(lay.toc, s, decor))
    on_heading = decor.heading_drawn

    for sec in doc.sections:
        for block in sec.blocks:
            if isinstance(block, d.ImageAppendix):
                for ai in block.images:
                    lay.appendix_keys.setdefault(ai.number, lay.new_key("app"))
    for sec in doc.sections:
        key = lay.new_key("sec")
        lay.toc.append((0, sec.title, key))
        if isinstance(story[-1], TocFlowable):
            story.append(PageBreak())
        elif not doc.compact and sec.start_on_new_page:
            # A new page, unless this one is still mostly empty (the end of a long table
            # that ran over): a short table is never left alone on a near-empty page.
            story.append(CondPageBreak(lay.frame_h * NEW_PAGE_UNLESS_FREE))
        heading = rb.Heading(sec.title, s.h1, key, level=0, on_draw=on_heading)
        story.append(heading)
        head_h = heading.wrap(lay.frame_w, lay.frame_h)[1] + s.h1.spaceAfter
        for i, block in enumerate(sec.blocks):
            story += _block(block, lay, on_heading, first=(i == 0), head_h=head_h)
    if doc.integrity:
        key = lay.new_key("sec")
        lay.toc.append((0, doc.integrity_title, key))
        story.append(PageBreak())
        story.append(rb.Heading(doc.integrity_title, s.h1, key, level=0, on_draw=on_heading))
        story.append(
            rb.para(
                "Hieronder staat van elk opgenomen bewijsstuk de SHA-256-hashwaarde zoals die bij "
                "het vastleggen is berekend. Wie het originele bestand heeft, kan controleren dat "
                "het ongewijzigd is: de hashwaarde van het bestand moet exact gelijk zijn "
                "(bijvoorbeeld met 'certutil -hashfile bestand SHA256' op Windows of "
                "'sha256sum bestand' op Linux/macOS). De afbeeldingen in dit document zijn "
                "weergaven van de bewijsstukken; de hashwaarden horen bij de originele "
                "bestanden.",
                s.body,
            )
        )
        story.append(Spacer(1, 4))
        story.append(rb.integrity_table(doc.integrity, lay))
    if doc.compact:
        story += [Spacer(1, 10), rb.notice_box(doc.confidentiality_notice, lay)]
    return story


def _block(block: d.Block, lay: rb.Layout, on_heading: Callable[[str, int], None], *,
           first: bool, head_h: float) -> list[Flowable]:
    s = lay.styles
    match block:
        case d.Paragraph(text=text, style=style):
            return [rb.para(text, getattr(s, style, s.body))]
        case d.Subheading(text=text):
            key = lay.new_key("sub")
            lay.toc.append((1, text, key))
            return [rb.Heading(text, s.h2, key, level=1, on_draw=on_heading)]
        case d.KeyValue(rows=rows, title=title):
            head = [rb.para(title, s.h3)] if title else []
            return [*head, rb.key_value_table(rows, lay), Spacer(1, 6)]
        case d.Table(title=title):
            head = [rb.para(title, s.h3)] if title else []
            return [*head, rb.data_table(block, lay), Spacer(1, 6)]
        case d.Timeline(title=title):
            head = [rb.para(title, s.h3)] if title else []
            return head + rb.timeline(block, lay)
        case d.EvidenceCatalogue(title=title):
            head = [rb.para(title, s.h3)] if title else []
            return head + rb.catalogue(block, lay)
        case d.ChatTranscript():
            return render_chat.chat(block, lay)
        case d.ImageAppendix():
            room = lay.frame_h - head_h if first else 0.0
            return rb.appendix(block, lay, room, on_heading)
        case d.PageBreak():
            return [PageBreak()]
    raise TypeError(f"onbekend bloktype: {type(block).__name__}")


def _image_payloads(doc: d.DossierDocument) -> list[bytes]:
    seen: list[bytes] = []
    for sec in doc.sections:
        for block in sec.blocks:
            if isinstance(block, d.EvidenceCatalogue):
                for item in block.items:
                    data = item.image or item.thumbnail
                    if data:
                        seen.append(data)
            elif isinstance(block, d.ImageAppendix):
                seen += [ai.image for ai in block.images if ai.image]
    return seen


# -------------------------------------------------------------------------------- API


def render_dossier(
    doc: d.DossierDocument,
    out: BinaryIO,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    password: str | None = None,
    image_budget: int = IMAGE_BUDGET_BYTES,
    check: Callable[[bytes], None] | None = None,
) -> RenderResult:
    """Render ``doc`` as PDF into ``out``.

    ``progress(done, total)`` is called with ``total == PROGRESS_TOTAL`` and a
    non-decreasing ``done`` (throttled to about 200 calls). ``cancel()`` is polled
    between images and between flowables; when it returns True the render stops and
    returns ``RenderResult(cancelled=True)`` without writing to ``out``. With a
    ``password`` the PDF is AES-256 encrypted before anything is written.
    Images are embedded losslessly unless together they exceed ``image_budget`` bytes.
    ``check`` sees the finished, unencrypted PDF before it is encrypted or written and
    stops the render by raising (the leak check of a pseudonymised dossier).
    Unreadable images become a labelled box and a warning in the result. Any other
    error (a reportlab LayoutError, an I/O error from ``out.write``) propagates; before
    the final write nothing has been written.
    """
    started = time.perf_counter()
    # Pure-Python ASCII85 of every stream is the slowest part of a default reportlab
    # build and makes files 25 % bigger; PDFs are binary-safe, so switch it off.
    rl_config.useA85 = 0
    run = _Run(progress, cancel)
    lay = rb.Layout(frame_w=FRAME_W, frame_h=FRAME_H, styles=make_styles(), images=ImageStore())
    decor = _page_decor(doc)
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="dossier-img")
    try:
        image_share = _prepare_images(doc, lay, image_budget, pool, run)
        pdf = _layout(doc, lay, decor, run, image_share)  # XObjects resolve budget JPEGs
        run.check_cancel()
        converted = lay.images.converted()
        if converted:
            lay.warnings.append(Message("dossier.images_as_jpeg", count=converted))
        if check is not None:
            check(pdf)
        if password:
            pdf = protect_pdf(pdf, password, doc.anchor.token if doc.anchor else "")
        run.check_cancel()
    except RenderCancelled:
        return RenderResult(
            page_count=0, byte_count=0, cancelled=True, seconds=time.perf_counter() - started
        )
    finally:  # drop budget conversions not started yet (cancel, error)
        pool.shutdown(wait=False, cancel_futures=True)
    out.write(pdf)
    run.report(PROGRESS_TOTAL)
    return RenderResult(
        page_count=decor.page_count,
        byte_count=len(pdf),
        encrypted=bool(password),
        seconds=time.perf_counter() - started,
        image_count=lay.images.count(),
        warnings=tuple(dict.fromkeys(lay.warnings)),
    )


class _Run:
    """The caller's progress and cancel callbacks for one render."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self._progress, self._cancel = progress, cancel
        self._last = -1

    def report(self, done: int) -> None:
        """Pass ``done`` on when it moved at least 5 (or reached the end): ~200 calls."""
        if self._progress is None:
            return
        done = max(0, min(PROGRESS_TOTAL, done))
        if done >= self._last + 5 or (done == PROGRESS_TOTAL and done > self._last):
            self._last = done
            self._progress(done, PROGRESS_TOTAL)

    def check_cancel(self) -> None:
        if self._cancel is not None and self._cancel():
            raise RenderCancelled


def _prepare_images(
    doc: d.DossierDocument, lay: rb.Layout, image_budget: int, pool: ThreadPoolExecutor,
    run: _Run,
) -> int:
    """Decode every image once and plan the size budget; returns its share of progress."""
    payloads = _image_payloads(doc)
    image_share = 150 if payloads else 0
    run.report(0)
    for i, data in enumerate(payloads, start=1):
        run.check_cancel()
        lay.images.prepare(data)
        run.report(image_share * i // len(payloads))
    lay.images.plan_budget(image_budget, pool)
    return image_share


def _page_decor(doc: d.DossierDocument) -> PageDecor:
    return PageDecor(
        header_left=f"Dossier {doc.reference} · {doc.school_name}",
        header_right="VERTROUWELIJK",
        footer_left=f"Bestemd voor: {doc.recipient} · gemaakt op "
        f"{format_datetime_nl(doc.generated_at)}",
    )


def _layout(
    doc: d.DossierDocument, lay: rb.Layout, decor: PageDecor, run: _Run, image_share: int
) -> bytes:
    """Lay the story out on A4 pages; the PDF's bytes (in memory, not yet encrypted)."""
    story = _build_story(doc, lay, decor)
    n_story = len(story)
    layout_share = PROGRESS_TOTAL - 50 - image_share

    def on_flowable(remaining: int) -> None:
        run.check_cancel()
        run.report(image_share + layout_share * (n_story - remaining) // max(1, n_story))

    def make_canvas(*args: Any, **kwargs: Any) -> DossierCanvas:   # Canvas's own arguments
        return DossierCanvas(*args, decor=decor, **kwargs)

    buf = io.BytesIO()
    _page_template(buf, doc, on_flowable).build(story, canvasmaker=make_canvas)
    return buf.getvalue()


def _page_template(
    buf: io.BytesIO, doc: d.DossierDocument, on_flowable: Callable[[int], None]
) -> _DocTemplate:
    """A4 with the dossier's margins, one body frame, and the PDF's metadata."""
    template = _DocTemplate(
        buf,
        on_flowable=on_flowable,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_text(f"Dossier {doc.reference}"),
        author=clean_text(doc.author),
        subject=clean_text(f"{doc.profile_label} - vertrouwelijk"),
        creator="Pestdossier",
        keywords=doc.anchor.token if doc.anchor is not None else "",
        lang="nl-NL",
        pageCompression=1,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_W,
        FRAME_H,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return template


_XMP = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Keywords>{}'
        '</pdf:Keywords></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>')


def protect_pdf(pdf_bytes: bytes, password: str, anchor_token: str = "") -> bytes:
    """AES-256 encrypt a PDF (pikepdf, R6). The password opens it with all permissions.

    The audit anchor stays readable without the password: the XMP metadata, which holds
    nothing but the anchor (title and author stay in the encrypted document info), is
    left unencrypted, so `verify --against` can compare a protected dossier too."""
    if not password:
        raise ValueError("wachtwoord mag niet leeg zijn")
    import pikepdf  # noqa: PLC0415 - only needed for protected output

    src = io.BytesIO(pdf_bytes)
    dst = io.BytesIO()
    with pikepdf.open(src) as pdf:
        if anchor_token:
            pdf.Root.Metadata = pdf.make_stream(
                _XMP.format(anchor_token).encode("utf-8"),
                Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
        pdf.save(
            dst,
            encryption=pikepdf.Encryption(owner=password, user=password, R=6, aes=True,
                                          metadata=not anchor_token),
        )
    return dst.getvalue()
