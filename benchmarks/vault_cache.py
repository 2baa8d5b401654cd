"""Generated benchmark vaults, cached outside the repository so reruns are quick.

`cached_vault(5000)` returns the path of a vault of 5,000 cases x 20 entries (the
foundation generator), each case with a protocol chosen so "Te doen" has work. The file
lives under ~/.cache/pestdossier-bench (or $PESTDOSSIER_BENCH_CACHE) and is built once;
a half-built file never counts (it is written under a temporary name, then renamed).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.casefile import CaseFile  # noqa: E402
from benchmarks.bench_foundation import PASSWORD, generate  # noqa: E402

PROTOCOLS = ("zesstappenplan", "supportgroep", "vijf_bs")
_VERSION = 1  # raise when the generated content changes


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "pestdossier-bench"
    path = Path(os.environ.get("PESTDOSSIER_BENCH_CACHE", default))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _choose_protocols(path: Path) -> None:
    with CaseFile.open(path, PASSWORD) as vault, vault.batch():
        for n, case in enumerate(vault.cases.list()):
            vault.casework.protocols.choose(case.id, PROTOCOLS[n % 3])


def cached_vault(cases: int) -> Path:
    """The cached vault of `cases` cases, generated on first use."""
    path = cache_dir() / f"v{_VERSION}-{cases}.pestdossier"
    if path.exists():
        return path
    partial = path.with_name(f"{path.stem}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    start = time.perf_counter()
    generate(partial, cases)
    _choose_protocols(partial)
    for leftover in partial.parent.glob(f"{partial.name}-*"):
        leftover.unlink()
    partial.rename(path)
    print(f"generated {cases} cases in {time.perf_counter() - start:.0f} s: {path}",
          file=sys.stderr)
    return path


if __name__ == "__main__":
    for size in (int(a) for a in sys.argv[1:] or ["1000", "5000", "20000"]):
        print(cached_vault(size))
