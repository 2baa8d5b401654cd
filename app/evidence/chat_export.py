"""Which chat export a file is: WhatsApp (.txt or .zip "with media") or Telegram
(result.json or the zip of its export folder). The content decides, never the name.

Both readers give the same ChatTranscript, so storage, search, the transcript view and
the police layout treat every source alike.
"""

from __future__ import annotations

import io
import zipfile

from app.evidence.telegram import (
    is_telegram_zip,
    looks_like_telegram_json,
    parse_telegram_json,
    read_telegram_zip,
)
from app.evidence.whatsapp import (
    ZIP_ERRORS,
    ZIP_MAGIC,
    ChatFormatError,
    ChatTranscript,
    looks_like_whatsapp_export,
    parse_chat_text,
    read_whatsapp_zip,
)

__all__ = ["looks_like_chat_export", "parse_chat_export"]


def parse_chat_export(data: bytes, source_name: str) -> ChatTranscript:
    """Parse an export as picked by the user; ChatFormatError (chat.*) when it is none."""
    if not data.startswith(ZIP_MAGIC):
        if looks_like_telegram_json(data):
            return parse_telegram_json(data, source_name)
        return parse_chat_text(data, source_name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if is_telegram_zip(archive.namelist()):
                return read_telegram_zip(archive, source_name)
            return read_whatsapp_zip(archive, source_name)
    except ChatFormatError:
        raise
    except (*ZIP_ERRORS, RecursionError):
        raise ChatFormatError("chat.zip_damaged") from None


def looks_like_chat_export(data: bytes, source_name: str) -> bool:
    """Cheap check for the import flow (never raises, decompresses nothing)."""
    if looks_like_whatsapp_export(data, source_name):
        return True
    if not data.startswith(ZIP_MAGIC):
        return looks_like_telegram_json(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return is_telegram_zip(archive.namelist())
    except ZIP_ERRORS:
        return False
