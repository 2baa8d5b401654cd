"""Fonts, paragraph styles and text sanitising for the dossier renderer.

Font choice: DejaVu Sans when the project ships it (resources/fonts) or the system has
it (broad coverage: Dutch, Turkish, Polish, arrows, many symbols); otherwise
reportlab's bundled Bitstream Vera, which is always there. Hashes use DejaVu Sans
Mono or the PDF standard font Courier (hex digits only).

Emoji and symbols DejaVu lacks are drawn with Symbola (resources/fonts, free for any
use, monochrome glyphs) in running text (`markup`), with the real character in the PDF's
text layer: reportlab's ToUnicode map is corrected for characters above U+FFFF.
Characters no font can draw never crash the build: letters with diacritics fall back to
their base letter, anything else (other scripts) is written as ``[U+1F602]`` so evidence
text stays unambiguous; so are emoji in plain-text spots (page headers, the contents).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.dossier.font_symbols import emoji_chars, to_unicode_cmap

try:  # the project's one way to find shipped files (also inside a PyInstaller bundle)
    from app.resources import resource_path

    _PROJECT_FONTS = resource_path("fonts")
except ImportError:  # pragma: no cover - resources module not there yet
    _PROJECT_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_SYSTEM_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_REPORTLAB_FONTS = Path(reportlab.__file__).resolve().parent / "fonts"

_FAMILIES = (
    # (directory, regular, bold, italic, bold italic)
    (
        _PROJECT_FONTS,
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    (
        _SYSTEM_DEJAVU,
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    (_REPORTLAB_FONTS, "Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"),
)
_MONO = (_PROJECT_FONTS / "DejaVuSansMono.ttf", _SYSTEM_DEJAVU / "DejaVuSansMono.ttf")
_EMOJI = (_PROJECT_FONTS / "Symbola.ttf",
          Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"))
EMOJI = "PdEmoji"

SANS = "PdSans"
SANS_BOLD = "PdSans-Bold"
SANS_ITALIC = "PdSans-Italic"
SANS_BOLD_ITALIC = "PdSans-BoldItalic"

INK = colors.HexColor("#1d2330")
MUTED = colors.HexColor("#5b6472")
ACCENT = colors.HexColor("#1f4e79")
ALERT = colors.HexColor("#b3261e")
RULE = colors.HexColor("#c9ced6")
SHADE = colors.HexColor("#eef1f5")
SUBJECT_BUBBLE = colors.HexColor("#d7ecff")
OTHER_BUBBLE = colors.HexColor("#eeeeee")

_lock = threading.Lock()
_fonts: FontSet | None = None


@dataclass(frozen=True)
class FontSet:
    sans: str
    bold: str
    italic: str
    bold_italic: str
    mono: str
    source: str
    codepoints: frozenset[int]
    emoji: str | None = None                       # the symbol font, when there is one
    emoji_codepoints: frozenset[int] = frozenset()  # what it adds to `codepoints`

    @property
    def emoji_text(self) -> frozenset[str]:
        return emoji_chars(self.emoji_codepoints)


def fonts() -> FontSet:
    """Register the dossier fonts once (thread-safe) and return their names."""
    global _fonts  # noqa: PLW0603 - module-level cache of a process-wide registration
    with _lock:
        if _fonts is None:
            _fonts = _register()
        return _fonts


def _register() -> FontSet:
    for directory, *files in _FAMILIES:
        paths = [directory / name for name in files]
        if all(p.is_file() for p in paths):
            break
    names = (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC)
    faces = [TTFont(name, str(path)) for name, path in zip(names, paths, strict=True)]
    for face in faces:
        pdfmetrics.registerFont(face)
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
    )
    mono = "Courier"
    for path in _MONO:
        if path.is_file():
            pdfmetrics.registerFont(TTFont("PdMono", str(path)))
            mono = "PdMono"
            break
    # The regular face decides what we can draw; bold/italic DejaVu/Vera cover the same set
    # for the scripts we care about.
    # Only the Basic Multilingual Plane: reportlab writes a broken ToUnicode entry for
    # characters above U+FFFF (emoji), so those always get the [U+...] placeholder.
    codepoints = frozenset(cp for cp in faces[0].face.charToGlyph if cp <= 0xFFFF)
    emoji, extra = _register_emoji(codepoints)
    return FontSet(SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC, mono, str(paths[0]),
                   codepoints, emoji, extra)


def _register_emoji(covered: frozenset[int]) -> tuple[str | None, frozenset[int]]:
    path = next((p for p in _EMOJI if p.is_file()), None)
    if path is None:
        return None, frozenset()
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    face = TTFont(EMOJI, str(path))
    pdfmetrics.registerFont(face)
    extra = frozenset(cp for cp in face.face.charToGlyph
                      if cp not in covered and cp not in _DROP and cp > 0x2000)
    return EMOJI, extra


# ---------------------------------------------------------------------- text cleanup

# zero-width joiners/spaces, variation selectors, skin-tone modifiers, bidi controls
_DROP = frozenset(
    {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFE0E, 0xFE0F, 0xFEFF}
    | set(range(0x1F3FB, 0x1F400))
    | set(range(0x202A, 0x202F))
    | set(range(0x2066, 0x206A))
)
_cache: dict[str, str] = {}


def _replacement(ch: str, codepoints: frozenset[int]) -> str:
    cp = ord(ch)
    if cp in _DROP or 0xE0020 <= cp <= 0xE007F:  # joiners, variation selectors, tag chars
        return ""
    if ch in "\t":
        return " "
    if cp < 0x20 or 0x7F <= cp < 0xA0:
        return ""
    if unicodedata.category(ch) == "Mn":  # a lone combining mark the font lacks
        return ""
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if unicodedata.category(c) != "Mn")
    if base and all(ord(c) in codepoints for c in base):
        return base
    return f"[U+{cp:04X}]"


def clean_text(text: str, *, symbols: bool = False) -> str:
    """Replace characters the dossier font cannot draw (see module docstring); with
    `symbols`, keep what the symbol font draws (for `markup`, which switches fonts)."""
    if not text:
        return ""
    f = fonts()
    codepoints = f.codepoints
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        cp = ord(ch)
        if ch == "\n" or (cp in codepoints and cp not in _DROP) or (
                symbols and cp in f.emoji_codepoints):
            out.append(ch)
            continue
        rep = _cache.get(ch)
        if rep is None:
            rep = _replacement(ch, codepoints)
            if len(_cache) < 4096:
                _cache[ch] = rep
        out.append(rep)
    return "".join(out)


def markup(text: str) -> str:
    """Plain text -> safe Paragraph markup (cleaned, escaped, newlines as line breaks);
    emoji and symbols in the symbol font."""
    cleaned = clean_text(text, symbols=True).replace("\r\n", "\n").replace("\r", "\n")
    body = escape(cleaned).replace("\n", "<br/>")
    f = fonts()
    if f.emoji is None or body.isascii():
        return body
    return "".join(f'<font name="{f.emoji}">{run}</font>' if run[0] in f.emoji_text else run
                   for run in _runs(body, f.emoji_text))


def _runs(text: str, special: frozenset[str]) -> list[str]:
    """`text` cut into runs that are all in `special` or all not."""
    runs: list[str] = []
    for ch in text:
        if runs and (ch in special) == (runs[-1][0] in special):
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


# ---------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    note: ParagraphStyle
    quote: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    cover_flag: ParagraphStyle
    cover_title: ParagraphStyle
    cover_ref: ParagraphStyle
    toc_title: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    entry_head: ParagraphStyle
    entry_title: ParagraphStyle
    entry_body: ParagraphStyle
    entry_meta: ParagraphStyle
    revision: ParagraphStyle
    chat_meta: ParagraphStyle
    chat_text: ParagraphStyle
    chat_hash: ParagraphStyle
    chat_missing: ParagraphStyle
    chat_system: ParagraphStyle
    chat_day: ParagraphStyle
    caption: ParagraphStyle


StyleMaker = Callable[..., ParagraphStyle]


def make_styles() -> Styles:
    f = fonts()

    def ps(name: str, **kw: Any) -> ParagraphStyle:   # any ParagraphStyle attribute
        base: dict[str, Any] = {"fontName": f.sans, "fontSize": 9.5, "leading": 13,
                                "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        **_text_styles(ps, f),
        **_heading_styles(ps, f),
        **_table_styles(ps, f),
        **_front_matter_styles(ps, f),
        **_timeline_styles(ps, f),
        **_chat_styles(ps, f),
    )


def _text_styles(ps: StyleMaker, f: FontSet) -> dict[str, ParagraphStyle]:
    return {
        "body": ps("body", spaceAfter=5),
        "note": ps("note", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4),
        "quote": ps("quote", fontName=f.italic, leftIndent=14, textColor=MUTED, spaceAfter=5),
        "small": ps("small", fontSize=8, leading=10.5, textColor=MUTED),
        "small_bold": ps("small_bold", fontName=f.bold, fontSize=8, leading=10.5),
        "caption": ps(
            "caption", fontName=f.bold, fontSize=9, leading=12, alignment=TA_LEFT, spaceAfter=4
        ),
    }


def _heading_styles(ps: StyleMaker, f: FontSet) -> dict[str, ParagraphStyle]:
    return {
        "h1": ps("h1", fontName=f.bold, fontSize=17, leading=22, textColor=ACCENT,
                 spaceAfter=10, keepWithNext=1),
        "h2": ps("h2", fontName=f.bold, fontSize=12.5, leading=16, textColor=ACCENT,
                 spaceBefore=8, spaceAfter=5, keepWithNext=1),
        "h3": ps("h3", fontName=f.bold, fontSize=10.5, leading=14, spaceBefore=6,
                 spaceAfter=3, keepWithNext=1),
    }


def _table_styles(ps: StyleMaker, f: FontSet) -> dict[str, ParagraphStyle]:
    return {
        "cell": ps("cell", fontSize=8.5, leading=11),
        "cell_bold": ps("cell_bold", fontName=f.bold, fontSize=8.5, leading=11),
        "cell_head": ps(
            "cell_head", fontName=f.bold, fontSize=8.5, leading=11, textColor=colors.white
        ),
        "mono": ps("mono", fontName=f.mono, fontSize=8, leading=10),
    }


def _front_matter_styles(ps: StyleMaker, f: FontSet) -> dict[str, ParagraphStyle]:
    """The cover page and the table of contents."""
    return {
        "cover_flag": ps("cover_flag", fontName=f.bold, fontSize=40, leading=46,
                         textColor=ALERT, alignment=TA_CENTER, spaceAfter=6),
        "cover_title": ps("cover_title", fontName=f.bold, fontSize=20, leading=26,
                          alignment=TA_CENTER, spaceAfter=4),
        "cover_ref": ps("cover_ref", fontSize=13, leading=18, alignment=TA_CENTER,
                        textColor=MUTED, spaceAfter=22),
        "toc_title": ps(
            "toc_title", fontName=f.bold, fontSize=17, leading=22, textColor=ACCENT, spaceAfter=14
        ),
        "toc1": ps("toc1", fontName=f.bold, fontSize=10.5, leading=15),
        "toc2": ps("toc2", fontSize=9.5, leading=13, leftIndent=16),
    }


def _timeline_styles(ps: StyleMaker, f: FontSet) -> dict[str, ParagraphStyle]:
    return {
        "entry_head": ps("entry_head", fontName=f.bold, fontSize=8.5, leading=11.5,
                         textColor=ACCENT, backColor=SHADE, borderPadding=(2, 3, 2, 3),
                         leftIndent=3, rightIndent=3, spaceBefore=9, keepWithNext=1),
        "entry_title": ps("entry_title", fontName=f.bold, fontSize=10, leading=13.5,
                          spaceBefore=3, spaceAfter=1, leftIndent=8, keepWithNext=1),
        "entry_body": ps("entry_body", leftIndent=8, spaceAfter=2),
        "entry_meta": ps("entry_meta", fontSize=7.5, leading=10, textColor=MUTED, leftIndent=8),
        "revision": ps(
            "revision", fontSize=8, leading=10.5, textColor=MUTED, leftIndent=20, spaceBefore=2
        ),
    }


def _chat_styles(ps: StyleMaker, f: FontSet) -> dict[str, ParagraphStyle]:
    return {
        "chat_meta": ps(
            "chat_meta", fontName=f.bold, fontSize=7.5, leading=9.5, textColor=MUTED
        ),
        "chat_text": ps("chat_text", fontSize=9, leading=12),
        "chat_hash": ps("chat_hash", fontName=f.mono, fontSize=6.5, leading=8.5,
                        textColor=MUTED),
        "chat_missing": ps("chat_missing", fontName=f.bold, fontSize=7.5, leading=9.5,
                           textColor=ALERT),
        "chat_system": ps("chat_system", fontName=f.italic, fontSize=8, leading=10.5,
                          textColor=MUTED, alignment=TA_CENTER, spaceBefore=3, spaceAfter=3),
        "chat_day": ps("chat_day", fontName=f.bold, fontSize=8, leading=10.5, textColor=MUTED,
                       alignment=TA_CENTER, spaceBefore=8, spaceAfter=4),
    }


def format_size_nl(size: int | None) -> str:
    """``1,2 MB``: decimal comma, 1000-based units."""
    if size is None:
        return ""
    if size < 1000:
        return f"{size} bytes"
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.1f} {unit}".replace(".", ",")
    raise AssertionError  # pragma: no cover
