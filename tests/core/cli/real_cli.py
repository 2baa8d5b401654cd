"""The real console entry for CLI tests: `python -m app.cli.main` from this checkout, on
one vault, with the password on stdin and the school's own protocol folder pointed at
an empty place (so the machine's own protocols never count)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[3]
GROUPS = ("evidence",)  # subcommands with subcommands: the vault comes after both words


class RealCli:
    def __init__(self, vault: Path, home: Path) -> None:
        self.vault = vault
        self._env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(home)}

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`run("show", "2026-001", "--json")` -> pestdossier-cli show KLUIS 2026-001 ..."""
        words = 2 if args[0] in GROUPS else 1
        return self.bare(*args[:words], str(self.vault), *args[words:], "--password-stdin")

    def bare(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """Exactly these arguments (for a subcommand without a vault, like `protocols`)."""
        return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], cwd=ROOT,
                              env=self._env, input=PASSWORD + "\n", capture_output=True,
                              text=True, timeout=60, check=False)

    def ok(self, *args: str) -> str:
        result = self.run(*args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def fails(self, *args: str, message: str) -> None:
        """One Dutch line on stderr, nothing on stdout, exit code 1."""
        result = self.run(*args)
        assert result.returncode == 1, (result.stdout, result.stderr)
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert result.stderr.startswith("pestdossier-cli: ")
        assert message in result.stderr, result.stderr


def new_vault(folder: Path) -> tuple[Path, RealCli]:
    """A path for a fresh vault in `folder` and the CLI on it (create it in-process first:
    much faster than through the CLI, and the subject of these tests is elsewhere)."""
    (folder / "data").mkdir()
    path = folder / "k.pestdossier"
    return path, RealCli(path, folder / "data")
