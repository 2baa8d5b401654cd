"""Which cases an audited write concerned, for the change journal (app/changes.py).

Read inside the write's own transaction, so the rows it names are still there. What
belongs to no case (settings, access requests, exports of the yearly report) counts as
`VAULT_WIDE`; a person's change counts for each of their cases and for the vault (an
access request names the person).
"""

from __future__ import annotations

from typing import Any

from app.changes import VAULT_WIDE
from app.vault.connection import Connection

_OWNER_SQL = {
    "entry": "SELECT case_id FROM entries WHERE id = ?",
    "evidence": "SELECT case_id FROM evidence_items WHERE id = ?",
    "person": "SELECT case_id FROM participants WHERE person_id = ?",
}


def cases_touched(conn: Connection, object_type: str, object_id: int | None,
                  details: dict[str, Any]) -> set[int]:
    found: set[int] = set()
    named = details.get("case_id")
    if isinstance(named, int):
        found.add(named)
    if object_type == "case" and object_id is not None:
        found.add(object_id)
    elif object_type in _OWNER_SQL and object_id is not None:
        if not found or object_type == "person":
            found |= {int(r[0]) for r in conn.execute(_OWNER_SQL[object_type], (object_id,))}
        if object_type == "person":
            found.add(VAULT_WIDE)
    else:
        found.add(VAULT_WIDE)
    return found
