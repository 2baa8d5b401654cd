"""One process at a time per vault.

An OS file lock (flock/LockFileEx via `filelock`) beside the vault: the OS drops it when
the holder dies, so a vault left behind by a killed process opens again without help.
The lock file holds no case data.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from app.errors import VaultInUseError


def lock_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


class VaultLock:
    def __init__(self, vault_path: Path) -> None:
        # Not thread-local: a vault opened on a worker thread is closed by the GUI thread.
        self._lock = FileLock(str(lock_path_for(vault_path)), timeout=0, is_singleton=False,
                              thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise VaultInUseError() from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
