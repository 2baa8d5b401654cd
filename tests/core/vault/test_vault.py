"""Creating, opening, locking and reopening a vault; each distinct open error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from app.casefile import CaseFile
from app.errors import (
    DamagedVaultError,
    NewerVaultError,
    NotAVaultError,
    VaultClosedError,
    VaultExistsError,
    VaultInUseError,
    VaultNotFoundError,
    WeakPasswordError,
    WrongPasswordError,
)
from app.vault.migrations import LATEST_VERSION, MIGRATIONS
from tests.conftest import PASSWORD


def test_create_lock_and_reopen_keeps_data(vault: CaseFile, vault_path: Path) -> None:
    from datetime import date

    from app.cases import NewCase
    from app.domain import CaseKind

    case = vault.cases.create(NewCase("Uitgelachen bij gym", CaseKind.PESTEN, date(2026, 11, 20)))
    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultClosedError):
        vault.cases.list()
    with CaseFile.open(vault_path, PASSWORD) as again:
        assert [c.reference for c in again.cases.list()] == [case.reference]


def test_vault_file_is_private_and_encrypted(vault: CaseFile, vault_path: Path) -> None:
    vault.close()
    assert vault_path.stat().st_mode & 0o077 == 0
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")


def test_wrong_password(vault: CaseFile, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPasswordError):
        CaseFile.open(vault_path, PASSWORD + "x")


def test_not_a_vault(tmp_path: Path) -> None:
    text = tmp_path / "boodschappen.pestdossier"
    text.write_text("melk, brood, kaas\n" * 50)
    with pytest.raises(NotAVaultError):
        CaseFile.open(text, PASSWORD)
    empty = tmp_path / "leeg.pestdossier"
    empty.write_bytes(b"")
    with pytest.raises(NotAVaultError):
        CaseFile.open(empty, PASSWORD)


def test_plain_sqlite_database_is_not_a_vault(tmp_path: Path) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    plain = tmp_path / "gewoon.db"
    conn = sqlcipher.connect(str(plain))
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVaultError):
        CaseFile.open(plain, PASSWORD)


def test_check_file_refuses_a_plain_non_vault_before_the_password(
        vault: CaseFile, vault_path: Path, tmp_path: Path) -> None:
    """Reads only: the real vault passes unchanged, a missing file is left to opening."""
    vault.close()
    before = (vault_path.read_bytes(), vault_path.stat().st_mtime_ns)
    CaseFile.check_file(vault_path)
    assert (vault_path.read_bytes(), vault_path.stat().st_mtime_ns) == before
    CaseFile.check_file(tmp_path / "op-de-usb-stick.pestdossier")
    plain = tmp_path / "gewoon.pestdossier"
    conn = sqlcipher.connect(str(plain))
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    text = tmp_path / "boodschappen.pestdossier"
    text.write_text("melk, brood, kaas\n" * 50)
    tiny = tmp_path / "klein.pestdossier"
    tiny.write_bytes(os.urandom(100))
    empty = tmp_path / "leeg.pestdossier"
    empty.write_bytes(b"")
    for other in (plain, text, tiny, empty):
        with pytest.raises(NotAVaultError):
            CaseFile.check_file(other)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError):
        CaseFile.open(tmp_path / "bestaat-niet.pestdossier", PASSWORD)


def test_damaged_vault(vault: CaseFile, vault_path: Path) -> None:
    from datetime import UTC, datetime

    from app.cases import NewCase
    from app.domain import CaseKind, EntryKind

    case = vault.cases.create(NewCase("Schade", CaseKind.PESTEN, datetime.now(UTC).date()))
    for i in range(300):
        vault.timeline.add(case.id, EntryKind.NOTITIE, f"regel {i} " + "tekst " * 40,
                           datetime.now(UTC))
    vault.close()
    data = bytearray(vault_path.read_bytes())
    pages = len(data) // 4096
    assert pages > 20
    for page in (pages // 2, pages * 2 // 3, pages - 2):  # a few pages in the data area
        data[page * 4096 + 100: page * 4096 + 400] = bytes(300)
    vault_path.write_bytes(bytes(data))
    # Opening stays fast (it checks the structure, not every page), so the damage may
    # show at open or only when a damaged page is read; `verify` always finds it, and
    # reading never fails with anything but the clear DamagedVaultError.

    try:
        damaged = CaseFile.open(vault_path, PASSWORD)
    except DamagedVaultError:
        return
    with damaged:
        assert not damaged.verify().ok
        try:
            damaged.timeline.for_case(case.id)
            damaged.search.search("tekst")
        except DamagedVaultError:
            pass


def test_truncated_vault_is_damaged(vault: CaseFile, vault_path: Path) -> None:
    from datetime import UTC, datetime

    from app.cases import NewCase
    from app.domain import CaseKind

    for i in range(200):
        vault.cases.create(NewCase(f"Melding {i} " + "x" * 300, CaseKind.PESTEN,
                                   datetime.now(UTC).date()))
    vault.close()
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    with pytest.raises(DamagedVaultError):
        CaseFile.open(vault_path, PASSWORD)


def test_newer_vault_is_refused(vault: CaseFile, vault_path: Path) -> None:
    vault._gateway.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    vault.close()
    with pytest.raises(NewerVaultError):
        CaseFile.open(vault_path, PASSWORD)


def test_existing_file_is_never_overwritten(vault: CaseFile, vault_path: Path) -> None:
    vault.close()
    before = vault_path.read_bytes()
    with pytest.raises(VaultExistsError):
        CaseFile.create(vault_path, PASSWORD)
    assert vault_path.read_bytes() == before


def test_weak_password_refused(tmp_path: Path) -> None:
    for weak in ("kort", "wachtwoord123", "aaaaaaaaaaaaaaaa", "qwertyuiopasdf"):
        with pytest.raises(WeakPasswordError):
            CaseFile.create(tmp_path / f"{len(weak)}.pestdossier", weak)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("password", [
    "met 'quotes' en \"dubbele\"; DROP TABLE cases; --",
    "emoji 😀🔐 en ümlauts ñ ß",
    "x" * 150 + "🔑" * 50,
])
def test_unusual_passwords_work(tmp_path: Path, password: str) -> None:
    path = tmp_path / "k.pestdossier"
    CaseFile.create(path, password, check_strength=False).close()
    CaseFile.open(path, password).close()
    with pytest.raises(WrongPasswordError):
        CaseFile.open(path, password[:-1])


def test_second_open_is_refused_until_closed(vault: CaseFile, vault_path: Path) -> None:
    with pytest.raises(VaultInUseError):
        CaseFile.open(vault_path, PASSWORD)
    vault.close()
    CaseFile.open(vault_path, PASSWORD).close()


def test_change_password(vault: CaseFile, vault_path: Path) -> None:
    new = "Een heel ander wachtwoord voor 2027!"
    vault.change_password(PASSWORD, new)
    with pytest.raises(WrongPasswordError):
        vault.change_password(PASSWORD, new)
    vault.close()
    with pytest.raises(WrongPasswordError):
        CaseFile.open(vault_path, PASSWORD)
    with CaseFile.open(vault_path, new) as again:
        assert again.audit.verify().ok
        assert again.counsellor == "T. Tester"


def test_cipher_settings_are_sqlcipher4_defaults(vault: CaseFile) -> None:
    settings = dict(
        line[0].removeprefix("PRAGMA ").rstrip(";").split(" = ")
        for line in vault._gateway.conn.execute("PRAGMA cipher_settings")
    )
    assert int(settings["kdf_iter"]) >= 256_000
    assert settings["cipher_hmac_algorithm"] == "HMAC_SHA512"
    assert vault._gateway.conn.execute("PRAGMA cipher_provider").fetchone()[0]
    assert vault._gateway.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert vault._gateway.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert vault._gateway.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert vault._gateway.conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert vault._gateway.conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental


def test_close_leaves_no_wal_content(vault: CaseFile, vault_path: Path) -> None:
    vault._gateway.set_meta("school", "De Verzonnen Vlinder")
    vault.close()
    wal = Path(f"{vault_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_migrations_are_numbered_without_gaps() -> None:
    assert [m.VERSION for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_extension_loading_is_never_enabled(vault: CaseFile) -> None:
    with pytest.raises(Exception, match="not authorized"):
        vault._gateway.conn.execute("SELECT load_extension('/tmp/does-not-matter')")


def test_check_password(vault: CaseFile) -> None:
    vault.check_password(PASSWORD)
    with pytest.raises(WrongPasswordError):
        vault.check_password(PASSWORD + " ")
    vault.close()
    with pytest.raises(VaultClosedError):
        vault.check_password(PASSWORD)


def test_no_lock_file_stays_after_closing(vault: CaseFile, vault_path: Path) -> None:
    lock = vault_path.with_name(vault_path.name + ".lock")
    assert lock.exists()  # while open: older versions see the vault as taken
    vault.close()
    assert not lock.exists()
    with CaseFile.open(vault_path, PASSWORD):
        assert lock.exists()
    assert not lock.exists()
