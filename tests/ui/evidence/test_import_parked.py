"""A big import from the window runs as fast as from the command line: the window's own
connection is parked, so the worker writes with a rollback journal (every page once),
and kill -9 in the middle still leaves no partial item."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.evidence import BULK_IMPORT_BYTES, importer
from app.evidence.model import CHUNK_SIZE
from ui.evidence.importing import BatchState, ImportJob, parked_batch

PASSWORD = "a strong test passphrase 123"
ROOT = Path(__file__).resolve().parents[3]


def _big_file(path: Path, chunks: int) -> Path:
    block = os.urandom(CHUNK_SIZE)
    with path.open("wb") as fh:
        for i in range(chunks):
            fh.write(i.to_bytes(4, "big") + block[4:])
    return path


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[CaseFile]:
    with CaseFile.create(tmp_path / "v.pestdossier", PASSWORD, check_strength=False) as opened:
        opened.cases.create(NewCase("Groot", CaseKind.ONLINE_PESTEN, date(2026, 1, 2)))
        yield opened


def test_big_gui_import_parks_the_window_connection_and_uses_a_rollback_journal(
        vault: CaseFile, tmp_path: Path, monkeypatch) -> None:
    source = _big_file(tmp_path / "opname.mp4", BULK_IMPORT_BYTES // CHUNK_SIZE + 2)
    switched: list[bool] = []
    real = importer.bulk_journal

    @contextlib.contextmanager
    def recording(conn, size):  # type: ignore[no-untyped-def]
        with real(conn, size) as did:
            switched.append(did)
            yield did

    monkeypatch.setattr(importer, "bulk_journal", recording)
    state = BatchState([ImportJob.file(source)])
    work = parked_batch(vault, 1, state)
    assert vault.is_open  # parked, not locked
    [outcome] = work(lambda done, total: None, lambda: False)
    assert switched == [True]  # the window's connection did not keep the import in WAL
    assert outcome.item is not None
    assert outcome.item.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    # The window reads again on a fresh connection, back in WAL.
    assert [i.id for i in vault.evidence.list_for_case(1)] == [outcome.item.id]
    assert vault._gateway.query("PRAGMA journal_mode")[0][0] == "wal"
    assert vault.verify().ok


def test_small_gui_imports_never_park(vault: CaseFile, tmp_path: Path, monkeypatch) -> None:
    small = tmp_path / "klein.txt"
    small.write_bytes(b"kort bewijs")
    parked: list[bool] = []
    monkeypatch.setattr(CaseFile, "park", lambda self: parked.append(True))
    work = parked_batch(vault, 1, BatchState([ImportJob.file(small)]))
    [outcome] = work(lambda done, total: None, lambda: False)
    assert outcome.item is not None and parked == []


def test_a_read_while_parked_waits_for_the_import_then_reconnects(vault: CaseFile) -> None:
    free = vault.park()
    gateway = vault._gateway
    assert gateway._conn is None and vault.is_open
    free.set()  # the worker is done
    assert vault.cases.by_reference("2026-001").title == "Groot"
    assert gateway._conn is not None
    assert vault.park() is not free  # parking twice in a row parks again, cleanly
    vault.close()  # locking while parked needs no connection
    assert not vault.is_open


_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.casefile import CaseFile
    from ui.evidence.importing import BatchState, ImportJob, parked_batch
    vault = CaseFile.open(Path(sys.argv[1]), sys.argv[2])
    work = parked_batch(vault, 1, BatchState([ImportJob.file(Path(sys.argv[3]))]))
    told = []
    def progress(done, total):
        if done >= 24 * 1024 * 1024 and not told:
            told.append(True)
            print("schrijft", flush=True)
    work(progress, lambda: False)
    print("klaar", flush=True)
""")


@pytest.mark.slow  # a 100 MiB import in a child process, killed, then verified (~4 s)
def test_kill_9_during_a_gui_path_import_leaves_no_partial_item(tmp_path: Path) -> None:
    path = tmp_path / "v.pestdossier"
    with CaseFile.create(path, PASSWORD, check_strength=False) as vault:
        case = vault.cases.create(NewCase("Groot", CaseKind.ONLINE_PESTEN, date(2026, 1, 2)))
        vault.evidence.import_bytes(case.id, b"eerder bewijs", "eerder.txt")
    source = _big_file(tmp_path / "video.mp4", 100)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), PASSWORD, str(source)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "schrijft", child.stderr.read() if child.stderr else ""
        # Inside the import's transaction, in a rollback journal although the window's
        # connection belongs to the same session.
        assert Path(f"{path}-journal").exists()
        assert not Path(f"{path}-wal").exists()
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with CaseFile.open(path, PASSWORD) as vault:
        assert vault.notices == ()  # the hot journal was rolled back, not moved aside
        assert [i.original_name for i in vault.evidence.list_for_case(1)] == ["eerder.txt"]
        assert vault._gateway.query("SELECT count(*) FROM evidence_chunks")[0][0] == 1
        assert vault.verify().ok


def test_the_window_shows_a_modal_progress_while_a_big_file_holds_the_vault(
        vault: CaseFile, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """No click may read the parked connection (the window would freeze until the import
    ends): a window-modal progress dialog covers the window meanwhile, with Cancel."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from ui.evidence.import_hold import ImportHold
    from ui.evidence.importing import ImportQueue

    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    queue = ImportQueue(vault, owner)
    hold = ImportHold(queue, owner)
    seen: list[tuple[bool, bool]] = []
    queue.holds_window.connect(lambda on: seen.append(
        (on, hold.dialog is not None and hold.dialog.isVisible())))
    small = tmp_path / "klein.txt"
    small.write_bytes(b"kort bewijs")
    with qtbot.waitSignal(queue.batch_done, timeout=20_000):
        queue.add(1, [ImportJob.file(small)])
    assert seen == [] and hold.dialog is None  # a small file never holds the window
    big = _big_file(tmp_path / "opname.mp4", BULK_IMPORT_BYTES // CHUNK_SIZE + 1)
    with qtbot.waitSignal(queue.batch_done, timeout=60_000):
        queue.add(1, [ImportJob.file(big)])
        assert hold.dialog is not None and hold.dialog.isVisible()
        assert hold.dialog.windowModality() == Qt.WindowModality.WindowModal
    assert seen == [(True, True), (False, False)]  # shown while held, gone after
    assert len(vault.evidence.list_for_case(1)) == 2
