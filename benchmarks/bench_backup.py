"""Backup of the generated 5,000-case vault (and optionally a vault with evidence): the
time of a verified encrypted backup next to a plain file copy of the same vault.
`python -m benchmarks.bench_backup [CASES] [EVIDENCE_MB]`."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from benchmarks.bench_foundation import PASSWORD, generate


def _add_evidence(path: Path, megabytes: int) -> None:
    with CaseFile.open(path, PASSWORD) as cf, cf.batch():
        case = cf.cases.create(NewCase("Bewijs", CaseKind.PESTEN, date(2026, 1, 1)))
        for number in range(megabytes // 8):
            cf.evidence.import_bytes(case.id, os.urandom(8 << 20), f"bestand{number}.bin")


def _measure(path: Path, label: str) -> list[tuple[str, str, str, str]]:
    start = time.perf_counter()
    shutil.copyfile(path, path.with_name("kopie.bin"))
    copy_s = time.perf_counter() - start
    with CaseFile.open(path, PASSWORD) as cf:
        cf.backups.create()  # the first one derives the backup key (Argon2id, once)
        start = time.perf_counter()
        cf.backups.create()
        backup_s = time.perf_counter() - start
    ratio = backup_s / copy_s if copy_s else float("inf")
    size = path.stat().st_size / 1e6
    return [(f"plain copy ({label}, {size:.0f} MB)", f"{copy_s:.2f} s", "", ""),
            (f"verified backup ({label})", f"{backup_s:.2f} s ({ratio:.1f}x copy)", "<= 2x",
             "OK" if ratio <= 2 else "MISS")]


def run(cases: int = 5000, evidence_mb: int = 0) -> list[tuple[str, str, str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.pestdossier"
        generate(path, cases)
        rows = _measure(path, f"{cases} cases")
        if evidence_mb:
            _add_evidence(path, evidence_mb)
            rows += _measure(path, f"+{evidence_mb} MB evidence")
    return rows


if __name__ == "__main__":
    from benchmarks.table import print_table

    arguments = [int(a) for a in sys.argv[1:3]]
    print_table("Backup", run(*arguments))
