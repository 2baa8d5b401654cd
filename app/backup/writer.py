"""Writing one backup: an encrypted-to-encrypted snapshot (sqlcipher_export into an
attached database keyed with a fresh data key), verified, then sealed and renamed."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.audit import AuditAnchor, AuditLog
from app.backup import keys
from app.backup.container import FORMAT, SUFFIX, append_header
from app.backup.database import (
    Counts,
    check_backup_db,
    count_rows,
    open_backup_db,
)
from app.errors import PestdossierError
from app.timeutil import to_storage
from app.vault.connection import Connection, DatabaseError

TEMP_SUFFIX = ".deel"
KEY_META_PATTERN = "backup.key.%"  # rows holding key material


class BackupWriteError(PestdossierError):
    default_code = "backup.failed"


@dataclass(frozen=True)
class Slot:
    """A stored key-encryption key: how it was derived and the key itself."""

    kind: str
    spec: keys.KekSpec
    kek: bytes

    def wrap(self, data_key: bytes) -> dict[str, Any]:
        return {"kind": self.kind, **self.spec.as_json(),
                **keys.seal(self.kek, data_key, f"slot:{self.kind}")}


def _os_error(exc: OSError, folder: Path) -> BackupWriteError:
    if exc.errno == errno.ENOSPC:
        return BackupWriteError("backup.disk_full", folder=str(folder))
    if exc.errno == errno.EFBIG:
        return BackupWriteError("backup.too_large", folder=str(folder))
    return BackupWriteError("backup.folder_unwritable", folder=str(folder))


def remove_stale_temps(folder: Path) -> None:
    """A backup killed halfway leaves a hidden `.deel` file; it never looks complete."""
    for temp in folder.glob(f".*{SUFFIX}.*{TEMP_SUFFIX}*"):  # with its -journal
        with contextlib.suppress(OSError):
            temp.unlink()


def _snapshot(conn: Connection, temp: Path, data_key: bytes
              ) -> tuple[Counts, int, AuditAnchor]:
    """Copy the vault as it is at one moment (and the audit head of that moment); the
    window may keep writing meanwhile."""
    conn.execute("ATTACH DATABASE ? AS backup KEY ?",
                 (str(temp), keys.raw_sqlcipher_key(data_key).decode("ascii")))
    try:
        conn.execute("PRAGMA backup.journal_mode = DELETE")
        conn.execute("PRAGMA backup.secure_delete = ON")
        conn.execute("BEGIN")
        try:
            counts = count_rows(conn)
            anchor = AuditLog.anchor(conn)
            schema = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute("DELETE FROM backup.meta WHERE key LIKE ?", (KEY_META_PATTERN,))
            conn.execute(f"PRAGMA backup.user_version = {schema}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(DatabaseError):
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE backup")
    return counts, schema, anchor


def write_backup(conn: Connection, target: Path, slots: list[Slot], *,
                 created_at: datetime) -> tuple[Counts, int]:
    """Write, verify and seal `target`; nothing is left behind when any step fails."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise _os_error(exc, folder) from exc
    temp = Path(name)
    try:
        data_key = keys.new_data_key()
        counts, schema, anchor = _snapshot(conn, temp, data_key)
        with open_backup_db(temp, keys.raw_sqlcipher_key(data_key)) as backup:
            check_backup_db(backup, counts)
        info = {"schema": schema, "cases": counts.cases, "entries": counts.entries,
                "evidence": counts.evidence}
        db_size = temp.stat().st_size
        header = {"format": FORMAT, "created_at": to_storage(created_at), "db_size": db_size,
                  "slots": [slot.wrap(data_key) for slot in slots],
                  # In the clear, so `verify --against` compares without the backup's keys.
                  "audit_anchor": anchor.as_json(),
                  "info": keys.seal(data_key, json.dumps(info).encode(), "info")}
        with temp.open("r+b") as handle:
            append_header(handle, header)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(target)
    except OSError as exc:
        raise _os_error(exc, folder) from exc
    except DatabaseError as exc:
        text = str(exc).lower()
        if "full" in text:
            raise BackupWriteError("backup.disk_full", folder=str(folder)) from exc
        raise BackupWriteError("backup.write_failed", detail=str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return counts, db_size
