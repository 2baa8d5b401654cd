"""Evidence sections of a dossier: catalogue, chain of custody, chats, image appendix."""

from __future__ import annotations

import hashlib
import io
import itertools
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.dossier import document as d
from app.dossier.dutch_dates import format_datetime_nl
from app.dossier.selection import CaseSnapshot, evidence_title, is_image
from app.evidence import EvidenceItem, EvidenceKind, EvidenceStore
from app.evidence.metadata import changed_fields
from app.timeutil import AMSTERDAM
from app.wording import label

if TYPE_CHECKING:
    from app.evidence.whatsapp import ChatMessage

DESCRIBED_HASH = "geen bestand (alleen beschreven)"
_FIELD_NL = {"platform": "platform", "urls": "internetadressen", "accounts": "accounts",
             "shown_at": "getoonde tijd", "description": "beschrijving",
             "collected_with": "samen met", "device": "apparaat", "actions": "acties",
             "circulation": "verspreiding", "student_account": "verhaal van de leerling"}
_FORMATS = {"image/png": "png", "image/jpeg": "jpeg", "image/gif": "gif",
            "image/webp": "webp", "image/bmp": "bmp", "image/tiff": "tiff"}


@dataclass
class EvidenceParts:
    """The document blocks made from the included evidence items."""

    items: tuple[d.EvidenceItem, ...]
    chats: tuple[d.ChatTranscript, ...]
    integrity: tuple[d.IntegrityRow, ...]

    @property
    def appendix(self) -> d.ImageAppendix:
        return d.ImageAppendix.from_evidence(self.items)


def _accounts(item: EvidenceItem) -> tuple[str, ...]:
    out = []
    for a in item.metadata.accounts:
        text = a.handle or a.display_name
        if a.handle and a.display_name:
            text += f" ({a.display_name})"
        if a.platform:
            text += f" · {a.platform}"
        out.append(text)
    return tuple(out)


def _description(item: EvidenceItem) -> str:
    text = item.metadata.description
    c = item.metadata.circulation
    if not c.is_empty:
        lines = [("Rondgegaan via", c.where), ("Groepen", ", ".join(c.groups)),
                 ("Eerste afzender", c.first_sender), ("Eerst gezien", c.first_seen),
                 ("Geschat bereik", c.estimated_reach)]
        text += "\n" + "\n".join(f"{k}: {v}" for k, v in lines if v)
    if item.metadata.student_account:
        text += f"\nVerteld door de leerling: {item.metadata.student_account}"
    if item.kind is EvidenceKind.DESCRIBED_ONLY:
        text += ("\nAlleen beschreven: van dit bewijsstuk is bewust geen bestand bewaard"
                 " (bijvoorbeeld een seksueel beeld van een minderjarige).")
    return text.strip()


def withdrawn_note(when: datetime, reason: str) -> str:
    """What a dossier says of withdrawn evidence or a withdrawn entry instead of it."""
    return f"Ingetrokken op {format_datetime_nl(when)}, reden: {reason}. De inhoud is verwijderd."


def _withdrawn_item(item: EvidenceItem, when: datetime) -> d.EvidenceItem:
    """Only the record: number, kind, hash, size, import, and why it was withdrawn."""
    return d.EvidenceItem(
        number=item.label, title=evidence_title(item), kind=label(item.kind),
        sha256=item.sha256 or DESCRIBED_HASH, size=item.size, imported_at=item.imported_at,
        imported_by=item.imported_by, description=withdrawn_note(when, item.withdrawal_reason))


def doc_item(item: EvidenceItem, store: EvidenceStore, *, with_image: bool) -> d.EvidenceItem:
    if item.withdrawn_at is not None:
        return _withdrawn_item(item, item.withdrawn_at)
    image = None
    fmt = None
    if with_image and is_image(item):
        image = store.read_bytes(item.id)
        fmt = _FORMATS.get(item.mime_type)
    thumb = None
    if with_image and image is None and item.has_thumbnail:
        found = store.thumbnail(item.id)
        thumb = found.data if found else None
    m = item.metadata
    title = evidence_title(item, 200)   # titles wrap; only a very long one is cut
    description = _description(item)
    if description.startswith(title):  # the heading already says it; do not repeat it
        description = description[len(title):].strip()
    return d.EvidenceItem(
        number=item.label, title=title, kind=label(item.kind),
        sha256=item.sha256 or DESCRIBED_HASH, size=item.size, imported_at=item.imported_at,
        imported_by=item.imported_by, collected_with=m.collected_with, device=m.device,
        platform=m.platform, urls=m.urls, handles=_accounts(item),
        shown_time=m.shown_at or None, description=description,
        actions_taken=tuple(label(a) for a in m.actions), original_filename=item.original_name,
        thumbnail=thumb, image=image, image_format=fmt)


def _is_subject(sender: str | None, subject_names: list[str]) -> bool:
    if not sender:
        return False
    s = sender.casefold().strip()
    return any(s == n or s == n.split()[0] for n in subject_names if n)


IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")


def chat_files(item: EvidenceItem, store: EvidenceStore) -> dict[str, bytes]:
    """The files inside a chat export (.zip) by base name; none for a bare .txt."""
    if not item.has_bytes or not item.original_name.lower().endswith(".zip"):
        return {}
    try:
        with zipfile.ZipFile(io.BytesIO(store.read_bytes(item.id))) as archive:
            return {Path(info.filename).name: archive.read(info) for info in archive.infolist()
                    if not info.is_dir() and not info.filename.lower().endswith(".txt")}
    except (zipfile.BadZipFile, OSError):
        return {}


def _attachment(m: ChatMessage, files: dict[str, bytes], images: bool) -> dict[str, Any]:
    if not m.attachment:
        return {}
    data = files.get(m.attachment)
    if data is None:
        return {"attachment_missing": True}
    shown = images and m.attachment.lower().endswith(IMAGE_SUFFIXES)
    return {"attachment_sha256": hashlib.sha256(data).hexdigest(),
            "attachment_image": data if shown else None}


def chat_block(item: EvidenceItem, messages: list[ChatMessage],
               subject_names: list[str], files: dict[str, bytes] | None = None, *,
               images: bool = False, source: str = "") -> d.ChatTranscript:
    names = [n.casefold() for n in subject_names]
    files = files or {}
    out = []
    for m in messages:
        text = m.text
        if m.deleted and not text:
            text = "(bericht verwijderd)"
        if m.media_omitted and not text:
            text = "(media weggelaten)"
        if m.edited_at is not None:
            text = f"{text} (bewerkt {m.edited_at:%d-%m-%Y %H:%M})".strip()
        out.append(d.ChatMessage(
            sent_at=m.sent_at.replace(tzinfo=AMSTERDAM) if m.sent_at.tzinfo is None
            else m.sent_at,
            sender=m.sender or "", text=text, is_system=m.is_system,
            from_subject=_is_subject(m.sender, names), attachment=m.attachment,
            **_attachment(m, files, images)))
    return d.ChatTranscript(
        title=f"Chat {item.label}: {item.original_name or 'chatexport'}",
        messages=tuple(out),
        platform=item.metadata.platform or ("Telegram" if source == "telegram" else "WhatsApp"),
        source_item=item.label,
        subject_label=subject_names[0] if subject_names else "de betrokken leerling")


def _chat_source(store: EvidenceStore, item: EvidenceItem) -> str:
    summary = store.chat_summary(item.id)
    return summary.platform_variant if summary is not None else ""


def build_evidence(snap: CaseSnapshot, items: list[EvidenceItem], store: EvidenceStore, *,
                   images: bool, chats: bool) -> EvidenceParts:
    subject = [p.person.name for p in snap.participants if p.role.value == "gepeste"]
    doc_items = tuple(doc_item(i, store, with_image=images) for i in items)
    transcripts = tuple(chat_block(i, store.chat_messages(i.id), subject,
                                   chat_files(i, store), images=images,
                                   source=_chat_source(store, i))
                        for i in items if chats and i.kind is EvidenceKind.CHAT
                        and not i.is_withdrawn)
    integrity = tuple(d.IntegrityRow(i.label, evidence_title(i, 120), i.sha256, i.size,
                                     label(i.kind)) for i in items if i.sha256)
    return EvidenceParts(doc_items, transcripts, integrity)


def _origin(i: EvidenceItem) -> str:
    """Where an item came from, as the custody table's last column."""
    origin = [f"bron: {label(i.source)}"]
    if i.withdrawn_at is not None:  # no file name or measurements: only the record
        return "\n".join([*origin, withdrawn_note(i.withdrawn_at, i.withdrawal_reason)])
    if i.original_name:
        origin.append(f"bestandsnaam: {i.original_name}")
    if i.mime_type:
        origin.append(f"type: {i.mime_type}")
    if i.file_modified_at:
        origin.append(f"bestand gewijzigd: {format_datetime_nl(i.file_modified_at)}")
    if i.exif_taken_at:
        origin.append(f"foto genomen (volgens de foto): {i.exif_taken_at}")
    if i.exif_device:
        origin.append(f"camera: {i.exif_device}")
    if i.width and i.height:
        origin.append(f"afmetingen: {i.width} x {i.height} pixels")
    if i.bytes_destroyed_at:
        origin.append(f"bestand vernietigd op {format_datetime_nl(i.bytes_destroyed_at)}")
    return "\n".join(origin)


def custody_blocks(items: list[EvidenceItem], store: EvidenceStore) -> tuple[d.Block, ...]:
    """Who collected what, when, with whom; and every later change to the description."""
    intro = d.Paragraph(
        "Elk bewijsstuk is bij het vastleggen met de SHA-256-hashwaarde in de versleutelde "
        "kluis opgeslagen. Het bestand zelf kan daarna niet meer worden gewijzigd; wat de "
        "vertrouwenspersoon erover schrijft (platform, adressen, beschrijving) wordt bij elke "
        "wijziging als nieuwe versie bewaard. Hieronder per bewijsstuk de herkomst en de "
        "geschiedenis van die gegevens.")
    rows = [(i.label, f"{format_datetime_nl(i.imported_at, seconds=True)}\n"
                      f"door {i.imported_by}",
             i.metadata.collected_with or "-", i.metadata.device or "-", _origin(i))
            for i in items]
    table = d.Table(("Stuk", "Vastgelegd", "Samen met", "Apparaat", "Herkomst"), tuple(rows),
                    col_weights=(0.9, 2.2, 1.6, 1.6, 4.2))
    history_rows = []
    for i in items:
        versions = store.metadata_history(i.id)
        for prev, cur in itertools.pairwise(versions):
            fields = changed_fields(prev.metadata, cur.metadata)
            history_rows.append((i.label, f"versie {cur.version}",
                                 f"{format_datetime_nl(cur.written_at)} door {cur.written_by}",
                                 ", ".join(_FIELD_NL.get(f, f) for f in fields) or "-"))
    blocks: list[d.Block] = [intro, table]
    if history_rows:
        blocks.append(d.Table(("Stuk", "Versie", "Gewijzigd", "Wat is gewijzigd"),
                              tuple(history_rows), col_weights=(0.9, 1, 2.6, 3),
                              title="Latere wijzigingen van de gegevens"))
    else:
        blocks.append(d.Paragraph("De gegevens bij de bewijsstukken zijn na het vastleggen "
                                  "niet gewijzigd.", "note"))
    return tuple(blocks)
