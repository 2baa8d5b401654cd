"""Where a table or key is in a TOML text, for error messages: tomllib keeps no positions.

A table path is what the loader walks, like ('steps', 2, 'deadline'): table names, with
the index of an array-of-tables entry after its name.
"""

from __future__ import annotations

import re
from typing import TypeAlias

# A table path: table names, each array-of-tables name followed by the entry's index.
TablePath: TypeAlias = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]#]+?)\s*\]\]?\s*(?:#.*)?$")


class LineLocator:
    """Finds the line of a table or key by scanning the text (tomllib keeps no positions)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[tuple[int, str]] = []   # (0-based line, dotted table name)
        for number, line in enumerate(self.lines):
            if match := _HEADER.match(line):
                name = ".".join(p.strip().strip("\"'") for p in match.group(2).split("."))
                self.headers.append((number, name))

    def _region_end(self, start: int, dotted: str, outer_end: int) -> int:
        return next((n for n, name in self.headers if start < n < outer_end
                     and not name.startswith(dotted + ".")), outer_end)

    def region(self, tpath: TablePath) -> tuple[int, int]:
        start, end = 0, len(self.lines)
        if not tpath and self.headers:
            end = self.headers[0][0]
        dotted, i = "", 0
        while i < len(tpath):
            name = str(tpath[i])   # the walk below steps over the indices
            dotted = f"{dotted}.{name}" if dotted else name
            following = tpath[i + 1] if i + 1 < len(tpath) else None
            index = following if isinstance(following, int) else None
            found = [n for n, h in self.headers if start <= n < end and h == dotted]
            if index is None and not found:   # inline table or dotted key
                key_line = self.key_line_in(name, start, end)
                return (key_line if key_line is not None else start), end
            if index is not None and index >= len(found):
                return start, end
            start = found[index or 0]
            end = self._region_end(start, dotted, end)
            i += 2 if index is not None else 1
        return start, end

    def key_line_in(self, key: str, start: int, end: int) -> int | None:
        pattern = re.compile(r"(?:^|[{,])\s*(?:%s|\"%s\"|'%s')\s*[=.]" % ((re.escape(key),) * 3))
        own_end = next((n for n, _ in self.headers if start < n < end), end)
        for lo, hi in ((start, own_end), (start, end)):
            for number in range(lo, hi):
                text = self.lines[number]
                if not text.lstrip().startswith("#") and pattern.search(text):
                    return number
        return next((n for n, name in self.headers
                     if start <= n < end and name.split(".")[-1] == key), None)

    def line(self, tpath: TablePath, key: str | None = None) -> int | None:
        start, end = self.region(tpath)
        if key is not None:
            found = self.key_line_in(key, start, end)
            if found is not None:
                return found + 1
        if not tpath and key is not None:
            return next((n + 1 for n, name in self.headers if name == key), None)
        return start + 1 if self.lines else None
