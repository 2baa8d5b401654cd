"""A backup is an encrypted, verified snapshot; restore gives back exactly the vault."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.backup import (
    BackupFileError,
    BackupKeyError,
    BackupVerifyError,
    BackupWriteError,
    RecoveryCodeError,
)
from app.backup import writer as backup_writer
from app.backup.container import read_container
from app.casefile import CaseFile
from app.errors import VaultExistsError, WrongPasswordError
from app.evidence import Circulation
from tests.core.backup.helpers import (
    CANARY,
    NEW_PASSWORD,
    PASSWORD,
    backups_while_writing,
    canary_png,
    files_containing,
    fill,
)

# Rows that differ on purpose: the vault's backup keys and what restore itself records.
SKIP_META = ("backup.", "audit_head")


def _tables(cf: CaseFile) -> dict[str, list[tuple[object, ...]]]:
    gateway = cf._gateway
    names = [r[0] for r in gateway.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%'")]
    return {name: gateway.query(f"SELECT * FROM {name} ORDER BY 1") for name in names}


def _comparable(tables: dict[str, list[tuple[object, ...]]], audit_rows: int
                ) -> dict[str, list[tuple[object, ...]]]:
    out = dict(tables)
    out["meta"] = [r for r in tables["meta"] if not str(r[0]).startswith(SKIP_META)]
    out["audit_log"] = tables["audit_log"][:audit_rows]
    return out


def test_restore_round_trip_equals_the_vault(tmp_path: Path, vault: CaseFile) -> None:
    image = canary_png()
    item_id = fill(vault, image)
    before = _tables(vault)
    result = vault.backups.create()
    assert result.info.counts is not None and result.info.counts.evidence == 1
    target = tmp_path / "hersteld.pestdossier"
    restored = CaseFile.restore_backup(result.info.path, target, NEW_PASSWORD, password=PASSWORD)
    assert restored.path == target and restored.counts == result.info.counts
    assert sorted(p.name for p in tmp_path.iterdir() if "hersteld" in p.name) == \
        ["hersteld.pestdossier"]  # no -wal, no lock, no temporary file
    assert not list(tmp_path.glob(".*"))
    with CaseFile.open(target, NEW_PASSWORD) as back:
        assert _comparable(_tables(back), len(before["audit_log"])) == \
            _comparable(before, len(before["audit_log"]))
        assert back.evidence.read_bytes(item_id) == image
        assert back.verify().ok


def test_canary_is_nowhere_in_plain_text(tmp_path: Path, vault: CaseFile) -> None:
    image = canary_png()
    fill(vault, image)
    vault.backups.create()
    code = vault.backups.new_recovery_code()
    vault.backups.create()
    needles = [CANARY.encode(), CANARY.encode("utf-16-le"), image[100:164]]
    assert files_containing(vault.backups.local_folder, needles) == []
    assert files_containing(tmp_path, needles) == []
    assert code.encode() not in b"".join(p.read_bytes() for p in tmp_path.rglob("*")
                                         if p.is_file())


def test_wrong_secrets_are_refused_and_name_the_wrong_group(tmp_path: Path,
                                                            vault: CaseFile) -> None:
    code = vault.backups.new_recovery_code()
    backup = vault.backups.create().info.path
    with pytest.raises(BackupKeyError):
        CaseFile.restore_backup(backup, tmp_path / "a.pestdossier", NEW_PASSWORD,
                                password="niet het wachtwoord")
    groups = code.split("-")
    groups[3] = groups[3][:2] + ("A" if groups[3][2] != "A" else "B") + groups[3][3:]
    with pytest.raises(RecoveryCodeError) as typo:
        CaseFile.restore_backup(backup, tmp_path / "a.pestdossier", NEW_PASSWORD,
                                recovery_code="-".join(groups))
    assert typo.value.code == "recovery.code_typo" and typo.value.params["group"] == 4
    other = vault.backups.new_recovery_code()
    assert other != code
    with pytest.raises(BackupKeyError):  # the old code no longer opens a reachable backup
        CaseFile.restore_backup(backup, tmp_path / "a.pestdossier", NEW_PASSWORD,
                                recovery_code=code)
    CaseFile.restore_backup(backup, tmp_path / "a.pestdossier", NEW_PASSWORD,
                            recovery_code=other.lower().replace("-", " "))
    with pytest.raises(VaultExistsError):
        CaseFile.restore_backup(backup, tmp_path / "a.pestdossier", NEW_PASSWORD,
                                recovery_code=other)
    assert not list(tmp_path.glob(".*"))


def test_password_change_rewraps_reachable_backups(tmp_path: Path, vault: CaseFile) -> None:
    backup = vault.backups.create().info.path
    vault.change_password(PASSWORD, NEW_PASSWORD)
    with pytest.raises(BackupKeyError):
        CaseFile.restore_backup(backup, tmp_path / "a.pestdossier", NEW_PASSWORD,
                                password=PASSWORD)
    CaseFile.restore_backup(backup, tmp_path / "a.pestdossier", PASSWORD,
                            password=NEW_PASSWORD)
    assert vault.backups.all()[0].readable


def test_damaged_truncated_and_newer_backups(tmp_path: Path, vault: CaseFile) -> None:
    fill(vault)
    backup = vault.backups.create().info.path
    data = backup.read_bytes()
    truncated = tmp_path / "kort.pdbackup"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupFileError):
        read_container(truncated)
    flipped = tmp_path / "kapot.pdbackup"
    broken = bytearray(data)
    broken[8192] ^= 0xFF  # one byte in a database page
    flipped.write_bytes(bytes(broken))
    with pytest.raises((BackupVerifyError, BackupFileError)):
        CaseFile.restore_backup(flipped, tmp_path / "b.pestdossier", NEW_PASSWORD,
                                password=PASSWORD)
    newer = tmp_path / "nieuw.pdbackup"
    newer.write_bytes(data.replace(b'"format": 1', b'"format": 9'))
    with pytest.raises(BackupFileError) as too_new:
        read_container(newer)
    assert too_new.value.code == "backup.newer_version"
    assert not (tmp_path / "b.pestdossier").exists()
    assert not list(tmp_path.glob(".*"))


def test_a_backup_that_fails_verification_is_deleted(vault: CaseFile,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*_args: object) -> None:
        raise BackupVerifyError("backup.verify_failed", detail="counts")

    monkeypatch.setattr(backup_writer, "check_backup_db", failing)
    with pytest.raises(BackupVerifyError):
        vault.backups.create()
    assert list(vault.backups.local_folder.iterdir()) == []
    assert vault.backups.status().last is None


def test_unwritable_and_missing_folders(tmp_path: Path, vault: CaseFile) -> None:
    blocked = tmp_path / "geen-map"
    blocked.write_bytes(b"")  # a file where the folder should be: nothing can be written
    with pytest.raises(BackupWriteError) as refused:
        vault.backups.create(to=blocked / "Pestdossier")
    assert refused.value.code == "backup.folder_unwritable"
    assert blocked.read_bytes() == b""
    vault.backups.set_folder(tmp_path / "stick" / "Pestdossier")
    result = vault.backups.create()
    assert result.fell_back and result.info.path.parent == vault.backups.local_folder
    codes = [m.code for m in vault.backups.status().warnings]
    assert "backup.folder_missing" in codes and "backup.same_disk" in codes
    (tmp_path / "stick" / "Pestdossier").mkdir(parents=True)
    caught_up = vault.backups.create()
    assert not caught_up.fell_back and caught_up.info.path.parent.name == "Pestdossier"


def test_snapshot_is_consistent_while_the_window_writes(vault: CaseFile) -> None:
    counts = backups_while_writing(vault, 3)
    assert len(counts) == 3 and counts == sorted(counts)  # each verified against its moment


def test_backups_follow_destruction(tmp_path: Path, vault: CaseFile) -> None:
    image = canary_png()
    item_id = fill(vault, image)
    for _ in range(3):
        vault.backups.create()
        vault.clock.advance(timedelta(hours=2))
    vault.backups.set_folder(tmp_path / "stick")  # not inserted
    vault.evidence.convert_to_described(item_id, "Foto van een leerling; niet bewaard.",
                                        Circulation(where="WhatsApp"))
    remaining = vault.backups.all()
    assert len(remaining) == 1
    # Canary: decrypt every backup the app keeps; the image is in none of them.
    for number, info in enumerate(remaining):
        target = tmp_path / f"controle{number}.pestdossier"
        CaseFile.restore_backup(info.path, target, NEW_PASSWORD, password=PASSWORD)
        with CaseFile.open(target, NEW_PASSWORD) as back:
            assert back._gateway.query("SELECT count(*) FROM evidence_chunks")[0][0] == 0
    assert files_containing(tmp_path, [image[100:164]]) == []
    codes = [m.code for m in vault.backups.status().warnings]
    assert "backup.cleanup_pending" in codes


def test_wrong_password_does_not_open_a_restored_vault(tmp_path: Path, vault: CaseFile) -> None:
    backup = vault.backups.create().info.path
    target = tmp_path / "c.pestdossier"
    CaseFile.restore_backup(backup, target, NEW_PASSWORD, password=PASSWORD)
    with pytest.raises(WrongPasswordError):
        CaseFile.open(target, PASSWORD)
