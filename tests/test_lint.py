"""The lint rules of pyproject.toml hold for the whole project, size limits included
(complexity, branches and statements per function): `bash scripts/dev.sh test` runs ruff
through this test, so a function that grows past them fails the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_check_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
