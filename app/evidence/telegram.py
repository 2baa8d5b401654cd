"""Read Telegram's "Export chat history" (Telegram Desktop, JSON) into a transcript.

The export is a folder with `result.json` (and `photos/`, `files/`, ...), or the zip of
that folder. `result.json` of one chat holds "messages": each has an id, a type
("message" or "service"), a local `date` ("2025-11-03T19:02:11"), `from`/`from_id`,
`text` as a string or a list of plain strings and entities ({"type": "link", "text":
...}), optionally `edited`, `photo`, `file`, `media_type` and more. A file that was not
exported is named "(File not included. ...)".

Like the WhatsApp reader this works in memory only and raises ChatFormatError
(code chat.telegram_*) for anything it cannot read.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from app.evidence.whatsapp import (
    MAX_CHAT_BYTES,
    ChatFormatError,
    ChatMessage,
    ChatTranscript,
    check_archive,
    junk_member,
)

TELEGRAM = "telegram"
ISO_ORDER = "ISO"  # dates are ISO 8601 in the export; there is no order to guess
RESULT_NAME = "result.json"
_NOT_INCLUDED = "(File not included"
_MEDIA_KEYS = ("photo", "file")


def looks_like_telegram_json(data: bytes) -> bool:
    """Cheap check: JSON that names Telegram's message list near its start."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b'"messages"' in data[:1_000_000] and (
        b'"date"' in data[:1_000_000] or b'"messages": []' in data[:1_000_000])


def is_telegram_zip(names: list[str]) -> bool:
    return any(PurePosixPath(n).name == RESULT_NAME for n in names if not junk_member(n))


def parse_telegram_json(data: bytes, source_name: str,
                        archive: tuple[str, ...] = (),
                        present: frozenset[str] = frozenset()) -> ChatTranscript:
    """The transcript of one chat's result.json; `present` holds the archive's paths
    relative to the export folder, so attachments can be marked as included."""
    if len(data) > MAX_CHAT_BYTES:
        raise ChatFormatError("chat.zip_chat_too_large")
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ChatFormatError("chat.telegram_not_json") from None
    if not isinstance(export, dict):
        raise ChatFormatError("chat.telegram_no_messages")
    raw = export.get("messages")
    if not isinstance(raw, list):
        if "chats" in export:  # "Export Telegram data": every chat of the account
            raise ChatFormatError("chat.telegram_full_export")
        raise ChatFormatError("chat.telegram_no_messages")
    messages: list[ChatMessage] = []
    authors: dict[str, None] = {}
    for entry in raw:
        message = _message(entry, len(messages), present)
        if message.sender is not None:
            authors.setdefault(message.sender)
        messages.append(message)
    if not messages:
        raise ChatFormatError("chat.telegram_no_messages")
    return ChatTranscript(source_name=source_name, platform_variant=TELEGRAM,
                          date_order=ISO_ORDER, messages=tuple(messages),
                          authors=tuple(authors), attachments_in_archive=archive)


def read_telegram_zip(archive: zipfile.ZipFile, source_name: str) -> ChatTranscript:
    """The zip of an export folder: result.json plus the media beside it."""
    infos = check_archive(archive)
    results = [i for i in infos if PurePosixPath(i.filename).name == RESULT_NAME]
    if len(results) != 1:
        if results:
            raise ChatFormatError("chat.zip_with_several_chats")
        raise ChatFormatError("chat.zip_without_chat")
    result = results[0]
    if result.file_size > MAX_CHAT_BYTES:
        raise ChatFormatError("chat.zip_chat_too_large")
    with archive.open(result) as stream:
        raw = stream.read(MAX_CHAT_BYTES + 1)
    folder = str(PurePosixPath(result.filename).parent)
    prefix = "" if folder == "." else folder + "/"
    members = tuple(i.filename for i in infos if i is not result)
    present = frozenset(name[len(prefix):] for name in members if name.startswith(prefix))
    return parse_telegram_json(raw, source_name, members, present)


def parse_telegram_export(data: bytes, source_name: str) -> ChatTranscript:
    """A result.json or the zip of the export folder."""
    if not data.startswith(b"PK"):
        return parse_telegram_json(data, source_name)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return read_telegram_zip(archive, source_name)


# ----------------------------------------------------------------------------- one message
def _message(entry: object, index: int, present: frozenset[str]) -> ChatMessage:
    if not isinstance(entry, dict):
        raise ChatFormatError("chat.telegram_damaged")
    sent_at = _time(entry.get("date"))
    if sent_at is None:
        raise ChatFormatError("chat.telegram_damaged")
    system = entry.get("type") == "service"
    text = _text(entry.get("text", ""))
    if system:
        text = _service_text(entry, text)
    attachment, omitted = _media(entry)
    return ChatMessage(
        index=index, sent_at=sent_at,
        sender=None if system else _sender(entry), text=text, is_system=system,
        attachment=attachment,
        attachment_present=attachment is not None and _media_path(entry) in present,
        media_omitted=omitted, deleted=False, edited_at=_time(entry.get("edited")))


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=None)  # local time of the exporting computer


def _sender(entry: dict[str, Any]) -> str:
    name = entry.get("from")
    if isinstance(name, str) and name.strip():
        return " ".join(name.split())
    # A deleted account has no name; its id still tells its messages apart.
    return str(entry.get("from_id") or "?")


def _text(value: object) -> str:
    """A string, or a list of strings and entities ({"type": ..., "text": ...})."""
    if isinstance(value, str):
        return value.strip()
    if not isinstance(value, list):
        return ""
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "".join(parts).strip()


def _service_text(entry: dict[str, Any], text: str) -> str:
    """What happened, as the export names it ("Jesse: invite members: Noor, Sem")."""
    actor = entry.get("actor")
    # "remove_members" reads as "remove members"; the export's own words, not translated
    action = str(entry.get("action") or "service").replace("_", " ")
    details = [str(entry[key]) for key in ("title", "message_id") if entry.get(key)]
    members = entry.get("members")
    if isinstance(members, list):
        details.extend(str(m) for m in members if m)
    head = f"{actor}: {action}" if isinstance(actor, str) and actor else action
    body = ", ".join(details)
    return " ".join(part for part in (head + (": " + body if body else ""), text) if part)


def _media_path(entry: dict[str, Any]) -> str:
    for key in _MEDIA_KEYS:
        value = entry.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _media(entry: dict[str, Any]) -> tuple[str | None, bool]:
    """(attachment base name, omitted): a file the export left out counts as omitted."""
    path = _media_path(entry)
    if not path:
        return None, False
    if path.startswith(_NOT_INCLUDED):
        return None, True
    return PurePosixPath(path).name, False
