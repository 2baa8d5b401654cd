"""`pestdossier --self-test`: the core self-test (app/selftest.py) plus what needs Qt.

    from ui.shell.selftest_qt import main_selftest
    sys.exit(main_selftest(sys.argv))

It first measures how long the app takes to show its unlock screen (a marker line
``STARTUP unlock-screen <seconds>`` that `build_installer.py smoke` times from
outside), then checks the Qt plugins (platforms, image formats), the translations as
Qt loads them and the icons, and then runs the core self-test with a throwaway vault.
Everything happens in a temporary folder with its own settings: the user's settings
and data folder are never read or written. Prints one line per check and exits 0
when all is well, 1 when something is missing (each problem named).

``--self-test-report FILE`` also writes the lines to FILE (a windowed Windows program
has no stdout).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtGui import QIcon, QImage, QImageReader
from PySide6.QtWidgets import QApplication

from app import __version__
from app.resources import is_frozen, resource_path
from app.selftest import SelftestReport, collect

STARTUP_MARKER = "STARTUP unlock-screen"
UNLOCK_TARGET_SECONDS = 2.0
#: Platform plugins the bundle must carry, per OS (offscreen: headless runs and tests).
REQUIRED_PLATFORMS = {"linux": ("xcb", "offscreen"), "win32": ("windows", "offscreen"),
                      "darwin": ("cocoa", "offscreen")}
REQUIRED_IMAGE_FORMATS = ("png", "jpeg", "webp")
OPTIONAL_IMAGE_FORMATS = ("heic", "heif", "avif", "tiff", "gif")

_imported_at = time.perf_counter()


def _process_age() -> float:
    """Seconds since this process started (Linux: from /proc; else since import)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        started_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _imported_at


class _Output:
    def __init__(self, report_file: Path | None) -> None:
        self.lines: list[str] = []
        self.report_file = report_file

    def emit(self, line: str) -> None:
        self.lines.append(line)
        stream = sys.stdout
        if stream is not None:  # None in a windowed Windows program
            with contextlib.suppress(OSError, ValueError):
                stream.write(line + "\n")
                stream.flush()

    def save(self) -> None:
        if self.report_file is not None:
            self.report_file.write_text("\n".join(self.lines) + "\n", encoding="utf-8")


@contextlib.contextmanager
def _isolated(folder: Path) -> Iterator[None]:
    """Settings and data folders of this process point into `folder` meanwhile."""
    names = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    formats = (QSettings.Format.IniFormat, QSettings.Format.NativeFormat)
    for name in names:
        (folder / name.lower()).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(folder / name.lower())
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder / "xdg_config_home"))
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        # Qt's defaults: %APPDATA% on Windows, else $XDG_CONFIG_HOME or ~/.config
        config = (os.environ.get("APPDATA", "") if sys.platform == "win32"
                  else saved["XDG_CONFIG_HOME"] or str(Path.home() / ".config"))
        for fmt in formats:
            QSettings.setPath(fmt, QSettings.Scope.UserScope, config)


# ----------------------------------------------------------------- start-up
def _application(argv: Sequence[str], report: SelftestReport) -> QApplication:
    existing = QApplication.instance()
    try:
        from ui.main import create_app  # noqa: PLC0415 - the real start-up path, timed

        return create_app(list(argv))
    except Exception as exc:
        report.problems.append(f"programma starten (ui.main.create_app): "
                               f"{type(exc).__name__}: {exc}")
    return existing if isinstance(existing, QApplication) else QApplication(list(argv))


def check_unlock_screen(app: QApplication, folder: Path, out: _Output,
                        report: SelftestReport) -> None:
    """Open the main window on an unlock screen, as after a normal start; time it."""
    try:
        from ui.shell import settings  # noqa: PLC0415
        from ui.shell.main_window import MainWindow  # noqa: PLC0415

        settings.remember_vault_path(folder / "zelftest.pestdossier")
        window = MainWindow()
        window.start()
        window.show()
        deadline = time.perf_counter() + 10
        while not window.unlock_screen.isVisible() and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()
    except Exception as exc:
        report.problems.append(f"hoofdvenster: {type(exc).__name__}: {exc}")
        return
    try:
        if not window.unlock_screen.isVisible():
            report.problems.append("hoofdvenster: het ontgrendelscherm verscheen niet")
            return
        seconds = _process_age()
        out.emit(f"{STARTUP_MARKER} {seconds:.3f}")
        line = f"ontgrendelscherm na {seconds:.2f} s (doel < {UNLOCK_TARGET_SECONDS:.0f} s)"
        if seconds > UNLOCK_TARGET_SECONDS:
            report.notes.append(f"{line}: te langzaam")
        else:
            report.checked.append(line)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


# ----------------------------------------------------------------- Qt resources
def _plugin_names(kind: str) -> set[str]:
    names: set[str] = set()
    for folder in QCoreApplication.libraryPaths():
        directory = Path(folder) / kind
        if directory.is_dir():
            for path in directory.iterdir():
                stem = path.name.split(".")[0].removeprefix("lib")
                names.add(stem.removeprefix("q"))
    return names


def check_platforms(report: SelftestReport) -> None:
    key = "linux" if sys.platform.startswith("linux") else sys.platform
    present = _plugin_names("platforms")
    missing = [p for p in REQUIRED_PLATFORMS.get(key, ("offscreen",)) if p not in present]
    if missing:
        report.problems.append(f"Qt-platformplugin ontbreekt: {', '.join(missing)} "
                               f"(gevonden: {', '.join(sorted(present)) or 'geen'})")
    else:
        report.checked.append(f"Qt-platformplugins: {', '.join(sorted(present))} "
                              f"(in gebruik: {QApplication.platformName()})")


def _sample(fmt: str) -> bytes:
    from PIL import Image  # noqa: PLC0415

    buf = io.BytesIO()
    Image.new("RGB", (4, 4), (47, 111, 143)).save(buf, format=fmt)
    return buf.getvalue()


def check_image_formats(report: SelftestReport) -> None:
    formats = {bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in REQUIRED_IMAGE_FORMATS if f not in formats]
    if missing:
        report.problems.append(f"Qt-afbeeldingsformaten ontbreken: {', '.join(missing)}")
    for fmt, pil_name in (("jpeg", "JPEG"), ("webp", "WEBP"), ("png", "PNG")):
        if fmt not in missing and QImage.fromData(_sample(pil_name)).isNull():
            report.problems.append(f"Qt kan {fmt.upper()} niet lezen (plugin laadt niet)")
    optional = [f for f in OPTIONAL_IMAGE_FORMATS if f in formats]
    absent = [f for f in ("heic", "heif") if f not in formats]
    if not missing:
        report.checked.append(f"Qt-afbeeldingsformaten: {', '.join(REQUIRED_IMAGE_FORMATS)}"
                              + (f" (+ {', '.join(optional)})" if optional else ""))
    if len(absent) == 2:
        report.notes.append("HEIC: Qt levert hier geen HEIC-plugin mee (geen fout)")


def check_translations(report: SelftestReport) -> None:
    path = resource_path("i18n", "pestdossier_nl.qm")
    if path.is_file() and not QTranslator().load(str(path)):
        report.problems.append(f"vertaling: Qt kan i18n/{path.name} niet laden")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if QTranslator().load("qtbase_nl", qt_dir):
        report.checked.append("Qt-vertaling qtbase_nl (standaardknoppen)")
    else:
        report.problems.append(f"Qt-vertaling qtbase_nl.qm ontbreekt (in {qt_dir})")


def check_icons(report: SelftestReport) -> None:
    icon = QIcon(str(resource_path("icons", "pestdossier.png")))
    if icon.isNull():
        report.problems.append("pictogram: Qt kan icons/pestdossier.png niet laden")
    else:
        report.checked.append("pictogram laadt in Qt")


# ----------------------------------------------------------------- entry
def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pestdossier --self-test", add_help=False,
                                     allow_abbrev=False)
    parser.add_argument("--self-test-report", type=Path, default=None)
    args, _rest = parser.parse_known_args(list(argv)[1:])
    return args


def main_selftest(argv: Sequence[str] | None = None) -> int:
    """Run the whole self-test; print what was checked; 0 when all is well, else 1."""
    argv = list(sys.argv if argv is None else argv)
    args = _parse(argv)
    out = _Output(args.self_test_report)
    report = SelftestReport()
    with (tempfile.TemporaryDirectory(prefix="pestdossier-selftest-") as tmp,
          _isolated(Path(tmp))):
        folder = Path(tmp)
        app = _application(argv, report)
        out.emit(f"Pestdossier {__version__} zelftest ({'bundel' if is_frozen() else 'bron'}, "
                 f"{sys.platform}, Qt-platform {QApplication.platformName()})")
        check_unlock_screen(app, folder, out, report)
        for check in (check_platforms, check_image_formats, check_translations, check_icons):
            try:
                check(report)
            except Exception as exc:
                report.problems.append(f"{check.__name__}: {type(exc).__name__}: {exc}")
        report.extend(collect(folder / "core"))
    for line in report.lines():
        out.emit(line)
    if report.ok:
        out.emit("ZELFTEST GESLAAGD")
    else:
        out.emit(f"ZELFTEST MISLUKT: {len(report.problems)} probleem/problemen")
    out.save()
    return 0 if report.ok else 1
