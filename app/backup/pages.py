"""Proving every page of a fresh page copy authentic, incrementally.

A backup's database is the vault's encrypted pages as they are, and every page carries an
HMAC over its content and its page number, keyed with the page key. So a page whose bytes
equal the page with the same number in an earlier backup that was verified under the same
key is authentic without computing anything: only pages that differ from such a base get
their HMAC checked (here, in Python; `pagecheck.py` documents the layout). Damage in
either file only makes more pages differ. Without a usable base the caller runs
`cipher_integrity_check` over all pages. See docs/security.md, "Backups".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from app.backup.container import BackupFileError, Container, read_container
from app.backup.keys import BackupKeyError, unseal
from app.vault.pagecheck import PageVerifier, hmac_key_for_page_key

hmac_key = hmac_key_for_page_key

CHUNK_PAGES = 2048
PENDING_BYTE = 0x40000000  # SQLite never writes the page holding this offset (file locks)


@dataclass(frozen=True)
class PageReport:
    pages: int          # pages in the copy
    checked: int        # pages whose HMAC was computed (the rest equal the base's)
    base: str | None    # file name of the verified base, None: checked in full
    bad: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.bad

    def as_json(self) -> dict[str, object]:
        return {"pages": self.pages, "hmac_checked": self.checked, "base": self.base}


def find_base(candidates: Iterable[Path], data_key: bytes) -> Container | None:
    """The first (newest) page-copy backup whose sealed info opens with `data_key`: it was
    sealed by a writer that had verified it, under the same page key."""
    for path in candidates:
        try:
            container = read_container(path)
            if container.header.get("copy") != "pages":
                continue
            unseal(data_key, container.header["info"], "info")
        except (BackupFileError, BackupKeyError, KeyError, TypeError, ValueError, OSError):
            continue
        return container
    return None


def _differing(ours: bytearray, theirs: bytearray, got: int, have: int,
               page_size: int) -> list[int]:
    """Indexes (within the chunk) of the pages of `ours` not equal to those of `theirs`."""
    return [start // page_size for start in range(0, got, page_size)
            if start + page_size > have
            or ours[start:start + page_size] != theirs[start:start + page_size]]


def _landed(offset: int) -> None:
    """The whole copy is there already."""


def check_pages(copy: Path, page_size: int, key: bytes, base: Container, *,
                size: int | None = None, wait: Callable[[int], None] = _landed) -> PageReport:
    """Compare `copy` page by page with `base`'s database; HMAC-check what differs.
    While the copy is still being written, give its final `size` and a `wait(offset)` that
    returns once the bytes before `offset` are in the file (the check follows the copy)."""
    size = copy.stat().st_size if size is None else size
    if size % page_size:
        return PageReport(size // page_size, 0, base.path.name, (size // page_size + 1,))
    verifier = PageVerifier(key, page_size)
    chunk = CHUNK_PAGES * page_size
    ours, theirs = bytearray(chunk), bytearray(chunk)
    checked, bad, offset = 0, [], 0
    with copy.open("rb", buffering=0) as mine, base.path.open("rb", buffering=0) as other:
        while offset < size:
            wait(min(offset + chunk, size))
            got = mine.readinto(memoryview(ours)[:min(chunk, size - offset)])
            if not got:
                break
            limit = max(0, min(got, base.db_size - offset))
            have = other.readinto(memoryview(theirs)[:limit]) if limit else 0
            whole = ours == theirs if got == chunk else ours[:got] == theirs[:got]
            if have != got or not whole:  # usually the whole chunk is equal
                lock_page = PENDING_BYTE // page_size - offset // page_size  # 0-based here
                numbers = [n for n in _differing(ours, theirs, got, have, page_size)
                           if n != lock_page]
                checked += len(numbers)
                view = memoryview(ours)
                bad += [offset // page_size + n + 1 for n in numbers if not verifier.authentic(
                    view[n * page_size:(n + 1) * page_size], offset // page_size + n + 1)]
            offset += got
    if offset < size:  # the copy ended early: its first missing page is not there
        bad.append(offset // page_size + 1)
    return PageReport(size // page_size, checked, base.path.name, tuple(bad))
