"""The free list's pages, read without SQLite: `PRAGMA quick_check` only counts the leaves.

`verify` authenticates the free pages itself and matches them with the pointer map
(app/verify.py, app/vault/page_accounting.py). The trunk pages are decrypted here
(AES-256-CBC with the raw page key; layout in pagecheck.py) to find the leaves. Call this
while the main file stands still (snapshot.frozen).
"""

from __future__ import annotations

from collections.abc import Callable

from app.vault.pagecheck import (
    HMAC_SIZE,
    IV_SIZE,
    SALT_SIZE,
    PageVerifier,
    page_plaintext,
)

ReadPage = Callable[[int], bytes]
FIRST_TRUNK_OFFSET = 32  # in the database header, then the free page count


class FreeListError(Exception):
    """The free list does not read as SQLite writes it."""


def _number(data: bytes, at: int) -> int:
    return int.from_bytes(data[at:at + 4], "big")


def free_pages(read_page: ReadPage, page_key: bytes, verifier: PageVerifier,
               page_size: int, page_count: int) -> tuple[list[int], list[int]]:
    """(trunk pages, leaf pages) of the free list; each trunk is authenticated first."""
    first = read_page(1)
    if not verifier.authentic(first, 1):
        raise FreeListError("page 1")
    header = page_plaintext(first, 1, page_key)
    trunk = _number(header, FIRST_TRUNK_OFFSET - SALT_SIZE)
    per_trunk = (page_size - HMAC_SIZE - IV_SIZE) // 4 - 2
    trunks: list[int] = []
    leaves: list[int] = []
    while trunk:
        if trunk > page_count or trunk in trunks or len(trunks) > page_count:
            raise FreeListError(f"trunk {trunk}")
        page = read_page(trunk)
        if not verifier.authentic(page, trunk):
            raise FreeListError(f"trunk {trunk}")
        data = page_plaintext(page, trunk, page_key)
        count = _number(data, 4)
        if count > per_trunk:
            raise FreeListError(f"trunk {trunk}")
        trunks.append(trunk)
        leaves += [_number(data, 8 + 4 * i) for i in range(count)]
        trunk = _number(data, 0)
    return trunks, leaves
