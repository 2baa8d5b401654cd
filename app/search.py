"""Full-text search over cases, entries and people's names (FTS5 inside the vault)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.domain import SearchHit

if TYPE_CHECKING:
    from app.vault import Vault

_WORD = re.compile(r"\w+", re.UNICODE)


def to_match_expression(query: str) -> str:
    """User text -> a safe FTS5 expression: every word must occur, as a prefix.

    Quoting each token keeps FTS5 syntax (AND, quotes, parentheses, *) out of reach.
    """
    words = _WORD.findall(query)
    return " ".join(f'"{w}"*' for w in words)


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def case_ids(self, query: str) -> set[int]:
        expression = to_match_expression(query)
        if not expression:
            return set()
        rows = self._vault.query(
            "SELECT DISTINCT case_id FROM search_index WHERE search_index MATCH ?", (expression,))
        return {int(r[0]) for r in rows}

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Matching cases, most recently written first, each with a snippet of a match.

        Newest-first lets FTS5 walk its index backwards and stop early, so a common
        word costs no more than a rare one (ranking every match would not).
        """
        expression = to_match_expression(query)
        if not expression:
            return []
        rows = self._vault.query(
            "WITH hits AS ("
            "  SELECT rowid AS r, case_id, snippet(search_index, 0, '[', ']', '…', 12) AS snip"
            "  FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?)"
            " SELECT h.case_id, c.reference, c.title, h.snip, max(h.r) AS newest"
            " FROM hits h JOIN cases c ON c.id = h.case_id"
            " GROUP BY h.case_id ORDER BY newest DESC LIMIT ?",
            (expression, limit * 4, limit))
        return [SearchHit(int(r[0]), r[1], r[2], r[3]) for r in rows]
