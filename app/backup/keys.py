"""Key material of a backup: Argon2id key-encryption keys, AES-256-GCM wrapping of a
backup's data key, and sealing the backup's info with that data key."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import PestdossierError

KEY_BYTES = 32
NONCE_BYTES = 12
# OWASP's first Argon2id choice is m=46 MiB, t=1; this is stronger and still ~0.15 s.
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 65_536
ARGON2_LANES = 4


class BackupKeyError(PestdossierError):
    """The password or the recovery code does not open this backup."""

    default_code = "backup.wrong_secret"


@dataclass(frozen=True)
class KekSpec:
    """How a key-encryption key is derived from a secret: stored in each slot."""

    salt: bytes
    time_cost: int = ARGON2_TIME
    memory_kib: int = ARGON2_MEMORY_KIB
    lanes: int = ARGON2_LANES

    @classmethod
    def fresh(cls) -> KekSpec:
        return cls(os.urandom(16))

    def derive(self, secret: str) -> bytes:
        kdf = Argon2id(salt=self.salt, length=KEY_BYTES, iterations=self.time_cost,
                       lanes=self.lanes, memory_cost=self.memory_kib)
        return kdf.derive(secret.encode("utf-8"))

    def as_json(self) -> dict[str, object]:
        return {"kdf": "argon2id", "salt": self.salt.hex(), "t": self.time_cost,
                "m": self.memory_kib, "p": self.lanes}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KekSpec:
        if data.get("kdf") != "argon2id":
            raise BackupKeyError("backup.not_a_backup")
        return cls(bytes.fromhex(str(data["salt"])), int(str(data["t"])),
                   int(str(data["m"])), int(str(data["p"])))


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def raw_sqlcipher_key(data_key: bytes) -> bytes:
    """SQLCipher's raw key syntax: the key is used as is, no password derivation."""
    return f"x'{data_key.hex()}'".encode("ascii")


def seal(key: bytes, plaintext: bytes, purpose: str) -> dict[str, str]:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, plaintext, purpose.encode("ascii"))
    return {"nonce": nonce.hex(), "sealed": sealed.hex()}


def unseal(key: bytes, box: dict[str, str], purpose: str) -> bytes:
    try:
        return AESGCM(key).decrypt(bytes.fromhex(box["nonce"]), bytes.fromhex(box["sealed"]),
                                   purpose.encode("ascii"))
    except (InvalidTag, KeyError, ValueError) as exc:
        raise BackupKeyError() from exc
