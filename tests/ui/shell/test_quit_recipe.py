"""Quitting after a dossier with the Bewijs tab open ends cleanly, every time (issue 12:
it sometimes aborted with "Fatal Python error: bool_dealloc", exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUNS = 20
AT_ONCE = 4
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_quit_recipe_exits_cleanly_every_time(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path),
           "TMPDIR": str(tmp_path)}
    failures: list[str] = []
    for start in range(0, RUNS, AT_ONCE):
        runs = [subprocess.Popen([sys.executable, "-m", "tests.ui.shell.quit_recipe"],
                                 cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True)
                for _ in range(start, min(start + AT_ONCE, RUNS))]
        for run in runs:
            output, _ = run.communicate(timeout=240)
            if run.returncode != 0:
                failures.append(f"exit {run.returncode}: {output[-2000:]}")
    assert failures == []
