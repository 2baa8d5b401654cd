"""The backup is a byte copy of the vault's encrypted pages (docs/security.md, "Backups"):
keyed with the vault's page key, without the vault's backup keys, consistent while the
window writes, clean after destruction, and old-format backups still restore."""

from __future__ import annotations

import errno
import os
from datetime import timedelta
from pathlib import Path

import pytest

from app.audit import AuditLog
from app.backup import BackupFileError, BackupWriteError
from app.backup import restore as restore_module
from app.backup.container import read_container
from app.backup.database import open_backup_db
from app.backup.keyring import stored_slot
from app.backup.keys import KekSpec, raw_sqlcipher_key
from app.backup.writer import Slot
from app.casefile import CaseFile
from app.evidence import Circulation
from app.vault import snapshot
from tests.core.backup.helpers import (
    CANARY,
    NEW_PASSWORD,
    PASSWORD,
    backups_while_writing,
    canary_png,
    fill,
)
from tests.core.backup.legacy import PAGE, decrypted_pages, write_old_backup


def _database(path: Path) -> bytes:
    return path.read_bytes()[:read_container(path).db_size]


def test_a_backup_is_the_vaults_pages_under_the_vaults_key(tmp_path: Path,
                                                           vault: CaseFile) -> None:
    fill(vault)
    vault.backups.new_recovery_code()
    result = vault.backups.create()
    container = read_container(result.info.path)
    assert container.header["copy"] == "pages" and container.header["format"] == 1
    gateway = vault._gateway
    gateway.checkpoint()
    copy, original = _database(result.info.path), gateway.path.read_bytes()
    assert copy[:16] == original[:16]  # the vault's salt: its key opens the copy
    assert len(copy) % PAGE == 0 and len(copy) == len(original)
    same = sum(copy[i:i + PAGE] == original[i:i + PAGE] for i in range(0, len(copy), PAGE))
    assert same >= len(copy) // PAGE - 3  # page 1 and the meta pages were cleaned
    database = tmp_path / "kopie.db"
    database.write_bytes(copy)
    with open_backup_db(database, raw_sqlcipher_key(gateway.page_key())) as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'backup.key.%'"
                            ).fetchone()[0] == 0
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert gateway.query("SELECT count(*) FROM meta WHERE key LIKE 'backup.key.%'")[0][0] == 2
    assert not [p for p in vault.backups.local_folder.iterdir() if p.name.startswith(".")]


def test_a_backup_written_by_the_old_writer_still_restores(tmp_path: Path,
                                                           vault: CaseFile) -> None:
    image = canary_png()
    item_id = fill(vault, image)
    code = vault.backups.new_recovery_code()
    vault.backups.create()  # stores the password slot
    slots = [Slot(kind, *_stored(vault, kind)) for kind in ("password", "recovery")]
    old = tmp_path / "oud.pdbackup"
    write_old_backup(vault._gateway.conn, old, slots, vault.clock.now())
    assert "copy" not in read_container(old).header
    for number, secret in enumerate(({"password": PASSWORD}, {"recovery_code": code})):
        target = tmp_path / f"terug{number}.pestdossier"
        CaseFile.restore_backup(old, target, NEW_PASSWORD, **secret)
        with CaseFile.open(target, NEW_PASSWORD) as back:
            assert back.evidence.read_bytes(item_id) == image and back.verify().ok


def _stored(vault: CaseFile, kind: str) -> tuple[KekSpec, bytes]:
    slot = stored_slot(vault._gateway, kind)
    assert slot is not None
    return slot.spec, slot.kek


def test_every_page_of_every_backup_is_free_of_a_converted_image(tmp_path: Path,
                                                                 vault: CaseFile) -> None:
    image = canary_png()
    item_id = fill(vault, image)
    for _ in range(2):
        vault.backups.create()
        vault.clock.advance(timedelta(hours=2))
    key = vault._gateway.page_key()
    first = vault.backups.all()[0].path
    assert image[100:164] in decrypted_pages(_database(first), key)  # the check can see it
    vault.evidence.convert_to_described(item_id, "Foto van een leerling; niet bewaard.",
                                        Circulation(where="WhatsApp"))
    remaining = vault.backups.all()
    assert remaining and first not in [b.path for b in remaining]
    for info in remaining:
        plain = decrypted_pages(_database(info.path), key)
        assert CANARY.encode() in plain  # the case stays; only the image goes
        assert image[100:164] not in plain and image[1000:1064] not in plain


def test_the_copy_takes_the_write_lock_when_commits_keep_coming(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot, "OPTIMISTIC_TRIES", 0)
    counts = backups_while_writing(vault, 2)
    assert len(counts) == 2 and counts == sorted(counts) and counts[-1] > 0


def test_the_audit_chain_is_checked_from_a_point_and_that_point_must_match(
        vault: CaseFile) -> None:
    conn = vault._gateway.conn
    full = AuditLog.verify(conn)
    head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    middle = conn.execute("SELECT id, hash FROM audit_log WHERE id = 1").fetchone()
    assert full.ok and AuditLog.verify(conn, (head[0], head[1])).ok
    tail = AuditLog.verify(conn, (middle[0], middle[1]))
    assert tail.ok and tail.entries_checked == full.entries_checked - 1
    wrong = AuditLog.verify(conn, (middle[0], "0" * 64))
    assert not wrong.ok and wrong.problems[0].code == "audit.chain_broken"


def test_a_vault_deleted_while_open_is_still_backed_up(tmp_path: Path, vault: CaseFile) -> None:
    item_id = fill(vault)
    vault.path.unlink()  # by the user, or a sync client, while the app runs
    result = vault.backups.create()
    target = tmp_path / "gered.pestdossier"
    restored = CaseFile.restore_backup(result.info.path, target, NEW_PASSWORD, password=PASSWORD)
    assert restored.counts == result.info.counts
    with CaseFile.open(target, NEW_PASSWORD) as back:
        assert back.evidence.read_bytes(item_id) and back.verify().ok


@pytest.mark.parametrize(("number", "code"), [(errno.EFBIG, "backup.too_large"),
                                              (errno.ENOSPC, "backup.disk_full"),
                                              (errno.EIO, "backup.folder_unwritable")])
def test_a_full_or_fat32_or_removed_stick_is_said_and_leaves_nothing(
        vault: CaseFile, monkeypatch: pytest.MonkeyPatch, number: int, code: str) -> None:
    fill(vault)
    before = vault.backups.create().info.path

    def refuse(*_args: object) -> int:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(snapshot, "_copy_chunk", refuse)
    with pytest.raises(BackupWriteError) as failed:
        vault.backups.create()
    assert failed.value.code == code
    assert "FAT32" in str(failed.value) or code != "backup.too_large"
    assert sorted(vault.backups.local_folder.iterdir()) == [before]  # the old one stays
    assert vault.verify().ok


def test_a_backup_of_a_newer_schema_is_refused_before_anything_is_written(
        tmp_path: Path, vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = vault.backups.create().info.path
    monkeypatch.setattr(restore_module, "LATEST_VERSION", 1)  # this app is older than it
    target = tmp_path / "nieuw.pestdossier"
    with pytest.raises(BackupFileError) as too_new:
        CaseFile.restore_backup(backup, target, NEW_PASSWORD, password=PASSWORD)
    assert too_new.value.code == "backup.newer_version" and "nieuwere versie" in str(too_new.value)
    assert not target.exists() and not list(tmp_path.glob(".*"))
