"""A read-only connection to a backup's database (keyed with its raw data key), and the
checks every backup must pass: pages, b-trees, audit chain, counts."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from app.audit import AuditLog
from app.errors import PestdossierError
from app.vault.connection import Connection, DatabaseError


class BackupVerifyError(PestdossierError):
    default_code = "backup.damaged"


@dataclass(frozen=True)
class Counts:
    cases: int
    entries: int
    evidence: int


@dataclass(frozen=True)
class Checks:
    """How much of a backup's database to check. Restore: everything. A fresh page copy:
    no b-trees (`quick_check`), the pages only when no verified base proved most of them,
    and the audit chain only after `chain_from`, and its head must be `head`;
    docs/security.md says why that stays safe."""

    structure: bool = True
    pages: bool = True      # False: the pages were proven already (app/backup/pages.py)
    chain_from: tuple[int, str] | None = None
    head: tuple[int, str] | None = None


FULL = Checks()


def audit_head(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def count_rows(conn: Connection, schema: str = "main") -> Counts:
    # The schema name is ours ("main" or "backup"), never user input.
    values = [int(conn.execute(f"SELECT count(*) FROM {schema}.{table}").fetchone()[0])
              for table in ("cases", "entries", "evidence_items")]
    return Counts(*values)


@contextlib.contextmanager
def open_backup_db(path: Path, raw_key: bytes, *, writable: bool = False
                   ) -> Iterator[Connection]:
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(raw_key)
        try:
            if writable:  # a rollback journal beside it, not a WAL; zeroes what it deletes
                # The copy's header still says WAL; exclusive locking keeps SQLite from
                # making a -shm (shared memory fails on a network share) until it is gone.
                conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
                # No flush of its own: the writer syncs the finished file once before it
                # renames it, and a file that was never renamed is never trusted.
                conn.execute("PRAGMA synchronous = OFF")
                conn.execute("PRAGMA journal_mode = DELETE").fetchall()
                conn.execute("PRAGMA secure_delete = ON")
            else:
                conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise BackupVerifyError("backup.damaged") from exc
        yield conn
    finally:
        with contextlib.suppress(DatabaseError):
            conn.close()


def check_backup_db(conn: Connection, expected: Counts | None, checks: Checks = FULL) -> Counts:
    """Every page's HMAC, the b-trees, the audit chain and (when given) the counts."""
    try:
        if checks.pages and conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupVerifyError("backup.verify_failed", detail="cipher_integrity_check")
        if checks.structure and conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise BackupVerifyError("backup.verify_failed", detail="quick_check")
        if not AuditLog.verify(conn, checks.chain_from).ok:
            raise BackupVerifyError("backup.verify_failed", detail="audit")
        if checks.head is not None and audit_head(conn) != checks.head:
            raise BackupVerifyError("backup.verify_failed", detail="audit")
        counts = count_rows(conn)
    except DatabaseError as exc:
        raise BackupVerifyError("backup.damaged") from exc
    if expected is not None and counts != expected:
        raise BackupVerifyError("backup.verify_failed", detail="counts")
    return counts
