"""Issue 20 (4): the storage check no longer reads the evidence pages (the evidence check
reads them in full); the page accounting from the pointer map stands in for the parts of
a whole-file quick_check that a per-table check leaves out (app/vault/page_accounting.py).
Each kind of damage below must still be reported, as the full check reports it."""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

import app.verify as verify_module
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from app.vault.freelist import free_pages
from app.vault.pagecheck import HMAC_SIZE, PageVerifier, hmac_key_for_page_key
from app.vault.pointer_map import (
    BTREE,
    OVERFLOW_FIRST,
    OVERFLOW_LATER,
    PageFile,
    parse_btree_page,
    pointer_map_pages,
    read_pointer_map,
    usable_size,
)
from app.verify import CheckResult, VerifyReport
from tests.conftest import PASSWORD

PAGE = 4096
BODY = PAGE - 80


def _fill(vault: CaseFile) -> None:
    """Evidence whose table has an interior page and multi-page overflow chains, a
    non-evidence index, and free pages (a dropped table; auto_vacuum is incremental)."""
    case = vault.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 20)))
    for number in range(6):
        vault.evidence.import_bytes(case.id, os.urandom(30_000 + number), f"bestand{number}.bin",
                                    thumbnail=False)
    conn = vault._gateway.conn
    conn.execute("CREATE TABLE kladblok (data BLOB)")
    conn.execute("INSERT INTO kladblok SELECT randomblob(3000) FROM"
                 " (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                 " WHERE i < 30) SELECT i FROM n)")
    conn.execute("DROP TABLE kladblok")


class _Pages:
    """The closed vault's pages, for finding and rewriting them as SQLCipher would."""

    def __init__(self, path: Path, page_key: bytes) -> None:
        self.path = path
        self.key = page_key
        self.data = bytearray(path.read_bytes())
        self.hmac_key = hmac_key_for_page_key(page_key, bytes(self.data[:16]))
        self.verifier = PageVerifier(self.hmac_key, PAGE)
        fd = os.open(path, os.O_RDONLY)
        self.file = PageFile(fd, len(self.data), page_key, self.verifier, PAGE)
        os.close(fd)
        self.map = read_pointer_map(self.file)

    def plain(self, number: int) -> bytes:
        """As PageFile.plain, of the pages as rewritten so far."""
        offset = (number - 1) * PAGE
        iv = bytes(self.data[offset + BODY:offset + BODY + 16])
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).decryptor()
        start = offset + (16 if number == 1 else 0)
        return decryptor.update(bytes(self.data[start:offset + BODY])) + decryptor.finalize()

    def btree(self, number: int):  # type: ignore[no-untyped-def]
        return parse_btree_page(self.plain(number), number, usable_size(PAGE))

    def pages_of(self, kind: int) -> list[int]:
        return [n for n, k in enumerate(self.map.types) if k == kind]

    def free(self) -> tuple[list[int], list[int]]:
        return free_pages(self.file.raw, self.key, self.verifier, PAGE, len(self.data) // PAGE)

    def write_plain(self, number: int, plain: bytes) -> None:
        """Encrypt `plain` into page `number` with its IV and a valid HMAC."""
        start, offset = (16, (number - 1) * PAGE) if number == 1 else (0, (number - 1) * PAGE)
        iv = bytes(self.data[offset + BODY:offset + BODY + 16])
        encryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).encryptor()
        cipher = encryptor.update(plain) + encryptor.finalize()
        self.data[offset + start:offset + BODY] = cipher
        body = bytes(self.data[offset + start:offset + PAGE - HMAC_SIZE])
        mac = hmac.new(self.hmac_key, body + number.to_bytes(4, "little"), hashlib.sha512)
        self.data[offset + PAGE - HMAC_SIZE:offset + PAGE] = mac.digest()
        assert self.verifier.authentic(bytes(self.data[offset:offset + PAGE]), number)

    def flip(self, number: int, at: int = 200) -> None:
        self.data[(number - 1) * PAGE + at] ^= 0x01

    def save(self) -> None:
        self.file.close()
        self.path.write_bytes(bytes(self.data))

    def set_claim(self, number: int, kind: int, parent: int) -> None:
        map_page = max(p for p in self.map.map_pages if p < number)
        plain = bytearray(self.plain(map_page))
        at = 5 * (number - map_page - 1)
        plain[at:at + 5] = bytes([kind]) + parent.to_bytes(4, "big")
        self.write_plain(map_page, bytes(plain))

    def unlist_free_leaf(self, leaf: int) -> None:
        """Take a leaf off the free list (trunk and header count), as if it were lost."""
        trunks, _leaves = self.free()
        trunk = bytearray(self.plain(trunks[0]))
        count = int.from_bytes(trunk[4:8], "big")
        leaves = [trunk[8 + 4 * i:12 + 4 * i] for i in range(count)]
        leaves.remove(leaf.to_bytes(4, "big"))
        trunk[4:8] = (count - 1).to_bytes(4, "big")
        trunk[8:8 + 4 * count] = b"".join(leaves) + bytes(4)
        self.write_plain(trunks[0], bytes(trunk))
        header = bytearray(self.plain(1))
        total = int.from_bytes(header[36 - 16:40 - 16], "big")
        header[36 - 16:40 - 16] = (total - 1).to_bytes(4, "big")
        self.write_plain(1, bytes(header))


def _evidence_root(vault: CaseFile) -> int:
    return int(vault._gateway.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'evidence_chunks'").fetchone()[0])


def _index_root(vault: CaseFile) -> int:
    return int(vault._gateway.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index'"
        " AND tbl_name = 'audit_log' ORDER BY rootpage LIMIT 1").fetchone()[0])


def _damaged(vault: CaseFile, path: Path, damage: Callable[[_Pages, dict[str, int]], None]
             ) -> _Pages:
    _fill(vault)
    roots = {"evidence": _evidence_root(vault), "index": _index_root(vault)}
    key = vault._gateway.page_key()
    vault.close()
    pages = _Pages(path, key)
    damage(pages, roots)
    pages.save()
    return pages


def _verify_as_the_full_check(path: Path) -> tuple[VerifyReport, CheckResult]:
    with CaseFile.open(path, PASSWORD) as damaged:
        report = damaged.verify()
        full = verify_module._storage(damaged._gateway, lambda d, t: None, lambda: False)
    return report, full


def _evidence_chain_page(pages: _Pages, roots: dict[str, int]) -> int:
    return next(n for n in pages.pages_of(OVERFLOW_LATER)
                if pages.map.types[pages.map.parents[n]] == OVERFLOW_FIRST)


def _flip_overflow(pages: _Pages, roots: dict[str, int]) -> None:
    pages.flip(_evidence_chain_page(pages, roots))


def _flip_interior(pages: _Pages, roots: dict[str, int]) -> None:
    assert not pages.btree(roots["evidence"]).leaf
    pages.flip(roots["evidence"], at=BODY - 300)


def _flip_pointer_map(pages: _Pages, roots: dict[str, int]) -> None:
    pages.flip(2, at=BODY - 100)  # an unused part of the map: only the HMAC notices


def _flip_free_leaf(pages: _Pages, roots: dict[str, int]) -> None:
    pages.flip(pages.free()[1][1])


def _flip_index(pages: _Pages, roots: dict[str, int]) -> None:
    pages.flip(roots["index"], at=BODY - 20)


@pytest.mark.parametrize("damage", [_flip_overflow, _flip_interior, _flip_pointer_map,
                                    _flip_free_leaf, _flip_index])
def test_a_flipped_byte_is_reported_as_the_full_check_reports_it(
        vault: CaseFile, vault_path: Path,
        damage: Callable[[_Pages, dict[str, int]], None]) -> None:
    _damaged(vault, vault_path, damage)
    report, full = _verify_as_the_full_check(vault_path)
    assert not report.ok
    storage = report.checks[0]
    assert storage.problems == full.problems and full.problems
    assert storage.details == full.details


def _orphan_free(pages: _Pages, roots: dict[str, int]) -> None:
    pages.unlist_free_leaf(pages.free()[1][0])


def _orphan_as_child(pages: _Pages, roots: dict[str, int]) -> None:
    leaf = pages.free()[1][0]
    pages.unlist_free_leaf(leaf)
    evidence_leaf = pages.btree(roots["evidence"]).children[0]
    pages.set_claim(leaf, BTREE, evidence_leaf)


def _orphan_in_a_chain(pages: _Pages, roots: dict[str, int]) -> None:
    """Claims to follow the last page of an evidence chain: only the chain says not."""
    leaf = pages.free()[1][0]
    pages.unlist_free_leaf(leaf)
    pages.set_claim(leaf, OVERFLOW_LATER, _last_chain_page(pages))


def _orphan_under_an_index(pages: _Pages, roots: dict[str, int]) -> None:
    leaf = pages.free()[1][0]
    pages.unlist_free_leaf(leaf)
    pages.set_claim(leaf, BTREE, roots["index"])


def _orphans_in_a_cycle(pages: _Pages, roots: dict[str, int]) -> None:
    """Two lost pages, each an interior page whose one child is the other: every count
    matches, only the way up to a root is missing."""
    first, second = pages.free()[1][:2]
    for page, other in ((first, second), (second, first)):
        pages.unlist_free_leaf(page)
        header = bytes([5, 0, 0, 0, 0, 0x0F, 0xB0, 0]) + other.to_bytes(4, "big")
        pages.write_plain(page, header + bytes(BODY - len(header)))
        pages.set_claim(page, BTREE, other)


def _assert_not_proven(vault_path: Path) -> None:
    """The one-pass proof says no (so the full check runs)."""
    with CaseFile.open(vault_path, PASSWORD) as damaged:
        worker = damaged._gateway.open_worker()
        try:
            assert verify_module._proven_storage(worker, threading.Event()) is None
        finally:
            worker.close()


@pytest.mark.parametrize("damage", [_orphan_free, _orphan_as_child, _orphan_in_a_chain,
                                    _orphan_under_an_index, _orphans_in_a_cycle])
def test_a_page_never_used_is_reported(vault: CaseFile, vault_path: Path,
                                       damage: Callable[[_Pages, dict[str, int]], None]
                                       ) -> None:
    _damaged(vault, vault_path, damage)
    _assert_not_proven(vault_path)   # though each table's quick_check passes
    report, full = _verify_as_the_full_check(vault_path)
    assert any("never used" in line for line in full.details)
    storage = report.checks[0]
    assert not report.ok and storage.problems == full.problems
    assert storage.details == full.details


def test_an_evidence_row_deleted_behind_the_apps_back_is_reported(
        vault: CaseFile, vault_path: Path) -> None:
    _fill(vault)
    conn = vault._gateway.conn
    conn.execute("DROP TRIGGER evidence_chunks_no_delete")
    conn.execute("DELETE FROM evidence_chunks WHERE id = (SELECT max(id) FROM evidence_chunks)")
    report = vault.verify()
    assert not report.ok
    assert "verify.evidence_incomplete" in [p.code for p in report.problems]


def test_a_sound_vault_with_evidence_is_proven_in_one_read(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(vault)
    full: list[object] = []
    monkeypatch.setattr(verify_module, "_storage", lambda *a: full.append(a))
    asked: list[str] = []
    real = verify_module._quick_checks
    monkeypatch.setattr(verify_module, "_quick_checks",
                        lambda conn, tables, stop: asked.extend(tables) or real(conn, tables, stop))
    report = vault.verify()
    assert report.ok, report.problems
    assert not full
    assert "evidence_chunks" not in asked and "evidence_items" in asked


def test_a_commit_meanwhile_means_the_full_check(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(vault)
    real_audit = verify_module._audit

    def audit_then_commit(gateway, progress, cancel):  # type: ignore[no-untyped-def]
        result = real_audit(gateway, progress, cancel)
        other = gateway.open_worker()
        other.conn.execute("CREATE TABLE tussendoor (x)")
        other.close()
        return result

    full: list[object] = []
    real_storage = verify_module._storage
    monkeypatch.setattr(verify_module, "_audit", audit_then_commit)
    monkeypatch.setattr(verify_module, "_storage",
                        lambda *a: full.append(a) or real_storage(*a))
    report = vault.verify()
    assert report.ok, report.problems
    assert full


def test_pointer_map_pages_follow_the_file_format() -> None:
    per_group = usable_size(PAGE) // 5 + 1
    assert per_group == 804  # 4016 usable bytes (80 reserved), 5 bytes an entry
    assert pointer_map_pages(3 * per_group, PAGE) == [2, 2 + per_group, 2 + 2 * per_group]


def _last_chain_page(pages: _Pages) -> int:
    later = pages.pages_of(OVERFLOW_LATER)
    followed = {pages.map.parents[n] for n in later}
    return next(n for n in later if n not in followed)


def test_an_evidence_chain_one_page_too_long_is_reported(
        vault: CaseFile, vault_path: Path) -> None:
    """The last page of a chain points on to a lost page that claims to follow it: next
    page and pointer map agree, only the chain's length (from the cell) says no."""
    def grow(pages: _Pages, roots: dict[str, int]) -> None:
        leaf, last = pages.free()[1][0], _last_chain_page(pages)
        pages.unlist_free_leaf(leaf)
        pages.set_claim(leaf, OVERFLOW_LATER, last)
        plain = bytearray(pages.plain(last))
        plain[0:4] = leaf.to_bytes(4, "big")
        pages.write_plain(last, bytes(plain))

    _damaged(vault, vault_path, grow)
    _assert_not_proven(vault_path)
    report, full = _verify_as_the_full_check(vault_path)
    storage = report.checks[0]
    assert not report.ok and storage.problems == full.problems and full.problems
    assert storage.details == full.details
