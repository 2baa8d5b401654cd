"""kill -9 at any moment leaves the vault openable and consistent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app.casefile import CaseFile
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[3]

_WRITER = r"""
import sys
from datetime import UTC, datetime, date
from pathlib import Path
from app.cases import NewCase
from app.domain import CaseKind, EntryKind
from app.casefile import CaseFile
vault = CaseFile.open(Path(sys.argv[1]), sys.argv[2])
case = vault.cases.create(NewCase("Crash", CaseKind.PESTEN, date(2026, 11, 20)))
i = 0
while True:
    entry = vault.timeline.add(case.id, EntryKind.NOTITIE, f"regel {i} " + "x" * 500,
                               datetime.now(UTC))
    print(entry.id, flush=True)  # printed only after the commit returned
    i += 1
"""


def test_kill_during_writes(tmp_path: Path) -> None:
    path = tmp_path / "crash.pestdossier"
    CaseFile.create(path, PASSWORD).close()
    child = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), PASSWORD], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    committed: list[int] = []
    for line in child.stdout:
        committed.append(int(line))
        if len(committed) >= 60:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    committed += [int(line) for line in child.stdout.read().split()]

    with CaseFile.open(path, PASSWORD) as vault:
        report = vault.verify()
        assert report.ok, report.problems
        stored = {e.id for e in vault.timeline.for_case(vault.cases.by_reference(
            vault.cases.list()[0].reference).id)}
        assert set(committed) <= stored
        # Nothing beyond the last printed commit but at most the one in flight.
        assert len(stored) - len(committed) <= 1
