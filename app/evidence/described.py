"""Intimate images of minors: describe, never store.

Possessing or passing on a sexual image of a minor is a criminal offence, for a school
too, and the police do not want copies. Such evidence is kept only as a written
description with where it went round. An item imported before it was recognised can be
converted: its bytes, thumbnail and parsed chat are deleted (secure_delete overwrites
the freed pages), the vault is checkpointed and VACUUMed so no page of it survives,
and only the hash, size and type stay behind in the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.audit import fresh_id
from app.cases import require_case, touch_case
from app.errors import InvalidInputError
from app.evidence import chat as chat_store
from app.evidence import metadata as meta
from app.evidence.model import Circulation, EvidenceKind, EvidenceMetadata
from app.evidence.queries import load_item
from app.timeutil import to_storage

if TYPE_CHECKING:
    from app.vault import Vault

ADVICE_NL = (
    "Sla dit beeld niet op en stuur het niet door, ook niet naar collega's of ouders: "
    "het bezitten of delen van een seksueel beeld van een minderjarige is strafbaar, ook "
    "voor de school. Beschrijf alleen wat u zag en waar het rondging. Neem vandaag nog "
    "contact op met de contactpersoon van de politie voor de school (wijkagent); de "
    "politie beslist over bewijs en aangifte. Wijs de leerling en de ouders op Helpwanted "
    "(helpwanted.nl): daar helpen ze gratis en anoniem, ook om het beeld van internet te "
    "laten verwijderen."
)


def _described_metadata(base: EvidenceMetadata, description: str,
                        circulation: Circulation) -> EvidenceMetadata:
    if not description.strip():
        raise InvalidInputError("evidence.description_missing")
    return meta.clean(EvidenceMetadata(
        platform=base.platform, urls=base.urls, accounts=base.accounts,
        shown_at=base.shown_at, description=description, collected_with=base.collected_with,
        device=base.device, actions=base.actions, circulation=circulation))


def record_described_only(vault: Vault, case_id: int, description: str,
                          circulation: Circulation,
                          metadata: EvidenceMetadata | None = None) -> int:
    """A new item that never had bytes. Returns its id."""
    data = _described_metadata(metadata or EvidenceMetadata(), description, circulation)
    moment = vault.clock.now()
    now = to_storage(moment)
    with vault.write() as tx:
        require_case(tx, case_id)
        number = int(tx.execute("SELECT coalesce(max(number), 0) + 1 FROM evidence_items"
                                " WHERE case_id = ?", (case_id,)).fetchone()[0])
        item_id = fresh_id(tx, "evidence_items", "evidence")
        # The audit row first: schema 6 lets an item in only once its arrival is audited.
        vault.audit.record(tx, "evidence.described_only", "evidence", item_id,
                           case_id=case_id, number=number)
        tx.execute(
            "INSERT INTO evidence_items (id, case_id, number, kind, sha256, size, source,"
            " imported_at, imported_by) VALUES (?,?,?,?,NULL,0,'described',?,?)",
            (item_id, case_id, number, EvidenceKind.DESCRIBED_ONLY.value, now,
             vault.audit.actor))
        meta.insert_version(vault, tx, item_id, data)
        touch_case(tx, case_id, moment)
    return item_id


def convert_to_described(vault: Vault, item_id: int, description: str,
                         circulation: Circulation) -> None:
    """Destroy an item's bytes for good; keep a description and a hash-only record."""
    item = load_item(vault, item_id)
    if item.is_withdrawn:
        raise InvalidInputError("evidence.already_withdrawn", item=item.label)
    if item.kind is EvidenceKind.DESCRIBED_ONLY:
        raise InvalidInputError("evidence.already_described", item=item.label)
    data = _described_metadata(item.metadata, description, circulation)
    now = to_storage(vault.clock.now())
    with vault.write() as tx:
        # The audit row first: schema 6 destroys bytes only once that is audited.
        vault.audit.record(tx, "evidence.converted_to_described", "evidence", item_id,
                           case_id=item.case_id, number=item.number, sha256=item.sha256,
                           size=item.size, mime_type=item.mime_type,
                           former_kind=item.kind.value)
        tx.execute("UPDATE evidence_items SET kind = ?, bytes_destroyed_at = ? WHERE id = ?",
                   (EvidenceKind.DESCRIBED_ONLY.value, now, item_id))
        tx.execute("DELETE FROM evidence_chunks WHERE item_id = ?", (item_id,))
        tx.execute("DELETE FROM evidence_thumbnails WHERE item_id = ?", (item_id,))
        chat_store.delete_transcript(tx, item_id)
        meta.insert_version(vault, tx, item_id, data)
    # Freed pages were overwritten (secure_delete); now rewrite the file so not even the
    # page layout of the old bytes remains, and empty the WAL.
    vault.checkpoint()
    vault.vacuum()
