"""What a file is, judged by its content (magic bytes), never by its name.

`filetype` reads the magic bytes; Pillow opens images fully in memory to prove they
are whole and to read EXIF. Nothing here touches the disk.
"""

from __future__ import annotations

import io
import os
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime

import filetype
from PIL import ExifTags, Image, UnidentifiedImageError

from app.evidence.model import EvidenceKind
from app.messages import Message

HEAD_SIZE = 64 * 1024
IMAGE_ANALYSE_LIMIT = 64 * 1024 * 1024  # images are checked and thumbnailed in memory
_EMAIL_HEADER = re.compile(
    rb"^(Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To"
    rb"|X-[\w-]+|Reply-To|Content-Type|DKIM-Signature|ARC-[\w-]+|Authentication-Results)"
    rb":", re.IGNORECASE)
_EXIF_IFD = 0x8769
_PILLOW_OPENS = {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp",
                 "image/tiff", "image/x-icon"}


@dataclass(frozen=True)
class ContentType:
    mime_type: str
    kind: EvidenceKind


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    exif_taken_at: str | None
    exif_device: str
    is_camera_photo: bool


def sniff(head: bytes) -> ContentType:
    """Type from the first bytes of the content."""
    guess = filetype.guess(head)
    mime = guess.mime if guess is not None else ""
    if mime.startswith("image/"):
        return ContentType(mime, EvidenceKind.SCREENSHOT)
    if mime.startswith("video/"):
        return ContentType(mime, EvidenceKind.VIDEO)
    if mime == "application/pdf":
        return ContentType(mime, EvidenceKind.PDF)
    if mime:
        return ContentType(mime, EvidenceKind.DOCUMENT)
    if _looks_like_email(head):
        return ContentType("message/rfc822", EvidenceKind.EMAIL)
    if _looks_like_text(head):
        return ContentType("text/plain", EvidenceKind.DOCUMENT)
    return ContentType("application/octet-stream", EvidenceKind.DOCUMENT)


def is_zip(head: bytes) -> bool:
    return head.startswith((b"PK\x03\x04", b"PK\x05\x06"))


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head[:8192] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    try:
        head[:8192].decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > 8180  # cut in the middle of a character at the end
    return True


def _looks_like_email(head: bytes) -> bool:
    lines = head.lstrip(b"\xef\xbb\xbf").splitlines()[:40]
    headers = [line for line in lines if _EMAIL_HEADER.match(line)]
    names = {line.split(b":", 1)[0].lower() for line in headers}
    return (len(headers) >= 3 and bool(lines) and _EMAIL_HEADER.match(lines[0]) is not None
            and bool(names & {b"from", b"received", b"return-path"}))


def analyse_image(data: bytes | memoryview, mime: str) -> tuple[ImageInfo | None,
                                                                  tuple[Message, ...]]:
    """Decode the whole image in memory. None + a warning when it is damaged."""
    if mime not in _PILLOW_OPENS:
        return None, (Message("evidence.no_preview"),)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                exif = image.getexif()
                width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None, (Message("evidence.image_not_checked"),)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError,
            IndexError, TypeError, ZeroDivisionError, MemoryError):
        return None, (Message("evidence.damaged_image"),)
    taken, device = _exif_facts(exif)
    return ImageInfo(width, height, taken, device, bool(device or taken)), ()


def _exif_facts(exif: Image.Exif) -> tuple[str | None, str]:
    try:
        sub = exif.get_ifd(_EXIF_IFD)
    except (KeyError, ValueError, TypeError, OSError, SyntaxError):
        sub = {}
    raw = sub.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)
    taken = _exif_time(raw)
    make = _exif_text(exif.get(ExifTags.Base.Make))
    model = _exif_text(exif.get(ExifTags.Base.Model))
    device = model if make and model.lower().startswith(make.lower()) else f"{make} {model}"
    return taken, device.strip()


def _exif_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return str(value).strip("\x00 ").strip() if value is not None else ""


def _exif_time(value: object) -> str | None:
    """EXIF "2025:11:03 19:02:11" -> "2025-11-03T19:02:11" (the camera's own clock)."""
    text = _exif_text(value)
    try:
        return datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return None


def file_times(stat_result: os.stat_result) -> tuple[datetime | None, datetime | None]:
    """(modified, created) in UTC. Creation time only where the system keeps one."""
    mtime = getattr(stat_result, "st_mtime", None)
    modified = datetime.fromtimestamp(mtime, UTC) if mtime else None
    birth = getattr(stat_result, "st_birthtime", None)  # macOS, BSD, Windows (3.12+)
    if birth is None and os.name == "nt":
        birth = getattr(stat_result, "st_ctime", None)  # on Windows ctime is creation
    created = datetime.fromtimestamp(birth, UTC) if birth else None
    return modified, created
