"""Writing one backup: a byte copy of the vault's encrypted pages taken while the file
stands still (app/vault/snapshot.py), cleaned of the vault's backup keys, verified, then
sealed and renamed. Its data key is the vault's page key (docs/security.md, "Backups").
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.audit import AuditAnchor, AuditLog
from app.backup import keys, pages
from app.backup.container import FORMAT, SUFFIX, append_header
from app.backup.database import (
    BackupVerifyError,
    Checks,
    Counts,
    audit_head,
    check_backup_db,
    count_rows,
    open_backup_db,
)
from app.errors import PestdossierError
from app.timeutil import to_storage
from app.vault import Vault, snapshot
from app.vault.connection import Connection, DatabaseError
from app.vault.pagecheck import SALT_SIZE

TEMP_SUFFIX = ".deel"
KEY_META_PATTERN = "backup.key.%"  # rows holding key material

# The audit line up to which a backup of this process verified the chain, per vault and
# stretch of open connections (snapshot.session): the next backup checks only what follows.
_VERIFIED: dict[tuple[Path, int], tuple[int, str]] = {}
_VERIFIED_GUARD = threading.Lock()


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


@dataclass(frozen=True)
class _Snapshot:
    counts: Counts
    schema: int
    head: tuple[int, str] | None
    session: int
    anchor: AuditAnchor     # the audit head of that moment, for `verify --against`


def _copy_pages(vault: Vault, temp: Path) -> _Snapshot:
    """Copy the vault as it is at one moment; the window may keep writing meanwhile."""
    with vault.frozen_file() as frozen, temp.open("r+b") as handle:
        conn = vault.conn
        taken = _Snapshot(count_rows(conn), int(conn.execute("PRAGMA user_version").fetchone()[0]),
                          audit_head(conn), snapshot.session(vault.path), AuditLog.anchor(conn))
        frozen.copy_to(handle)
    return taken


def _clean(backup: Connection) -> None:
    """The vault's own backup keys stay out of the copy; the session stamp is reset."""
    backup.execute("BEGIN IMMEDIATE")
    backup.execute("DELETE FROM meta WHERE key LIKE ?", (KEY_META_PATTERN,))
    backup.execute("PRAGMA application_id = 0")
    backup.execute("COMMIT")


def _check_pages(temp: Path, data_key: bytes, page_size: int,
                 bases: Iterable[Path]) -> pages.PageReport | None:
    """The pages proven against a verified base; None when there is none (full check)."""
    base = pages.find_base(bases, data_key)
    if base is None:
        return None
    with temp.open("rb") as handle:
        salt = handle.read(SALT_SIZE)
    report = pages.check_pages(temp, page_size, pages.hmac_key(data_key, salt), base)
    if not report.ok:
        raise BackupVerifyError("backup.verify_failed", detail="pages")
    return report


def _verify(backup: Connection, vault_path: Path, taken: _Snapshot, *,
            pages_proven: bool) -> None:
    key = (vault_path.resolve(), taken.session)
    with _VERIFIED_GUARD:
        since = _VERIFIED.get(key)
    if since is not None:
        row = backup.execute("SELECT hash FROM audit_log WHERE id = ?", (since[0],)).fetchone()
        if row is None or row[0] != since[1]:
            since = None  # not the chain verified before: check all of it
    check_backup_db(backup, taken.counts, Checks(structure=False, pages=not pages_proven,
                                                 chain_from=since, head=taken.head))
    if taken.head is not None:
        with _VERIFIED_GUARD:
            _VERIFIED[key] = taken.head


def write_backup(vault: Vault, target: Path, slots: list[Slot], *, created_at: datetime,
                 bases: Iterable[Path] = ()) -> tuple[Counts, int]:
    """Write, verify and seal `target`; nothing is left behind when any step fails.
    `bases`: earlier backups, newest first; the first verified one under the same key
    spares the HMAC of every page that is still the same (app/backup/pages.py)."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise _os_error(exc, folder) from exc
    temp = Path(name)
    try:
        data_key = vault.page_key()
        taken = _copy_pages(vault, temp)
        raw = keys.raw_sqlcipher_key(data_key)
        with open_backup_db(temp, raw, writable=True) as backup:
            _clean(backup)
            page_size = int(backup.execute("PRAGMA page_size").fetchone()[0])
        proven = _check_pages(temp, data_key, page_size, bases)
        with open_backup_db(temp, raw) as backup:
            _verify(backup, vault.path, taken, pages_proven=proven is not None)
        info = {"schema": taken.schema, "cases": taken.counts.cases,
                "entries": taken.counts.entries, "evidence": taken.counts.evidence,
                "pages": None if proven is None else proven.as_json()}
        db_size = temp.stat().st_size
        header = {"format": FORMAT, "copy": "pages", "created_at": to_storage(created_at),
                  "db_size": db_size, "slots": [slot.wrap(data_key) for slot in slots],
                  # In the clear, so `verify --against` compares without the backup's keys.
                  "audit_anchor": taken.anchor.as_json(),
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
        for leftover in (temp, *(Path(f"{temp}{side}") for side in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return taken.counts, db_size
