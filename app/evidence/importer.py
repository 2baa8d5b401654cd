"""Bringing evidence into the vault: a file, pasted bytes, or a WhatsApp chat export.

One import is one write transaction: chunks, item row, first metadata version,
thumbnail, parsed chat and the audit entry commit together or not at all. Cancel,
errors, a full disk and kill -9 therefore leave no partial item.
"""

from __future__ import annotations

import json
import os
import stat as stat_module
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, BinaryIO

from app.audit import fresh_id
from app.cases import require_case, touch_case
from app.evidence import chat as chat_store
from app.evidence import metadata as meta
from app.evidence import thumbnails
from app.evidence.chat_export import looks_like_chat_export as looks_like_chat
from app.evidence.chat_export import parse_chat_export
from app.evidence.chunks import bulk_journal, hasher_for, split, write_chunks
from app.evidence.detect import (
    HEAD_SIZE,
    IMAGE_ANALYSE_LIMIT,
    ImageInfo,
    analyse_image,
    is_zip,
    sniff,
)
from app.evidence.detect import file_times as read_file_times
from app.evidence.model import (
    CHUNK_SIZE,
    DEFAULT_MAX_IMPORT_BYTES,
    MAX_IMPORT_META_KEY,
    Cancel,
    DuplicateEvidenceError,
    EmptyFileError,
    EvidenceKind,
    EvidenceMetadata,
    EvidenceSource,
    EvidenceTooLargeError,
    ImportCancelledError,
    Progress,
    UnreadableFileError,
)
from app.evidence.queries import load_item
from app.evidence.whatsapp import ChatFormatError, ChatTranscript
from app.messages import ByteSize, Message
from app.timeutil import to_storage

if TYPE_CHECKING:
    from app.vault import Vault

CHAT_PARSE_LIMIT = 512 * 1024 * 1024  # a chat export is parsed in memory
_CAMERA_FORMATS = {"image/heic", "image/heif"}  # camera formats; screenshots are PNG/JPEG


@dataclass
class Incoming:
    """Content on its way in: either in memory (`whole`) or a stream of chunks."""

    name: str
    size: int
    head: bytes
    source: EvidenceSource
    whole: bytes | None = None
    stream: Generator[bytes, None, None] | None = None   # closed when the import ends
    modified_at: datetime | None = None
    created_at: datetime | None = None
    transcript: ChatTranscript | None = None
    warnings: list[Message] = field(default_factory=list)

    def chunks(self) -> Iterator[bytes | memoryview]:
        if self.whole is not None:
            return split(self.whole)
        assert self.stream is not None
        return self.stream


@dataclass
class Options:
    kind: EvidenceKind | None = None
    metadata: EvidenceMetadata | None = None
    progress: Progress | None = None
    cancel: Cancel | None = None
    thumbnail: bool = True


def max_import_bytes(vault: Vault) -> int:
    value = vault.get_meta(MAX_IMPORT_META_KEY)
    try:
        return int(value) if value else DEFAULT_MAX_IMPORT_BYTES
    except ValueError:
        return DEFAULT_MAX_IMPORT_BYTES


def _too_large(size: int, limit: int) -> EvidenceTooLargeError:
    return EvidenceTooLargeError("evidence.too_large_for_limit", size=ByteSize(size),
                                 limit=ByteSize(limit))


# ----------------------------------------------------------------------------- sources
def from_bytes(data: bytes, name: str, source: EvidenceSource) -> Incoming:
    return Incoming(name=name, size=len(data), head=bytes(data[:HEAD_SIZE]), source=source,
                    whole=bytes(data))


def _open_regular(path: Path, limit: int) -> tuple[BinaryIO, os.stat_result]:
    """Open without blocking and check what was opened: only a regular file is imported
    (a FIFO would hang holding the vault, a device like /dev/zero never ends)."""
    name = path.name
    try:
        if path.is_dir():
            raise UnreadableFileError("evidence.is_a_folder", name=name)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise UnreadableFileError("evidence.file_missing", name=name) from exc
    except PermissionError as exc:
        raise UnreadableFileError("evidence.no_access", name=name) from exc
    except OSError as exc:
        raise UnreadableFileError("evidence.cannot_read", name=name) from exc
    fh = os.fdopen(fd, "rb")
    try:
        info = os.fstat(fd)
        if not stat_module.S_ISREG(info.st_mode):
            raise UnreadableFileError("evidence.not_a_regular_file", name=name)
        if info.st_size > limit:
            raise _too_large(info.st_size, limit)
    except BaseException:
        fh.close()
        raise
    return fh, info


def _check_unchanged(fh: BinaryIO, before: os.stat_result, read: int, name: str) -> None:
    """The bytes read are the whole file as it was when the import began."""
    after = os.fstat(fh.fileno())
    if (read != before.st_size or after.st_size != before.st_size
            or after.st_mtime_ns != before.st_mtime_ns):
        raise UnreadableFileError("evidence.changed_during_import", name=name)


def from_path(path: Path, limit: int, *, read_whole_up_to: int = 0) -> Incoming:
    """Open a file for import. Small images and chat candidates are read whole."""
    name = path.name
    fh, info = _open_regular(path, limit)
    modified, created = read_file_times(info)
    try:
        first = _read(fh, CHUNK_SIZE, name)
        head = first[:HEAD_SIZE]
        wanted = sniff(head).kind is EvidenceKind.SCREENSHOT and info.st_size <= (
            IMAGE_ANALYSE_LIMIT)
        if wanted or info.st_size <= read_whole_up_to:
            whole = first + _read(fh, max(1, info.st_size + 1 - len(first)), name)
            _check_unchanged(fh, info, len(whole), name)
            fh.close()
            return Incoming(name, len(whole), head, EvidenceSource.FILE, whole=whole,
                            modified_at=modified, created_at=created)
    except BaseException:
        fh.close()
        raise
    return Incoming(name, info.st_size, head, EvidenceSource.FILE,
                    stream=_stream(fh, first, name, info), modified_at=modified,
                    created_at=created)


def _read(fh: BinaryIO, size: int, name: str) -> bytes:
    try:
        return fh.read(size)
    except OSError as exc:
        raise UnreadableFileError("evidence.cannot_read_fully", name=name) from exc


def _stream(fh: BinaryIO, first: bytes, name: str,
            before: os.stat_result) -> Generator[bytes, None, None]:
    with fh:
        chunk = first
        read = 0
        while chunk:
            read += len(chunk)
            if read > before.st_size:  # growing while read: never store a moving target
                raise UnreadableFileError("evidence.changed_during_import", name=name)
            yield chunk
            chunk = _read(fh, CHUNK_SIZE, name)
        _check_unchanged(fh, before, read, name)


def chat_candidate(path: Path) -> bool:
    """Worth reading whole to try the chat parser: text that starts like a chat, or a zip
    with a .txt in it (only the zip's directory is read; a .docx is no candidate)."""
    try:
        if not stat_module.S_ISREG(path.stat().st_mode):
            return False  # opening a FIFO would block; from_path refuses it with a message
        with path.open("rb") as fh:
            head = fh.read(HEAD_SIZE)
            if not is_zip(head):
                return looks_like_chat(head, path.name)
            fh.seek(0)
            with zipfile.ZipFile(fh) as archive:
                names = archive.namelist()
                return any(n.lower().endswith((".txt", "/result.json")) or n == "result.json"
                           for n in names)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError):
        return False


def attach_chat(incoming: Incoming, *, explicit: bool, strict: bool = False) -> None:
    """Parse the export; when it is not one, keep the file as a document with a warning.

    `strict`: raise ChatFormatError instead (the caller wanted a chat or nothing).
    """
    if incoming.whole is None:
        if strict:
            raise ChatFormatError("chat.too_large")
        if explicit:
            incoming.warnings.append(Message("evidence.chat_too_large"))
        return
    if not (explicit or strict) and not looks_like_chat(incoming.whole, incoming.name):
        return
    try:
        incoming.transcript = parse_chat_export(incoming.whole, incoming.name)
    except ChatFormatError as exc:
        if strict:
            raise
        incoming.warnings.append(Message("evidence.not_a_chat", reason=exc.as_message()))


# ----------------------------------------------------------------------------- import
def store(vault: Vault, case_id: int, incoming: Incoming, options: Options) -> int:
    """Write one item in one transaction; returns its id."""
    require_case(vault.conn, case_id)
    limit = max_import_bytes(vault)
    if incoming.size == 0:
        raise EmptyFileError("evidence.empty_named_file", name=incoming.name)
    if incoming.size > limit:
        raise _too_large(incoming.size, limit)
    content = sniff(incoming.head)
    kind, image, thumb = _classify(incoming, content.kind, content.mime_type, options)
    metadata = meta.clean(options.metadata or EvidenceMetadata())
    try:
        return _write(vault, case_id, incoming, options, metadata, limit, content.mime_type,
                      (kind, image, thumb))
    finally:
        if incoming.stream is not None:
            incoming.stream.close()


def _write(vault: Vault, case_id: int, incoming: Incoming, options: Options,
           metadata: EvidenceMetadata, limit: int, mime: str,
           classified: tuple[EvidenceKind, ImageInfo | None, thumbnails.Thumbnail | None]
           ) -> int:
    kind, image, thumb = classified
    progress = options.progress or (lambda done, total: None)
    cancel = options.cancel or (lambda: False)
    with bulk_journal(vault.conn, incoming.size), vault.write() as tx:
        item_id = fresh_id(tx, "evidence_items", "evidence")
        done = 0
        with hasher_for(incoming.size) as hasher:
            def counted() -> Iterator[bytes | memoryview]:
                nonlocal done
                for chunk in incoming.chunks():
                    if cancel():
                        raise ImportCancelledError()
                    hasher.update(chunk)
                    done += len(chunk)
                    if done > limit:
                        raise _too_large(done, limit)
                    yield chunk
                    progress(done, max(incoming.size, done))

            chunk_count = write_chunks(tx, item_id, counted())
            sha256 = hasher.hexdigest()
        if done == 0:
            raise EmptyFileError("evidence.empty_named_file", name=incoming.name)
        existing = tx.execute("SELECT id FROM evidence_items WHERE case_id = ? AND sha256 = ?"
                              " ORDER BY id LIMIT 1", (case_id, sha256)).fetchone()
        if existing is not None:
            raise DuplicateEvidenceError(load_item(vault, int(existing[0])))
        number = int(tx.execute("SELECT coalesce(max(number), 0) + 1 FROM evidence_items"
                                " WHERE case_id = ?", (case_id,)).fetchone()[0])
        # The audit row first: schema 6 lets an item in only once its arrival is audited.
        vault.audit.record(tx, "evidence.imported", "evidence", item_id, case_id=case_id,
                           number=number, kind=kind.value, sha256=sha256, size=done,
                           name=incoming.name, source=incoming.source.value)
        tx.execute(
            "INSERT INTO evidence_items (id, case_id, number, kind, sha256, size, chunk_count,"
            " mime_type, original_name, source, file_modified_at, file_created_at,"
            " exif_taken_at, exif_device, width, height, warnings, imported_at, imported_by)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (item_id, case_id, number, kind.value, sha256, done, chunk_count,
             mime if incoming.transcript is None else _chat_mime(incoming),
             incoming.name, incoming.source.value, _stamp(incoming.modified_at),
             _stamp(incoming.created_at), image.exif_taken_at if image else None,
             image.exif_device if image else "", image.width if image else None,
             image.height if image else None,
             json.dumps([w.to_json() for w in incoming.warnings], ensure_ascii=False),
             to_storage(vault.clock.now()), vault.audit.actor))
        meta.insert_version(vault, tx, item_id, metadata)
        if thumb is not None:
            thumbnails.store(vault, tx, item_id, thumb)
        if incoming.transcript is not None:
            chat_store.store_transcript(tx, case_id, item_id, incoming.transcript)
        touch_case(tx, case_id, vault.clock.now())
    return item_id


# Names that promise an image: content that is not one gets a warning, not silence.
_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".heif",
                             ".bmp", ".tif", ".tiff"})


def _classify(incoming: Incoming, sniffed: EvidenceKind, mime: str, options: Options
              ) -> tuple[EvidenceKind, ImageInfo | None, thumbnails.Thumbnail | None]:
    if incoming.transcript is not None:
        return EvidenceKind.CHAT, None, None
    if (sniffed is not EvidenceKind.SCREENSHOT
            and PurePath(incoming.name).suffix.lower() in _IMAGE_SUFFIXES):
        incoming.warnings.append(Message("evidence.not_an_image", name=incoming.name))
    kind = sniffed
    image: ImageInfo | None = None
    thumb = None
    if sniffed is EvidenceKind.SCREENSHOT:
        if incoming.whole is None:
            incoming.warnings.append(Message("evidence.image_not_checked"))
        else:
            image, found = analyse_image(incoming.whole, mime)
            incoming.warnings.extend(found)
            if Message("evidence.damaged_image") in found:
                return EvidenceKind.DOCUMENT, None, None
            if (image is not None and image.is_camera_photo) or mime in _CAMERA_FORMATS:
                kind = EvidenceKind.PHOTO
            if image is not None and options.thumbnail:
                thumb = thumbnails.render(incoming.whole)
    if sniffed is EvidenceKind.SCREENSHOT and options.kind in (EvidenceKind.SCREENSHOT,
                                                               EvidenceKind.PHOTO):
        # The counsellor knows a photo of a screen from a screenshot; other kinds
        # follow the content.
        kind = EvidenceKind(options.kind)
    return kind, image, thumb


def _chat_mime(incoming: Incoming) -> str:
    return "application/zip" if is_zip(incoming.head) else "text/plain"


def _stamp(moment: datetime | None) -> str | None:
    return to_storage(moment) if moment is not None else None

