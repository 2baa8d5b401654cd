"""Issue 19 (1, 2, 6, 7): a side file that does not belong never touches the vault; a
rejected file is unchanged; one process per file whatever its name; a damaged first page
is not called a wrong password."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind
from app.errors import (
    DamagedVaultError,
    NotAVaultError,
    VaultError,
    VaultInUseError,
    WrongPasswordError,
)
from app.vault import Vault
from app.vault.sidefiles import marker_path
from tests.conftest import PASSWORD

OTHER_PASSWORD = "Een heel ander wachtwoord voor kluis twee"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw(path: Path, password: str) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(password.encode())
    return conn


def _fill(path: Path, password: str, entries: int) -> None:
    with CaseFile.open(path, password) as cf:
        case = cf.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 20)))
        for i in range(entries):
            cf.timeline.add(case.id, EntryKind.NOTITIE, f"regel {i} " + "x" * 800,
                            datetime(2026, 11, 20, tzinfo=UTC))


def _crash_copy(source: Path, target_dir: Path, password: str, extra: int) -> Path:
    """A session that wrote, checkpointed, wrote more and was killed: its files copied
    at that moment (nothing checkpoints the copy)."""
    target_dir.mkdir()
    vault = Vault.open(source, password)
    vault.conn.execute("PRAGMA wal_autocheckpoint = 0")
    with vault.write() as tx:
        tx.execute("INSERT INTO meta(key, value) VALUES ('x', 'voor checkpoint')")
    vault.checkpoint()
    with vault.write() as tx:
        for i in range(extra):
            tx.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"n{i}", "y" * 900))
    for suffix in ("", "-wal", ".sessie"):
        shutil.copy2(f"{source}{suffix}", target_dir / f"{source.name}{suffix}")
    vault.close()
    return target_dir / source.name


def _meta_keys(path: Path, password: str) -> set[str]:
    with CaseFile.open(path, password):
        pass
    conn = _raw(path, password)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in conn.execute("SELECT key FROM meta")}
    finally:
        conn.close()


def test_a_real_crash_keeps_its_wal(tmp_path: Path) -> None:
    vault = tmp_path / "kluis.pestdossier"
    CaseFile.create(vault, PASSWORD).close()
    crashed = _crash_copy(vault, tmp_path / "crash", PASSWORD, 40)
    assert Path(f"{crashed}-wal").stat().st_size > 0
    with CaseFile.open(crashed, PASSWORD) as cf:
        assert cf.notices == ()
    assert "n39" in _meta_keys(crashed, PASSWORD)
    assert not marker_path(crashed).exists()  # a clean close removes the marker


def test_stale_wal_after_restoring_a_backup(tmp_path: Path) -> None:
    """Why 1a: last Monday's copy over the vault beside a killed session's -wal."""
    vault = tmp_path / "kluis.pestdossier"
    CaseFile.create(vault, PASSWORD).close()
    _fill(vault, PASSWORD, 30)
    backup = tmp_path / "maandag.pestdossier"
    shutil.copy2(vault, backup)
    _fill(vault, PASSWORD, 30)
    crashed = _crash_copy(vault, tmp_path / "crash", PASSWORD, 60)
    wal_bytes = Path(f"{crashed}-wal").read_bytes()
    shutil.copy2(backup, crashed)
    with CaseFile.open(crashed, PASSWORD) as cf:
        assert [n.code for n in cf.notices] == ["vault.side_file_moved"]
        moved = crashed.parent / str(cf.notices[0].params["name"])
        assert len(cf.cases.list()) == 1
    assert moved.read_bytes() == wal_bytes  # moved aside, never deleted
    assert "n0" not in _meta_keys(crashed, PASSWORD)


@pytest.mark.parametrize("with_marker", [False, True])
def test_another_vaults_wal(tmp_path: Path, with_marker: bool) -> None:
    """Why 1b: another vault's -wal beside a healthy vault; a wrong password first."""
    vault = tmp_path / "kluis.pestdossier"
    CaseFile.create(vault, PASSWORD).close()
    _fill(vault, PASSWORD, 40)
    other = tmp_path / "ander.pestdossier"
    CaseFile.create(other, OTHER_PASSWORD).close()
    crashed = _crash_copy(other, tmp_path / "crash", OTHER_PASSWORD, 60)
    shutil.copy2(f"{crashed}-wal", f"{vault}-wal")
    if with_marker:
        shutil.copy2(marker_path(crashed), marker_path(vault))
    before = _digest(vault)
    with pytest.raises(WrongPasswordError):
        CaseFile.open(vault, OTHER_PASSWORD)
    assert _digest(vault) == before and Path(f"{vault}-wal").exists()
    with CaseFile.open(vault, PASSWORD) as cf:
        assert [n.code for n in cf.notices] == ["vault.side_file_moved"]
        assert len(cf.timeline.for_case(cf.cases.list()[0].id)) >= 40
    with pytest.raises(WrongPasswordError):
        CaseFile.open(vault, OTHER_PASSWORD)


def test_another_vaults_hot_journal(tmp_path: Path) -> None:
    """Why 1c: a killed bulk import (rollback journal) of another vault."""
    vault = tmp_path / "kluis.pestdossier"
    CaseFile.create(vault, PASSWORD).close()
    _fill(vault, PASSWORD, 40)
    other = tmp_path / "ander.pestdossier"
    CaseFile.create(other, OTHER_PASSWORD).close()
    conn = _raw(other, OTHER_PASSWORD)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 2")  # spill pages so the journal is hot on disk
    conn.execute("BEGIN IMMEDIATE")
    for i in range(300):
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"j{i}", "z" * 900))
    journal = Path(f"{other}-journal")
    assert journal.stat().st_size > 0
    shutil.copy2(journal, f"{vault}-journal")
    conn.execute("ROLLBACK")
    conn.close()
    with CaseFile.open(vault, PASSWORD) as cf:
        assert [n.code for n in cf.notices] == ["vault.side_file_moved"]
    assert not Path(f"{vault}-journal").exists()
    _meta_keys(vault, PASSWORD)  # integrity ok


def _variant_sqlcipher_without_meta(path: Path) -> None:
    conn = _raw(path, PASSWORD)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.close()


def _variant_user_version(path: Path, version: int) -> None:
    CaseFile.create(path, PASSWORD).close()
    conn = _raw(path, PASSWORD)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


@pytest.mark.parametrize("variant", ["empty", "zeros", "random", "no_meta", "version_-5",
                                     "version_0"])
def test_a_rejected_file_is_unchanged(tmp_path: Path, variant: str) -> None:
    """Why 8: opening must not write into a file it then rejects."""
    path = tmp_path / "x.pestdossier"
    if variant == "empty":
        path.write_bytes(b"")
    elif variant == "zeros":
        path.write_bytes(bytes(8192))
    elif variant == "random":
        path.write_bytes(os.urandom(16384))
    elif variant == "no_meta":
        _variant_sqlcipher_without_meta(path)
    else:
        _variant_user_version(path, int(variant.split("_")[1]))
    before = sorted(p.name for p in tmp_path.iterdir())
    digest = _digest(path)
    with pytest.raises(VaultError) as caught:
        CaseFile.open(path, PASSWORD)
    assert not isinstance(caught.value, VaultInUseError)
    assert _digest(path) == digest
    after = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    assert after == [name for name in before if not name.endswith(".lock")]
    assert not any(".bak" in name for name in after)


def test_hard_link_and_symlink_are_refused_while_open(vault: CaseFile,
                                                       vault_path: Path) -> None:
    """Why 6: the lock follows the file, not its name."""
    hard = vault_path.with_name("kopie.pestdossier")
    os.link(vault_path, hard)
    soft = vault_path.with_name("snelkoppeling.pestdossier")
    soft.symlink_to(vault_path)
    for other_name in (hard, soft):
        with pytest.raises(VaultInUseError):
            CaseFile.open(other_name, PASSWORD)
    vault.close()
    with CaseFile.open(hard, PASSWORD), pytest.raises(VaultInUseError):
        CaseFile.open(vault_path, PASSWORD)


@pytest.mark.parametrize("kind", ["folder", "symlink"])
def test_lock_file_that_is_not_a_file(vault: CaseFile, vault_path: Path, tmp_path: Path,
                                      kind: str) -> None:
    vault.close()
    lock = vault_path.with_name(vault_path.name + ".lock")
    lock.unlink(missing_ok=True)
    if kind == "folder":
        lock.mkdir()
    else:
        target = tmp_path / "elders.txt"
        target.write_text("niet van de app")
        lock.symlink_to(target)
    with pytest.raises(VaultError) as caught:
        CaseFile.open(vault_path, PASSWORD)
    assert caught.value.code == "vault.lock_file_unusable"
    assert "slotbestand" in caught.value.message


def test_damaged_first_page_is_not_a_wrong_password(vault: CaseFile,
                                                     vault_path: Path) -> None:
    """Why 7: a bit flip in page 1 with the right password says the start is damaged."""
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[200] ^= 0x10
    vault_path.write_bytes(bytes(data))
    with pytest.raises(DamagedVaultError) as caught:
        CaseFile.open(vault_path, PASSWORD)
    assert caught.value.code == "vault.first_page_damaged"
    with pytest.raises(WrongPasswordError) as wrong:
        CaseFile.open(vault_path, PASSWORD + "x")
    assert "begin van de kluis" in wrong.value.message


def test_damaged_salt_cannot_be_told_from_a_wrong_password(vault: CaseFile,
                                                           vault_path: Path) -> None:
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[3] ^= 0x01
    vault_path.write_bytes(bytes(data))
    with pytest.raises(WrongPasswordError) as caught:
        CaseFile.open(vault_path, PASSWORD)
    assert caught.value.code == "vault.wrong_password_or_damaged"


def test_no_such_a_thing_as_negative_version_backup(tmp_path: Path) -> None:
    path = tmp_path / "kluis.pestdossier"
    _variant_user_version(path, -5)
    with pytest.raises(NotAVaultError):
        CaseFile.open(path, PASSWORD)
    assert not path.with_name(path.name + ".v-5.bak").exists()


def test_password_change_is_audited_only_after_it_succeeded(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    """Why 11: a killed or failed rekey leaves no audit row for a change that did not
    happen."""
    from app.vault import connection

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise DamagedVaultError("vault.rekey_not_proven")

    monkeypatch.setattr(connection, "connect", refuse)
    with pytest.raises(DamagedVaultError):
        vault.change_password(PASSWORD, PASSWORD + " nieuw", check_strength=False)
    monkeypatch.undo()
    actions = [e.action for e in vault.audit.entries()]
    assert "vault.password_changed" not in actions
    vault.change_password(PASSWORD, PASSWORD + " nieuw", check_strength=False)
    assert "vault.password_changed" in [e.action for e in vault.audit.entries()]


def test_a_worker_that_writes_after_the_lock_keeps_its_wal(vault_path: Path) -> None:
    """A backup runs on after the window locked and writes its audit row; unlocking at
    that moment must not take the worker's live WAL for a stranger's and move it aside."""
    vault = CaseFile.create(vault_path, PASSWORD, check_strength=False)
    case = vault.cases.create(NewCase("Blijft", CaseKind.PESTEN, date(2026, 11, 20)))
    worker = vault.open_worker()
    vault.close()  # the lock: the worker (a backup) goes on
    worker.timeline.add(case.id, EntryKind.NOTITIE, "na het vergrendelen",
                        datetime(2026, 11, 21, 9, tzinfo=UTC))
    assert Path(f"{vault_path}-wal").stat().st_size > 0
    with CaseFile.open(vault_path, PASSWORD) as again:  # unlocked while the worker runs
        assert again.notices == ()
        worker.close()
        assert [e.text for e in again.timeline.for_case(case.id)] == ["na het vergrendelen"]
    assert not list(vault_path.parent.glob("*.apart-*"))
    assert not marker_path(vault_path).exists()
