"""Every page of the vault in use exactly once, proven from the pointer map (`verify`).

`PRAGMA quick_check` reads every page and so decrypts every evidence chunk that the
evidence check decrypts again. `verify` therefore runs `quick_check(table)` for every
table except the ones a checker reads in full itself (evidence_chunks), and this module
does the part of `quick_check` that a per-table check leaves out: the whole-file page
accounting ("page never used", "2nd reference", pointer-map entries, the free list).

The pointer map (layout in pointer_map.py) says of every page what it is and which page
points to it: a claim. The proof:
1. Every page has a valid claim: root pages are exactly sqlite_master's `rootpage`s, free
   pages exactly the free list, every other claim names a parent of the right kind.
2. Every page a tree really reaches claims its real parent: `quick_check(table)` checks
   that for the trees it reads; here the walked trees (evidence_chunks and its index) are
   walked page by page (each b-tree page decrypted and authenticated), and every overflow
   chain (any tree) is followed through its pages' next-page numbers (one AES block each).
3. No page claims a parent that does not have it: for each page named as a parent, the
   claims on it match what it really holds (its child count, its cells with overflow, its
   next page), and every claim leads up to a root without a cycle. A page that no tree
   reaches (never used, or used twice) makes some claim false, or a count wrong.
So the pages are: page 1, the pointer-map pages (authenticated here), the free pages
(trunks and leaves authenticated here), the pages of the checked trees (authenticated by
`quick_check`), the b-tree pages of the walked trees (authenticated here), and the
overflow chains of the walked table, which the checker that reads its rows in full
authenticates (the caller checks that it read every row id returned here). Anything off
raises PageMapError; `verify` then runs the full old storage check.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from app.vault.pointer_map import (
    BTREE,
    FREE,
    INTERIOR_TABLE,
    LEAF_TABLE,
    OVERFLOW_FIRST,
    OVERFLOW_LATER,
    ROOT,
    PageFile,
    PageMapError,
    PointerMap,
    child_count,
    parse_btree_page,
    pending_page,
    read_pointer_map,
    usable_size,
    words,
    xor,
)

MAX_ROOT_AT = 52 - 16  # in page 1's plaintext, which starts at byte 16
BTREE_KINDS = (ROOT, BTREE)
OVERFLOW_KINDS = (OVERFLOW_FIRST, OVERFLOW_LATER)
_VALID_KINDS = bytes(range(6))
_NOT_ONE = re.compile(b"[^\x01]")


def _table(ones: tuple[int, ...]) -> bytes:
    """A translate table: 1 for the given byte values, 0 for the others."""
    return bytes(1 if value in ones else 0 for value in range(256))


_NONZERO = _table(tuple(range(1, 256)))
_IS_LATER = _table((OVERFLOW_LATER,))
_IS_OVERFLOW = _table(OVERFLOW_KINDS)
_IS_CLAIM = _table((OVERFLOW_FIRST, OVERFLOW_LATER, BTREE))


# Flags, one byte a page, 0 or 1; combined in C through Python's big integers.
def _and(first: bytes, second: bytes) -> bytes:
    value = int.from_bytes(first, "big") & int.from_bytes(second, "big")
    return value.to_bytes(len(first), "big")


def _not(flags: bytes) -> bytes:
    return xor(flags, bytes([1]) * len(flags))


def _word_differs(first: bytes, second: bytes) -> bytes:
    """1 where the big-endian words at 4 * number differ, else 0."""
    diff = xor(first, second)
    value = 0
    for at in range(4):
        value |= int.from_bytes(diff[at::4], "big")
    return value.to_bytes(len(diff) // 4, "big").translate(_NONZERO)


def _positions(data: bytes, value: int, start: int = 0) -> Iterator[int]:
    at = data.find(value, start)
    while at >= 0:
        yield at
        at = data.find(value, at + 1)


@dataclass
class _Claims:
    """The pointer map grouped by what each page claims to be. Later overflow pages are
    mostly the page after their parent ("in sequence": flagged in `sequential`, checked
    all at once); `successor` holds the others by parent."""

    roots: set[int] = field(default_factory=set)
    free: set[int] = field(default_factory=set)
    children: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    firsts: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    sequential: bytes = b""
    successor: dict[int, int] = field(default_factory=dict)


@dataclass
class _Walk:
    btree: set[int] = field(default_factory=set)
    overflow: bytearray = field(default_factory=bytearray)  # 1: in a walked chain
    chains: list[tuple[int, int, bool]] = field(default_factory=list)  # first, pages, table
    rowids: dict[str, set[int]] = field(default_factory=dict)


def _claims(pmap: PointerMap, page_count: int, page_size: int) -> _Claims:
    claims = _Claims()
    types, parents = pmap.types, pmap.parents
    if types.translate(None, _VALID_KINDS):
        raise PageMapError("a pointer-map entry of no known kind")
    unlisted = {*pmap.map_pages, pending_page(page_size)}
    if any(number not in unlisted for number in _positions(types, 0, 3)):
        raise PageMapError("a page without a pointer-map entry")
    for kind, group in ((ROOT, claims.roots), (FREE, claims.free)):
        group.update(_positions(types, kind, 3))
        if any(parents[number] for number in group):
            raise PageMapError("a root or free page with a parent")
    for number in _positions(types, BTREE, 3):
        claims.children[parents[number]].append(number)
    for number in _positions(types, OVERFLOW_FIRST, 3):
        claims.firsts[parents[number]].append(number)
    previous = words(array("I", [0, *range(page_count)]))  # page - 1 at 4 * page
    later = types.translate(_IS_LATER)
    claims.sequential = _and(later, _not(_word_differs(pmap.parent_words, previous)))
    for number in _positions(xor(later, claims.sequential), 1):
        parent = parents[number]
        if parent in claims.successor or claims.sequential[parent + 1:parent + 2] == b"\x01":
            raise PageMapError(f"two pages follow overflow page {parent}")
        claims.successor[parent] = number
    return claims


def _check_roots_and_free(claims: _Claims, roots: dict[int, str], header: bytes,
                          trunks: list[int], leaves: list[int]) -> None:
    if claims.roots != set(roots) - {1}:
        raise PageMapError("root pages differ from sqlite_master")
    if int.from_bytes(header[MAX_ROOT_AT:MAX_ROOT_AT + 4], "big") != max(roots):
        raise PageMapError("largest root page differs from the header")
    free = {*trunks, *leaves}
    if claims.free != free or len(free) != len(trunks) + len(leaves):
        raise PageMapError("free pages differ from the free list")


def _walk_tree(pages: PageFile, pmap: PointerMap, claims: _Claims, root: int,
               walk: _Walk) -> list[int]:
    """Every page of one tree, in key order; the table's row ids (empty for an index)."""
    usable = usable_size(pages.page_size)
    if pmap.types[root] != ROOT:
        raise PageMapError(f"root {root} is not a root in the pointer map")
    rowids: list[int] = []
    leaf_depths: set[int] = set()
    stack = [(root, 0)]
    table: bool | None = None
    while stack:
        number, depth = stack.pop()
        if number in walk.btree:
            raise PageMapError(f"page {number} is used twice")
        walk.btree.add(number)
        page = parse_btree_page(pages.plain(number), number, usable)
        is_table = page.kind in (INTERIOR_TABLE, LEAF_TABLE)
        if table is not None and is_table != table:
            raise PageMapError(f"page {number}: table and index pages mixed")
        table = is_table
        for child in page.children:
            if pmap.types[child] != BTREE or pmap.parents[child] != number:
                raise PageMapError(f"page {child}: pointer map does not name {number}")
        firsts = [cell.first_overflow for cell in page.cells if cell.first_overflow]
        if (sorted(claims.children.get(number, [])) != sorted(page.children)
                or sorted(claims.firsts.get(number, [])) != sorted(firsts)):
            raise PageMapError(f"page {number}: pointer-map claims differ from the page")
        walk.chains += [(c.first_overflow, c.overflow_pages, is_table)
                        for c in page.cells if c.first_overflow]
        if page.leaf:
            leaf_depths.add(depth)
            rowids += [cell.rowid for cell in page.cells if cell.rowid is not None]
        stack += [(child, depth + 1) for child in reversed(page.children)]
    if len(leaf_depths) > 1 or any(b <= a for a, b in pairwise(rowids)):
        raise PageMapError(f"tree {root} is not a sound b-tree")
    return rowids


def _check_chains(pmap: PointerMap, claims: _Claims, nexts: bytes) -> None:
    """Each overflow page's next page is the one page that claims to follow it: every
    later page is the next page of its parent, which is an overflow page, and as many
    overflow pages have a next page as there are later pages."""
    types, count = pmap.types, len(pmap.types)
    before = bytes(4) + nexts[:-4]  # the parent's next page, for pages in sequence
    if 1 in _and(claims.sequential, _word_differs(before, words(array("I", range(count))))):
        raise PageMapError("an overflow page in sequence is not its parent's next page")
    after_overflow = (b"\0" + types[:-1]).translate(_IS_OVERFLOW)
    if _and(claims.sequential, after_overflow) != claims.sequential:
        raise PageMapError("an overflow page follows a page that is none")
    for parent, number in claims.successor.items():
        if not 0 < parent < count or types[parent] not in OVERFLOW_KINDS or int.from_bytes(
                nexts[4 * parent:4 * parent + 4], "big") != number:
            raise PageMapError(f"overflow page {parent}: next page is not as claimed")
    has_next = _word_differs(nexts, bytes(len(nexts)))
    if _and(types.translate(_IS_OVERFLOW), has_next).count(1) != types.count(OVERFLOW_LATER):
        raise PageMapError("an overflow page has a next page that does not claim it")


def _follow_chains(pages: PageFile, walk: _Walk, claims: _Claims, nexts: bytes) -> None:
    """The walked trees' overflow chains: the right length, no page in two. A run of
    pages in sequence is taken at once. Chains of an index are authenticated here; the
    table's by the checker's reads."""
    sequential = claims.sequential
    for first, count, table in walk.chains:
        page, left = first, count
        while True:
            run = _NOT_ONE.search(sequential, page + 1)
            run_end = run.start() if run else len(sequential)
            take = min(run_end - page - 1, left - 1)
            if 1 in walk.overflow[page:page + take + 1]:
                raise PageMapError(f"overflow page {page} is in two chains")
            walk.overflow[page:page + take + 1] = bytes([1]) * (take + 1)
            if not table and not all(pages.authentic(n) for n in range(page, page + take + 1)):
                raise PageMapError(f"an overflow page from {page} fails its HMAC")
            left -= take + 1
            last = page + take
            following = int.from_bytes(nexts[4 * last:4 * last + 4], "big")
            if (following == 0) != (left == 0):
                raise PageMapError(f"overflow chain from {first} has the wrong length")
            if not left:
                break
            page = following


def _check_named_parents(pages: PageFile, pmap: PointerMap, claims: _Claims,
                         walk: _Walk) -> None:
    """Pages outside the walked trees named as parents hold as many children and
    overflow cells as claim them (their real ones claim them: quick_check proved it)."""
    usable = usable_size(pages.page_size)
    named = [n for n in claims.children if n not in walk.btree and n != 1]
    for number in {*named, *claims.firsts} - walk.btree:
        if number != 1 and pmap.types[number] not in BTREE_KINDS:
            raise PageMapError(f"page {number} is named as a parent but is no b-tree page")
    blocks = pages.first_blocks(named)
    for index, number in enumerate(named):
        if child_count(blocks[16 * index:16 * index + 16]) != len(claims.children[number]):
            raise PageMapError(f"page {number}: child pages differ from the pointer map")
    for number in {*claims.firsts, *([1] if 1 in claims.children else [])} - walk.btree:
        page = parse_btree_page(pages.plain(number), number, usable)
        if (len(claims.firsts.get(number, [])) != sum(1 for c in page.cells if c.first_overflow)
                or len(claims.children.get(number, [])) != len(page.children)):
            raise PageMapError(f"page {number}: cells differ from the pointer map")


def _check_rooted(pmap: PointerMap, claims: _Claims, walk: _Walk) -> None:
    """Every claim leads up to a root through parents of the right kind, without a cycle;
    the walked pages are rooted already, so only the others are followed up."""
    types, parents = pmap.types, pmap.parents
    count = len(types) - 1
    good = bytearray(walk.overflow)
    for number in (1, *claims.roots, *walk.btree):
        good[number] = 1
    for start in _positions(_and(types.translate(_IS_CLAIM), _not(bytes(good))), 1):
        path: list[int] = []
        number = start
        while not good[number]:
            parent = parents[number]
            wanted = OVERFLOW_KINDS if types[number] == OVERFLOW_LATER else BTREE_KINDS
            if not 0 < parent <= count or number in path or not (
                    types[parent] in wanted or (parent == 1 and wanted == BTREE_KINDS)):
                raise PageMapError(f"page {number}: its parent {parent} cannot hold it")
            path.append(number)
            number = parent
        for step in path:
            good[step] = 1


def account(pages: PageFile, roots: dict[int, str], walked: set[str],
            trunks: list[int], leaves: list[int]) -> dict[str, set[int]]:
    """Prove the page accounting (module docstring). `roots`: every rootpage of
    sqlite_master with its table (1: sqlite_master), `walked`: the tables quick_check did
    not read, `trunks`/`leaves`: the free list, already authenticated. Returns the row ids
    of each walked table: a checker must have read each of them in full."""
    pmap = read_pointer_map(pages)
    claims = _claims(pmap, pages.page_count, pages.page_size)
    _check_roots_and_free(claims, roots, pages.plain(1), trunks, leaves)
    walk = _Walk(overflow=bytearray(pages.page_count + 1))
    for table in sorted(walked):
        rowids: set[int] = set()
        for root in sorted(r for r, name in roots.items() if name == table):
            rowids.update(_walk_tree(pages, pmap, claims, root, walk))
        walk.rowids[table] = rowids
    nexts = pages.next_words()
    _check_chains(pmap, claims, nexts)
    _follow_chains(pages, walk, claims, nexts)
    _check_named_parents(pages, pmap, claims, walk)
    _check_rooted(pmap, claims, walk)
    return walk.rowids
