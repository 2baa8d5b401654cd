"""Backups that happen by themselves: on lock, on close and hourly when changed, on a worker
thread; the status bar says when and where, and each warning once."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

from app.backup import BackupService
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from tests.ui.conftest import TEST_PASSWORD, wait_for_background_work
from ui.shell import backup_controller

CANARY = "KANARIE-reservekopie-9c2e"


def _backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdbackup")) if folder.is_dir() else []


def test_lock_writes_a_backup_on_a_worker_and_closes_the_vault(
        make_window, qtbot, vault: CaseFile, vault_path: Path, monkeypatch) -> None:
    threads: list[threading.Thread] = []
    create = BackupService.create

    def spying_create(self, to=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return create(self, to)

    monkeypatch.setattr(BackupService, "create", spying_create)
    vault.cases.create(NewCase(CANARY, CaseKind.PESTEN, date(2026, 11, 20)))
    window = make_window()
    window.start(vault)
    started = time.perf_counter()
    window.lock()
    lock_seconds = time.perf_counter() - started
    assert not vault.is_open and window.vault is None
    assert lock_seconds < 2.0
    qtbot.waitUntil(lambda: len(_backups(vault_path.parent / "Reservekopieën")) == 1,
                    timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    with CaseFile.open(vault_path, TEST_PASSWORD) as reopened:
        info = reopened.backups.all()[0]
        assert info.readable and info.counts is not None and info.counts.cases == 1


def test_status_bar_shows_the_last_backup_and_warns_once(
        make_window, qtbot, vault: CaseFile, monkeypatch) -> None:
    window = make_window()
    window.start(vault)
    controller = window.backups
    qtbot.waitUntil(lambda: not controller.label.isHidden(), timeout=10_000)
    assert controller.label.text() == "Nog geen reservekopie, in Reservekopieën"
    said = controller.lbl_notice.full_text()  # (the status bar shows as much as fits)
    assert "nog geen reservekopie" in said.lower()
    assert "dezelfde schijf" in said  # the local folder is beside the vault
    vault.cases.create(NewCase("Nieuw", CaseKind.PESTEN, date(2026, 11, 20)))
    monkeypatch.setattr(backup_controller, "HOURLY_SECONDS", 0)
    controller.lbl_notice.set_full_text("")
    controller.check_hourly()
    assert controller.is_busy
    qtbot.waitUntil(lambda: not controller.is_busy, timeout=10_000)
    # the fixed clock says 14:05 in Amsterdam, the backup is from "today"
    assert controller.label.text() == "Laatste reservekopie: vandaag 14:05, in Reservekopieën"
    assert "Reservekopieën" in controller.label.toolTip()
    assert "dezelfde schijf" in controller.label.toolTip()
    assert controller.lbl_notice.full_text() == ""  # the same-disk warning came once
    # unchanged since that backup: the hour passes without a new one
    controller.check_hourly()
    assert not controller.is_busy
    wait_for_background_work()


def test_no_hourly_backup_before_the_hour_or_without_changes(
        make_window, vault: CaseFile, monkeypatch) -> None:
    window = make_window()
    window.start(vault)
    window.backups.check_hourly()
    assert not window.backups.is_busy  # not an hour yet
    monkeypatch.setattr(backup_controller, "HOURLY_SECONDS", 0)
    window.backups.check_hourly()
    assert not window.backups.is_busy  # nothing changed since unlocking


def test_closing_the_window_waits_for_the_backup_and_leaves_no_plaintext(
        make_window, vault: CaseFile, vault_path: Path) -> None:
    vault.cases.create(NewCase(CANARY, CaseKind.PESTEN, date(2026, 11, 20)))
    window = make_window()
    window.start(vault)
    window.close()
    folder = vault_path.parent / "Reservekopieën"
    files = [p for p in folder.iterdir() if p.is_file()]
    assert [p.suffix for p in files] == [".pdbackup"]  # no .deel left behind
    for path in files:
        data = path.read_bytes()
        assert CANARY.encode() not in data and CANARY.encode("utf-16-le") not in data


def test_a_failed_backup_is_said(make_window, qtbot, vault: CaseFile, monkeypatch) -> None:
    from app.backup import BackupWriteError

    def failing(self, to=None):  # type: ignore[no-untyped-def]
        raise BackupWriteError("backup.disk_full", folder="E:/")

    monkeypatch.setattr(BackupService, "create", failing)
    window = make_window()
    window.start(vault)
    qtbot.waitUntil(lambda: not window.backups.label.isHidden(), timeout=10_000)
    window.backups.backup_now()
    qtbot.waitUntil(lambda: not window.backups.is_busy, timeout=10_000)
    assert "vol" in window.backups.lbl_notice.full_text()
    assert window.backups.label.text() == "Reservekopie mislukt"


def test_the_demo_makes_no_backups(make_window, vault: CaseFile, vault_path: Path) -> None:
    window = make_window(demo=True, demo_password=TEST_PASSWORD)
    window.start(vault)
    window.close()
    assert _backups(vault_path.parent / "Reservekopieën") == []
