"""A fresh backup's pages are proven against the previous verified backup: only pages that
differ from it get their HMAC checked (app/backup/pages.py, docs/security.md "Backups").
Damage in the new copy or in the base is caught; a base under another key is not used."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.backup import BackupVerifyError
from app.backup import pages as pages_module
from app.backup.container import Container, read_container
from app.backup.keys import unseal
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from tests.core.backup.helpers import NEW_PASSWORD, PASSWORD, fill

PAGE = 4096


def _page_report(vault: CaseFile, path: Path) -> dict[str, Any] | None:
    container = read_container(path)
    info = json.loads(unseal(vault._gateway.page_key(), container.header["info"], "info"))
    report: dict[str, Any] | None = info["pages"]
    return report


def _flip(path: Path, page_number: int, offset: int = 200) -> None:
    with path.open("r+b") as handle:
        handle.seek((page_number - 1) * PAGE + offset)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0x40]))


def _last_page(path: Path) -> int:
    return read_container(path).db_size // PAGE


def _corrupt_copy_before_check(monkeypatch: pytest.MonkeyPatch, page_number: int,
                               offset: int = 200) -> None:
    """Damage the fresh copy once that page was written, before its pages are checked."""
    original = pages_module.check_pages

    def damaged(copy: Path, page_size: int, key: bytes, base: Container, *,
                size: int | None = None,
                wait: Callable[[int], None] = pages_module._landed) -> pages_module.PageReport:
        flipped: list[bool] = []

        def landed_then_damaged(until: int) -> None:
            wait(until)
            if not flipped and until >= page_number * page_size:
                _flip(copy, page_number, offset)
                flipped.append(True)

        landed_then_damaged(page_number * page_size)
        return original(copy, page_size, key, base, size=size, wait=landed_then_damaged)

    monkeypatch.setattr(pages_module, "check_pages", damaged)


def test_the_first_backup_is_checked_in_full_the_next_only_where_pages_differ(
        vault: CaseFile) -> None:
    fill(vault)
    first = vault.backups.create().info.path
    assert _page_report(vault, first) is None   # cipher_integrity_check over every page
    vault.cases.create(NewCase("Tweede melding", CaseKind.PESTEN, date(2026, 1, 3)))
    second = vault.backups.create().info.path
    report = _page_report(vault, second)
    assert report is not None and report["base"] == first.name
    assert 0 < report["hmac_checked"] < report["pages"]


def test_a_damaged_page_that_differs_from_the_base_is_caught(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(vault)
    first = vault.backups.create().info.path
    _corrupt_copy_before_check(monkeypatch, _last_page(first))
    with pytest.raises(BackupVerifyError) as failed:
        vault.backups.create()
    assert failed.value.code == "backup.verify_failed"
    assert [p.name for p in vault.backups.local_folder.iterdir()] == [first.name]


def test_a_damaged_base_does_not_let_a_bad_page_through(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(vault)
    first = vault.backups.create().info.path
    damaged_page = _last_page(first)
    _flip(first, damaged_page)                  # the base rots after it was verified
    second = vault.backups.create().info.path   # its sound copy of that page differs: checked
    report = _page_report(vault, second)
    assert report is not None and report["base"] == first.name
    _flip(second, damaged_page, offset=300)     # now the newest base is damaged as well
    _corrupt_copy_before_check(monkeypatch, damaged_page, offset=500)  # and the next copy
    with pytest.raises(BackupVerifyError):
        vault.backups.create()


def test_a_backup_under_another_key_is_no_base(vault: CaseFile) -> None:
    fill(vault)
    vault.backups.create()
    vault.change_password(PASSWORD, NEW_PASSWORD)
    after = vault.backups.create().info.path
    assert _page_report(vault, after) is None   # the old backup's pages prove nothing now
    again = vault.backups.create().info.path
    report = _page_report(vault, again)
    assert report is not None and report["base"] == after.name


def _signed_pages(key: bytes, count: int, skip: int) -> bytes:
    """`count` pages with valid HMACs, the page numbered `skip` left as zeros."""
    out = bytearray()
    for number in range(1, count + 1):
        if number == skip:
            out += bytes(PAGE)
            continue
        body = os.urandom(PAGE - 64)
        start = 16 if number == 1 else 0
        mac = hmac.new(key, body[start:] + number.to_bytes(4, "little"),
                       hashlib.sha512).digest()
        out += body + mac
    return bytes(out)


def test_the_page_sqlite_never_writes_is_not_checked(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # Past 1 GiB, SQLite leaves the page holding the lock byte unwritten; moved to page 9.
    monkeypatch.setattr(pages_module, "PENDING_BYTE", 8 * PAGE)
    key = b"k" * 32
    copy = tmp_path / "kopie.db"
    copy.write_bytes(_signed_pages(key, 12, skip=9))
    empty_base = Container(tmp_path / "leeg", {}, 0)
    (tmp_path / "leeg").write_bytes(b"")
    report = pages_module.check_pages(copy, PAGE, key, empty_base)
    assert report.ok and report.checked == 11 and report.pages == 12
    broken = bytearray(copy.read_bytes())
    broken[10 * PAGE + 7] ^= 1   # page 11
    copy.write_bytes(bytes(broken))
    assert pages_module.check_pages(copy, PAGE, key, empty_base).bad == (11,)


def test_a_copy_that_ends_before_its_size_is_not_proven(tmp_path: Path) -> None:
    # Checked while it is written: pages the copy never got are bad, not skipped.
    key = b"k" * 32
    copy = tmp_path / "kopie.db"
    copy.write_bytes(_signed_pages(key, 12, skip=0))
    empty_base = Container(tmp_path / "leeg", {}, 0)
    (tmp_path / "leeg").write_bytes(b"")
    landed: list[int] = []
    report = pages_module.check_pages(copy, PAGE, key, empty_base, size=14 * PAGE,
                                      wait=landed.append)
    assert report.bad == (13,) and not report.ok
    assert landed and landed[-1] <= 14 * PAGE
