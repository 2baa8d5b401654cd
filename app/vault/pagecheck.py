"""Telling a damaged first page from a wrong password, without SQLite.

SQLCipher cannot read any page once page 1 fails to decrypt, and a wrong password fails
the same way. But every page carries its own HMAC: when the typed password proves page 2,
the password is right and the start of the file is damaged. Layout of SQLCipher 4's
defaults: the first 16 bytes of the file are the KDF salt; each page ends with a 16-byte
IV and a 64-byte HMAC-SHA512 over the page's ciphertext, its IV and its page number.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

DEFAULT_PAGE_SIZE = 4096
KDF_ITER = 256_000
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
HMAC_SALT_MASK = 0x3A


def _keys(password: bytes, salt: bytes) -> bytes:
    key = hashlib.pbkdf2_hmac("sha512", password, salt, KDF_ITER, 32)
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, 2, 32)


def page_authentic(page: bytes, page_number: int, hmac_key: bytes) -> bool:
    body_end = len(page) - HMAC_SIZE
    start = SALT_SIZE if page_number == 1 else 0
    mac = hmac.new(hmac_key, page[start:body_end] + page_number.to_bytes(4, "little"),
                   hashlib.sha512).digest()
    return hmac.compare_digest(mac, page[body_end:])


def page_plaintext(page: bytes, number: int, page_key: bytes) -> bytes:
    """A page decrypted (AES-256-CBC, its IV before the HMAC); page 1's plaintext starts
    at file offset 16, after the salt. Check the page's HMAC first."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes  # noqa: PLC0415

    end = len(page) - HMAC_SIZE - IV_SIZE
    decryptor = Cipher(algorithms.AES(page_key), modes.CBC(page[end:end + IV_SIZE])).decryptor()
    return decryptor.update(page[SALT_SIZE if number == 1 else 0:end]) + decryptor.finalize()


def hmac_key_for_page_key(page_key: bytes, salt: bytes) -> bytes:
    """SQLCipher's HMAC key for a raw page key: PBKDF2 (2 rounds) with the salt ^ 0x3a."""
    return hashlib.pbkdf2_hmac("sha512", page_key, bytes(b ^ HMAC_SALT_MASK for b in salt),
                               2, 32)


class PageVerifier:
    """`page_authentic` for many pages: the HMAC's key schedule is computed once."""

    def __init__(self, key: bytes, page_size: int) -> None:
        self._proto = hmac.new(key, digestmod="sha512")
        self._body = page_size - HMAC_SIZE

    def authentic(self, page: bytes | memoryview, number: int) -> bool:
        if len(page) != self._body + HMAC_SIZE:
            return False
        mac = self._proto.copy()
        mac.update(page[SALT_SIZE if number == 1 else 0:self._body])
        mac.update(number.to_bytes(4, "little"))
        return hmac.compare_digest(mac.digest(), page[self._body:])


def first_page_damaged(path: Path, password: bytes) -> bool:
    """True when `password` proves page 2 but page 1 does not authenticate."""
    try:
        with path.open("rb") as fh:
            first = fh.read(DEFAULT_PAGE_SIZE)
            second = fh.read(DEFAULT_PAGE_SIZE)
    except OSError:
        return False
    if len(second) != DEFAULT_PAGE_SIZE or password.startswith(b"x'"):
        return False
    hmac_key = _keys(password, first[:SALT_SIZE])
    return page_authentic(second, 2, hmac_key) and not page_authentic(first, 1, hmac_key)
