"""Start-up before Qt: missing system libraries and no display give one Dutch line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui import launch, preflight
from ui.child_env import restore_system_environment

ROOT = Path(__file__).resolve().parents[3]
X11 = {"DISPLAY": ":0"}


def loader_without(*absent: str):
    return lambda soname: soname if soname in absent else None


def test_all_present_on_x11_and_reachable(monkeypatch):
    monkeypatch.setattr(preflight, "display_reachable", lambda display, load: True)
    assert preflight.problems(X11, loader_without(), "linux") == []


def test_missing_libgl_names_the_package():
    lines = preflight.problems({"QT_QPA_PLATFORM": "offscreen"},
                               loader_without("libGL.so.1"), "linux")
    assert lines == ["Pestdossier kan niet starten: de systeembibliotheek libGL.so.1 ontbreekt. "
                     "Installeer: sudo apt install libgl1"]


def test_missing_xcb_libraries_are_one_line_with_each_package_once():
    lines = preflight.problems(X11, loader_without("libxcb-cursor.so.0", "libEGL.so.1",
                                                   "libglib-2.0.so.0", "libgthread-2.0.so.0"),
                               "linux")
    assert len(lines) == 1
    assert "libxcb-cursor.so.0" in lines[0] and "systeembibliotheken" in lines[0]
    assert lines[0].endswith("sudo apt install libegl1 libglib2.0-0 libxcb-cursor0")


def test_xcb_libraries_are_not_needed_offscreen_or_on_wayland():
    load = loader_without(*preflight.XCB_LIBRARIES)
    assert preflight.problems({"QT_QPA_PLATFORM": "offscreen"}, load, "linux") == []
    assert preflight.problems({"WAYLAND_DISPLAY": "wayland-0"}, load, "linux") == []
    assert "libwayland-client0" in preflight.problems(
        {"WAYLAND_DISPLAY": "wayland-0"}, loader_without("libwayland-client.so.0"), "linux")[0]


def test_no_display_is_named_instead_of_a_wrong_library_hint():
    assert preflight.problems({}, loader_without(), "linux") == [preflight.NO_DISPLAY]
    assert preflight.problems({"QT_QPA_PLATFORM": "xcb"}, loader_without(),
                              "linux") == [preflight.NO_DISPLAY]
    assert "DISPLAY" in preflight.NO_DISPLAY


def test_an_unreachable_x_display_is_named(monkeypatch):
    if not preflight.can_load("libxcb.so.1"):
        pytest.skip("libxcb1 not installed here")
    lines = preflight.problems({"DISPLAY": ":987"}, preflight.missing_for, "linux")
    assert lines == [preflight.DISPLAY_UNREACHABLE.format(display=":987")]


def test_the_library_really_missing_is_named():
    """libX11 and fontconfig are in the bundle, but libX11 needs libxcb and fontconfig expat."""
    needs = {"libX11.so.6": "libxcb.so.1", "libfontconfig.so.1": "libexpat.so.1"}
    lines = preflight.problems({"QT_QPA_PLATFORM": "offscreen"}, needs.get, "linux")
    assert lines[0].endswith("libxcb.so.1, libexpat.so.1 ontbreekt. "
                             "Installeer: sudo apt install libxcb1 libexpat1")


def test_the_real_loader_names_a_missing_dependency(monkeypatch):
    def fail(name):
        raise OSError("libxcb.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(preflight.ctypes, "CDLL", fail)
    assert preflight.missing_for("libX11.so.6") == "libxcb.so.1"

    def damaged(name):
        raise OSError("/lib/x86_64-linux-gnu/libexpat.so.1: file too short")

    monkeypatch.setattr(preflight.ctypes, "CDLL", damaged)
    assert preflight.missing_for("libfontconfig.so.1") == "libexpat.so.1"
    assert preflight.package_of("libxcb.so.1") == "libxcb1"
    assert preflight.package_of("libfoo.so.3") == "libfoo"


def test_inside_the_bundle_the_loaders_own_message_is_read(monkeypatch):
    """PyInstaller's ctypes hook replaces the loader's message by "Failed to load dynlib/dll
    '.../libX11.so.6'" and keeps the real one as the cause: blame what the cause names."""

    class PyInstallerImportError(OSError):  # as PyInstaller/loader/pyimod03_ctypes.py
        def __init__(self, name: str) -> None:
            self.msg = (f"Failed to load dynlib/dll {name!r}. Most likely this dynlib/dll "
                        "was not found when the application was frozen.")
            self.args = (self.msg,)

    def frozen_cdll(name):
        try:
            raise OSError("libxcb.so.1: cannot open shared object file: No such file or "
                          "directory")
        except OSError as base_error:
            raise PyInstallerImportError(f"/opt/Pestdossier/_internal/{name}") from base_error

    monkeypatch.setattr(preflight.ctypes, "CDLL", frozen_cdll)
    assert preflight.missing_for("libX11.so.6") == "libxcb.so.1"


def test_a_bundle_tries_its_own_copy_first(monkeypatch, tmp_path):
    (tmp_path / "libX11.so.6").write_bytes(b"")
    monkeypatch.setattr(preflight.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert preflight.bundled_copy("libX11.so.6") == str(tmp_path / "libX11.so.6")
    assert preflight.bundled_copy("libGL.so.1") is None


def test_other_systems_are_not_checked():
    assert preflight.problems({}, loader_without("libGL.so.1"), "win32") == []
    assert preflight.problems({}, loader_without("libGL.so.1"), "darwin") == []


def test_the_real_loader_finds_what_the_test_machine_has():
    assert preflight.can_load("libc.so.6")
    assert not preflight.can_load("libdoes-not-exist.so.9")


def test_problem_goes_to_stderr_log_and_a_dialog(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(launch, "log_dir", lambda: tmp_path)
    monkeypatch.setattr(preflight, "problems", lambda: ["Pestdossier kan niet starten: X"])
    monkeypatch.setenv("DISPLAY", ":0")
    shown: list[list[str]] = []
    monkeypatch.setattr(launch.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(launch.subprocess, "Popen", lambda args, **kw: shown.append(args))
    assert launch.main(["pestdossier"]) == 1
    assert capsys.readouterr().err == "Pestdossier kan niet starten: X\n"
    assert "Pestdossier kan niet starten: X" in (tmp_path / "start.log").read_text()
    assert shown == [["/usr/bin/zenity", "--error", "--no-wrap", "--title=Pestdossier",
                      "--text", "Pestdossier kan niet starten: X"]]


def test_self_test_names_the_problem(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(launch, "log_dir", lambda: tmp_path)
    monkeypatch.setattr(preflight, "problems", lambda: ["Pestdossier kan niet starten: X"])
    assert launch.main(["pestdossier", "--self-test"]) == 1
    out = capsys.readouterr().out
    assert "PROBLEEM Pestdossier kan niet starten: X" in out
    assert "ZELFTEST MISLUKT: 1 probleem/problemen" in out


def test_log_starts_again_when_it_grew_too_big(tmp_path):
    (tmp_path / "start.log").write_text("x" * (launch.LOG_LIMIT + 1))
    launch.write_log(["regel"], tmp_path)
    assert (tmp_path / "start.log").stat().st_size < 200


def test_missing_libgl_stops_before_qt_is_imported(tmp_path):
    """A real process: the loader check says libGL.so.1 is missing; Qt is never imported."""
    probe = (
        "import sys\n"
        "from ui import launch, preflight\n"
        "preflight.missing_for = lambda s: s if s == 'libGL.so.1' else None\n"
        "code = launch.main(['pestdossier', '--self-test'])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
        "sys.exit(code)\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
           "XDG_STATE_HOME": str(tmp_path / "state"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert "libGL.so.1 ontbreekt. Installeer: sudo apt install libgl1" in result.stderr
    assert "PROBLEEM Pestdossier kan niet starten" in result.stdout
    logs = list((tmp_path / "state").rglob("start.log"))
    assert logs and "libgl1" in logs[0].read_text()


def test_version_needs_no_display(monkeypatch, capsys):
    monkeypatch.setattr(preflight, "problems", lambda: pytest.fail("checked"))
    with pytest.raises(SystemExit) as stop:
        launch.main(["pestdossier", "--version"])
    assert stop.value.code == 0
    assert "Pestdossier" in capsys.readouterr().out


# ------------------------------------------------------------------ child processes
def test_frozen_bundle_gives_children_the_original_library_path():
    env = {"LD_LIBRARY_PATH": "/opt/pd/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
           "HOME": "/home/x"}
    assert restore_system_environment(env, frozen=True) == ["LD_LIBRARY_PATH"]
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/home/x"}


def test_frozen_bundle_without_an_original_path_drops_its_own():
    env = {"LD_LIBRARY_PATH": "/opt/pd/_internal"}
    assert restore_system_environment(env, frozen=True) == ["LD_LIBRARY_PATH"]
    assert env == {}


def test_a_source_run_keeps_its_environment():
    env = {"LD_LIBRARY_PATH": "/x", "LD_LIBRARY_PATH_ORIG": "/y"}
    assert restore_system_environment(env, frozen=False) == []
    assert env == {"LD_LIBRARY_PATH": "/x", "LD_LIBRARY_PATH_ORIG": "/y"}


def _probe(code: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`code` in a fresh Python with the app on its path and no display."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_unlock_screen_does_not_wait_for_the_workspace_or_pdf_modules(tmp_path):
    """Start-up to the unlock screen imports what that screen needs: not the workspace
    (cases, case work, evidence) and not reportlab (~90 ms), which come at first use."""
    result = _probe(
        "import sys\n"
        "from ui.main import create_app\n"
        "from ui.shell.main_window import MainWindow\n"
        "late = [m for m in ('reportlab', 'ui.shell.workspace', 'ui.cases.case_detail')\n"
        "        if m in sys.modules]\n"
        "assert not late, late\n", tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_workspace_does_not_wait_for_the_pdf_tools(tmp_path):
    """The first unlock builds the workspace: the PDF tools (reportlab, pikepdf) come
    when a dossier or a letter is made, not then."""
    result = _probe(
        "import sys\n"
        "import ui.shell.workspace\n"
        "late = [m for m in ('reportlab', 'pikepdf', 'app.dossier') if m in sys.modules]\n"
        "assert not late, late\n", tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_workspace_is_imported_while_the_password_is_typed(tmp_path):
    """Shown first without them, the unlock screen then imports the workspace's modules
    in one idle turn, so the unlock itself need not."""
    result = _probe(
        "import sys, pathlib\n"
        "from PySide6.QtCore import QEventLoop, QTimer\n"
        "from ui.main import create_app\n"
        "from ui.shell.main_window import MainWindow\n"
        "app = create_app(['pestdossier'])\n"
        "window = MainWindow(demo=True)\n"
        "window.show_unlock(pathlib.Path(sys.argv[1]))\n"
        "window.show()\n"
        "assert 'ui.shell.workspace' not in sys.modules\n"
        "loop = QEventLoop()\n"
        "QTimer.singleShot(1500, loop.quit)\n"
        "loop.exec()\n"
        "assert 'ui.shell.workspace' in sys.modules\n"
        "sys.stdout.flush()\n"
        "import os; os._exit(0)\n", tmp_path, str(tmp_path / "k.pestdossier"))
    assert result.returncode == 0, result.stderr
