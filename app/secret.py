"""A password held in a mutable buffer that is zeroed when the case file locks.

Python strings cannot be wiped: every `str` holding the password stays in memory until
the allocator reuses it. CaseFile keeps the password only to derive the backups' key
once (app.backup); it keeps it as UTF-8 bytes in a bytearray, hands out a short-lived
`str` when the backup key is derived, and overwrites the buffer with zeros on close.
What this does and does not protect is spelled out in docs/security.md.
"""

from __future__ import annotations


class SecretBuffer:
    """UTF-8 bytes of a secret; `wipe()` zeroes them in place."""

    __slots__ = ("_buffer",)

    def __init__(self, secret: str | None) -> None:
        self._buffer = bytearray(secret.encode("utf-8")) if secret is not None else None

    def reveal(self) -> str | None:
        """The secret as a new str (for the key derivation), or None once wiped."""
        return None if self._buffer is None else self._buffer.decode("utf-8")

    def wipe(self) -> None:
        if self._buffer is not None:
            self._buffer[:] = bytes(len(self._buffer))
            self._buffer = None

    @property
    def raw(self) -> bytearray | None:
        """The buffer itself (tests check that it is zeroed)."""
        return self._buffer

    def __repr__(self) -> str:
        return "SecretBuffer(***)"
