"""The recovery code: 140 random bits as 7 groups of 5 Crockford-base32 characters,
four random and one check character per group, so a typo names its group."""

from __future__ import annotations

import secrets

from app.errors import InvalidInputError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
GROUPS = 7
DATA_PER_GROUP = 4
# Odd weights are invertible modulo 32: every single wrong character changes the sum.
_WEIGHTS = (1, 3, 5, 7)
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


class RecoveryCodeError(InvalidInputError):
    default_code = "recovery.code_invalid"


def _check_char(group_index: int, data: str) -> str:
    total = 7 * (group_index + 1)
    for weight, char in zip(_WEIGHTS, data, strict=True):
        total += weight * ALPHABET.index(char)
    return ALPHABET[total % len(ALPHABET)]


def new_recovery_code() -> str:
    groups = []
    for index in range(GROUPS):
        data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_PER_GROUP))
        groups.append(data + _check_char(index, data))
    return "-".join(groups)


def normalize_recovery_code(text: str) -> str:
    """The canonical form of a typed code; raise naming the first group that is wrong."""
    chars = "".join(c for c in text.upper() if c.isalnum()).translate(_LOOKALIKES)
    size = DATA_PER_GROUP + 1
    if len(chars) != GROUPS * size:
        raise RecoveryCodeError("recovery.code_length", groups=GROUPS, size=size)
    groups = [chars[i:i + size] for i in range(0, len(chars), size)]
    for index, group in enumerate(groups):
        if any(c not in ALPHABET for c in group) or \
                _check_char(index, group[:DATA_PER_GROUP]) != group[-1]:
            raise RecoveryCodeError("recovery.code_typo", group=index + 1)
    return "-".join(groups)
