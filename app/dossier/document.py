"""The dossier document model: plain, frozen data that the renderer turns into a PDF.

The mapping layer (vault -> document) decides *what* goes in per profile
(coördinator / politie / samenvatting) and hands over Dutch text that is already
worded; the renderer decides only *how* it looks. Dates stay ``date``/``datetime``
objects so the renderer can write them the Dutch way in Europe/Amsterdam time.

Sequences are tuples so documents are immutable and hashable where their content is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.audit import AuditAnchor

# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text. Newlines become line breaks. ``style``: body, note (small, grey), quote."""

    text: str
    style: str = "body"


@dataclass(frozen=True, slots=True)
class Subheading:
    """A heading inside a section; listed in the table of contents at level 2."""

    text: str


@dataclass(frozen=True, slots=True)
class KeyValue:
    """Label/value rows, e.g. case fields (``("Status", "Lopend")``)."""

    rows: tuple[tuple[str, str], ...]
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row, e.g. people and roles, agreements with their status.

    ``col_weights`` are relative column widths (same length as ``header``); ``None``
    means equal widths.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    col_weights: tuple[float, ...] | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Revision:
    """An earlier version of a written record (verslag), shown under the current text."""

    recorded_at: datetime
    author: str
    text: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event, conversation (verslag), agreement or measure.

    ``occurred_at`` is a ``datetime`` (exact) or a ``date`` (day only); ``approximate``
    prints "omstreeks". ``recorded_at`` is when the app recorded it (never edited).
    """

    occurred_at: date | datetime
    kind: str
    title: str
    text: str = ""
    author: str = ""
    recorded_at: datetime | None = None
    approximate: bool = False
    revisions: tuple[Revision, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]
    title: str | None = None


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One evidence item with its metadata and integrity data.

    ``image`` holds the original image bytes (PNG/JPEG/other Pillow-readable format)
    when the item is an image; ``thumbnail`` is used only when there is no ``image``.
    The same image bytes given to the catalogue and the appendix are embedded once.
    ``shown_time`` is the time as displayed in the app/platform (free text, e.g.
    "gisteren 21:14") or a datetime.
    """

    number: str
    title: str
    kind: str
    sha256: str
    size: int
    imported_at: datetime
    imported_by: str
    collected_with: str = ""
    device: str = ""
    platform: str = ""
    urls: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    shown_time: str | datetime | None = None
    description: str = ""
    actions_taken: tuple[str, ...] = ()
    original_filename: str = ""
    thumbnail: bytes | None = None
    image: bytes | None = None
    image_format: str | None = None


@dataclass(frozen=True, slots=True)
class EvidenceCatalogue:
    items: tuple[EvidenceItem, ...]
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One chat message. ``from_subject`` puts it on the subject's side (right, coloured)."""

    sent_at: datetime | None
    sender: str
    text: str
    is_system: bool = False
    from_subject: bool = False
    attachment: str | None = None
    attachment_missing: bool = False      # named in the chat, not in the export
    attachment_sha256: str = ""           # of the file in the export
    attachment_image: bytes | None = None  # shown in the transcript when it is an image


@dataclass(frozen=True, slots=True)
class ChatTranscript:
    """A chat laid out as a conversation. ``source_item`` names the evidence number."""

    title: str
    messages: tuple[ChatMessage, ...]
    platform: str = ""
    source_item: str | None = None
    subject_label: str = "de betrokken leerling"


@dataclass(frozen=True, slots=True)
class AppendixImage:
    """An image shown at readable size; tall screenshots are split over pages."""

    number: str
    title: str
    image: bytes
    image_format: str | None = None
    sha256: str = ""
    caption: str = ""


@dataclass(frozen=True, slots=True)
class ImageAppendix:
    images: tuple[AppendixImage, ...]

    @classmethod
    def from_evidence(cls, items: tuple[EvidenceItem, ...] | list[EvidenceItem]) -> ImageAppendix:
        """All items that carry image bytes, in order; the description becomes the caption."""
        return cls(
            tuple(
                AppendixImage(
                    number=item.number,
                    title=item.title,
                    image=item.image,
                    image_format=item.image_format,
                    sha256=item.sha256,
                    caption=item.description,
                )
                for item in items
                if item.image
            )
        )


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Force a new page."""


Block = (
    Paragraph
    | Subheading
    | KeyValue
    | Table
    | Timeline
    | EvidenceCatalogue
    | ChatTranscript
    | ImageAppendix
    | PageBreak
)


@dataclass(frozen=True, slots=True)
class Section:
    """A top-level chapter, listed in the table of contents."""

    title: str
    blocks: tuple[Block, ...] = ()
    start_on_new_page: bool = True


# ------------------------------------------------------------------------- document


@dataclass(frozen=True, slots=True)
class IntegrityRow:
    """One line of the closing integrity section."""

    number: str
    title: str
    sha256: str
    size: int | None = None
    kind: str = ""


DEFAULT_CONFIDENTIALITY_NOTICE = (
    "Dit dossier bevat vertrouwelijke gegevens over minderjarigen. Het is uitsluitend "
    "bestemd voor de genoemde ontvanger en alleen voor de afhandeling van deze zaak. "
    "Verspreid, kopieer of bewaar het niet langer dan nodig. Hebt u dit document ten "
    "onrechte ontvangen, meld dat dan direct aan de opsteller en vernietig het."
)


@dataclass(frozen=True, slots=True)
class DossierDocument:
    """Everything a handed-over dossier shows. ``generated_at`` must be timezone-aware."""

    reference: str
    school_name: str
    title: str
    period_start: date | None
    period_end: date | None
    status: str
    recipient: str
    profile_label: str
    author: str
    generated_at: datetime
    sections: tuple[Section, ...] = ()
    integrity: tuple[IntegrityRow, ...] = ()
    confidentiality_notice: str = DEFAULT_CONFIDENTIALITY_NOTICE
    integrity_title: str = "Integriteit"
    extra_cover_rows: tuple[tuple[str, str], ...] = field(default=())
    compact: bool = False   # a short dossier: no cover page, no contents, sections flow on
    anchor: AuditAnchor | None = None   # the audit head when it was made (cover + metadata)

    def __post_init__(self) -> None:
        if self.generated_at.tzinfo is None or self.generated_at.utcoffset() is None:
            raise ValueError("generated_at moet een tijdzone hebben (aware datetime)")
