"""Smoke-testing a built bundle from outside, as ICT staff would after installing it:
its `--self-test` headless in a throwaway home (timed to the unlock screen), then the CLI.
Used by build_installer.py (`smoke`) and the `bundle` tests."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

STARTUP_MARKER = "STARTUP unlock-screen"  # printed by ui/shell/selftest_qt.py
SMOKE_PASSWORD = "Zeventien paarse giraffen fietsen langs de gracht! 2026"  # noqa: S105


@dataclass
class SmokeResult:
    ok: bool
    seconds: float
    startup_seconds: float | None = None  # process start -> unlock screen, from outside
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def isolated_env(home: Path) -> dict[str, str]:
    """Headless Qt, a fake home and temp folder, and nothing that leads back to the
    source checkout or the virtualenv (so the bundle cannot borrow from them)."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "LD_LIBRARY_PATH",
                        "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "PESTDOSSIER_LANG",
                        "PYTHONSTARTUP", "DYLD_LIBRARY_PATH"}}
    tmp = home / "tmp"
    for folder in ("config", "data", "state", "cache", "tmp", "AppData/Roaming",
                   "AppData/Local"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "USERPROFILE": str(home),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "TMPDIR": str(tmp), "TMP": str(tmp), "TEMP": str(tmp),
    })
    return env


def _leftovers(home: Path) -> list[str]:
    found = [str(p.relative_to(home)) for p in home.rglob("*.pestdossier*")]
    found += [str(p.relative_to(home)) for p in (home / "tmp").iterdir()]
    return found


def _run_selftest(exe: Path, home: Path, timeout: float) -> SmokeResult:
    report_file = home / "zelftest.txt"
    lines: list[tuple[float, str]] = []
    started = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - the bundle we just built
        [str(exe), "--self-test", "--self-test-report", str(report_file)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        env=isolated_env(home), cwd=home, text=True, encoding="utf-8", errors="replace")

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append((time.perf_counter() - started, line.rstrip("\n")))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        code = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        code = None
    reader.join(5)
    seconds = time.perf_counter() - started
    text = [line for _, line in lines]
    if not text and report_file.is_file():  # windowed Windows: no stdout
        text = report_file.read_text(encoding="utf-8").splitlines()
    startup = next((at for at, line in lines if line.startswith(STARTUP_MARKER)), None)
    problems = [line.split(None, 1)[1] for line in text if line.startswith("PROBLEEM")]
    if code is None:
        problems.append(f"de zelftest hing langer dan {timeout:.0f} s")
    elif code != 0 and not problems:
        tail = " | ".join(text[-5:]) or "geen uitvoer"
        problems.append(f"de bundel stopte met code {code}: {tail}")
    return SmokeResult(ok=code == 0 and not problems, seconds=seconds,
                       startup_seconds=startup, lines=text, problems=problems)


def _cli(exe: Path, home: Path, args: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], input=stdin, capture_output=True,  # noqa: S603
                          text=True, env=isolated_env(home), cwd=home, timeout=120, check=False)


def _smoke_cli(exe: Path, home: Path, expected_version: str) -> list[str]:
    problems = []
    result = _cli(exe, home, ["--version"])
    if result.stdout.strip() != f"pestdossier {expected_version}":
        problems.append(f"pestdossier-cli --version gaf {result.stdout.strip()!r} "
                        f"{result.stderr.strip()!r}, verwacht 'pestdossier {expected_version}'")
    vault = home / "cli-test.pestdossier"
    steps = [["init", str(vault), "--password-stdin"],
             ["add-case", str(vault), "--password-stdin", "--title", "Verzonnen", "--kind",
              "pesten"],
             ["verify", str(vault), "--password-stdin"]]
    for step in steps:
        result = _cli(exe, home, step, SMOKE_PASSWORD + "\n")
        if result.returncode != 0:
            problems.append(f"pestdossier-cli {step[0]}: code {result.returncode}: "
                            f"{result.stderr.strip()}")
            break
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{vault}{suffix}").unlink(missing_ok=True)
    return problems


def smoke_bundle(gui: Path, cli: Path, expected_version: str,
                 timeout: float = 300) -> SmokeResult:
    """The bundle's self-test in a throwaway home, then the CLI: init, add-case, verify."""
    with tempfile.TemporaryDirectory(prefix="pestdossier-smoke-") as tmp:
        home = Path(tmp)
        result = _run_selftest(gui, home, timeout)
        if cli.is_file():
            result.problems += _smoke_cli(cli, home, expected_version)
        else:
            result.problems.append(f"{cli.name} ontbreekt in de bundel")
        left = _leftovers(home)
        if left:
            result.problems.append(f"de zelftest liet bestanden achter: {', '.join(left)}")
    result.ok = result.ok and not result.problems
    return result


def print_smoke(result: SmokeResult) -> None:
    for line in result.lines:
        print(f"  | {line}")
    startup = (f"; ontgrendelscherm {result.startup_seconds:.2f} s na de start"
               if result.startup_seconds is not None else "")
    if result.ok:
        print(f"[build_installer] smoke-test GESLAAGD in {result.seconds:.1f} s{startup}")
    else:
        print(f"[build_installer] smoke-test MISLUKT na {result.seconds:.1f} s{startup}:")
        for problem in result.problems:
            print(f"[build_installer]   ontbreekt/kapot: {problem}")
