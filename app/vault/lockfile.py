"""One process at a time per vault file, whatever name it is opened by.

Two OS locks, both dropped by the OS when the holder dies, so a vault left behind by a
killed process opens again without help:
- a lock on the vault file itself (flock on POSIX, LockFileEx on one byte far past the
  end on Windows, so SQLite's own byte locks are untouched): it follows the file's
  identity, so a hard link or a symlink to an open vault is refused as well;
- the `.lock` file beside the vault (`filelock`), as before, so an older version of the
  app that only knows that one also sees the vault as taken.
The lock file holds no case data.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from filelock import FileLock, Timeout

from app.errors import VaultError, VaultInUseError

# Far beyond any real vault and beyond SQLite's lock bytes at 1 GiB.
_WINDOWS_LOCK_OFFSET = 2**40


def lock_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


def _check_lock_file(path: Path) -> None:
    """A `.lock` that is a folder, a symlink or a device is not ours to open."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise VaultError("vault.lock_file_unusable", path=str(path))


def _lock_identity(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl  # noqa: PLC0415

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class VaultLock:
    def __init__(self, vault_path: Path) -> None:
        self._vault_path = vault_path
        self._lock_path = lock_path_for(vault_path)
        # Not thread-local: a vault opened on a worker thread is closed by the GUI thread.
        self._lock = FileLock(str(self._lock_path), timeout=0, is_singleton=False,
                              thread_local=False)
        self._identity_fd: int | None = None

    def acquire(self) -> None:
        _check_lock_file(self._lock_path)
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise VaultInUseError() from exc
        except OSError as exc:
            raise VaultError("vault.lock_file_unusable", path=str(self._lock_path)) from exc
        try:
            self._acquire_identity()
        except BaseException:
            self._lock.release(force=True)
            raise

    def _acquire_identity(self) -> None:
        if not self._vault_path.exists():
            return  # a vault being created: nobody else can have it open yet
        fd = os.open(self._vault_path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            _lock_identity(fd)
        except OSError as exc:
            os.close(fd)
            raise VaultInUseError() from exc
        self._identity_fd = fd

    def hold_identity(self) -> None:
        """After creating the file: take the identity lock too."""
        if self._identity_fd is None:
            self._acquire_identity()

    def release(self) -> None:
        # The fd is closed only after SQLite closed its connections: closing any fd of a
        # file drops that process's POSIX locks on it, SQLite's included.
        if self._identity_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._identity_fd)
            self._identity_fd = None
        if self._lock.is_locked:
            # Remove the `.lock` while still holding it, so no 0-byte file stays beside the
            # vault after a command. A process that opened the old file in this instant
            # locks a file nobody else sees; the lock on the vault file itself still
            # keeps it out, which is why removing is safe here.
            with contextlib.suppress(OSError):
                self._lock_path.unlink()
            self._lock.release(force=True)
