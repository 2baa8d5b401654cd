"""`verify` next to the read+hash floor of the same vault in the same run (issue 20, 4;
issue 14's "verify throughput next to read+hash of the same chunks").

The floor reads every page once through SQLCipher and hashes what it reads: every evidence
chunk on two connections with SHA-256 (as the evidence check does), then every row of every
other table. `verify` reads each page once as well: the evidence check reads every chunk
(two connections), and beside it the storage check runs `quick_check(table)` for every
other table (indexes included) and proves the page accounting from the pointer map
(app/vault/page_accounting.py) instead of reading the evidence pages a second time; plus
the audit chain. The target is at least 0.9x the floor's throughput. The old verify
(cipher_integrity_check, quick_check, audit, evidence re-hash one after the other) is
measured as well. CPU seconds are shown beside wall time: the test machine is shared, and
CPU is the less noisy figure.
`python -m benchmarks.bench_verify [CASES] [EVIDENCE_MB]` (default 5000 and 1024).
"""

from __future__ import annotations

import hashlib
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.casefile import CaseFile
from app.evidence.chunks import ParallelReader
from app.evidence.verify import check_evidence
from app.vault import Vault
from app.verify import _audit, _storage
from benchmarks.bench_backup import _add_evidence
from benchmarks.bench_foundation import PASSWORD, generate

Row = tuple[str, str, str, str]
TARGET = 0.9


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), _cpu()
    work()
    return time.perf_counter() - wall, _cpu() - cpu


def _read_and_hash(vault: Vault) -> None:
    conn = vault.conn
    ids = [r[0] for r in conn.execute("SELECT id FROM evidence_chunks ORDER BY item_id, seq")]
    worker = vault.open_worker()
    digest = hashlib.sha256()
    try:
        with ParallelReader([conn, worker.conn], ids) as reader:
            for data in reader:
                digest.update(data)
    finally:
        worker.close()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'evidence_chunks'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for table in tables:  # names from the schema itself
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            digest.update(repr(row).encode())


def _old_verify(vault: Vault) -> None:
    """What verify did before: three reads of the pages, one after the other."""
    def quiet(done: int, total: int) -> None:
        return None

    for check in (_storage, _audit, check_evidence):
        check(vault, quiet, lambda: False)


def _measure(path: Path, label: str) -> list[Row]:
    size = path.stat().st_size / 1e6
    with CaseFile.open(path, PASSWORD) as cf:
        gateway = cf._gateway
        gateway.checkpoint()
        floor_s, floor_cpu = _timed(lambda: _read_and_hash(gateway))
        new_s, new_cpu = _timed(cf.verify)
        old_s, old_cpu = _timed(lambda: _old_verify(gateway))
        again_s, again_cpu = _timed(lambda: _read_and_hash(gateway))
        report = cf.verify()
    floor_s, floor_cpu = min(floor_s, again_s), min(floor_cpu, again_cpu)
    ratio = floor_s / new_s
    return [
        (f"read+hash floor ({label}, {size:.0f} MB)", f"{floor_s:.2f} s",
         f"{size / floor_s:.0f} MB/s, {floor_cpu:.1f} s CPU", ""),
        (f"verify ({label})", f"{new_s:.2f} s", f"{size / new_s:.0f} MB/s, {new_cpu:.1f} s CPU"
         f" = {ratio:.2f}x floor", "OK" if ratio >= TARGET and report.ok else "MISS"),
        (f"old verify, three reads ({label})", f"{old_s:.2f} s",
         f"{size / old_s:.0f} MB/s, {old_cpu:.1f} s CPU = {floor_s / old_s:.2f}x floor", ""),
    ]


def run(cases: int = 5000, evidence_mb: int = 1024) -> list[Row]:
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
    print_table(f"Verify (target >= {TARGET}x the read+hash floor)", run(*arguments))
