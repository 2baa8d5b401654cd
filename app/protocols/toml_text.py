"""TOML text to tables, with tomllib's English syntax errors put in Dutch and nesting bounded.

A problem is (line, column, Dutch message); the loader turns it into a ProtocolFileError.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any, TypeAlias

from app.protocols.limits import MAX_NESTING, data_depth, nesting_too_deep

Problem: TypeAlias = tuple[int | None, int | None, str]

_TOML_NL = (
    ("Illegal character", "ongeldig teken; staat er een aanhalingsteken te weinig?"),
    ("Unterminated string", "een tekst is niet afgesloten met een aanhalingsteken"),
    ("Cannot overwrite a value", "deze sleutel staat er al"),
    ("Duplicate inline table key", "deze sleutel staat er al"),
    ("Cannot declare", "deze tabel staat er al"),
    ("Expected '='", "na een sleutel hoort een '='"),
    ("Expected ']]'", "']]' ontbreekt aan het eind van de tabelnaam"),
    ("Expected ']'", "']' ontbreekt aan het eind van de tabelnaam"),
    ("Unclosed array", "een lijst is niet afgesloten met ']'"),
    ("Unclosed inline table", "een tabel tussen { } is niet afgesloten"),
    ("Invalid value", "ongeldige waarde; staat tekst tussen aanhalingstekens?"),
    ("Invalid statement", "ongeldige regel"),
)
_SYNTAX_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


_TOO_DEEP = f"tabellen en lijsten zijn te diep genest (hoogstens {MAX_NESTING} niveaus)"


def _syntax_error(exc: tomllib.TOMLDecodeError) -> Problem:
    detail = str(exc)
    match = _SYNTAX_POS.search(detail)
    line = column = None
    if match:
        line, column = int(match.group(1)), int(match.group(2))
        detail = detail[: match.start()]
    dutch = next((nl for en, nl in _TOML_NL if detail.startswith(en)), "")
    message = (f"TOML-syntaxfout{f' in kolom {column}' if column else ''}: "
               + (f"{dutch} ({detail})" if dutch else detail))
    return line, column, message


def parse_toml(text: str) -> tuple[dict[str, Any] | None, Problem | None]:
    """tomllib's table, or the named error; too deep nesting never reaches the parser."""
    deep_line = nesting_too_deep(text)
    if deep_line is not None:
        return None, (deep_line, None, _TOO_DEEP)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, _syntax_error(exc)
    except RecursionError:   # nesting the bracket scan could not see (dotted keys)
        return None, (None, None, _TOO_DEEP)
    if data_depth(data) > MAX_NESTING:
        return None, (None, None, _TOO_DEEP)
    return data, None
