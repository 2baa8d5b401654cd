"""Issue 20 (4): verify reads the pages once. The storage check runs on its own connection
beside the audit and evidence checks; a clean quick_check plus the HMAC of the free-list
leaves stands in for cipher_integrity_check (app/verify.py, app/vault/freelist.py)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

import app.verify as verify_module
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.vault import snapshot
from app.vault.freelist import free_pages
from app.vault.pagecheck import PageVerifier, hmac_key_for_page_key
from tests.conftest import PASSWORD

PAGE = 4096


def _with_free_pages(vault: CaseFile) -> None:
    """Pages freed by a dropped table stay on the free list (auto_vacuum is incremental)."""
    conn = vault._gateway.conn
    conn.execute("CREATE TABLE kladblok (data BLOB)")
    conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)"
                 " INSERT INTO kladblok SELECT randomblob(3000) FROM n")
    conn.execute("DROP TABLE kladblok")
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] > 10


def _free_leaves(vault: CaseFile) -> list[int]:
    gateway = vault._gateway
    gateway.checkpoint()
    data = gateway.path.read_bytes()
    key = gateway.page_key()
    verifier = PageVerifier(hmac_key_for_page_key(key, data[:16]), PAGE)
    _trunks, leaves = free_pages(lambda n: data[(n - 1) * PAGE:n * PAGE], key, verifier,
                                 PAGE, len(data) // PAGE)
    return leaves


def test_a_sound_vault_with_free_pages_passes_without_the_full_page_check(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_free_pages(vault)
    assert len(_free_leaves(vault)) > 5
    full = []
    monkeypatch.setattr(verify_module, "_storage", lambda *a: full.append(a))
    report = vault.verify()
    assert report.ok, report.problems
    assert not full   # proven in one read, not checked a second time
    assert report.checks[0].what.code == "verify.checked_storage_pages"


def test_a_damaged_free_page_is_reported_as_the_full_check_reports_it(
        vault: CaseFile, vault_path: Path) -> None:
    _with_free_pages(vault)
    leaf = _free_leaves(vault)[2]
    vault.close()
    with vault_path.open("r+b") as handle:   # no b-tree reaches this page: quick_check passes
        handle.seek((leaf - 1) * PAGE + 500)
        handle.write(b"\xff" * 8)
    with CaseFile.open(vault_path, PASSWORD) as damaged:
        assert damaged._gateway.conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        report = damaged.verify()
        full = verify_module._storage(damaged._gateway, lambda d, t: None, lambda: False)
    assert not report.ok
    assert report.checks[0].problems == full.problems and full.problems
    assert report.checks[0].details == full.details


def test_cancel_while_the_storage_check_runs_changes_nothing(
        vault: CaseFile, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 20)))
    started, stopped = threading.Event(), threading.Event()
    real = verify_module._proven_storage

    def slow(worker, stop):  # type: ignore[no-untyped-def]
        started.set()
        stopped.wait(10)  # until interrupted
        return real(worker, stop)

    def on_interrupt(run: verify_module._StorageRun) -> None:
        stopped.set()
        original_stop(run)

    original_stop = verify_module._StorageRun.stop
    monkeypatch.setattr(verify_module, "_proven_storage", slow)
    monkeypatch.setattr(verify_module._StorageRun, "stop", on_interrupt)
    head = vault.audit.entries()[-1].id if vault.audit.entries() else 0
    files = sorted(p.name for p in vault_path.parent.iterdir())
    calls = iter([False, False, False] + [True] * 1000)
    report = vault.verify(cancel=lambda: started.is_set() and next(calls))
    assert report.cancelled and not report.ok
    assert "verify.checked_storage_pages" not in [c.what.code for c in report.checks]
    assert not [t for t in threading.enumerate() if t.name == "verify-storage"]
    assert (vault.audit.entries()[-1].id if vault.audit.entries() else 0) == head
    assert sorted(p.name for p in vault_path.parent.iterdir()) == files
    assert snapshot.session(vault_path)  # the vault's shared descriptor is still there
