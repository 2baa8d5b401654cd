"""kill -9 in the middle of a backup: the vault stays intact and no file looks like a
backup unless it is a whole, verified one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.backup.container import read_container
from app.casefile import CaseFile
from tests.core.backup.helpers import PASSWORD, fill

ROOT = Path(__file__).resolve().parents[3]
LOOP = textwrap.dedent("""
    import sys
    from app.backup import writer
    from app.casefile import CaseFile
    from app.vault import snapshot

    def step(*_args):
        print("step", flush=True)

    def reported(real):  # each phase of a backup says when it starts
        def wrapped(*args, **kwargs):
            step()
            return real(*args, **kwargs)
        return wrapped

    for name in ("_copy_pages", "_clean", "_verify", "append_header"):
        setattr(writer, name, reported(getattr(writer, name)))
    copy_to = snapshot.FrozenFile.copy_to
    snapshot.FrozenFile.copy_to = lambda self, target, progress=None: copy_to(self, target, step)
    with CaseFile.open(sys.argv[1], sys.argv[2]) as cf:
        cf._gateway.page_key()  # derived first, so the kills land in backups being written
        print("open", flush=True)
        while True:
            cf.backups.create()
""")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_kill_during_backup_leaves_no_false_backup(tmp_path: Path) -> None:
    vault_path = tmp_path / "kluis.pestdossier"
    with CaseFile.create(vault_path, PASSWORD, check_strength=False) as cf:
        fill(cf)
        cf.backups.create()  # derives the backup key once
        folder = cf.backups.local_folder
    rng = random.Random(18)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    deadline = time.monotonic() + 200  # each round starts a Python; slow under load
    kills = 0
    while kills < 50 and time.monotonic() < deadline:
        proc = subprocess.Popen([sys.executable, "-c", LOOP, str(vault_path), PASSWORD],
                                stdout=subprocess.PIPE, env=env, cwd=ROOT)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"open"
        # Kill after a random number of reported steps (copied chunks, cleaning, checks,
        # header) of the first few backups: a moment the child says it has reached.
        for _step in range(rng.randint(0, 12)):
            proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        for backup in folder.glob("*.pdbackup"):
            read_container(backup)  # every visible backup is whole
    assert kills >= 50
    with CaseFile.open(vault_path, PASSWORD) as cf:
        assert cf.verify().ok
        backups = cf.backups.all()
        assert backups and all(b.readable for b in backups)
        newest = backups[0].path
        cf.backups.create()  # clears what the killed runs left behind
        assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    CaseFile.restore_backup(newest, tmp_path / "terug.pestdossier", PASSWORD,
                            password=PASSWORD, check_strength=False)
