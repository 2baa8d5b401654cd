"""Restoring a backup into a new vault file, verified before anything is replaced.

The encrypted database is copied out of the container beside the target, opened with the
backup's data key, checked completely (pages, audit chain, every evidence hash), rekeyed
to the new password and only then renamed to the target. The current vault is not touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.backup import keyring, keys
from app.backup.code import normalize_recovery_code
from app.backup.container import BackupFileError, copy_database, read_container
from app.backup.database import BackupVerifyError, Counts, check_backup_db, open_backup_db
from app.backup.writer import Slot
from app.errors import DamagedVaultError, VaultExistsError
from app.passwords import check_password_strength
from app.timeutil import SYSTEM_CLOCK, Clock
from app.vault import Vault, snapshot
from app.vault.connection import encode_password
from app.vault.migrations import LATEST_VERSION
from app.verify import verify_vault


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    counts: Counts


def _open_container(backup: Path, password: str | None, recovery_code: str | None
                    ) -> tuple[bytes, dict[str, int], Slot]:
    container = read_container(Path(backup))
    if recovery_code is not None:
        key, slot = keyring.unlock_with_secret(container, keyring.RECOVERY,
                                               normalize_recovery_code(recovery_code))
    else:
        key, slot = keyring.unlock_with_secret(container, keyring.PASSWORD, password or "")
    info = json.loads(keys.unseal(key, container.header["info"], "info"))
    if int(info["schema"]) > LATEST_VERSION:
        raise BackupFileError("backup.newer_version")
    return key, info, slot


def _extract(backup: Path, folder: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=".herstel.", suffix=".deel", dir=folder)
    with os.fdopen(fd, "wb") as handle:
        copy_database(read_container(backup), handle)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(name)


def _page_key_of(path: Path, password: str, iterations: int) -> bytes:
    with path.open("rb") as handle:
        salt = handle.read(snapshot.SALT_BYTES)
    return snapshot.page_key_from(encode_password(password), salt, iterations)


def _remove_side_files(path: Path) -> None:
    for side in (*(Path(f"{path}{s}") for s in ("", "-wal", "-shm", "-journal", ".lock")),
                 *path.parent.glob(f"{path.name}.v*.bak")):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def _check(vault: Vault) -> None:
    report = verify_vault(vault)
    if not report.ok:
        detail = report.problems[0].code if report.problems else "cancelled"
        raise BackupVerifyError("backup.verify_failed", detail=detail)


def restore_backup(backup: Path | str, target: Path | str, new_password: str, *,
                   password: str | None = None, recovery_code: str | None = None,
                   check_strength: bool = True, clock: Clock = SYSTEM_CLOCK) -> RestoreResult:
    """Write the backup as a new vault at `target`, opened by `new_password`."""
    target = Path(target)
    if target.exists():
        raise VaultExistsError()
    if check_strength:
        check_password_strength(new_password)
    key, info, slot = _open_container(Path(backup), password, recovery_code)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _extract(Path(backup), target.parent)
    try:
        raw = keys.raw_sqlcipher_key(key).decode("ascii")
        with open_backup_db(temp, raw.encode("ascii")) as copy:
            check_backup_db(copy, None)  # every page, before the vault code opens it
            iterations = int(copy.execute("PRAGMA kdf_iter").fetchone()[0])
        # A page copy made under this same password already opens with it (same key).
        same = _page_key_of(temp, new_password, iterations) == key
        try:
            vault = Vault.open(temp, new_password if same else raw, clock=clock)
        except DamagedVaultError as exc:
            raise BackupVerifyError("backup.damaged") from exc
        with vault:
            _check(vault)
            if not same:
                vault.change_password(raw, new_password, check_strength=False)
            if slot.kind == keyring.RECOVERY:  # the code on the Noodblad stays valid
                keyring.store_slot(vault, slot, "backup.recovery_code_kept")
            keyring.store_slot(vault, keyring.derive_slot(keyring.PASSWORD, new_password),
                               "backup.password_key_set")
        if target.exists():
            raise VaultExistsError()
        temp.replace(target)
        target.chmod(0o600)
    finally:
        _remove_side_files(temp)
    counts = Counts(int(info["cases"]), int(info["entries"]), int(info["evidence"]))
    return RestoreResult(target, counts)
