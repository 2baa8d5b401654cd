"""Case data never reaches the disk in plaintext: not in the vault file, its WAL/SHM or
journal, the temp folder, or the config folder; SQLite's temp files stay in memory."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[3]
CANARIES = ("KANARIE-titel-7f3a", "KANARIE-tijdlijn-91bc", "KANARIE-Naam-Zyx")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env["SQLITE_TMPDIR"] = env["TMPDIR"]  # SQLite prefers this one over TMPDIR
    env["PYTHONPATH"] = str(ROOT)
    return env


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], env=env, cwd=ROOT,
                          input=PASSWORD + "\n", text=True, capture_output=True, check=True)


def _hits(folder: Path, needles: tuple[str, ...]) -> list[str]:
    patterns = [n.encode(enc) for n in needles for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {p!r}" for p in patterns if p in data]
    return found


def test_canaries_never_on_disk(tmp_path: Path) -> None:
    env = _env(tmp_path)
    vault = tmp_path / "data" / "kluis.pestdossier"
    vault.parent.mkdir()  # the CLI creates no folders
    _cli(env, "init", str(vault), "--password-stdin")
    ref = _cli(env, "add-case", str(vault), "--password-stdin", "--title", CANARIES[0],
               "--kind", "pesten").stdout.strip()
    _cli(env, "add-entry", str(vault), ref, "--password-stdin", "--kind", "gesprek",
         "--text", CANARIES[1])
    _cli(env, "add-person", str(vault), ref, "--password-stdin", "--name", CANARIES[2],
         "--role", "gepeste")
    shown = _cli(env, "show", str(vault), ref, "--password-stdin").stdout
    assert all(c in shown for c in CANARIES)  # the data really is there
    assert _hits(tmp_path, CANARIES) == []


_TEMP_WORK = r"""
import random, sys
from pathlib import Path
from app.casefile import CaseFile
path, password, store = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault = CaseFile.open(path, password)
conn = vault._gateway.conn
conn.execute("PRAGMA cache_size = 50")
conn.execute(f"PRAGMA temp_store = {store}")
with vault._gateway.write() as tx:
    tx.execute("CREATE TABLE IF NOT EXISTS big (t TEXT)")
    rnd = random.Random(1)
    tx.executemany("INSERT INTO big VALUES (?)",
                   ((''.join(rnd.choices('abcdefghij', k=60)),) for _ in range(60000)))
conn.execute("SELECT t FROM big ORDER BY t DESC").fetchall()
conn.execute("CREATE INDEX big_t ON big(t)")
conn.execute("VACUUM")
vault.change_password(password, password + " nieuw", check_strength=False)
vault.close()
print("done", flush=True)
"""


def _temp_files_seen(tmp_path: Path, store: str) -> set[str]:
    """Run the work in a child and watch its open files for anything in the temp dir."""
    from app.casefile import CaseFile

    env = _env(tmp_path)
    vault_path = tmp_path / f"v-{store}.pestdossier"
    CaseFile.create(vault_path, PASSWORD).close()
    temp_dir = env["TMPDIR"]
    child = subprocess.Popen([sys.executable, "-c", _TEMP_WORK, str(vault_path), PASSWORD, store],
                             env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    seen: set[str] = set()
    fd_dir = Path(f"/proc/{child.pid}/fd")
    while child.poll() is None:
        try:
            for fd in fd_dir.iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith(temp_dir):
                    seen.add(target)
        except OSError:
            pass
        time.sleep(0.002)
    assert child.returncode == 0
    leftovers = list(Path(temp_dir).iterdir())
    assert leftovers == [], leftovers
    return seen


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to watch open files")
def test_sort_index_vacuum_and_rekey_use_no_temp_files(tmp_path: Path) -> None:
    # Control: with temp files allowed, the watcher does see SQLite's spill files ...
    assert _temp_files_seen(tmp_path / "control", "FILE"), "watcher saw no temp file at all"
    # ... and with the vault's own settings there are none.
    assert _temp_files_seen(tmp_path / "vault", "MEMORY") == set()
