"""Password policy for a vault: at least 12 characters and a zxcvbn score of 3 or more.

Any length up to MAX_LENGTH works; zxcvbn refuses long input (and is slow on it), so the
meter scores a bounded prefix. Before key derivation a password is normalised to NFC, so
the same word typed as composed or decomposed characters gives one key."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from zxcvbn import zxcvbn

from app.errors import WeakPasswordError
from app.messages import Message

MIN_LENGTH = 12
MIN_SCORE = 3
MAX_LENGTH = 1024
SCORED_PREFIX = 64  # zxcvbn raises on more than 72 characters


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    reason: Message | None  # why it is refused; None when acceptable


def assess_password(password: str) -> Strength:
    if len(password) < MIN_LENGTH:
        return Strength(0, False, Message("password.too_short", min_length=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        return Strength(0, False, Message("password.too_long", max_length=MAX_LENGTH))
    # A long password whose first 64 characters score well is strong by length too.
    result = zxcvbn(password[:SCORED_PREFIX])
    score = int(result["score"])
    if score < MIN_SCORE:
        return Strength(score, False, Message("password.too_guessable"))
    return Strength(score, True, None)


def normalised(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def check_password_strength(password: str) -> None:
    reason = assess_password(password).reason
    if reason is not None:
        raise WeakPasswordError(reason.code, **reason.params)
