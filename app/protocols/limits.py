"""Bounds on what a protocol file may hold, so a strange file is refused, not obeyed.

A protocol is written by a school and read at every start; a file that is huge, nested
thousands deep or full of absurd durations must become a named error for that file (the
app skips it) instead of a RecursionError, an overflow or minutes of loading. The limits
are far above any real protocol (the shipped ones have about ten steps).
"""

from __future__ import annotations

from typing import Any

#: Largest protocol file read, in bytes.
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Most steps in one protocol (also the most entries in any other [[table]] list).
MAX_STEPS = 5000
#: Deepest nesting of tables and lists (the schema needs 4: steps.choice.options.x).
MAX_NESTING = 8
#: Longest duration, in days (ten years); months count as 31 days, years as 366.
MAX_DURATION_DAYS = 10 * 366
#: Most rounds of a repeat block.
MAX_ROUNDS = 100

_OPEN, _CLOSE = "[{", "]}"


def nesting_too_deep(text: str) -> int | None:
    """The 1-based line where brackets in `text` nest deeper than MAX_NESTING, else None.

    Runs before tomllib, whose parser recurses per level and would raise RecursionError.
    Strings and comments are skipped so brackets inside them do not count.
    """
    depth, line, i, size = 0, 1, 0, len(text)
    while i < size:
        char = text[i]
        if char == "\n":
            line += 1
        elif char == "#":
            end = text.find("\n", i)
            i = size if end < 0 else end
            continue
        elif char in "\"'":
            end = _string_end(text, i)
            line += text.count("\n", i, end)
            i = end
            continue
        elif char in _OPEN:
            depth += 1
            if depth > MAX_NESTING:
                return line
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        i += 1
    return None


def _string_end(text: str, start: int) -> int:
    """Index just after the TOML string that starts at `start`."""
    quote = text[start]
    if text.startswith(quote * 3, start):
        end = text.find(quote * 3, start + 3)
        while quote == '"' and end > 0 and _escaped(text, end):
            end = text.find(quote * 3, end + 1)
        return len(text) if end < 0 else end + 3
    i = start + 1
    while i < len(text) and text[i] not in (quote, "\n"):
        i += 2 if quote == '"' and text[i] == "\\" else 1
    return i + 1


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def data_depth(value: Any) -> int:
    """How deep tables and lists nest in parsed TOML (dotted keys nest too); iterative."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = list(item)
        else:
            continue
        deepest = max(deepest, depth + 1)
        if deepest > MAX_NESTING:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest
