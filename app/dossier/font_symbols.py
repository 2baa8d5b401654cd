"""Helpers for the symbol font: its characters as a set, and a correct ToUnicode CMap."""

from __future__ import annotations

_emoji_chars_cache: dict[frozenset[int], frozenset[str]] = {}


def emoji_chars(codepoints: frozenset[int]) -> frozenset[str]:
    found = _emoji_chars_cache.get(codepoints)
    if found is None:
        found = _emoji_chars_cache.setdefault(codepoints,
                                              frozenset(chr(cp) for cp in codepoints))
    return found


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters above U+FFFF written as the UTF-16
    surrogate pair the PDF standard asks for (reportlab writes an invalid <1F602>)."""
    def utf16(cp: int) -> str:
        return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(cp)}>" for i, cp in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])
