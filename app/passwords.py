"""Password policy for a vault: at least 12 characters and a zxcvbn score of 3 or more."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from app.errors import WeakPasswordError
from app.messages import Message

MIN_LENGTH = 12
MIN_SCORE = 3


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    reason: Message | None  # why it is refused; None when acceptable


def assess_password(password: str) -> Strength:
    if len(password) < MIN_LENGTH:
        return Strength(0, False, Message("password.too_short", min_length=MIN_LENGTH))
    # zxcvbn looks at the first 100 characters; longer passwords are strong by length.
    result = zxcvbn(password[:100])
    score = int(result["score"])
    if score < MIN_SCORE:
        return Strength(score, False, Message("password.too_guessable"))
    return Strength(score, True, None)


def check_password_strength(password: str) -> None:
    reason = assess_password(password).reason
    if reason is not None:
        raise WeakPasswordError(reason.code, **reason.params)
