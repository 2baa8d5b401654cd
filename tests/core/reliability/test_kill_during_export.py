"""Issue 19 (4), slow: kill -9 during exports leaves nothing after the next start."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[3]

_EXPORTER = r"""
import sys
from pathlib import Path
from app.casefile import CaseFile
vault = CaseFile.open(Path(sys.argv[1]), sys.argv[2])
item = vault.evidence.list_for_case(vault.cases.list()[0].id)[0]
i = 0
print("open", flush=True)
while True:
    vault.handover.export_original(item.id, Path(sys.argv[3]) / f"bewijs{i % 3}.bin",
                                   lambda done, total: print("chunk", flush=True))
    i += 1
"""


@pytest.mark.slow
def test_kill_during_export_leaves_nothing(tmp_path: Path) -> None:
    vault_path = tmp_path / "kluis.pestdossier"
    source = tmp_path / "groot.bin"
    source.write_bytes(os.urandom(6 * 1024 * 1024))
    with CaseFile.create(vault_path, PASSWORD) as cf:
        case = cf.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 20)))
        cf.evidence.import_file(case.id, source, thumbnail=False)
    out = tmp_path / "export"
    out.mkdir()
    rng = random.Random(19)
    leftovers_seen = 0
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", _EXPORTER, str(vault_path), PASSWORD, str(out)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        # Kill after a random number of written chunks (6 per export): mostly mid-file.
        for _chunk in range(rng.randint(1, 12)):
            assert child.stdout.readline().strip() == "chunk"
        child.send_signal(signal.SIGKILL)
        child.wait()
        leftovers_seen += sum(1 for p in out.iterdir() if p.name.endswith(".deel"))
        with CaseFile.open(vault_path, PASSWORD):
            pass
        assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    assert leftovers_seen > 0  # the kills did land mid-export
