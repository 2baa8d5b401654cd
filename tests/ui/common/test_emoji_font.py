"""Emoji in the interface show as themselves: the shipped Symbola is the application's
emoji font, so no emoji is drawn as glyph 0 (the empty box of a font without it)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from ui.common.style import EMOJI_FONT


def _glyphs(text: str) -> list[tuple[str, int]]:
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), glyph) for run in layout.glyphRuns()
            for glyph in run.glyphIndexes()]


def test_emoji_have_a_font_and_are_drawn(dutch) -> None:
    assert EMOJI_FONT.is_file()
    assert "Symbola" in QFontDatabase.applicationEmojiFontFamilies()
    for emoji in ("👍", "😢", "🤬", "❤"):
        glyphs = _glyphs(emoji)
        assert glyphs and all(index != 0 for _family, index in glyphs), (emoji, glyphs)
