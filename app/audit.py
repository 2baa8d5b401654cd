"""Append-only audit log as a hash chain.

Each entry's hash covers the previous hash and its own content, and the head of the
chain (last id and hash) is kept in meta inside the same transaction. `verify` finds a
changed, removed or inserted entry.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.messages import Message
from app.timeutil import Clock, to_storage

if TYPE_CHECKING:
    from app.vault.connection import Connection

GENESIS = "0" * 64


def _digest(prev_hash: str, entry_id: int, at: str, actor: str, action: str,
            object_type: str, object_id: int | None, details: str) -> str:
    payload = json.dumps(
        [entry_id, at, actor, action, object_type, object_id, details],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: int | None
    details: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class AuditReport:
    entries_checked: int
    problems: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class AuditLog:
    def __init__(self, clock: Clock, actor: str) -> None:
        self._clock = clock
        self.actor = actor

    def record(self, conn: Connection, action: str, object_type: str = "",
               object_id: int | None = None, **details: Any) -> str:
        """Append one entry; call inside the write transaction of the change itself."""
        head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        prev_id, prev_hash = (head[0], head[1]) if head else (0, GENESIS)
        entry_id = prev_id + 1
        at = to_storage(self._clock.now())
        details_json = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
        digest = _digest(prev_hash, entry_id, at, self.actor, action, object_type,
                         object_id, details_json)
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, action, object_type, object_id, details,"
            " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)",
            (entry_id, at, self.actor, action, object_type, object_id, details_json,
             prev_hash, digest),
        )
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('audit_head', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (f"{entry_id}:{digest}",),
        )
        return digest

    @staticmethod
    def entries(conn: Connection, *, object_type: str | None = None,
                object_id: int | None = None, action_prefix: str | None = None
                ) -> list[AuditEntry]:
        sql = ("SELECT id, at, actor, action, object_type, object_id, details, hash"
               " FROM audit_log WHERE 1=1")
        params: list[Any] = []
        if object_type is not None:
            sql += " AND object_type = ?"
            params.append(object_type)
        if object_id is not None:
            sql += " AND object_id = ?"
            params.append(object_id)
        if action_prefix is not None:
            sql += " AND action LIKE ? ESCAPE '\\'"
            params.append(action_prefix.replace("%", "\\%").replace("_", "\\_") + "%")
        rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7])
                for r in rows]

    @staticmethod
    def verify(conn: Connection, since: tuple[int, str] | None = None) -> AuditReport:
        """The whole chain, or (`since`: an (id, hash) verified before) the lines after it."""
        problems: list[Message] = []
        prev_hash = GENESIS
        expected_id = 1
        count = 0
        last: tuple[int, str] | None = None
        lowest = -(1 << 63)  # every line, also one with an id below 1 (then reported)
        if since is not None and since[0] > 0:
            row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (since[0],)).fetchone()
            if row is None or row[0] != since[1]:
                problems.append(Message("audit.chain_broken", line=since[0]))
            prev_hash, expected_id, last = since[1], since[0] + 1, since
            lowest = expected_id
        for row in conn.execute(
            "SELECT id, at, actor, action, object_type, object_id, details, prev_hash, hash"
            " FROM audit_log WHERE id >= ? ORDER BY id", (lowest,)
        ):
            entry_id, at, actor, action, object_type, object_id, details, stored_prev, digest = row
            count += 1
            if entry_id != expected_id:
                problems.append(Message("audit.line_missing", line=expected_id, found=entry_id))
            if stored_prev != prev_hash:
                problems.append(Message("audit.chain_broken", line=entry_id))
            recomputed = _digest(stored_prev, entry_id, at, actor, action, object_type,
                                 object_id, details)
            if recomputed != digest:
                problems.append(Message("audit.line_changed", line=entry_id))
            prev_hash = digest
            expected_id = entry_id + 1
            last = (entry_id, digest)
        head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        if head is not None:
            head_id, _, head_hash = str(head[0]).partition(":")
            if last is None or int(head_id) != last[0] or head_hash != last[1]:
                problems.append(Message("audit.tail_missing"))
        elif last is not None:
            problems.append(Message("audit.head_missing"))
        return AuditReport(entries_checked=count, problems=tuple(problems))
