"""Withdrawing an evidence item that was added by mistake (a junk zip, a wrong capture).

The bytes, thumbnail and parsed chat (with its search row) are deleted for good:
secure_delete overwrites the freed pages and FTS5 secure-delete the index entries, then
the WAL is checkpointed and the file compacted so no page keeps them. The item stays in
the catalogue as withdrawn, with its number, SHA-256, original size, import time, the
time of withdrawal and the reason, so the numbering and the audit stay honest. Schema 10
allows the deletion only once `evidence.withdrawn` for the item is in the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.cases import touch_case
from app.errors import InvalidInputError
from app.evidence import chat as chat_store
from app.evidence.queries import load_item
from app.reasons import clean_reason
from app.timeutil import to_storage

if TYPE_CHECKING:
    from app.vault import Vault


def withdraw_item(vault: Vault, item_id: int, reason: str) -> None:
    """Delete an item's content for good; keep its record. Compacts the vault file."""
    text = clean_reason(reason)
    item = load_item(vault, item_id)
    if item.is_withdrawn:
        raise InvalidInputError("evidence.already_withdrawn", item=item.label)
    moment = vault.clock.now()
    with vault.write() as tx:
        chunks = tx.execute("SELECT count(*) FROM evidence_chunks WHERE item_id = ?",
                            (item_id,)).fetchone()[0]
        messages = tx.execute("SELECT count(*) FROM chat_messages WHERE item_id = ?",
                              (item_id,)).fetchone()[0]
        # The audit row first: schema 10 deletes the content only once that is audited.
        vault.audit.record(tx, "evidence.withdrawn", "evidence", item_id,
                           case_id=item.case_id, number=item.number, sha256=item.sha256,
                           size=item.size, kind=item.kind.value, reason=text,
                           chunks=chunks, chat_messages=messages,
                           thumbnail=item.has_thumbnail)
        tx.execute("UPDATE evidence_items SET withdrawn_at = ?, withdrawal_reason = ?"
                   " WHERE id = ?", (to_storage(moment), text, item_id))
        tx.execute("DELETE FROM evidence_chunks WHERE item_id = ?", (item_id,))
        tx.execute("DELETE FROM evidence_thumbnails WHERE item_id = ?", (item_id,))
        chat_store.delete_transcript(tx, item_id)
        touch_case(tx, item.case_id, moment)
    # Freed pages were overwritten (secure_delete); now empty the WAL and give the pages
    # back, so not even the layout of the old bytes remains in the file.
    vault.vacuum()
