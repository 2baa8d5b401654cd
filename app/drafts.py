"""Drafts: text typed into a form that was interrupted by a lock, kept inside the vault.

    case_file.drafts.save("entry-new/case:3", {"edt_text": "Vandaag in de pauze..."})
    draft = case_file.drafts.get("entry-new/case:3")   # Draft or None
    case_file.drafts.discard("entry-new/case:3")

A key names the dialog and what it edits; saving again replaces the draft. Drafts are
working state, not the record: they are not audited and go without history once used or
thrown away. They live only in the encrypted vault, never in a file beside it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.vault import Vault


@dataclass(frozen=True)
class Draft:
    key: str
    fields: dict[str, str]
    saved_at: datetime


class DraftStore:
    def __init__(self, gateway: Vault) -> None:
        self._gateway = gateway

    def save(self, key: str, fields: Mapping[str, str]) -> None:
        """Keep `fields` (field name to typed text) under `key`, replacing an older draft."""
        stamp = self._gateway.clock.now().isoformat()
        with self._gateway.write() as tx:
            tx.execute("INSERT INTO drafts(key, fields, saved_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET fields = excluded.fields, "
                       "saved_at = excluded.saved_at",
                       (key, json.dumps(dict(fields), ensure_ascii=False), stamp))

    def get(self, key: str) -> Draft | None:
        rows = self._gateway.query("SELECT fields, saved_at FROM drafts WHERE key = ?", (key,))
        if not rows:
            return None
        fields, saved_at = rows[0]
        loaded = json.loads(fields)
        return Draft(key, {str(k): str(v) for k, v in loaded.items()},
                     datetime.fromisoformat(saved_at))

    def keys(self) -> list[str]:
        return [str(row[0]) for row in self._gateway.query("SELECT key FROM drafts ORDER BY key")]

    def discard(self, key: str) -> None:
        with self._gateway.write() as tx:
            tx.execute("DELETE FROM drafts WHERE key = ?", (key,))
