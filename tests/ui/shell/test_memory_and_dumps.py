"""Issue 19 (12): core dumps were on (an external SIGABRT wrote the password, names and
entries to disk), Qt's settings remembered export folders, and the config and log folders
were readable by others."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.process_guard import private_folder
from ui.common import file_dialogs

ROOT = Path(__file__).resolve().parents[3]

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
@pytest.mark.parametrize("entry", ["app.cli.main", "ui.main"])
def test_each_entry_point_switches_core_dumps_off_first(entry: str) -> None:
    probe = (
        "import ctypes, resource, sys\n"
        f"import {entry} as entry\n"
        "try:\n"
        "    entry.main(['pestdossier', '--version'] if 'ui' in entry.__name__ else ['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "libc = ctypes.CDLL(None)\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, env={"QT_QPA_PLATFORM": "offscreen",
                                                     "PYTHONPATH": str(ROOT),
                                                     "PATH": "/usr/bin:/bin"}, check=True)
    assert out.stdout.strip().splitlines()[-1] == "(0, 0) 0"   # no core, not dumpable


def test_private_folder_is_0700_also_when_it_existed(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "Pestdossier"
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    fresh = private_folder(tmp_path / "logs" / "nieuw")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700


def test_crash_reports_land_in_a_private_folder(tmp_path: Path) -> None:
    from ui.shell.crash import write_report

    report = write_report("fout: ValueError\n", tmp_path / "logs")
    assert stat.S_IMODE(report.parent.stat().st_mode) == 0o700


def test_the_file_dialog_keeps_no_folder_history(qapp: QApplication, tmp_path: Path) -> None:
    """A real (non-native) dialog writes FileDialog/lastVisited and history; ours not."""
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    export_folder = tmp_path / "geheime-exportmap"
    export_folder.mkdir()

    def accept_soon() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QFileDialog) and w.isVisible())
        dialog.selectFile(str(export_folder / "dossier.pdf"))
        dialog.accept()

    QTimer.singleShot(200, accept_soon)
    path, _ = file_dialogs.get_save_file_name(
        None, "Opslaan", str(export_folder / "dossier.pdf"), "",
        options=QFileDialog.Option.DontUseNativeDialog)
    assert path.endswith("dossier.pdf")
    qt_settings.sync()
    assert not [key for key in qt_settings.allKeys() if key.startswith("FileDialog")]
    conf = Path(qt_settings.fileName())
    assert not conf.exists() or "geheime-exportmap" not in conf.read_text(encoding="utf-8")
