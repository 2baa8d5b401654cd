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

from collections import defaultdict
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
    next_pointers,
    parse_btree_page,
    pending_page,
    read_pointer_map,
    usable_size,
)

MAX_ROOT_AT = 52 - 16  # in page 1's plaintext, which starts at byte 16
BTREE_KINDS = (ROOT, BTREE)
OVERFLOW_KINDS = (OVERFLOW_FIRST, OVERFLOW_LATER)


@dataclass
class _Claims:
    """The pointer map grouped by what each page claims to be."""

    roots: set[int] = field(default_factory=set)
    free: set[int] = field(default_factory=set)
    overflow: list[int] = field(default_factory=list)
    children: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    firsts: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    successor: dict[int, int] = field(default_factory=dict)


@dataclass
class _Walk:
    btree: set[int] = field(default_factory=set)
    overflow: set[int] = field(default_factory=set)
    chains: list[tuple[int, int, bool]] = field(default_factory=list)  # first, pages, table
    rowids: dict[str, set[int]] = field(default_factory=dict)


def _claims(pmap: PointerMap, page_count: int, page_size: int) -> _Claims:
    claims = _Claims()
    types, parents = pmap.types, pmap.parents
    unlisted = {*pmap.map_pages, pending_page(page_size)}
    for number in range(3, page_count + 1):
        kind, parent = types[number], parents[number]
        if kind == OVERFLOW_LATER:
            if parent in claims.successor:
                raise PageMapError(f"pages {claims.successor[parent]} and {number} both"
                                   f" follow overflow page {parent}")
            claims.successor[parent] = number
            claims.overflow.append(number)
        elif kind == BTREE:
            claims.children[parent].append(number)
        elif kind == OVERFLOW_FIRST:
            claims.firsts[parent].append(number)
            claims.overflow.append(number)
        elif kind in (ROOT, FREE) and parent == 0:
            (claims.roots if kind == ROOT else claims.free).add(number)
        elif not (kind == 0 and number in unlisted):
            raise PageMapError(f"page {number}: pointer-map entry {kind}/{parent}")
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


def _follow_chains(pages: PageFile, walk: _Walk, nexts: dict[int, int]) -> None:
    """The walked trees' overflow chains: the right length, each page claimed once.
    Chains of an index are authenticated here; the table's by the checker's reads."""
    for first, count, table in walk.chains:
        page = first
        for step in range(count):
            if page in walk.overflow or page not in nexts:
                raise PageMapError(f"overflow page {page} is not a sound chain page")
            walk.overflow.add(page)
            if not table and not pages.authentic(page):
                raise PageMapError(f"page {page} fails its HMAC")
            page = nexts[page]
            if (page == 0) != (step == count - 1):
                raise PageMapError(f"overflow chain from {first} has the wrong length")


def _check_chains(claims: _Claims, nexts: dict[int, int]) -> None:
    """Each overflow page's next page is the one page that claims to follow it."""
    for page, following in nexts.items():
        if claims.successor.get(page, 0) != following:
            raise PageMapError(f"overflow page {page}: next page is not as claimed")


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


def _check_rooted(pmap: PointerMap, page_count: int, claims: _Claims, walk: _Walk) -> None:
    """Every claim leads up to a root through parents of the right kind, without a cycle."""
    types, parents = pmap.types, pmap.parents
    good = bytearray(page_count + 1)
    for number in (1, *claims.roots, *walk.btree, *walk.overflow):
        good[number] = 1
    for start in range(3, page_count + 1):
        path: list[int] = []
        number = start
        while not good[number] and types[number] not in (0, FREE):
            parent = parents[number]
            wanted = OVERFLOW_KINDS if types[number] == OVERFLOW_LATER else BTREE_KINDS
            if not 0 < parent <= page_count or number in path or not (
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
    walk = _Walk()
    for table in sorted(walked):
        rowids: set[int] = set()
        for root in sorted(r for r, name in roots.items() if name == table):
            rowids.update(_walk_tree(pages, pmap, claims, root, walk))
        walk.rowids[table] = rowids
    nexts = next_pointers(pages, claims.overflow)
    _check_chains(claims, nexts)
    _follow_chains(pages, walk, nexts)
    _check_named_parents(pages, pmap, claims, walk)
    _check_rooted(pmap, pages.page_count, claims, walk)
    return walk.rowids
