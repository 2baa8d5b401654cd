"""Password policy for a vault: at least 12 characters and a zxcvbn score of 3 or more."""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from app.errors import WeakPasswordError

MIN_LENGTH = 12
MIN_SCORE = 3


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    reason: str  # Dutch, empty when acceptable


def assess_password(password: str) -> Strength:
    if len(password) < MIN_LENGTH:
        return Strength(0, False, f"Gebruik minstens {MIN_LENGTH} tekens; een zin van een paar "
                                  "woorden is makkelijk te onthouden en sterk.")
    # zxcvbn looks at the first 100 characters; longer passwords are strong by length.
    result = zxcvbn(password[:100])
    score = int(result["score"])
    if score < MIN_SCORE:
        return Strength(score, False, "Dit wachtwoord is te makkelijk te raden (bijvoorbeeld een "
                                      "bekend woord, naam, datum of toetsenbordrij). Maak er een "
                                      "zin van met een paar onverwachte woorden.")
    return Strength(score, True, "")


def check_password_strength(password: str) -> None:
    strength = assess_password(password)
    if not strength.acceptable:
        raise WeakPasswordError(strength.reason)
