"""Turning the text of an argument into a value, with one Dutch sentence when it is wrong."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from app.casefile import CaseFile
from app.errors import InvalidInputError
from app.timeutil import parse_user_datetime

E = TypeVar("E", bound=StrEnum)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError("cli.bad_date", text=text) from None


def parse_moment(text: str) -> datetime:
    """JJJJ-MM-DD (noon, local time) or JJJJ-MM-DDTUU:MM (local time)."""
    try:
        return parse_user_datetime(text)[0]
    except ValueError as exc:
        raise InvalidInputError("cli.bad_moment", text=text) from exc


def moment_or_now(text: str | None, vault: CaseFile) -> datetime:
    return parse_moment(text) if text else vault.clock.now()


def choose(enum: type[E], text: str) -> E:
    """A member of `enum` by its value (`niet-gestopt`); underscores and spaces count as -."""
    wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
    for member in enum:
        if member.value == wanted:
            return member
    raise InvalidInputError("cli.unknown_choice", text=text,
                            choices=", ".join(m.value for m in enum))


def name_and_text(text: str, option: str, shape: str = "NAAM=TEKST") -> tuple[str, str]:
    """`NAAM=TEKST` as given to --idea, --result and the like."""
    name, sep, rest = text.partition("=")
    if not sep or not name.strip() or not rest.strip():
        raise InvalidInputError("cli.bad_pair", option=option, shape=shape, text=text)
    return name.strip(), rest.strip()


def number(text: str, what: str) -> int:
    """An id as the list commands print it: 12 or #12."""
    digits = text.strip().removeprefix("#")
    if not digits.isdigit():
        raise InvalidInputError("cli.bad_number", text=text, what=what)
    return int(digits)
