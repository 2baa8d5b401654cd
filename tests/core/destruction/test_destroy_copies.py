"""Issue 19 (3): backups and the migration copies follow destruction (and describe-never-store)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.evidence import Circulation
from tests.conftest import PASSWORD
from tests.core.backup.helpers import canary_png, fill
from tests.core.destruction.helpers import decrypt_copy
from tests.core.vault.test_migrations import _make_schema1_vault

NEW_PASSWORD = "Negentien blauwe olifanten? 2027"


def _decrypted_everything(folder: Path, tmp: Path) -> bytes:
    """Every vault-like file in `folder` decrypted: migration copies directly, backups by
    restoring them."""
    plain = b""
    for path in sorted(folder.rglob("*")):
        if path.name.endswith(".bak"):
            plain += decrypt_copy(path, tmp / f"{path.name}.db", PASSWORD)
        elif path.suffix == ".pdbackup":
            target = tmp / f"terug-{path.stem}.pestdossier"
            CaseFile.restore_backup(path, target, NEW_PASSWORD, password=PASSWORD,
                                    check_strength=False)
            plain += decrypt_copy(target, tmp / f"{path.stem}.db", NEW_PASSWORD)
    return plain


@pytest.mark.slow  # restores each backup to decrypt it (Argon2id + a full verify): ~6 s
def test_destroy_removes_the_migration_copy(tmp_path: Path) -> None:
    folder = tmp_path / "kluis"
    folder.mkdir()
    path = folder / "oud.pestdossier"
    _make_schema1_vault(path)      # case 2025-007 with "eerste gesprek over de klassenapp"
    needle = b"eerste gesprek over de klassenapp"
    with CaseFile.open(path, PASSWORD) as vault:
        copies = vault.backups.migration_copies()
        assert [c.name for c in copies] == ["oud.pestdossier.v1.bak"]
        assert needle in _decrypted_everything(folder, tmp_path)
        case = vault.cases.by_reference("2025-007")
        vault.destruction.destroy(case.id, "Termijn verstreken", confirm=True)
        assert vault.backups.migration_copies() == []
        backups = vault.backups.all()
        assert len(backups) == 1 and backups[0].readable   # made first, verified
    plain = _decrypted_everything(folder, tmp_path)
    assert b"Oude melding" not in plain and needle not in plain
    assert b"pestdossier" in plain  # the backup really was decrypted


@pytest.mark.slow  # restores each backup to decrypt it (Argon2id + a full verify): ~10 s
def test_describe_never_store_removes_the_migration_copy(tmp_path: Path) -> None:
    folder = tmp_path / "kluis"
    folder.mkdir()
    path = folder / "k.pestdossier"
    image = canary_png()
    with CaseFile.create(path, PASSWORD) as vault:
        item_id = fill(vault, image)
        vault.backups.create()
    # what opening an older version leaves beside the vault: the full encrypted file
    shutil.copy2(path, folder / "k.pestdossier.v6.bak")
    assert image[100:164] in _decrypted_everything(folder, tmp_path)
    with CaseFile.open(path, PASSWORD) as vault:
        vault.evidence.convert_to_described(item_id, "Foto; niet bewaard.",
                                            Circulation(where="WhatsApp"))
        assert vault.backups.migration_copies() == []
    assert image[100:164] not in _decrypted_everything(folder, tmp_path)
