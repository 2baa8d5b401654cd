"""Reading the vault's pages without SQLite: the pointer map, page headers, b-tree pages.

Used by the page accounting of `verify` (app/vault/page_accounting.py), which proves that
every page of the file is in use exactly once without `quick_check` reading the evidence.

Layout (SQLite's file format with SQLCipher 4's defaults):
- Each page of `page_size` bytes is AES-256-CBC ciphertext of its first
  `page_size - 80` bytes, then the 16-byte IV, then a 64-byte HMAC-SHA512 (pagecheck.py).
  Page 1's first 16 bytes are the KDF salt: its ciphertext starts at byte 16 and the
  plaintext of bytes 0-15 is SQLite's fixed "SQLite format 3" string. The 80 bytes are
  SQLite's "reserved" bytes, so the usable size U is `page_size - 80`. CBC lets any single
  16-byte block be decrypted on its own: AES-decrypt it and XOR the block before it (the
  IV for the first block). So the first 16 bytes of a page cost one AES block.
- The vault uses auto_vacuum (INCREMENTAL), so it has pointer-map pages: page 2, then
  every (U/5 + 1)-th page after it (page 2 + k * (U/5 + 1)), moved one page on when that
  would be the "pending byte" page (the page holding file offset 2^30, never used). A
  pointer-map page describes the U/5 pages that follow it, 5 bytes each: a type byte and
  the big-endian number of the page's parent:
  1 root of a b-tree (parent 0; must be a `rootpage` of sqlite_master),
  2 free page (parent 0; must be on the free list),
  3 first overflow page of a cell (parent: the b-tree page holding the cell),
  4 later overflow page (parent: the overflow page before it),
  5 other b-tree page (parent: its parent b-tree page).
  Page 1 (sqlite_master's root) has no entry.
- A b-tree page starts with a header (at byte 100 on page 1): a flag (2 interior index,
  5 interior table, 10 leaf index, 13 leaf table), the cell count at bytes 3-4, on an
  interior page the right-most child at bytes 8-11; then the 2-byte cell offsets. An
  overflow page starts with the number of the next overflow page (0 on the last).
- A cell keeps at most X bytes of its payload on the page (X = U - 35 for a table leaf,
  (U - 12) * 64 / 255 - 23 for an index); a longer payload keeps M or K bytes
  (M = (U - 12) * 32 / 255 - 23, K = M + (P - M) % (U - 4)) and continues in a chain of
  overflow pages of U - 4 bytes each, whose first page number follows the local bytes.
"""

from __future__ import annotations

import mmap
import os
import sys
from array import array
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.vault.pagecheck import HMAC_SIZE, IV_SIZE, SALT_SIZE, PageVerifier, page_plaintext

RESERVED = IV_SIZE + HMAC_SIZE
PENDING_BYTE = 1 << 30
ROOT, FREE, OVERFLOW_FIRST, OVERFLOW_LATER, BTREE = 1, 2, 3, 4, 5
INTERIOR_INDEX, INTERIOR_TABLE, LEAF_INDEX, LEAF_TABLE = 2, 5, 10, 13
BLOCK = 16
PAGE1_HEADER = 100


class PageMapError(Exception):
    """A page does not read as SQLite writes it (or fails its HMAC)."""


def usable_size(page_size: int) -> int:
    return page_size - RESERVED


def pending_page(page_size: int) -> int:
    return PENDING_BYTE // page_size + 1


def pointer_map_pages(page_count: int, page_size: int) -> list[int]:
    """The pointer-map pages of a file of `page_count` pages, in order."""
    per_group = usable_size(page_size) // 5 + 1
    pages = []
    base = 2
    while base <= page_count:
        page = base + 1 if base == pending_page(page_size) else base
        if page <= page_count:
            pages.append(page)
        base += per_group
    return pages


class PageFile:
    """The pages of a file that stands still (snapshot.frozen), decrypted and
    authenticated with the raw page key."""

    def __init__(self, fd: int, size: int, page_key: bytes, verifier: PageVerifier,
                 page_size: int) -> None:
        self._fd = fd
        self._map = mmap.mmap(fd, size, access=mmap.ACCESS_READ) if size else None
        self._key = page_key
        self._verifier = verifier
        self.page_size = page_size
        self.page_count = size // page_size
        self._body = page_size - RESERVED

    def close(self) -> None:
        if self._map is not None:
            self._map.close()

    def raw(self, number: int) -> bytes:
        if self._map is None or not 1 <= number <= self.page_count:
            raise PageMapError(f"page {number} is not in the file")
        start = (number - 1) * self.page_size
        return self._map[start:start + self.page_size]

    def plain(self, number: int) -> bytes:
        """The page's plaintext after checking its HMAC; page 1's starts at byte 16."""
        page = self.raw(number)
        if not self._verifier.authentic(page, number):
            raise PageMapError(f"page {number} fails its HMAC")
        return page_plaintext(page, number, self._key)

    def first_blocks(self, numbers: list[int]) -> bytes:
        """The plaintext of the first 16 bytes of each page (not page 1), concatenated;
        one AES call for all of them. Not authenticated: callers use it only for pages
        that another reader authenticates."""
        if self._map is None:
            return b""
        view, size, body = self._map, self.page_size, self._body
        starts = [(n - 1) * size for n in numbers]
        if any(not 1 < n <= self.page_count for n in numbers):
            raise PageMapError("an overflow page is not in the file")
        cipher = b"".join([view[s:s + BLOCK] for s in starts])
        ivs = b"".join([view[s + body:s + body + BLOCK] for s in starts])
        return xor(_ecb_decrypt(self._key, cipher), ivs)

    def authentic(self, number: int) -> bool:
        return self._verifier.authentic(self.raw(number), number)

    def next_words(self) -> bytes:
        """The first 4 plaintext bytes of every page as a big-endian word, at 4 * number
        (pages 0 and 1: zero): an overflow page's next page. Read in big steps (the copy
        runs without the GIL) and decrypted in one AES call; not authenticated."""
        size, body, count = self.page_size, self._body, self.page_count
        blocks, ivs = bytearray(), bytearray()
        for first in range(2, count + 1, _STEP_PAGES):
            pages = min(_STEP_PAGES, count + 1 - first)
            data = os.pread(self._fd, pages * size, (first - 1) * size)
            if len(data) != pages * size:
                raise PageMapError("the file is shorter than its pages")
            block, iv = bytearray(BLOCK * pages), bytearray(BLOCK * pages)
            for at in range(BLOCK):
                block[at::BLOCK] = data[at::size]
                iv[at::BLOCK] = data[body + at::size]
            blocks += block
            ivs += iv
        plain = xor(_ecb_decrypt(self._key, bytes(blocks)), bytes(ivs))
        words = bytearray(4 * (count + 1))
        for at in range(4):
            words[8 + at::4] = plain[at::BLOCK]
        return bytes(words)


_STEP_PAGES = 2048


def _ecb_decrypt(key: bytes, data: bytes) -> bytes:
    # ECB here is CBC decryption block by block: each block is XORed with its IV after.
    decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()  # noqa: S305
    return decryptor.update(data) + decryptor.finalize()


def xor(first: bytes, second: bytes) -> bytes:
    """Byte by byte, in C (through Python's big integers)."""
    value = int.from_bytes(first, "big") ^ int.from_bytes(second, "big")
    return value.to_bytes(len(first), "big")


def words(values: array[int]) -> bytes:
    """Unsigned 32-bit values as big-endian words."""
    copy = array("I", values)
    if sys.byteorder == "little":
        copy.byteswap()
    return copy.tobytes()


@dataclass
class PointerMap:
    """Type and parent of each page, indexed by page number (0 where there is no entry:
    page 1, the pointer-map pages, the pending-byte page). `parent_words`: the parents as
    big-endian words at 4 * number, for comparisons of all pages at once."""

    types: bytes
    parents: array[int]
    parent_words: bytes
    map_pages: list[int]


def read_pointer_map(pages: PageFile) -> PointerMap:
    """Every pointer-map page, each authenticated."""
    count, size = pages.page_count, pages.page_size
    map_pages = pointer_map_pages(count, size)
    per_map = usable_size(size) // 5
    parts = [bytes(5 * 3)]  # pages 0, 1 and 2 (the first map page) have no entry
    for index, map_page in enumerate(map_pages):
        last = map_pages[index + 1] - 1 if index + 1 < len(map_pages) else count
        covered = last - map_page  # one more than a map holds before a moved map page
        parts.append(pages.plain(map_page)[:5 * min(covered, per_map)].ljust(5 * covered,
                                                                            b"\0"))
        if index + 1 < len(map_pages):
            parts.append(bytes(5))  # the next map page itself
    entries = b"".join(parts)
    if len(entries) != 5 * (count + 1):
        raise PageMapError("the pointer map does not cover the file")
    parent_words = bytearray(4 * (count + 1))
    for at in range(4):
        parent_words[at::4] = entries[1 + at::5]
    parents = array("I", bytes(parent_words))
    if sys.byteorder == "little":
        parents.byteswap()
    types = bytearray(entries[0::5])
    if pending_page(size) <= count:
        types[pending_page(size)] = 0  # SQLite never uses that page, whatever its slot says
    return PointerMap(bytes(types), parents, bytes(parent_words), map_pages)


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for index in range(8):
        byte = data[at + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    return (value << 8) | data[at + 8], at + 9


@dataclass
class Cell:
    payload: int
    rowid: int | None
    first_overflow: int  # 0: all on the page
    overflow_pages: int


@dataclass
class BTreePage:
    kind: int
    children: list[int] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)

    @property
    def leaf(self) -> bool:
        return self.kind in (LEAF_INDEX, LEAF_TABLE)


def _local_size(payload: int, kind: int, usable: int) -> int:
    most = usable - 35 if kind == LEAF_TABLE else (usable - 12) * 64 // 255 - 23
    if payload <= most:
        return payload
    least = (usable - 12) * 32 // 255 - 23
    keep = least + (payload - least) % (usable - 4)
    return keep if keep <= most else least


def _cell(data: bytes, at: int, kind: int, usable: int) -> Cell:
    if kind == INTERIOR_TABLE:
        return Cell(0, _varint(data, at)[0], 0, 0)
    payload, at = _varint(data, at)
    rowid = None
    if kind == LEAF_TABLE:
        rowid, at = _varint(data, at)
    local = _local_size(payload, kind, usable)
    if local == payload:
        return Cell(payload, rowid, 0, 0)
    first = int.from_bytes(data[at + local:at + local + 4], "big")
    if at + local + 4 > usable:
        raise PageMapError("a cell runs past the page")
    return Cell(payload, rowid, first, -(-(payload - local) // (usable - 4)))


def parse_btree_page(plain: bytes, number: int, usable: int) -> BTreePage:
    """A b-tree page's children and cells. `plain` as PageFile.plain gives it (page 1's
    plaintext starts at byte 16, so offsets shift by 16 there)."""
    shift = SALT_SIZE if number == 1 else 0
    data = bytes(shift) + plain if shift else plain
    head = PAGE1_HEADER if number == 1 else 0
    kind = data[head]
    if kind not in (INTERIOR_INDEX, INTERIOR_TABLE, LEAF_INDEX, LEAF_TABLE):
        raise PageMapError(f"page {number} is not a b-tree page")
    count = int.from_bytes(data[head + 3:head + 5], "big")
    interior = kind in (INTERIOR_INDEX, INTERIOR_TABLE)
    offsets_at = head + (12 if interior else 8)
    if offsets_at + 2 * count > usable:
        raise PageMapError(f"page {number} has too many cells")
    page = BTreePage(kind)
    for index in range(count):
        at = int.from_bytes(data[offsets_at + 2 * index:offsets_at + 2 * index + 2], "big")
        if not offsets_at + 2 * count <= at < usable:
            raise PageMapError(f"page {number}: a cell outside the page")
        if interior:
            page.children.append(int.from_bytes(data[at:at + 4], "big"))
            at += 4
        page.cells.append(_cell(data, at, kind, usable))
    if interior:
        page.children.append(int.from_bytes(data[head + 8:head + 12], "big"))
    return page


def child_count(first_block: bytes) -> int:
    """How many child pages a b-tree page has, from its first 16 bytes (not page 1)."""
    kind = first_block[0]
    if kind not in (INTERIOR_INDEX, INTERIOR_TABLE, LEAF_INDEX, LEAF_TABLE):
        raise PageMapError("not a b-tree page")
    if kind in (LEAF_INDEX, LEAF_TABLE):
        return 0
    return int.from_bytes(first_block[3:5], "big") + 1


