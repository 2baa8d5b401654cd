"""Bringing a vault's schema up to date, in one transaction, with a backup first."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.errors import NewerVaultError, NotAVaultError
from app.vault import migrations
from app.vault.connection import Connection

APP_MARKER = "pestdossier"


def user_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_is_ours(conn: Connection, version: int) -> None:
    if version < 1:  # 0: a fresh SQLCipher file; below 0 was never written by us
        raise NotAVaultError()
    if version > migrations.LATEST_VERSION:
        raise NewerVaultError()
    row = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
    if not row or row[0] != APP_MARKER:
        raise NotAVaultError()


def migrate(conn: Connection, from_version: int, *, backup_of: Path | None = None) -> int:
    """Apply every migration newer than `from_version`; all or nothing."""
    pending = [m for m in migrations.MIGRATIONS if from_version < m.VERSION]
    if not pending:
        return from_version
    if backup_of is not None:
        # The backup is the encrypted file as it was: safe to keep beside the vault.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backup = backup_of.with_name(f"{backup_of.name}.v{from_version}.bak")
        shutil.copy2(backup_of, backup)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for migration in pending:
            migration.apply(conn)
        # PRAGMA takes no bound parameters; the value is our own integer.
        conn.execute(f"PRAGMA user_version = {int(pending[-1].VERSION)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return pending[-1].VERSION
