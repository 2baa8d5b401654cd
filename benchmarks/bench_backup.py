"""Backup of the generated 5,000-case vault and of a vault with evidence: the time of a
verified encrypted backup next to a plain file copy of the same vault in the same run, and
the GUI's longest event-loop stall while the backup controller writes one on its worker.
`python -m benchmarks.bench_backup [CASES] [EVIDENCE_MB]` (default 5000 and 1024)."""

from __future__ import annotations

import ctypes
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from benchmarks.bench_foundation import PASSWORD
from benchmarks.vault_cache import cached_vault

Row = tuple[str, str, str, str]
STALL_TARGET_MS = 100


def _add_evidence(path: Path, megabytes: int) -> None:
    with CaseFile.open(path, PASSWORD) as cf:
        case = cf.cases.create(NewCase("Bewijs", CaseKind.PESTEN, date(2026, 1, 1)))
        for number in range(megabytes // 8):
            with cf.batch():
                cf.evidence.import_bytes(case.id, os.urandom(8 << 20), f"bestand{number}.bin")


def _plain_copy(path: Path) -> tuple[float, float]:
    """A plain copy of the vault file, and the same with fsync (a backup is flushed)."""
    target = path.with_name("kopie.bin")
    start = time.perf_counter()
    shutil.copyfile(path, target)
    copy_s = time.perf_counter() - start
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())
    synced_s = time.perf_counter() - start
    target.unlink()
    os.sync()  # the freed blocks too, before the backup is timed
    return copy_s, synced_s


def _gui_stall(cf: CaseFile) -> tuple[float, float, float]:
    """The longest gap between 10 ms timer ticks on an offscreen main window while the
    backup controller writes a backup on its worker, the same without a backup, and that
    backup's wall time."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject, QTimerEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415

    from ui.shell.backup_controller import BackupController  # noqa: PLC0415

    class Probe(QObject):
        """A 10 ms timer on the GUI thread."""

        def __init__(self) -> None:
            super().__init__()
            self.ticks: list[float] = []
            self.timer_id = self.startTimer(10)

        def timerEvent(self, _event: QTimerEvent) -> None:
            self.ticks.append(time.perf_counter())

    app = QApplication.instance() or QApplication([])
    _pin_none()
    window = QMainWindow()
    controller = BackupController(window.statusBar())
    window.show()
    controller.attach(cf)
    controller._pool.waitForDone()  # the status read at attach
    app.processEvents()
    probe = Probe()
    ticks = probe.ticks
    start = time.perf_counter()
    controller.backup_now()
    while controller.is_busy:
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - start
    during = _longest_gap(ticks, took)
    ticks.clear()  # the same probe as long again without a backup: the machine's own noise
    idle_until = time.perf_counter() + took
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.001)
    probe.killTimer(probe.timer_id)
    controller.finish()
    window.close()
    return during, _longest_gap(ticks, took), took


def _pin_none() -> None:
    """PySide6 6.12 on Python 3.11 takes a reference away from None on every
    processEvents() (see ui/shell/pyside_fixes.py for the same bug with True); this loop
    calls it thousands of times, so None gets references to spare, as pin_bools does."""
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def _longest_gap(ticks: list[float], took: float) -> float:
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return (max(gaps) if gaps else took) * 1000


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _measure(path: Path, label: str, runs: int = 5) -> list[Row]:
    """Medians of `runs` rounds, each a plain copy and a routine backup side by side."""
    with CaseFile.open(path, PASSWORD) as cf:
        cf._gateway.checkpoint()
        for old in cf.backups.all(cf.backups.local_folder):  # the first row: no base at all
            old.path.unlink()
        start = time.perf_counter()
        # The first: derives the keys, checks the whole audit chain and every page's HMAC
        # (no earlier backup to compare with). The next compares with it (pages.py).
        cf.backups.create()
        first_s = time.perf_counter() - start
        copies, synced, backups = [], [], []
        for _ in range(runs):
            os.sync()  # each starts with nothing of the other's waiting to be written
            copy_s, synced_s = _plain_copy(path)   # ends with os.sync() as well
            start = time.perf_counter()
            cf.backups.create()
            backups.append(time.perf_counter() - start)
            copies.append(copy_s)
            synced.append(synced_s)
        stall_ms, idle_ms, gui_s = _gui_stall(cf)
    copy_s, synced_s, backup_s = _median(copies), _median(synced), _median(backups)
    ratio = backup_s / copy_s if copy_s else float("inf")
    size = path.stat().st_size / 1e6
    return [
        (f"plain copy ({label}, {size:.0f} MB; median of {runs})", f"{copy_s:.3f} s",
         f"with fsync {synced_s:.3f} s", ""),
        (f"routine verified backup ({label})", f"{backup_s:.3f} s ({ratio:.1f}x copy)",
         "<= 2x", "OK" if ratio <= 2 else "MISS"),
        (f"routine backup against the fsynced copy ({label})",
         f"{backup_s / synced_s:.1f}x", "", ""),
        (f"first backup: no base, every page checked ({label})",
         f"{first_s:.2f} s ({first_s / copy_s:.1f}x copy)", "", ""),
        (f"GUI stall during backup ({label}, {gui_s:.2f} s)", f"{stall_ms:.0f} ms",
         f"< {STALL_TARGET_MS} ms", "OK" if stall_ms < STALL_TARGET_MS else "MISS"),
        (f"GUI stall, no backup, as long ({label})", f"{idle_ms:.0f} ms", "", ""),
    ]


def run(cases: int = 5000, evidence_mb: int = 1024) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.pestdossier"
        shutil.copyfile(cached_vault(cases), path)  # backups must not touch the cache
        rows = _measure(path, f"{cases} cases")
        if evidence_mb:
            _add_evidence(path, evidence_mb)
            rows += _measure(path, f"+{evidence_mb} MB evidence")
    return rows


if __name__ == "__main__":
    from benchmarks.table import print_table

    arguments = [int(a) for a in sys.argv[1:3]]
    print_table("Backup", run(*arguments))
