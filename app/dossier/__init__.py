"""Dossier PDFs: a plain document model and its renderer (pure core: no Qt, no database)."""

from app.dossier.document import (
    AppendixImage,
    ChatMessage,
    ChatTranscript,
    DossierDocument,
    EvidenceCatalogue,
    EvidenceItem,
    ImageAppendix,
    IntegrityRow,
    KeyValue,
    PageBreak,
    Paragraph,
    Revision,
    Section,
    Subheading,
    Table,
    Timeline,
    TimelineEntry,
)
from app.dossier.dutch_dates import format_date_nl, format_datetime_nl
from app.dossier.render import PROGRESS_TOTAL, RenderResult, protect_pdf, render_dossier

__all__ = [
    "PROGRESS_TOTAL",
    "AppendixImage",
    "ChatMessage",
    "ChatTranscript",
    "DossierDocument",
    "EvidenceCatalogue",
    "EvidenceItem",
    "ImageAppendix",
    "IntegrityRow",
    "KeyValue",
    "PageBreak",
    "Paragraph",
    "RenderResult",
    "Revision",
    "Section",
    "Subheading",
    "Table",
    "Timeline",
    "TimelineEntry",
    "format_date_nl",
    "format_datetime_nl",
    "protect_pdf",
    "render_dossier",
]
