"""The one benchmark command: `python -m benchmarks.run [--only NAME ...]`.

Runs each benchmark in its own process (so memory figures are not mixed up) and lets
each print its own table of results against the targets.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = {
    "foundation": "benchmarks.bench_foundation",  # open, case list, search, memory
    "evidence": "benchmarks.bench_evidence",      # 1 GiB import vs floor, verify, gallery
    "dossier": "benchmarks.bench_dossier",        # 300 entries + 100 screenshots PDF
    "cli": "benchmarks.bench_cli",                # --version / --help vs a bare Python
    "backup": "benchmarks.bench_backup",          # verified backup vs a plain file copy
    "stalls": "benchmarks.bench_stalls",          # event-loop stalls per action, growth
    "verify": "benchmarks.bench_verify",          # verify vs the read+hash floor
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), default=None)
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    failed = []
    for name in args.only or BENCHMARKS:
        module = BENCHMARKS[name]
        if not (ROOT / (module.replace(".", "/") + ".py")).is_file():
            print(f"\n{name}: not present, skipped")
            continue
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", module], cwd=ROOT, env=env, check=False)
        print(f"({name}: {time.perf_counter() - start:.0f} s wall)")
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nbenchmarks that failed to run: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
