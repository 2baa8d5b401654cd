"""A byte copy of the vault's encrypted pages, taken while the file stands still.

In WAL mode the main file changes only when a checkpoint copies WAL frames into it, and a
checkpoint copies nothing while a reader reads the file alone (WAL read mark 0). A reader
gets mark 0 when every committed frame is already in the file. So: checkpoint (passive,
nobody waits), start a read transaction, and check with `data_version` that no commit
slipped in between. When commits keep slipping in, take the write lock for the copy and
checkpoint through a second connection. See docs/security.md, "Backups".
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import itertools
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from app.errors import PestdossierError
from app.vault import connection as db

OPTIMISTIC_TRIES = 20
CHECKPOINT_WAIT_SECONDS = 10.0
CHUNK = 8 << 20
SYNC_FILE_RANGE_WRITE = 2  # start writing out, do not wait
SALT_BYTES = 16
PAGE_KEY_BYTES = 32

# One read-only descriptor per vault file, closed only when the process's last connection
# to it closes: closing any descriptor of a file drops this process's POSIX locks on it,
# SQLite's included (lockfile.py keeps its own for the same reason).
_FDS: dict[Path, tuple[int, int]] = {}  # path -> (fd, session number)
_FDS_GUARD = threading.Lock()
_SESSIONS = itertools.count(1)
_SEEK_GUARD = threading.Lock()  # where there is no pread (Windows)


class SnapshotBusyError(PestdossierError):
    default_code = "backup.vault_busy"


def _shared(path: Path) -> tuple[int, int]:
    key = path.resolve()
    with _FDS_GUARD:
        entry = _FDS.get(key)
        if entry is None:
            entry = (os.open(key, os.O_RDONLY | getattr(os, "O_BINARY", 0)), next(_SESSIONS))
            _FDS[key] = entry
        return entry


def shared_fd(path: Path) -> int:
    return _shared(path)[0]


def session(path: Path) -> int:
    """A number for this process's current stretch of connections to `path`: a new one
    after the last connection closed (another process may have written the file since)."""
    return _shared(path)[1]


def release_fd(path: Path) -> None:
    """The last connection of this process to `path` has closed."""
    with _FDS_GUARD:
        entry = _FDS.pop(path.resolve(), None)
    if entry is not None:
        with contextlib.suppress(OSError):
            os.close(entry[0])


def _read_at(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    with _SEEK_GUARD:
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, size)


def derive_page_key(path: Path, conn: db.Connection, key: bytes) -> bytes:
    """SQLCipher's raw page key: PBKDF2-HMAC-SHA512 of the key material with the file's
    salt (its first 16 bytes) and the vault's iteration count."""
    salt = _read_at(shared_fd(path), SALT_BYTES, 0)
    return page_key_from(key, salt, int(conn.execute("PRAGMA kdf_iter").fetchone()[0]))


def page_key_from(key: bytes, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, salt, iterations, PAGE_KEY_BYTES)


def raw_key(page_key: bytes) -> bytes:
    return f"x'{page_key.hex()}'".encode("ascii")


@dataclass(frozen=True)
class FrozenFile:
    """The vault's main file during a read transaction in which it cannot change."""

    fd: int
    size: int

    def read(self, size: int, offset: int) -> bytes:
        return _read_at(self.fd, size, offset)

    def copy_to(self, target: BinaryIO, progress: Callable[[int], None] | None = None) -> None:
        target.flush()
        out = target.fileno()
        offset = 0
        while offset < self.size:
            wanted = min(CHUNK, self.size - offset)
            done = _copy_chunk(self.fd, out, wanted, offset)
            if done <= 0:
                raise OSError("the vault file is shorter than its pages")
            _start_writeback(out, offset, done)
            offset += done
            if progress is not None:
                progress(offset)


def _start_writeback(fd: int, offset: int, size: int) -> None:
    """Have the kernel start writing these bytes to disk now, without waiting: the copy
    goes on meanwhile, and the fsync that seals it finds little left (Linux only)."""
    call = _sync_file_range()
    if call is not None:
        call(fd, offset, size, SYNC_FILE_RANGE_WRITE)  # a hint: a failure changes nothing


@functools.cache
def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if sys.platform != "linux":
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    function.restype = ctypes.c_int
    return cast(Callable[[int, int, int, int], int], function)


def _copy_chunk(source: int, target: int, size: int, offset: int) -> int:
    # In the kernel where it can (as shutil.copyfile does); not copy_file_range, which may
    # share the disk blocks with the vault (reflink) instead of copying them.
    if sys.platform == "linux":
        with contextlib.suppress(OSError):  # not for this file system: read and write
            return os.sendfile(target, source, offset, size)
    data = _read_at(source, size, offset)
    os.write(target, data)
    return len(data)


def _data_version(conn: db.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def _all_checkpointed(conn: db.Connection) -> bool:
    busy, log, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return not busy and log == done


def _try_freeze(conn: db.Connection) -> bool:
    before = _data_version(conn)
    if not _all_checkpointed(conn):
        return False
    conn.execute("BEGIN")
    if _data_version(conn) == before:  # starts the read: mark 0, every frame in the file
        return True
    conn.execute("ROLLBACK")
    return False


def _freeze_with_write_lock(conn: db.Connection, path: Path, page_key: bytes) -> None:
    """No commit can happen now; a second connection moves the last frames into the file."""
    conn.execute("BEGIN IMMEDIATE")
    helper = db.connect(path, raw_key(page_key), prepare=False)
    try:
        deadline = time.monotonic() + CHECKPOINT_WAIT_SECONDS
        while not _all_checkpointed(helper):
            if time.monotonic() > deadline:
                raise SnapshotBusyError()
            time.sleep(0.005)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        db.close_quietly(helper)


@contextlib.contextmanager
def frozen(conn: db.Connection, path: Path, page_key: bytes) -> Iterator[FrozenFile]:
    """Inside: `conn` is in a read transaction and the main file does not change."""
    for attempt in range(OPTIMISTIC_TRIES):
        if _try_freeze(conn):
            break
        time.sleep(0.002 * attempt)
    else:
        _freeze_with_write_lock(conn, path, page_key)
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        yield FrozenFile(shared_fd(path), pages * page_size)
    finally:
        with contextlib.suppress(db.DatabaseError):
            conn.execute("ROLLBACK")
