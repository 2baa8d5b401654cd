"""Writing a file so that a crash or a cancel leaves either the old file or the whole
new one, never half of it: write a hidden temporary file beside the target, flush it
to disk, then rename it over the target (atomic on one filesystem).

The temporary file gets a random name, is created with O_EXCL and O_NOFOLLOW (a planted
file or symlink under that name is never written through) and mode 0600, and is removed
on any failure. A `journal` (the open vault) remembers it while it exists, so the next
start removes what a killed export left behind. Every file written here ends up 0600."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from app.errors import InvalidInputError, PestdossierError

# "No space left" and "quota exceeded": the folder is full, the vault is not.
_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
TEMP_SUFFIX = ".deel"
PRIVATE_MODE = 0o600
_CREATE_FLAGS = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_BINARY", 0))


class PendingJournal(Protocol):
    """Remembers temporary files durably while they exist (the vault does)."""

    def pending_started(self, temp: Path) -> None: ...

    def pending_ended(self, temp: Path) -> None: ...


def is_temp_name(path: Path) -> bool:
    """Whether a name is one of ours: `.<target>.<random>.deel`."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


class PendingFile:
    """A temporary file that becomes `target` on `commit()`; otherwise it disappears."""

    def __init__(self, handle: BinaryIO, temp: Path, target: Path) -> None:
        self.handle = handle
        self.temp = temp
        self.target = target
        self.committed = False

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def sync(self) -> int:
        """Flush to disk; returns the size written so far."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        return self.handle.tell()

    def commit(self) -> Path:
        self.sync()
        self.temp.replace(self.target)
        self.committed = True
        return self.target


def check_target(target: Path) -> None:
    if target.is_dir():
        raise InvalidInputError("file.is_a_folder", path=str(target))
    if not target.parent.is_dir():
        raise InvalidInputError("file.folder_missing", folder=str(target.parent))


def _create_temp(target: Path, mode: int,
                 journal: PendingJournal | None) -> tuple[int, Path]:
    for _attempt in range(20):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")
        if journal is not None:   # remembered before it exists: a kill in between leaves
            journal.pending_started(temp)   # a record of nothing, never an unknown file
        try:
            fd = os.open(temp, _CREATE_FLAGS, mode)
        except OSError as exc:
            if journal is not None:
                journal.pending_ended(temp)
            if isinstance(exc, FileExistsError):
                continue
            raise
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)  # whatever the umask
        return fd, temp
    raise FileExistsError(str(target))


@contextlib.contextmanager
def pending_file(target: Path | str, *, mode: int | None = None,
                 journal: PendingJournal | None = None) -> Iterator[PendingFile]:
    """Yield a PendingFile beside `target`. Leaving the block without `commit()` (an
    error, a cancel) removes the temporary file; `mode` (default 0600) is set first."""
    target = Path(target)
    check_target(target)
    fd, temp = _create_temp(target, PRIVATE_MODE if mode is None else mode, journal)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield PendingFile(handle, temp, target)
    except OSError as exc:
        if exc.errno in _FULL:   # one clear line instead of "onverwachte fout (OSError)"
            raise PestdossierError("file.disk_full", folder=str(target.parent)) from exc
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()  # gone already after a commit
        if journal is not None:
            with contextlib.suppress(Exception):
                journal.pending_ended(temp)


def write_atomically(target: Path | str, data: bytes, *, mode: int | None = None,
                     journal: PendingJournal | None = None) -> Path:
    with pending_file(target, mode=mode, journal=journal) as pending:
        pending.write(data)
        return pending.commit()
