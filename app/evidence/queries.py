"""Reading evidence items (with their current metadata) out of the vault."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app.errors import NotFoundError
from app.evidence.metadata import METADATA_COLUMNS, from_row
from app.evidence.model import EvidenceItem, EvidenceKind, EvidenceSource
from app.messages import Message
from app.timeutil import from_storage
from app.wording import TEMPLATES, dutch

if TYPE_CHECKING:
    from app.vault import Vault

_META = ", ".join(f"m.{c.strip()}" for c in METADATA_COLUMNS.split(","))
ITEM_SQL = (
    "SELECT i.id, i.case_id, i.number, i.kind, i.sha256, i.size, i.mime_type,"
    " i.original_name, i.source, i.file_modified_at, i.file_created_at, i.exif_taken_at,"
    " i.exif_device, i.width, i.height, i.warnings, i.imported_at, i.imported_by,"
    " i.bytes_destroyed_at,"
    " EXISTS (SELECT 1 FROM evidence_thumbnails t WHERE t.item_id = i.id),"
    f" coalesce(m.version, 0), i.withdrawn_at, i.withdrawal_reason, {_META}"
    " FROM evidence_items i LEFT JOIN evidence_metadata m ON m.item_id = i.id"
    " AND m.version = (SELECT max(version) FROM evidence_metadata x WHERE x.item_id = i.id)"
)


def _time(text: str | None) -> Any:
    return from_storage(text) if text else None


_LEGACY_WARNINGS = {"no-preview": "evidence.no_preview",
                    "image-not-checked": "evidence.image_not_checked",
                    "damaged-image": "evidence.damaged_image"}


def _legacy_warning(code: str, text: str) -> Message:
    """A warning stored before codes: [old code, Dutch sentence]."""
    if code in _LEGACY_WARNINGS:
        return Message(_LEGACY_WARNINGS[code])
    if text.startswith("Deze export is te groot"):
        return Message("evidence.chat_too_large")
    reasons = [Message(c) for c in TEMPLATES if c.startswith("chat.")]
    reason = next((r for r in reasons if dutch(r) in text), Message("chat.unknown_format"))
    return Message("evidence.not_a_chat", reason=reason)


def _warnings(stored: str) -> tuple[Message, ...]:
    return tuple(Message.from_json(w) if isinstance(w, dict) else _legacy_warning(*w)
                 for w in json.loads(stored))


def row_to_item(r: tuple[Any, ...]) -> EvidenceItem:
    return EvidenceItem(
        id=r[0], case_id=r[1], number=r[2], kind=EvidenceKind(r[3]), sha256=r[4], size=r[5],
        mime_type=r[6], original_name=r[7], source=EvidenceSource(r[8]),
        file_modified_at=_time(r[9]), file_created_at=_time(r[10]), exif_taken_at=r[11],
        exif_device=r[12], width=r[13], height=r[14],
        warnings=_warnings(r[15]),
        imported_at=from_storage(r[16]), imported_by=r[17], bytes_destroyed_at=_time(r[18]),
        has_thumbnail=bool(r[19]), metadata_version=r[20], metadata=from_row(r[23:]),
        withdrawn_at=_time(r[21]), withdrawal_reason=r[22],
    )


def load_item(vault: Vault, item_id: int) -> EvidenceItem:
    rows = vault.query(ITEM_SQL + " WHERE i.id = ?", (item_id,))
    if not rows:
        raise NotFoundError("evidence.not_found")
    return row_to_item(rows[0])


def load_items(vault: Vault, where: str, params: tuple[Any, ...]) -> list[EvidenceItem]:
    rows = vault.query(f"{ITEM_SQL} WHERE {where} ORDER BY i.case_id, i.number", params)
    return [row_to_item(r) for r in rows]
