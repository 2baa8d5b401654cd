"""A chat export's parsed messages, stored beside the original export's bytes.

The parsers are app.evidence.whatsapp and app.evidence.telegram; the original export
stays byte for byte in the item's chunks, so a transcript can always be re-parsed from it.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from app.evidence.model import ChatSummary
from app.evidence.whatsapp import ChatMessage, ChatTranscript
from app.vault.connection import Connection

if TYPE_CHECKING:
    from app.vault import Vault

_SEARCH_TEXT_LIMIT = 2_000_000


def store_transcript(tx: Connection, case_id: int, item_id: int,
                     transcript: ChatTranscript) -> None:
    first, last = transcript.first_message_at(), transcript.last_message_at()
    tx.execute(
        "INSERT INTO chat_transcripts (item_id, platform_variant, date_order, message_count,"
        " authors, first_message_at, last_message_at, attachments_in_archive)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (item_id, transcript.platform_variant, transcript.date_order,
         len(transcript.messages), json.dumps(list(transcript.authors), ensure_ascii=False),
         first.isoformat() if first else None, last.isoformat() if last else None,
         json.dumps(list(transcript.attachments_in_archive), ensure_ascii=False)))
    tx.executemany(
        "INSERT INTO chat_messages (item_id, idx, sent_at, sender, text, is_system,"
        " attachment, attachment_present, media_omitted, deleted, edited_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        ((item_id, m.index, m.sent_at.isoformat(), m.sender, m.text, int(m.is_system),
          m.attachment, int(m.attachment_present), int(m.media_omitted), int(m.deleted),
          m.edited_at.isoformat() if m.edited_at else None)
         for m in transcript.messages))
    # Names and words from the chat become searchable (one search row per chat).
    body = "\n".join(f"{m.sender or ''} {m.text}" for m in transcript.messages)
    tx.execute("INSERT INTO search_index(body, case_id, source, source_id) VALUES (?,?,?,?)",
               (body[:_SEARCH_TEXT_LIMIT], case_id, "chat", item_id))


def delete_transcript(tx: Connection, item_id: int) -> None:
    """Only allowed (by trigger) once the item was converted to described-only."""
    tx.execute("DELETE FROM chat_messages WHERE item_id = ?", (item_id,))
    tx.execute("DELETE FROM chat_transcripts WHERE item_id = ?", (item_id,))
    tx.execute("DELETE FROM search_index WHERE source = 'chat' AND source_id = ?", (item_id,))


def summary(vault: Vault, item_id: int) -> ChatSummary | None:
    rows = vault.query(
        "SELECT item_id, platform_variant, date_order, message_count, authors,"
        " first_message_at, last_message_at FROM chat_transcripts WHERE item_id = ?",
        (item_id,))
    if not rows:
        return None
    r = rows[0]
    return ChatSummary(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), _naive(r[5]),
                       _naive(r[6]))


def messages(vault: Vault, item_id: int, offset: int = 0,
             limit: int | None = None) -> list[ChatMessage]:
    rows = vault.query(
        "SELECT idx, sent_at, sender, text, is_system, attachment, attachment_present,"
        " media_omitted, deleted, edited_at FROM chat_messages WHERE item_id = ? AND idx >= ?"
        " ORDER BY idx LIMIT ?", (item_id, offset, -1 if limit is None else limit))
    return [ChatMessage(index=r[0], sent_at=datetime.fromisoformat(r[1]), sender=r[2],
                        text=r[3], is_system=bool(r[4]), attachment=r[5],
                        attachment_present=bool(r[6]), media_omitted=bool(r[7]),
                        deleted=bool(r[8]), edited_at=_naive(r[9])) for r in rows]


def _naive(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
