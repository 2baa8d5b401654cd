"""Issue 11 (bad input), slow: kill -9 at random moments during a destruction leaves the
case whole or gone, and the audit log says which (and still verifies)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.casework import ProtocolRegistry
from app.errors import CaseNotFoundError
from app.protocols import SHIPPED_PROTOCOLS_DIR
from tests.conftest import PASSWORD
from tests.dossier_case import build_rich_case

ROOT = Path(__file__).resolve().parents[3]
KILLS = 30

_DESTROYER = r"""
import sys
from pathlib import Path
from app.casefile import CaseFile
vault = CaseFile.open(Path(sys.argv[1]), sys.argv[2])
case = vault.cases.by_reference(sys.argv[3])
print("open", flush=True)
vault.destruction.destroy(case.id, "Termijn verstreken", confirm=True,
                          progress=lambda done, total: print("step", flush=True))
print("done", flush=True)
vault.close()
"""


def _prepare(folder: Path) -> tuple[Path, str, str, int]:
    original = folder / "origineel.pestdossier"
    registry = ProtocolRegistry([SHIPPED_PROTOCOLS_DIR])
    with CaseFile.create(original, PASSWORD, counsellor="T. Tester",
                         registry=registry) as cf:
        rc = build_rich_case(cf)
        build_rich_case(cf)   # a second case beside it
        for n in range(12):   # more evidence: more pages to overwrite and give back
            cf.evidence.import_bytes(rc.case_id, os.urandom(300_000), f"extra{n}.bin")
        preview = cf.destruction.preview(rc.case_id)
    return original, rc.reference, preview.content_sha256, len(preview.warnings)


@pytest.mark.slow
def test_kill_during_destruction_leaves_whole_or_gone(tmp_path: Path) -> None:
    # Slow on purpose: 30 child processes, each opening a vault (key derivation) and
    # destroying a case with 17 evidence items, then a full verify after each kill.
    original, reference, content, _ = _prepare(tmp_path)
    rng = random.Random(11)
    outcomes = {"heel": 0, "weg": 0}
    for n in range(KILLS):
        path = tmp_path / f"kluis{n}.pestdossier"
        shutil.copy2(original, path)
        child = subprocess.Popen(
            [sys.executable, "-c", _DESTROYER, str(path), PASSWORD, reference],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        # Killed right after a random number of steps the child reported (or after
        # "done"): a moment it says it has reached, not a guessed delay.
        for _line in range(rng.randint(0, 75)):
            if child.stdout.readline().strip() != "step":
                break
        child.send_signal(signal.SIGKILL)
        child.wait()
        outcomes[_check(path, reference, content)] += 1
        for leftover in tmp_path.glob(f"kluis{n}.pestdossier*"):
            leftover.unlink()
    assert outcomes["heel"] > 0 and outcomes["weg"] > 0, outcomes


def _check(path: Path, reference: str, content: str) -> str:
    with CaseFile.open(path, PASSWORD) as cf:
        assert cf.verify().ok
        records = [r for r in cf.destruction.records() if r.reference == reference]
        try:
            case = cf.cases.by_reference(reference)
        except CaseNotFoundError:
            assert len(records) == 1 and records[0].content_sha256 == content
            return "weg"
        assert records == []
        assert cf.destruction.preview(case.id).content_sha256 == content
        return "heel"
