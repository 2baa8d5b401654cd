"""What the counsellor writes about an item, kept with every earlier version.

A change never overwrites: it appends version n+1 (triggers refuse UPDATE and DELETE).
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInputError
from app.evidence.model import (
    Account,
    Action,
    Circulation,
    EvidenceMetadata,
    MetadataVersion,
)
from app.timeutil import from_storage, to_storage
from app.vault.connection import Connection

if TYPE_CHECKING:
    from app.vault import Vault

METADATA_COLUMNS = ("platform, urls, accounts, shown_at, description, collected_with, device,"
                    " actions, circulation, student_account")
_MAX_TEXT = 20_000


def clean(metadata: EvidenceMetadata) -> EvidenceMetadata:
    """Trim text, drop empty entries, refuse what cannot be right."""
    urls = tuple(u.strip() for u in metadata.urls if u.strip())
    for url in urls:
        if any(ch.isspace() for ch in url):
            raise InvalidInputError("evidence.url_with_space", url=url)
    accounts = tuple(
        Account(a.handle.strip(), a.display_name.strip(), a.platform.strip())
        for a in metadata.accounts if a.handle.strip() or a.display_name.strip())
    actions = tuple(dict.fromkeys(Action(a) for a in metadata.actions))
    c = metadata.circulation
    circulation = Circulation(c.where.strip(), tuple(g.strip() for g in c.groups if g.strip()),
                              c.first_sender.strip(), c.first_seen.strip(),
                              c.estimated_reach.strip())
    result = replace(
        metadata, platform=metadata.platform.strip(), urls=urls, accounts=accounts,
        shown_at=metadata.shown_at.strip(), description=metadata.description.strip(),
        collected_with=metadata.collected_with.strip(), device=metadata.device.strip(),
        actions=actions, circulation=circulation,
        student_account=metadata.student_account.strip())
    if max(len(result.description), len(result.student_account)) > _MAX_TEXT:
        raise InvalidInputError("evidence.description_too_long")
    return result


def to_row(metadata: EvidenceMetadata) -> tuple[Any, ...]:
    c = metadata.circulation
    circulation = {} if c.is_empty else {
        "where": c.where, "groups": list(c.groups), "first_sender": c.first_sender,
        "first_seen": c.first_seen, "estimated_reach": c.estimated_reach}
    return (
        metadata.platform,
        _dumps(list(metadata.urls)),
        _dumps([{"handle": a.handle, "display_name": a.display_name, "platform": a.platform}
                for a in metadata.accounts]),
        metadata.shown_at, metadata.description, metadata.collected_with, metadata.device,
        _dumps([a.value for a in metadata.actions]),
        _dumps(circulation),
        metadata.student_account,
    )


def from_row(row: tuple[Any, ...] | list[Any]) -> EvidenceMetadata:
    """The ten METADATA_COLUMNS -> EvidenceMetadata (missing row -> empty metadata)."""
    if row[0] is None:
        return EvidenceMetadata()
    (platform, urls, accounts, shown_at, description, collected_with, device, actions, circ,
     student_account) = row
    c = json.loads(circ)
    return EvidenceMetadata(
        platform=platform, urls=tuple(json.loads(urls)),
        accounts=tuple(Account(a.get("handle", ""), a.get("display_name", ""),
                               a.get("platform", "")) for a in json.loads(accounts)),
        shown_at=shown_at, description=description, collected_with=collected_with,
        device=device, actions=tuple(Action(a) for a in json.loads(actions)),
        circulation=Circulation(c.get("where", ""), tuple(c.get("groups", ())),
                                c.get("first_sender", ""), c.get("first_seen", ""),
                                c.get("estimated_reach", "")),
        student_account=student_account,
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def insert_version(vault: Vault, tx: Connection, item_id: int,
                   metadata: EvidenceMetadata) -> int:
    """Append the next version inside the caller's transaction; returns its number."""
    version = int(tx.execute("SELECT coalesce(max(version), 0) + 1 FROM evidence_metadata"
                             " WHERE item_id = ?", (item_id,)).fetchone()[0])
    tx.execute(
        f"INSERT INTO evidence_metadata (item_id, version, written_at, written_by,"
        f" {METADATA_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (item_id, version, to_storage(vault.clock.now()), vault.audit.actor,
         *to_row(metadata)))
    return version


def history(vault: Vault, item_id: int) -> list[MetadataVersion]:
    rows = vault.query(
        f"SELECT item_id, version, written_at, written_by, {METADATA_COLUMNS}"
        " FROM evidence_metadata WHERE item_id = ? ORDER BY version", (item_id,))
    return [MetadataVersion(r[0], r[1], from_storage(r[2]), r[3], from_row(r[4:]))
            for r in rows]


def changed_fields(before: EvidenceMetadata, after: EvidenceMetadata) -> list[str]:
    return [name for name in EvidenceMetadata.__dataclass_fields__
            if getattr(before, name) != getattr(after, name)]
