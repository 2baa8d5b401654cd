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
from typing import Any, BinaryIO

from app.audit import AuditAnchor, AuditLog
from app.backup import keys, pages
from app.backup.container import FORMAT, SUFFIX, Container, append_header
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


class _BackgroundCopy:
    """The page copy on its own thread (the kernel copies; Python's lock is free), so the
    pages can be compared with the base as they land instead of read again afterwards."""

    def __init__(self, frozen: snapshot.FrozenFile, handle: BinaryIO) -> None:
        self._landed = 0
        self._finished = False
        self._error: BaseException | None = None
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, args=(frozen, handle),
                                        name="backup-copy", daemon=True)
        self._thread.start()

    def _run(self, frozen: snapshot.FrozenFile, handle: BinaryIO) -> None:
        try:
            frozen.copy_to(handle, self._advance)
        except BaseException as exc:  # handed to whoever waits or joins
            self._error = exc
        finally:
            with self._changed:
                self._finished = True
                self._changed.notify_all()

    def _advance(self, offset: int) -> None:
        with self._changed:
            self._landed = offset
            self._changed.notify_all()

    def wait(self, offset: int) -> None:
        """Until the bytes before `offset` are in the copy (or the copy ended)."""
        with self._changed:
            self._changed.wait_for(lambda: self._landed >= offset or self._finished)
        if self._error is not None:
            raise self._error

    def join(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def _copy_pages(vault: Vault, temp: Path, data_key: bytes, base: Container | None
                ) -> tuple[_Snapshot, pages.PageReport | None]:
    """Copy the vault as it is at one moment; the window may keep writing meanwhile.
    With a verified `base`, the copy's pages are proven against it while they land."""
    with vault.frozen_file() as frozen, temp.open("r+b") as handle:
        copy = _BackgroundCopy(frozen, handle)
        try:
            conn = vault.conn
            taken = _Snapshot(count_rows(conn),
                              int(conn.execute("PRAGMA user_version").fetchone()[0]),
                              audit_head(conn), snapshot.session(vault.path),
                              AuditLog.anchor(conn))
            report = None
            if base is not None:
                page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
                key = pages.hmac_key(data_key, frozen.read(SALT_SIZE, 0))
                report = pages.check_pages(temp, page_size, key, base, size=frozen.size,
                                           wait=copy.wait)
        finally:
            copy.join()
    if report is not None and not report.ok:
        raise BackupVerifyError("backup.verify_failed", detail="pages")
    return taken, report


def _clean(backup: Connection) -> bool:
    """The vault's own backup keys stay out of the copy; the session stamp is reset.
    True when that freed pages (then the page proof no longer covers every page)."""
    before = _page_accounts(backup)
    backup.execute("BEGIN IMMEDIATE")
    backup.execute("DELETE FROM meta WHERE key LIKE ?", (KEY_META_PATTERN,))
    backup.execute("PRAGMA application_id = 0")
    backup.execute("COMMIT")
    return _page_accounts(backup) != before


def _page_accounts(conn: Connection) -> tuple[int, int]:
    return (int(conn.execute("PRAGMA page_count").fetchone()[0]),
            int(conn.execute("PRAGMA freelist_count").fetchone()[0]))


def _verify(backup: Connection, vault_path: Path, taken: _Snapshot, *,
            pages_proven: bool) -> None:
    key = (vault_path.resolve(), taken.session)
    with _VERIFIED_GUARD:
        since = _VERIFIED.get(key)
    if since is not None:
        row = backup.execute("SELECT hash FROM audit_log WHERE id = ?", (since[0],)).fetchone()
        if row is None or row[0] != since[1]:
            since = None  # not the chain verified before: check all of it
    if pages_proven and backup.execute("PRAGMA quick_check(meta)").fetchall() != [("ok",)]:
        # The pages the cleaning rewrote, read (and so authenticated) once more.
        raise BackupVerifyError("backup.verify_failed", detail="meta")
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
        taken, proven = _copy_pages(vault, temp, data_key, pages.find_base(bases, data_key))
        raw = keys.raw_sqlcipher_key(data_key)
        with open_backup_db(temp, raw, writable=True) as backup:
            if _clean(backup):
                proven = None  # pages were freed: every page's HMAC is checked instead
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
