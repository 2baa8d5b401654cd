"""Table column widths that never break a word inside ("Ouderconta-ct")."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

CELL_PADDING = 13.0     # reportlab's 6 pt on each side, and a little air
MAX_WORD_SHARE = 0.4    # a column grows for a long word up to this share of the frame


def longest_word(cells: Iterable[object], style: ParagraphStyle) -> float:
    words = (w for c in cells for w in str(c).split())
    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0.0)
    return widest + CELL_PADDING


def fit_words(widths: list[float], minima: list[float], cap: float) -> list[float]:
    """Column widths where no word must be broken: a column narrower than its longest
    word grows (up to `cap`), and the columns with room to spare give it up."""
    need = [min(m, cap) for m in minima]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    spare = sum(max(0.0, w - n) for n, w in zip(need, widths, strict=True))
    if short <= 0 or spare <= 0:
        return widths
    take = min(1.0, short / spare)
    grow = min(1.0, spare / short)
    return [w + (n - w) * grow if n > w else w - (w - n) * take
            for n, w in zip(need, widths, strict=True)]
