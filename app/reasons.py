"""The reason given for withdrawing or removing something: required, kept short.

It is stored with the record that stays behind and in the audit log, so it is one
paragraph of plain text.
"""

from __future__ import annotations

from app.errors import InvalidInputError

MAX_REASON = 1000


def clean_reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise InvalidInputError("reason.missing")
    if len(text) > MAX_REASON:
        raise InvalidInputError("reason.too_long", limit=MAX_REASON)
    return text
