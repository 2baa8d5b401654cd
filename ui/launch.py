"""The `pestdossier` command: checks the system before Qt is imported, then starts the app.

Nothing here imports Qt, so a missing ``libGL.so.1`` or display gives one Dutch line
(stderr, the log folder, and a dialog when a display exists) instead of a traceback or an
abort. `pestdossier --self-test` names the same problem and exits 1.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from app import __version__
from ui import preflight
from ui.child_env import restore_system_environment

LOG_NAME = "start.log"
LOG_LIMIT = 64 * 1024
#: Dialog programs found on Linux desktops, in order of preference.
DIALOG_COMMANDS = (("zenity", "--error", "--no-wrap", "--title=Pestdossier", "--text"),
                   ("kdialog", "--title", "Pestdossier", "--error"),
                   ("xmessage", "-center"))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("Pestdossier", appauthor=False))


def write_log(lines: Sequence[str], folder: Path | None = None) -> Path | None:
    """Appends the lines with a time stamp; a log that grew too big starts again."""
    path = (folder or log_dir()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > LOG_LIMIT:
            path.unlink()
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as log:
            log.writelines(f"{stamp} Pestdossier {__version__}: {line}\n" for line in lines)
    except OSError:
        return None
    return path


def show_dialog(text: str) -> bool:
    """A plain dialog from the desktop's own tools; Qt cannot show one now."""
    for command in DIALOG_COMMANDS:
        program = shutil.which(command[0])
        if program is not None:
            with contextlib.suppress(OSError):
                subprocess.Popen([program, *command[1:], text],  # noqa: S603 - fixed programs
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                return True
    return False


def report_problems(lines: Sequence[str], self_test: bool, has_display: bool) -> None:
    for line in lines:
        print(line, file=sys.stderr)
    if self_test:
        print(f"Pestdossier {__version__} zelftest ({sys.platform})")
        for line in lines:
            print(f"PROBLEEM {line}")
        print(f"ZELFTEST MISLUKT: {len(lines)} probleem/problemen")
    write_log(lines)
    if has_display and not self_test:
        show_dialog("\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    restore_system_environment()
    self_test = "--self-test" in argv[1:]
    asks_only = not self_test and bool({"--version", "-h", "--help"} & set(argv[1:]))
    found = [] if asks_only else preflight.problems()
    if found:
        has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        report_problems(found, self_test, has_display)
        return 1
    if self_test:
        from ui.shell.selftest_qt import main_selftest  # noqa: PLC0415 - imports Qt

        return main_selftest(argv)
    from ui.main import main as start_app  # noqa: PLC0415 - imports Qt, after the checks

    return start_app(argv)


if __name__ == "__main__":
    sys.exit(main())
