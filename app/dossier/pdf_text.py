"""The text layer of a PDF, page by page, read with pikepdf (already a runtime dependency).

Built for the leak check, and fast: each page's content stream is decompressed by qpdf
and scanned with one regular expression for text operators; strings are decoded through
each font's ToUnicode map (read once per font), or as WinAnsi for the standard fonts.
Text positioning (a new line, a moved cursor, a new text object) becomes a line break, so
a name split over two lines reads as two words on two lines, as in any text extractor.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import pikepdf

_STRING = rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<[0-9A-Fa-f\s]*>"
# Only what shows text or moves to a new line; the engine skips all drawing in C.
_OPS = re.compile(
    rb"(?P<font>/[^\s/\[\]()<>{}%]+)\s+[-\d.]+\s+Tf"
    rb"|(?P<str>" + _STRING + rb")\s*(?:Tj|'|\")"
    rb"|\[(?P<arr>(?:" + _STRING + rb"|[-\d.\s])*)\]\s*TJ"
    rb"|(?P<brk>T\*|\bT[dDm]\b|\bET\b|'|\")",
    re.S)
_PIECES = re.compile(_STRING + rb"|-?\d*\.?\d+", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.S)
_BIG_GAP = -200   # a TJ adjustment this wide (thousandths of an em) is a space

CharMap = dict[int, str]


def _unescape(m: re.Match[bytes]) -> bytes:
    code = m.group(1)
    if code[:1].isdigit():
        return bytes([int(code, 8) & 0xFF])
    return _ESCAPES.get(code, code)


def _string_bytes(token: bytes) -> bytes:
    if token.startswith(b"<"):
        digits = re.sub(rb"\s", b"", token[1:-1])
        return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
    return _ESCAPE.sub(_unescape, token[1:-1])


def _hex_text(value: bytes) -> str:
    raw = bytes.fromhex(value.decode("ascii"))
    return raw.decode("utf-16-be", errors="replace") if len(raw) > 1 else chr(raw[0])


def _to_unicode(stream: pikepdf.Object) -> CharMap:
    """A ToUnicode CMap (single-byte codes, as reportlab writes them) as code -> text."""
    data = stream.read_bytes()
    out: CharMap = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(src, 16)] = _hex_text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
            start, end = int(lo, 16), int(hi, 16)
            if dst.startswith(b"["):
                targets = re.findall(rb"<([0-9A-Fa-f]+)>", dst)
                out.update({start + i: _hex_text(t) for i, t in enumerate(targets)})
            else:
                first = int(dst[1:-1], 16)
                out.update({code: chr(first + code - start) for code in range(start, end + 1)})
    return out


class _Fonts:
    """Each font's code -> text map, read once per PDF."""

    def __init__(self) -> None:
        self._maps: dict[tuple[int, int], CharMap | None] = {}

    def decoder(self, font: pikepdf.Object | None) -> CharMap | None:
        if font is None:
            return None
        key = font.objgen
        if key not in self._maps or key == (0, 0):
            cmap = font.get("/ToUnicode")
            self._maps[key] = _to_unicode(cmap) if cmap is not None else None
        return self._maps[key]


def _decode(raw: bytes, cmap: CharMap | None) -> str:
    if cmap is None:
        return raw.decode("cp1252", errors="replace")
    return raw.decode("latin-1").translate(cmap)


def _content_text(data: bytes, resources: Any, fonts: _Fonts) -> Iterator[str]:
    font_dict = resources.get("/Font", {}) if resources is not None else {}
    cmap: CharMap | None = None
    for m in _OPS.finditer(data):
        kind = m.lastgroup
        if kind == "font":
            cmap = fonts.decoder(font_dict.get(m.group("font").decode("latin-1")))
        elif kind == "str":
            yield _decode(_string_bytes(m.group("str")), cmap)
            if m.group(0).endswith((b"'", b'"')):
                yield "\n"
        elif kind == "arr":
            yield from _array(m.group("arr"), cmap)
        else:
            yield "\n"


def _array(body: bytes, cmap: CharMap | None) -> Iterator[str]:
    for piece in _PIECES.finditer(body):
        token = piece.group(0)
        if token[:1] in b"(<":
            yield _decode(_string_bytes(token), cmap)
        elif float(token) <= _BIG_GAP:
            yield " "


def _forms(resources: Any, fonts: _Fonts, depth: int = 0) -> Iterator[str]:
    """Text in form XObjects (drawn once, shown on a page)."""
    xobjects = resources.get("/XObject", {}) if resources is not None else {}
    for xobject in xobjects.values():
        if xobject.get("/Subtype") == "/Form" and depth < 3:
            inner = xobject.get("/Resources", resources)
            yield from _content_text(xobject.read_bytes(), inner, fonts)
            yield from _forms(inner, fonts, depth + 1)


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, in drawing order, lines separated by line breaks."""
    fonts = _Fonts()
    out = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            resources = page.obj.get("/Resources")
            data = b"\n".join(s.read_bytes() for s in _streams(page.obj.get("/Contents")))
            parts = list(_content_text(data, resources, fonts))
            parts += _forms(resources, fonts)
            out.append("".join(parts))
    return out


def _streams(contents: pikepdf.Object | None) -> list[pikepdf.Object]:
    if contents is None:
        return []
    if isinstance(contents, pikepdf.Array):
        return list(contents)
    return [contents]
