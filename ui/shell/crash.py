"""Unexpected errors: a calm Dutch dialog and a crash report without any case content.

    install_crash_handler(__version__)   # once, right after the QApplication exists

The report holds only what helps a developer find the bug and nothing a counsellor
typed: the exception's TYPE, the code locations of the traceback (file, line,
function), the app version, the Python and Qt versions and the platform. It never
holds the exception's message, local variables or the text of source lines, because
any of those can carry a name or a case title. Reports go to the user's log folder
(``platformdirs.user_log_dir("Pestdossier")``), are written atomically and readable by
the user only; only the newest ``MAX_REPORTS`` are kept.

The dialog text is Dutch on purpose and not routed through ``tr()``: when the app is
crashing, the translators may be what broke, and the audience is Dutch.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import platform
import sys
import sysconfig
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QThread, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from app.atomic import write_atomically
from app.process_guard import private_folder

APP_NAME = "Pestdossier"
MAX_REPORTS = 20
MAX_FRAMES = 60
MAX_CHAIN = 5
REPORT_PREFIX = "crash-"

DIALOG_TITLE = "Pestdossier: er ging iets mis"
DIALOG_TEXT = (
    "Er ging iets mis in Pestdossier.\n\n"
    "Wat al was opgeslagen, staat veilig in de kluis. Sluit Pestdossier en start het "
    "opnieuw.\n\n"
)
DIALOG_REPORT = (
    "Er is een foutrapport opgeslagen in:\n{path}\n\n"
    "Het rapport bevat geen gegevens uit meldingen, alleen de plaats in de programmacode "
    "waar het misging. U kunt het aan uw ICT-beheerder geven."
)
DIALOG_NO_REPORT = "Er kon geen foutrapport worden opgeslagen."


def default_reports_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


# ----------------------------------------------------------------------- the report
@dataclass(frozen=True)
class Location:
    file: str
    line: int
    function: str

    def __str__(self) -> str:
        return f"  {self.file}:{self.line} in {self.function}"


def _type_name(exc_type: type[BaseException]) -> str:
    module = getattr(exc_type, "__module__", "") or ""
    name = getattr(exc_type, "__qualname__", None) or exc_type.__name__
    return name if module in {"builtins", ""} else f"{module}.{name}"


def _roots() -> list[tuple[Path, str]]:
    """Folders whose prefix is dropped from file names (they may hold a user name)."""
    from app.resources import base_dir  # noqa: PLC0415 - keeps this module cheap to import

    candidates = [(base_dir(), "")]
    for key in ("purelib", "platlib", "stdlib", "platstdlib"):
        with contextlib.suppress(KeyError):
            candidates.append((Path(sysconfig.get_paths()[key]), f"<{key}>/"))
    candidates.append((Path(sys.prefix), "<prefix>/"))
    return sorted(((p.resolve(), tag) for p, tag in candidates),
                  key=lambda item: len(item[0].parts), reverse=True)


def _short_file(filename: str, roots: list[tuple[Path, str]]) -> str:
    if filename.startswith("<"):  # <frozen importlib._bootstrap>, <string>
        return filename
    path = Path(filename)
    with contextlib.suppress(OSError, ValueError):
        path = path.resolve()
    for root, tag in roots:
        if path.is_relative_to(root):
            return tag + path.relative_to(root).as_posix()
    return f"<elders>/{path.name}"


def code_locations(tb: TracebackType | None) -> list[Location]:
    """(file, line, function) per frame, read from the code objects: no source text."""
    roots = _roots()
    locations = []
    for frame, line in traceback.walk_tb(tb):
        code = frame.f_code
        locations.append(Location(_short_file(code.co_filename, roots), int(line or 0),
                                  getattr(code, "co_qualname", code.co_name)))
    if len(locations) > MAX_FRAMES:
        half = MAX_FRAMES // 2
        locations = [*locations[:half], Location("...", 0, "(overgeslagen)"),
                     *locations[-half:]]
    return locations


def _chain(exc_type: type[BaseException], exc: BaseException | None,
           tb: TracebackType | None) -> Iterator[tuple[str, str, list[Location]]]:
    """The exception and the ones that led to it: (how linked, type name, locations)."""
    seen: set[int] = set()
    link = ""
    for _ in range(MAX_CHAIN):
        yield link, _type_name(exc_type), code_locations(tb)
        if exc is None:
            return
        seen.add(id(exc))
        if exc.__cause__ is not None:
            nxt, link = exc.__cause__, "veroorzaakt door (raise ... from)"
        elif exc.__context__ is not None and not exc.__suppress_context__:
            nxt, link = exc.__context__, "tijdens het afhandelen van"
        else:
            return
        if id(nxt) in seen:
            return
        exc, exc_type, tb = nxt, type(nxt), nxt.__traceback__


def _qt_versions() -> str:
    import PySide6  # noqa: PLC0415

    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


def format_report(exc_type: type[BaseException], exc: BaseException | None,
                  tb: TracebackType | None, *, app_version: str,
                  in_thread: str | None = None) -> str:
    """The report's text. Reads no exception message, no locals, no source lines."""
    chain = list(_chain(exc_type, exc, tb))
    signature = "|".join(f"{name}@{loc.file}:{loc.line}" for _, name, locs in chain
                         for loc in locs)
    lines = [
        f"{APP_NAME}: foutrapport",
        "Dit rapport bevat geen gegevens uit meldingen: alleen het soort fout en de "
        "plaatsen in de programmacode.",
        "",
        f"tijd (UTC):  {datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S')}",
        f"versie:      {APP_NAME} {app_version}",
        f"python:      {platform.python_version()} ({platform.python_implementation()})",
        f"qt:          {_qt_versions()}",
        f"platform:    {platform.platform()} ({platform.machine()})",
        f"bundel:      {'ja' if getattr(sys, 'frozen', False) else 'nee'}",
        f"thread:      {'achtergrond' if in_thread else 'hoofdthread'}",
        f"kenmerk:     {hashlib.sha256(signature.encode()).hexdigest()[:12]}",
    ]
    for link, name, locations in chain:
        lines.append("")
        if link:
            lines.append(f"{link}:")
        lines.append(f"fout: {name}")
        lines.append("codeplaatsen (laatste aanroep onderaan):")
        lines.extend(str(location) for location in locations)
    return "\n".join(lines) + "\n"


def write_report(text: str, reports_dir: Path) -> Path:
    """Write atomically (temp file, then rename) and keep only the newest reports."""
    private_folder(reports_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = reports_dir / f"{REPORT_PREFIX}{stamp}-{os.getpid()}.txt"
    counter = 1
    while target.exists():
        counter += 1
        target = reports_dir / f"{REPORT_PREFIX}{stamp}-{os.getpid()}-{counter}.txt"
    write_atomically(target, text.encode("utf-8"), mode=0o600)
    _prune(reports_dir)
    return target


def _prune(reports_dir: Path) -> None:
    reports = sorted(reports_dir.glob(f"{REPORT_PREFIX}*.txt"), key=lambda p: p.stat().st_mtime)
    for old in reports[:-MAX_REPORTS]:
        old.unlink(missing_ok=True)


# ----------------------------------------------------------------------- the hooks
def _stderr(line: str) -> None:
    stream = sys.stderr
    if stream is not None:  # None in a windowed Windows bundle
        with contextlib.suppress(Exception):
            stream.write(line + "\n")
            stream.flush()


class CrashHandler:
    """`sys.excepthook` and `threading.excepthook` in one object."""

    def __init__(self, app_version: str, reports_dir: Path) -> None:
        self.app_version = app_version
        self.reports_dir = reports_dir
        self.last_report: Path | None = None
        self._dialog_open = False
        self._lock = threading.Lock()

    def __call__(self, exc_type: type[BaseException], exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.handle(exc_type, exc, tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        thread_name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, in_thread=thread_name)

    def handle(self, exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None, *, in_thread: str | None = None) -> Path | None:
        if issubclass(exc_type, KeyboardInterrupt):
            _stderr(f"{APP_NAME}: afgebroken.")
            return None
        report: Path | None = None
        try:
            with self._lock:
                text = format_report(exc_type, exc, tb, app_version=self.app_version,
                                     in_thread=in_thread)
                report = write_report(text, self.reports_dir)
                self.last_report = report
        except Exception as failure:  # the hook itself must never raise
            _stderr(f"{APP_NAME}: foutrapport niet opgeslagen ({type(failure).__name__}).")
        _stderr(f"{APP_NAME}: onverwachte fout ({exc_type.__name__})"
                + (f"; foutrapport: {report}" if report else "."))
        self._show_dialog(report)
        return report

    def _show_dialog(self, report: Path | None) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if QThread.currentThread() is app.thread():
            self._dialog(report)
        else:  # a worker thread: show it from the GUI thread's event loop
            QTimer.singleShot(0, app, lambda: self._dialog(report))

    def _dialog(self, report: Path | None) -> None:
        if self._dialog_open:  # a second error while the first dialog is up
            return
        self._dialog_open = True
        try:
            detail = DIALOG_REPORT.format(path=report) if report else DIALOG_NO_REPORT
            QMessageBox.critical(None, DIALOG_TITLE, DIALOG_TEXT + detail)
        except Exception as failure:
            _stderr(f"{APP_NAME}: foutmelding niet getoond ({type(failure).__name__}).")
        finally:
            self._dialog_open = False


def install_crash_handler(app_version: str, reports_dir: Path | None = None) -> CrashHandler:
    """Route uncaught exceptions (main thread and other threads) to a CrashHandler."""
    handler = CrashHandler(app_version, reports_dir or default_reports_dir())
    sys.excepthook = handler
    threading.excepthook = handler.thread_hook
    return handler
