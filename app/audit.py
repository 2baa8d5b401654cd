"""Append-only audit log as a hash chain.

Each entry's hash covers the previous hash and its own content, and the head of the
chain (last id and hash) is kept in meta inside the same transaction. `verify` finds a
changed, removed or inserted entry.

Destroying a case (app/destruction) replaces the `details` of the case's lines by
`{"redacted_by": N}`, N being the destruction line, which records how many lines it
redacted and a digest over every other column of them (`redaction_digest`). Such a line
cannot be recomputed any more; `verify` checks its place in the chain (prev_hash links)
and the digest in line N instead, so a changed, added or removed redaction still shows.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.messages import Message
from app.timeutil import Clock, to_storage

if TYPE_CHECKING:
    from app.vault.connection import Connection

GENESIS = "0" * 64
VAULT_ID_KEY = "vault_id"   # meta: a random name for this vault, kept by backups and restores
REDACTING_ACTIONS = ("case.destroyed", "case.anonymised")
_REDACTED_PREFIX = '{"redacted_by":'

Row = tuple[Any, ...]


def redaction_digest(rows: list[Row]) -> str:
    """SHA-256 over the kept columns (id, at, actor, action, object_type, object_id,
    prev_hash, hash) of the lines a destruction redacts, in id order."""
    digest = hashlib.sha256()
    for row in sorted(rows, key=lambda r: int(r[0])):
        digest.update(json.dumps(list(row), ensure_ascii=False,
                                 separators=(",", ":")).encode("utf-8") + b"\n")
    return digest.hexdigest()


def redacted_by(details: str) -> int | None:
    """The destruction line that redacted this line's details, if it was redacted."""
    if not details.startswith(_REDACTED_PREFIX):
        return None
    value = json.loads(details)
    by = value.get("redacted_by") if isinstance(value, dict) and len(value) == 1 else None
    return by if isinstance(by, int) else None


def fresh_id(conn: Connection, table: str, object_type: str) -> int:
    """An id that no row of `table` has and no audit line names: after a destruction the
    ids of destroyed rows are never given again, so the audit log and the evidence checks
    never mix a destroyed row's history with a new row's. `table` is a constant of ours."""
    row = conn.execute(
        f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0),"
        " coalesce((SELECT max(object_id) FROM audit_log WHERE object_type = ?), 0)) + 1",
        (object_type,)).fetchone()
    return int(row[0])


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
class AuditAnchor:
    """The audit head at one moment (line number and chain hash) and which vault it is.

    Exports and backups carry it; a later vault whose chain no longer holds this line
    with this hash has had its history rewritten, wiped or cut back (app/anchors.py)."""

    vault_id: str
    line: int
    hash: str

    @property
    def short(self) -> str:
        """What a PDF shows: `#1234 · 3f9a1c2d0b7e`."""
        return f"#{self.line} · {self.hash[:12]}"

    @property
    def token(self) -> str:
        """The machine-readable form inside a PDF's metadata."""
        return f"pestdossier-auditanker:{self.vault_id}:{self.line}:{self.hash}"

    def as_json(self) -> dict[str, Any]:
        return {"kluis": self.vault_id, "regel": self.line, "hash": self.hash}


@dataclass(frozen=True)
class AuditReport:
    entries_checked: int
    problems: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


#: Told of each entry inside its transaction: (connection, object type, id, details).
RecordHook = Callable[["Connection", str, "int | None", dict[str, Any]], None]


class AuditLog:
    def __init__(self, clock: Clock, actor: str, on_record: RecordHook | None = None) -> None:
        self._clock = clock
        self.actor = actor
        self._on_record = on_record

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
        if self._on_record is not None:
            self._on_record(conn, object_type, object_id, details)
        return digest

    @staticmethod
    def anchor(conn: Connection) -> AuditAnchor:
        """The head of the chain as stored in the rows themselves (not meta's copy)."""
        head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        vault_id = conn.execute("SELECT value FROM meta WHERE key = ?",
                                (VAULT_ID_KEY,)).fetchone()
        line, digest = (int(head[0]), str(head[1])) if head else (0, GENESIS)
        return AuditAnchor(str(vault_id[0]) if vault_id else "", line, digest)

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
        count = 0
        redacted: dict[int, list[Row]] = {}
        destructions: dict[int, str] = {}
        since = _usable_start(conn, since, problems)
        last: tuple[int, str] | None = since
        prev_hash, expected_id = (since[1], since[0] + 1) if since else (GENESIS, 1)
        lowest = expected_id if since else -(1 << 63)  # all, also ids below 1 (reported)
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
            by = redacted_by(details)
            if by is not None:
                redacted.setdefault(by, []).append(
                    (entry_id, at, actor, action, object_type, object_id, stored_prev, digest))
            elif _digest(stored_prev, entry_id, at, actor, action, object_type,
                         object_id, details) != digest:
                problems.append(Message("audit.line_changed", line=entry_id))
            if action in REDACTING_ACTIONS:
                destructions[entry_id] = details
            prev_hash = digest
            expected_id = entry_id + 1
            last = (entry_id, digest)
        problems += _redaction_problems(redacted, destructions)
        head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        if head is not None:
            head_id, _, head_hash = str(head[0]).partition(":")
            if last is None or int(head_id) != last[0] or head_hash != last[1]:
                problems.append(Message("audit.tail_missing"))
        elif last is not None:
            problems.append(Message("audit.head_missing"))
        return AuditReport(entries_checked=count, problems=tuple(problems))


def _usable_start(conn: Connection, since: tuple[int, str] | None,
                  problems: list[Message]) -> tuple[int, str] | None:
    """The (id, hash) to verify from, or None for the whole chain: also when a destruction
    after it redacted earlier lines (they are checked against its digest)."""
    if since is None or since[0] <= 0 or conn.execute(
            "SELECT 1 FROM audit_log WHERE id > ? AND action IN (?, ?) LIMIT 1",
            (since[0], *REDACTING_ACTIONS)).fetchone():
        return None
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (since[0],)).fetchone()
    if row is None or row[0] != since[1]:
        problems.append(Message("audit.chain_broken", line=since[0]))
    return since


def _redaction_problems(redacted: dict[int, list[Row]],
                        destructions: dict[int, str]) -> list[Message]:
    """Each group of redacted lines against the digest its destruction line recorded."""
    problems = []
    for by, rows in sorted(redacted.items()):
        recorded = json.loads(destructions[by]).get("redacted", {}) if by in destructions else {}
        if (not isinstance(recorded, dict) or recorded.get("lines") != len(rows)
                or recorded.get("sha256") != redaction_digest(rows)
                or any(int(r[0]) >= by for r in rows)):
            problems.append(Message("audit.line_changed", line=int(rows[0][0])))
    for by, details in destructions.items():
        recorded = json.loads(details).get("redacted", {})
        if isinstance(recorded, dict) and recorded.get("lines", 0) and by not in redacted:
            problems.append(Message("audit.line_changed", line=by))
    return problems
