"""Opening one SQLCipher connection: key through the driver's API, proof that the
cipher is really active and not weaker than SQLCipher 4's defaults, safe pragmas.
"""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from app.errors import (
    DamagedVaultError,
    NotAVaultError,
    WeakEncryptionError,
    WrongPasswordError,
)
from app.vault.pagecheck import DEFAULT_PAGE_SIZE, first_page_damaged

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_KDF_ITER = 256_000
REQUIRED_SETTINGS = {
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_use_hmac": "1",
    "cipher_plaintext_header_size": "0",
}

DatabaseError = sqlcipher.DatabaseError
Connection = sqlcipher.Connection


def encode_password(password: str) -> bytes:
    """The key material: the password in NFC (one key for composed or decomposed input)."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def candidate_keys(password: str) -> list[bytes]:
    """NFC first; a vault made before normalisation may need the password as typed."""
    keys = [encode_password(password)]
    as_typed = password.encode("utf-8")
    return keys if as_typed == keys[0] else [*keys, as_typed]


def plainly_not_a_vault(path: Path) -> int | None:
    """None when the file cannot be a vault, without a password: empty, unreadable, plain
    SQLite (SQLCipher leaves no readable header) or not whole pages (a text file, say);
    else its size. Only reads; random bytes in whole pages still need the password."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    if size == 0 or head.startswith(SQLITE_HEADER):
        return None
    # SQLCipher files are whole pages; anything else was never a vault.
    if size < 1024 or size % 1024 != 0:
        return None
    return size


def classify_key_failure(path: Path, key: bytes) -> Exception:
    """Page 1 did not decrypt: a wrong password, a damaged first page, or no vault."""
    size = plainly_not_a_vault(path)
    if size is None:
        return NotAVaultError()
    if first_page_damaged(path, key):
        return DamagedVaultError("vault.first_page_damaged")
    if size == DEFAULT_PAGE_SIZE:
        return WrongPasswordError()
    # Page 2 did not prove the password either; a damaged salt looks the same.
    return WrongPasswordError("vault.wrong_password_or_damaged")


def connect(path: Path, key: bytes, *, create: bool = False, prepare: bool = True,
            uri: str | None = None) -> Connection:
    """Open and key a connection; raise a precise VaultError when that fails.

    Nothing is written unless `create` or `prepare`: opening checks a file first with
    `prepare=False` and calls `prepare()` only once it is sure the file is a vault.
    """
    # A vault may be opened on a worker thread and then used by the GUI thread; use is
    # serialized by the app and SQLCipher is built thread-safe, so the check is off.
    conn = sqlcipher.connect(uri or str(path), isolation_level=None,
                             check_same_thread=False, uri=uri is not None)
    try:
        # SQLCipher logs decrypt failures to stderr by default; the user gets our message.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if create:
                raise
            if "not a database" not in str(exc):
                raise DamagedVaultError() from exc  # the key worked; the file did not
            raise classify_key_failure(path, key) from exc
        _check_cipher(conn)
        if create:
            # Before the first page is written. Incremental vacuum gives freed pages back
            # without VACUUM's full copy, which temp_store=MEMORY would build in RAM.
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        if create or prepare:
            _apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def prepare(conn: Connection) -> None:
    """The writing settings (WAL, secure delete, ...) once the file is known to be ours."""
    _apply_pragmas(conn)


def _check_cipher(conn: Connection) -> None:
    version = conn.execute("PRAGMA cipher_version").fetchone()
    provider = conn.execute("PRAGMA cipher_provider").fetchone()
    if not version or not version[0] or not provider or not provider[0]:
        raise WeakEncryptionError("vault.no_cipher")
    settings: dict[str, str] = {}
    for (line,) in conn.execute("PRAGMA cipher_settings"):
        # Lines look like "PRAGMA kdf_iter = 256000;"
        name, _, value = line.removeprefix("PRAGMA ").rstrip(";").partition(" = ")
        settings[name.strip()] = value.strip()
    kdf_iter = int(settings.get("kdf_iter", settings.get("cipher_kdf_iter", "0")) or 0)
    if kdf_iter < MIN_KDF_ITER:
        raise WeakEncryptionError()
    for name, wanted in REQUIRED_SETTINGS.items():
        if name in settings and settings[name] != wanted:
            raise WeakEncryptionError()


def _apply_pragmas(conn: Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if not mode or str(mode[0]).lower() != "wal":
        raise DamagedVaultError()
    conn.execute("PRAGMA synchronous = FULL")
    # After a big import the WAL would otherwise stay as large as the import until close.
    conn.execute("PRAGMA journal_size_limit = 67108864")


def check_structure(conn: Connection, path: Path) -> None:
    """Cheap checks at open: the file holds every page its header promises, and the
    schema and settings pages decrypt. The full page-by-page check (HMAC of every page
    and the b-trees) is `verify`'s job: it reads the whole file, evidence included.
    """
    try:
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        conn.execute("SELECT count(*) FROM meta").fetchone()
        conn.execute("PRAGMA quick_check(meta)").fetchall()
        conn.execute("PRAGMA quick_check(cases)").fetchall()
    except DatabaseError as exc:
        raise DamagedVaultError() from exc
    wal = Path(f"{path}-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    # SQLCipher reserves per-page space but keeps the page size; the file is whole pages.
    if page_count * page_size > path.stat().st_size + wal_size:
        raise DamagedVaultError()


def close_quietly(conn: Connection) -> None:
    with contextlib.suppress(DatabaseError):
        conn.close()
