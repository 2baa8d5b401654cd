"""Entry point of the GUI: `pestdossier` and `pestdossier --demo`."""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.process_guard import disable_core_dumps, private_folder
from app.resources import resource_path
from ui.common.accessibility import install_accessible_names
from ui.common.style import apply_style
from ui.common.wheel_guard import install_wheel_guard
from ui.common.window_pace import install_window_pace
from ui.shell import collector, window_fit
from ui.shell.crash import default_reports_dir, install_crash_handler
from ui.shell.file_open import FileOpenHandler
from ui.shell.i18n import install_translators
from ui.shell.main_window import MainWindow
from ui.shell.pyside_fixes import pin_bools
from ui.shell.settings import APPLICATION, ORGANIZATION, settings_folder


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pestdossier", description="Pestdossier")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway vault with made-up cases (no password)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation in a temporary folder and exit")
    parser.add_argument("--version", action="version", version=f"Pestdossier {__version__}")
    parser.add_argument("vault", nargs="?", type=Path, default=None,
                        help="a .pestdossier vault: start at its unlock screen")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def create_app(argv: Sequence[str]) -> QApplication:
    pin_bools()  # PySide6 6.12: emit() leaks True, processEvents() leaks None
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Pestdossier")
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "pestdossier.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    apply_style(app)
    install_translators(app)
    install_wheel_guard(app)
    window_fit.install_dialog_fit(app)
    install_accessible_names(app)
    install_window_pace(app)  # the window's workers give way while it is busy
    collector.tune()  # garbage collections short enough not to freeze the window
    return app


def start_demo() -> tuple[MainWindow, Path]:
    """A throwaway vault with made-up cases in a temporary folder; no password asked."""
    # Only for the demo: its sample dossier pulls in the PDF tools.
    from app.demo import DEMO_PASSWORD, create_demo_vault  # noqa: PLC0415

    demo_dir = Path(tempfile.mkdtemp(prefix="pestdossier-demo-"))
    try:
        vault = create_demo_vault(demo_dir / "demo.pestdossier")
    except BaseException:
        shutil.rmtree(demo_dir, ignore_errors=True)
        raise
    window = MainWindow(demo=True, demo_password=DEMO_PASSWORD)
    window.start(vault)
    return window, demo_dir


def _quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C or a logout (SIGTERM) quits normally, so the demo folder is removed."""
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: app.quit())
    timer = QTimer(app)  # lets Python run its signal handlers while Qt waits
    timer.timeout.connect(lambda: None)
    timer.start(300)
    return timer


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()   # before any password or case text is in memory
    argv = list(sys.argv if argv is None else argv)
    args = _parse_args(argv[1:])
    if args.self_test:
        from ui.shell.selftest_qt import main_selftest  # noqa: PLC0415 - only for this mode

        return main_selftest(argv)
    app = create_app(argv)
    for folder in (settings_folder(), default_reports_dir()):
        private_folder(folder)
    install_crash_handler(__version__)
    _quit_on_signals(app)
    demo_dir: Path | None = None
    try:
        if args.demo:
            window, demo_dir = start_demo()
        else:
            window = MainWindow()
            window.start()
            if args.vault is not None:  # a double-clicked vault, or `pestdossier PATH`
                window.show_unlock(args.vault.expanduser().resolve())
        FileOpenHandler(window)  # macOS: a double-clicked vault; lives as long as the window
        window.show()
        code = app.exec()
        window.lock()
        # Work still running (a preview, a thumbnail) was asked to stop; it closes its own
        # vault connection, and must not run Python while the interpreter shuts down.
        QThreadPool.globalInstance().waitForDone(30_000)
        return code
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
