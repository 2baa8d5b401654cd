"""Full-text search over cases, entries and people's names (FTS5 inside the vault).

Searches walk the hits newest first (FTS5 reads its index backwards and stops early) and
take each hit's case from a small covering index (m017_search_case_index), so a common
word costs no more than a rare one and the cost does not grow with the vault. Only the
last word is a prefix (it is being typed); the words before it are whole words. A
one-letter query waits for more input: it matches nearly everything and has no prefix
index (two and three letters have one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import SearchHit
from app.vault.migrations.m017_search_case_index import INDEX_NAME

if TYPE_CHECKING:
    from app.vault import Vault

_WORD = re.compile(r"\w+", re.UNICODE)

#: A query whose longest word is shorter than this waits for more input.
MIN_WORD = 2
#: How many cases the case list shows for one query before "more results".
CASE_LIMIT = 200

# Newest hits first, each with its case from the covering index (not the stored text).
_HITS = ("SELECT s.rowid, c.c1 FROM search_index s"
         f" JOIN search_index_content c INDEXED BY {INDEX_NAME} ON c.id = s.rowid"
         " WHERE search_index MATCH ? ORDER BY s.rowid DESC")


def to_match_expression(query: str) -> str:
    """User text -> a safe FTS5 expression: every word must occur, as a prefix.

    Quoting each token keeps FTS5 syntax (AND, quotes, parentheses, *) out of reach.
    """
    words = _WORD.findall(query)
    return " ".join(f'"{w}"*' for w in words)


def to_typing_expression(query: str) -> str:
    """As the user types: the words before the last are whole words, the last a prefix.

    A prefix is expanded into every word it begins (all of them merged): two prefixes
    of a common stem cost a third of a second in a large vault, one costs milliseconds.
    """
    words = _WORD.findall(query)
    return " ".join([*(f'"{w}"' for w in words[:-1]), *(f'"{w}"*' for w in words[-1:])])


def too_short(query: str) -> bool:
    """True when the query has words but none of MIN_WORD letters: wait for more."""
    words = _WORD.findall(query)
    return bool(words) and max(len(w) for w in words) < MIN_WORD


@dataclass(frozen=True)
class CaseMatches:
    """The cases a query found, best first (most recently written), at most a limit."""

    case_ids: tuple[int, ...]
    more: bool = False      # more cases match than the limit let through
    waiting: bool = False   # the query is too short: nothing was searched


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def case_ids(self, query: str) -> set[int]:
        """Every matching case (no limit): for filters that must be complete."""
        expression = to_match_expression(query)
        if not expression:
            return set()
        rows = self._vault.query(
            "SELECT DISTINCT case_id FROM search_index WHERE search_index MATCH ?", (expression,))
        return {int(r[0]) for r in rows}

    def find_cases(self, query: str, limit: int = CASE_LIMIT,
                   cancelled: Callable[[], bool] | None = None) -> CaseMatches:
        """The newest `limit` matching cases, for the case list as the user types.

        `cancelled` is asked every few hundred hits: a newer query makes this one moot.
        """
        if too_short(query):
            return CaseMatches((), waiting=True)
        newest = self._newest_hits(query, limit + 1, cancelled)
        ids = tuple(newest)
        return CaseMatches(ids[:limit], more=len(ids) > limit)

    def _newest_hits(self, query: str, cases: int,
                     cancelled: Callable[[], bool] | None = None) -> dict[int, int]:
        """Case id -> its newest hit's row, for the `cases` cases written to most recently."""
        expression = to_typing_expression(query)
        newest: dict[int, int] = {}
        if not expression:
            return newest
        for count, (rowid, case_id) in enumerate(self._vault.rows(_HITS, (expression,))):
            newest.setdefault(int(case_id), int(rowid))
            if len(newest) >= cases or (cancelled is not None and count % 256 == 255
                                         and cancelled()):
                break
        return newest

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Matching cases, most recently written first, each with a snippet of a match.

        The snippet is made only for each case's newest hit: it reads the stored text.
        """
        newest = self._newest_hits(query, limit)
        if not newest:
            return []
        marks = ",".join("?" * len(newest))
        # One more walk over the same hits; the snippet (reading the stored text) only
        # for each case's newest hit: `rowid IN` next to MATCH would run the match per row.
        snippets = {int(r[0]): r[1] for r in self._vault.query(
            f"SELECT rowid, CASE WHEN rowid IN ({marks}) THEN"
            " snippet(search_index, 0, '[', ']', '…', 12) END FROM search_index"
            " WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?",
            (*newest.values(), to_typing_expression(query), min(newest.values()),
             max(newest.values()))) if r[1] is not None}
        cases = {int(r[0]): (r[1], r[2]) for r in self._vault.query(
            f"SELECT id, reference, title FROM cases WHERE id IN ({marks})", tuple(newest))}
        return [SearchHit(case_id, *cases[case_id], snippets.get(rowid, ""))
                for case_id, rowid in newest.items() if case_id in cases]
