"""Writing a file so that a crash or a cancel leaves either the old file or the whole
new one, never half of it: write a hidden temporary file beside the target, flush it
to disk, then rename it over the target (atomic on one filesystem)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import InvalidInputError

TEMP_SUFFIX = ".deel"


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


@contextlib.contextmanager
def pending_file(target: Path | str, *, mode: int | None = None) -> Iterator[PendingFile]:
    """Yield a PendingFile beside `target`. Leaving the block without `commit()` (an
    error, a cancel) removes the temporary file; `mode` sets its permissions first."""
    target = Path(target)
    check_target(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX,
                                dir=target.parent)
    temp = Path(name)
    try:
        if mode is not None:
            temp.chmod(mode)
        with os.fdopen(fd, "w+b") as handle:
            yield PendingFile(handle, temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()  # gone already after a commit


def write_atomically(target: Path | str, data: bytes, *, mode: int | None = None) -> Path:
    with pending_file(target, mode=mode) as pending:
        pending.write(data)
        return pending.commit()
