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


def count_rows(conn: Connection, schema: str = "main") -> Counts:
    # The schema name is ours ("main" or "backup"), never user input.
    values = [int(conn.execute(f"SELECT count(*) FROM {schema}.{table}").fetchone()[0])
              for table in ("cases", "entries", "evidence_items")]
    return Counts(*values)


@contextlib.contextmanager
def open_backup_db(path: Path, raw_key: bytes) -> Iterator[Connection]:
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(raw_key)
        try:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise BackupVerifyError("backup.damaged") from exc
        yield conn
    finally:
        with contextlib.suppress(DatabaseError):
            conn.close()


def check_backup_db(conn: Connection, expected: Counts | None) -> Counts:
    """Every page's HMAC, the b-trees, the audit chain and (when given) the counts."""
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupVerifyError("backup.verify_failed", detail="cipher_integrity_check")
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise BackupVerifyError("backup.verify_failed", detail="quick_check")
        if not AuditLog.verify(conn).ok:
            raise BackupVerifyError("backup.verify_failed", detail="audit")
        counts = count_rows(conn)
    except DatabaseError as exc:
        raise BackupVerifyError("backup.damaged") from exc
    if expected is not None and counts != expected:
        raise BackupVerifyError("backup.verify_failed", detail="counts")
    return counts
