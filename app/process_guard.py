"""Keep case data out of places the vault does not protect: core dumps and open folders.

A core dump (an external SIGABRT, a crash in a C library) writes the whole process
memory to disk: the password, the key, names and entries, unencrypted. Both entry points
(GUI and CLI) call `disable_core_dumps()` first. On Linux that is RLIMIT_CORE 0 plus
PR_SET_DUMPABLE 0 (which also stops systemd-coredump and other users' debuggers); on
macOS RLIMIT_CORE 0. Windows writes no core files by itself; Windows Error Reporting
may keep a minidump, which only a machine policy can switch off (docs/security.md).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from pathlib import Path

_PR_SET_DUMPABLE = 4
PRIVATE_FOLDER_MODE = 0o700


def disable_core_dumps() -> list[str]:
    """Switch core dumps off for this process; returns what was switched off."""
    done: list[str] = []
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("RLIMIT_CORE")
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("PR_SET_DUMPABLE")
    return done


def private_folder(path: Path) -> Path:
    """Create `path` (and parents) if needed and make it 0700: only this user may look in.

    Settings hold the last vault's path and crash reports hold a traceback; neither is
    case text, but nobody else on the machine needs to read them.
    """
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if os.name == "posix":
        path.chmod(PRIVATE_FOLDER_MODE)   # mkdir's mode is masked and skips existing folders
    return path
