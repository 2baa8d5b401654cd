"""CLI start-up benchmark: `pestdossier-cli --version` and `--help` against a bare Python.

Both sides run in the same loop, interleaved, so a busy machine slows them alike; the
ratio of the medians is the figure that counts. Target: at most 4x a bare `python -c pass`
(the parser imports no command module; see app/cli/parser.py).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 30
TARGET_RATIO = 4.0
COMMANDS = {
    "bare python (-c pass)": ["-c", "pass"],
    "pestdossier-cli --version": ["-m", "app.cli.main", "--version"],
    "pestdossier-cli --help": ["-m", "app.cli.main", "--help"],
    "pestdossier-cli todo --help": ["-m", "app.cli.main", "todo", "--help"],
}


def _seconds(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                   check=True)
    return time.perf_counter() - start


def run(runs: int = RUNS) -> list[tuple[str, str, str, str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for args in COMMANDS.values():  # warm the file cache and .pyc files first
        _seconds(args, env)
    for _ in range(runs):
        for name, args in COMMANDS.items():
            times[name].append(_seconds(args, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare = medians["bare python (-c pass)"]
    rows = [("bare python (-c pass)", f"{bare * 1000:.1f} ms (median of {runs})", "", "")]
    for name in list(COMMANDS)[1:]:
        ratio = medians[name] / bare
        rows.append((name, f"{medians[name] * 1000:.1f} ms = {ratio:.1f}x bare",
                     f"<= {TARGET_RATIO:.0f}x", "OK" if ratio <= TARGET_RATIO else "MISS"))
    return rows


if __name__ == "__main__":
    from benchmarks.table import print_table

    print_table("CLI start-up", run())
