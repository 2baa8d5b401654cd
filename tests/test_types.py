"""mypy in strict mode holds for the core (app/), as configured in pyproject.toml:
`bash scripts/dev.sh test` runs it through this test, so an unannotated function or a
type error in app/ fails the suite. The cache lives in .mypy_cache (gitignored), which
makes a second run take about a second."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_strict_on_app_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(ROOT / ".mypy_cache"), "app"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
