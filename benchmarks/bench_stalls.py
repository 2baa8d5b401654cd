"""Stall benchmark: the real main window, offscreen, on generated vaults of many cases.

Per action (unlock, open a case, each tab, typing a 6-letter query letter by letter, open
"Te doen", save an entry, save a step, import 10 screenshots, lock) it prints the longest
event-loop stall, measured by a 10 ms QTimer probe: the longest gap between two of its
ticks. Then, at 1,000, 5,000 and 20,000 cases: start to the unlock screen, the first
screen, core search median and p95, and "Te doen" over all cases.
Target: no stall over 100 ms; unlock screen <= 0.5 s; first screen <= 0.6 s; search p95
<= 20 ms at 20,000 cases. Vaults are cached (benchmarks/vault_cache.py).

    python -m benchmarks.bench_stalls [--sizes 1000 5000 20000] [--gui-sizes 5000 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_foundation import PASSWORD, measure_open, measure_search, p95  # noqa: E402
from benchmarks.vault_cache import cached_vault  # noqa: E402

STALL_TARGET_MS = 100.0
QUERY = "kluisj"  # six letters of a common word ("kluisje"), typed one at a time


def _child_env(config: Path) -> dict[str, str]:
    """Children keep their settings in a throwaway folder, never the user's."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(config),
            "XDG_STATE_HOME": str(config)}


_UNLOCK_SCREEN_PROBE = r"""
import sys, time
from ui.main import create_app
from ui.shell.main_window import MainWindow
app = create_app(["pestdossier"])
window = MainWindow()
window.show_unlock(__import__("pathlib").Path(sys.argv[1]))
window.show()
app.processEvents()
print(time.time())
"""


def measure_unlock_screen(path: Path, runs: int = 3) -> float:
    """Process start to the unlock screen shown (best of `runs`, a fresh process each)."""
    best = float("inf")
    with tempfile.TemporaryDirectory() as config:
        for _ in range(runs):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", _UNLOCK_SCREEN_PROBE, str(path)],
                                 capture_output=True, text=True, check=True,
                                 env=_child_env(Path(config))).stdout
            best = min(best, float(out.strip().splitlines()[-1]) - start)
    return best


def measure_todo(path: Path) -> tuple[float, int]:
    from app.casefile import CaseFile  # noqa: PLC0415

    with CaseFile.open(path, PASSWORD) as vault:
        start = time.perf_counter()
        todo = vault.casework.todo()
        return time.perf_counter() - start, len(todo.items)


def measure_gui(path: Path) -> dict[str, float]:
    """The stall per action, from a fresh process driving the main window."""
    with tempfile.TemporaryDirectory() as config:
        out = subprocess.run([sys.executable, "-m", "benchmarks.stall_driver", str(path),
                              PASSWORD, QUERY], capture_output=True, text=True, check=False,
                             env=_child_env(Path(config)), cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _verdict(ms: float, target: float) -> str:
    return "OK" if ms <= target else "MISS"


def gui_rows(stalls: dict[int, dict[str, float]]) -> list[tuple[str, str, str, str]]:
    sizes = sorted(stalls)
    actions = list(stalls[sizes[0]])
    rows = []
    for action in actions:
        values = [stalls[size].get(action, float("nan")) for size in sizes]
        rows.append((f"stall: {action}", " / ".join(f"{v:.0f} ms" for v in values),
                     f"<= {STALL_TARGET_MS:.0f} ms", _verdict(values[-1], STALL_TARGET_MS)))
    return rows


def growth_rows(sizes: list[int]) -> list[tuple[str, str, str, str]]:
    screens, firsts, medians, tails, todos = [], [], [], [], []
    for size in sizes:
        path = cached_vault(size)
        screens.append(measure_unlock_screen(path))
        opened = [measure_open(path, gui=True) for _ in range(3)]
        firsts.append(min(o["open"] + o["list"] + (o["gui"] or 0) for o in opened))
        app_s, _bare = measure_search(path)
        medians.append(statistics.median(app_s) * 1000)
        tails.append(p95(app_s) * 1000)
        todos.append(measure_todo(path)[0] * 1000)

    def joined(values: list[float], fmt: str) -> str:
        return " / ".join(fmt.format(v) for v in values)

    return [
        ("start to unlock screen", joined(screens, "{:.2f} s"), "<= 0.5 s",
         _verdict(screens[-1], 0.5)),
        ("first screen (password to case list)", joined(firsts, "{:.2f} s"), "<= 0.6 s",
         _verdict(firsts[-1], 0.6)),
        ("search median (core)", joined(medians, "{:.1f} ms"), "", ""),
        ("search p95 (core)", joined(tails, "{:.1f} ms"), "<= 20 ms", _verdict(tails[-1], 20)),
        ("'Te doen' over all cases (core)", joined(todos, "{:.0f} ms"), "", ""),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", nargs="*", type=int, default=[1000, 5000, 20000])
    parser.add_argument("--gui-sizes", nargs="*", type=int, default=[5000, 20000])
    args = parser.parse_args(argv)
    from benchmarks.table import print_table  # noqa: PLC0415

    stalls = {size: measure_gui(cached_vault(size)) for size in args.gui_sizes}
    gui_title = " / ".join(f"{s:,}" for s in sorted(stalls))
    print_table(f"Longest event-loop stall per action ({gui_title} cases)", gui_rows(stalls))
    sizes_title = " / ".join(f"{s:,}" for s in args.sizes)
    print_table(f"Growth ({sizes_title} cases)", growth_rows(args.sizes))


if __name__ == "__main__":
    main()
