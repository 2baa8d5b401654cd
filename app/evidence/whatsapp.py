"""Read a WhatsApp "Export chat" file (.txt, or .zip "with media") into a transcript.

Handles Android and iPhone exports in Dutch and English locales: day-month or
month-day dates, 2- or 4-digit years, 12- or 24-hour clocks, optional seconds,
iOS direction marks, system messages, multi-line messages and attachment markers.

Everything happens in memory: a zip is read through io.BytesIO and nothing is ever
written to disk, because a chat export about a bullying case is sensitive data.
Anything that is not an export we understand raises ChatFormatError with a one-line
Dutch message.
"""

from __future__ import annotations

import io
import lzma
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from app.errors import PestdossierError
from app.evidence.whatsapp_formats import (
    Header,
    decide_date_order,
    detect_platform,
    dominant_layout,
    match_header,
    split_body,
)

__all__ = [
    "ChatFormatError",
    "ChatMessage",
    "ChatTranscript",
    "looks_like_whatsapp_export",
    "parse_chat_export",
    "parse_chat_text",
]

MAX_TOTAL_UNCOMPRESSED = 2 * 1024**3  # declared size of all zip members together
MAX_RATIO = 1000  # declared size / compressed size of one member larger than 1 MiB
MAX_CHAT_BYTES = 256 * 1024**2  # the chat .txt itself
MAX_MEMBERS = 100_000
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError,
    NotImplementedError, OverflowError, IndexError, KeyError, struct.error, zlib.error,
    lzma.LZMAError,
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
ZIP_MAGIC = _ZIP_MAGIC
ZIP_ERRORS = _ZIP_ERRORS


class ChatFormatError(PestdossierError, ValueError):
    """Not a WhatsApp export we understand; the code (chat.*) says why."""

    default_code = "chat.unknown_format"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message as shown in the export."""

    index: int
    sent_at: datetime  # naive local time of the exporting phone, as written in the export
    sender: str | None  # None for system messages
    text: str  # without the attachment or "media omitted" marker
    is_system: bool
    attachment: str | None  # file name named in the text
    attachment_present: bool  # True when the zip contains that file
    media_omitted: bool
    deleted: bool = False  # "This message was deleted" / "Dit bericht is verwijderd"
    edited_at: datetime | None = None  # Telegram says when a message was last edited


@dataclass(frozen=True, slots=True)
class ChatTranscript:
    """A parsed chat export."""

    source_name: str  # original file name
    platform_variant: str  # "android", "ios" or "telegram"
    date_order: str  # "DMY", "MDY", "YMD" (year first) or "ISO" (Telegram)
    messages: tuple[ChatMessage, ...]
    authors: tuple[str, ...]  # distinct senders in order of first appearance
    attachments_in_archive: tuple[str, ...]  # zip member names other than the chat txt

    def first_message_at(self) -> datetime | None:
        """Earliest message time (exports are chronological unless the clock changed)."""
        return min((m.sent_at for m in self.messages), default=None)

    def last_message_at(self) -> datetime | None:
        """Latest message time."""
        return max((m.sent_at for m in self.messages), default=None)


def _decode(data: bytes) -> str:
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ChatFormatError("chat.not_utf8") from None
    if not text.strip("\ufeff\u200e \t\r\n"):
        raise ChatFormatError("chat.empty")
    return text


def _build(
    text: str,
    source_name: str,
    archive: tuple[str, ...] = (),
    present: frozenset[str] = frozenset(),
) -> ChatTranscript:
    lines = _LINE_BREAK.split(text.removeprefix("\ufeff"))
    candidates = [match_header(line) for line in lines]
    found = [h for h in candidates if h is not None]
    if not found:
        raise ChatFormatError("chat.no_timestamps")
    layout = dominant_layout(found)
    headers = [h for h in found if h.layout == layout]
    order = decide_date_order(headers, text)
    platform = detect_platform(headers, text)
    ios = platform == "ios"
    ios_marks = ios and "\u200e" in text

    groups: list[tuple[Header, str, datetime, list[str]]] = []
    for line, header in zip(lines, candidates, strict=True):
        when = None
        if header is not None and header.layout == layout:
            when = header.to_datetime(order)
        if header is not None and when is not None:
            groups.append((header, line, when, []))
        elif groups:
            groups[-1][3].append(line)
        elif line.strip("\ufeff\u200e \t"):
            raise ChatFormatError("chat.first_line_not_timestamp")

    messages: list[ChatMessage] = []
    authors: dict[str, None] = {}
    for index, (header, line, when, continuation) in enumerate(groups):
        body = split_body(header, line, continuation, ios=ios, ios_marks=ios_marks)
        if body.sender is not None:
            authors.setdefault(body.sender)
        attachment = body.attachment
        messages.append(
            ChatMessage(
                index=index, sent_at=when, sender=body.sender, text=body.text,
                is_system=body.is_system, attachment=attachment,
                attachment_present=_is_present(attachment, present),
                media_omitted=body.media_omitted, deleted=body.deleted,
            )
        )
    return ChatTranscript(
        source_name=source_name, platform_variant=platform, date_order=order,
        messages=tuple(messages), authors=tuple(authors), attachments_in_archive=archive,
    )


def _is_present(attachment: str | None, present: frozenset[str]) -> bool:
    # A plain file name only: a name with a path in the chat text is never matched.
    return attachment is not None and _base(attachment) == attachment and attachment in present


def _base(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).name


def parse_chat_text(data: bytes, source_name: str = "chat.txt") -> ChatTranscript:
    """Parse the bytes of an exported chat .txt (UTF-8, with or without BOM; CRLF or LF)."""
    return _build(_decode(data), source_name)


def _unsafe(name: str) -> bool:
    path = name.replace("\\", "/")
    parts = path.split("/")
    return (
        path.startswith("/") or ".." in parts or "\x00" in path
        or re.match(r"[A-Za-z]:", path) is not None
    )


def junk_member(name: str) -> bool:
    """A folder entry or macOS's resource-fork litter, never part of an export."""
    return _junk(name)


def _junk(name: str) -> bool:
    path = name.replace("\\", "/")
    return path.startswith("__MACOSX/") or _base(path).startswith("._") or path.endswith("/")


def _pick_chat(infos: list[zipfile.ZipInfo]) -> zipfile.ZipInfo:
    texts = [i for i in infos if _base(i.filename).lower().endswith(".txt")]
    chosen = (
        [i for i in texts if _base(i.filename) == "_chat.txt"]
        or [i for i in texts if _base(i.filename).lower().startswith("whatsapp")]
        or texts
    )
    if not chosen:
        raise ChatFormatError("chat.zip_without_chat")
    if len(chosen) > 1:
        raise ChatFormatError("chat.zip_with_several_chats")
    return chosen[0]


def check_archive(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Refuse what no phone writes (too many members, unsafe names, a zip bomb) before
    anything is decompressed; returns the members that are not junk."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ChatFormatError("chat.zip_too_many_files")
    if any(_unsafe(i.filename) for i in infos):
        raise ChatFormatError("chat.zip_unsafe_name")
    total = sum(i.file_size for i in infos)
    bomb = any(
        i.file_size > 1024**2 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    )
    if total > MAX_TOTAL_UNCOMPRESSED or bomb:
        raise ChatFormatError("chat.zip_bomb")
    return [i for i in infos if not _junk(i.filename)]


def read_whatsapp_zip(archive: zipfile.ZipFile, source_name: str) -> ChatTranscript:
    """A WhatsApp export "with media": the chat .txt and the files beside it."""
    files = check_archive(archive)
    chat = _pick_chat(files)
    if chat.file_size > MAX_CHAT_BYTES:
        raise ChatFormatError("chat.zip_chat_too_large")
    with archive.open(chat) as stream:
        raw = stream.read(MAX_CHAT_BYTES + 1)
    if len(raw) > MAX_CHAT_BYTES:
        raise ChatFormatError("chat.zip_chat_too_large")
    members = tuple(i.filename for i in files if i is not chat)
    present = frozenset(_base(name) for name in members)
    return _build(_decode(raw), source_name, members, present)


def _read_zip(data: bytes, source_name: str) -> ChatTranscript:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return read_whatsapp_zip(archive, source_name)


def parse_chat_export(data: bytes, source_name: str) -> ChatTranscript:
    """Parse an export as picked by the user: a chat .txt or a .zip "with media".

    Zip or text is decided by the content, not the file name. In a zip the chat is
    `_chat.txt` (iOS), else the "WhatsApp..." .txt, else the only .txt.
    """
    if not data.startswith(_ZIP_MAGIC):
        return parse_chat_text(data, source_name)
    try:
        return _read_zip(data, source_name)
    except ChatFormatError:
        raise
    except _ZIP_ERRORS:
        raise ChatFormatError("chat.zip_damaged") from None


def looks_like_whatsapp_export(data: bytes, source_name: str) -> bool:
    """Cheap check for the import flow: does this look like a chat export we can read?

    Looks at the first lines of a text, or at the member names of a zip, without
    decompressing anything. Never raises.
    """
    del source_name  # the content decides; names are renamed too easily
    if data.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                files = [i for i in archive.infolist() if not _junk(i.filename)]
                _pick_chat(files)
                return not any(_unsafe(i.filename) for i in files)
        except (ChatFormatError, *_ZIP_ERRORS):
            return False
    head = data[:16384].decode("utf-8-sig", errors="ignore")
    for line in _LINE_BREAK.split(head)[:-1] or [head]:
        if line.strip("\ufeff\u200e \t"):
            return match_header(line) is not None
    return False
