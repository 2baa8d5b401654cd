"""`case_file.backups`: write, list and rotate encrypted backups; the recovery code;
keeping backups in step with a password change and with destruction of evidence."""

from __future__ import annotations

import contextlib
import glob
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.backup import keyring
from app.backup.code import new_recovery_code
from app.backup.container import SUFFIX, BackupFileError, read_container
from app.backup.database import Counts
from app.backup.keys import BackupKeyError, unseal
from app.backup.rotation import RotationPolicy, to_keep
from app.backup.writer import BackupWriteError, Slot, remove_stale_temps, write_backup
from app.messages import Message
from app.timeutil import from_storage, to_local, to_storage
from app.vault import Vault

LOCAL_FOLDER_NAME = "Reservekopieën"
STALE_AFTER = timedelta(days=7)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size: int
    counts: Counts | None  # None: this vault's keys do not open it (another password)

    @property
    def readable(self) -> bool:
        return self.counts is not None


@dataclass(frozen=True)
class BackupResult:
    info: BackupInfo
    fell_back: bool  # the chosen folder was missing; written to the local folder


@dataclass(frozen=True)
class BackupStatus:
    last: BackupInfo | None
    folder: Path
    warnings: tuple[Message, ...]


class BackupService:
    def __init__(self, vault: Vault, password: Callable[[], str | None]) -> None:
        self._vault = vault
        self._password = password

    # ----------------------------------------------------------------- settings
    @property
    def local_folder(self) -> Path:
        return self._vault.path.parent / LOCAL_FOLDER_NAME

    @property
    def chosen_folder(self) -> Path | None:
        text = self._vault.get_meta("backup.folder")
        return Path(text) if text else None

    def set_folder(self, folder: Path | str | None) -> None:
        self._vault.set_meta("backup.folder", str(folder) if folder else "")

    @property
    def policy(self) -> RotationPolicy:
        text = self._vault.get_meta("backup.rotation")
        return RotationPolicy(**json.loads(text)) if text else RotationPolicy()

    def set_policy(self, policy: RotationPolicy) -> None:
        self._vault.set_meta("backup.rotation", json.dumps(
            {"keep_last": policy.keep_last, "keep_daily": policy.keep_daily,
             "keep_monthly": policy.keep_monthly}))

    def target_folder(self) -> tuple[Path, bool]:
        """Where the next backup goes, and whether that is the fallback."""
        chosen = self.chosen_folder
        if chosen is None:
            return self.local_folder, False
        if chosen.is_dir():
            return chosen, False
        return self.local_folder, True

    def reachable_folders(self) -> list[Path]:
        chosen = self.chosen_folder
        folders = [self.local_folder]
        if chosen is not None and chosen.is_dir() and chosen != self.local_folder:
            folders.insert(0, chosen)
        return folders

    # ----------------------------------------------------------------- writing
    def change_marker(self) -> int:
        """Changes since a backup are seen by comparing this number (the audit head)."""
        row = self._vault.query("SELECT coalesce(max(id), 0) FROM audit_log")
        return int(row[0][0])

    def create(self, to: Path | str | None = None) -> BackupResult:
        folder, fell_back = (Path(to), False) if to is not None else self.target_folder()
        slots = self._slots()
        now = self._vault.clock.now()
        target = self._free_name(folder, now)
        if folder.is_dir():
            remove_stale_temps(folder)
        # The earlier backups in the same folder, newest first: one of them, verified under
        # the same key, spares checking the pages that did not change (pages.py).
        bases = sorted(self._own_files(folder), key=_modified, reverse=True)
        counts, _size = write_backup(self._vault, target, slots, created_at=now, bases=bases)
        self.rotate(folder)
        if folder == self.chosen_folder and self._vault.get_meta("backup.cleanup_pending"):
            self._vault.set_meta("backup.cleanup_pending", "")
        return BackupResult(BackupInfo(target, now, target.stat().st_size, counts), fell_back)

    def _free_name(self, folder: Path, now: datetime) -> Path:
        stem = f"{self._vault.path.stem}-{to_local(now):%Y%m%d-%H%M%S}"
        target, number = folder / f"{stem}{SUFFIX}", 2
        while target.exists():
            target, number = folder / f"{stem}-{number}{SUFFIX}", number + 1
        return target

    def _slots(self) -> list[Slot]:
        slot = keyring.stored_slot(self._vault, keyring.PASSWORD)
        if slot is None:
            password = self._password()
            if password is None:
                raise BackupWriteError("backup.no_key")
            slot = keyring.derive_slot(keyring.PASSWORD, password)
            keyring.store_slot(self._vault, slot, "backup.password_key_set")
        recovery = keyring.stored_slot(self._vault, keyring.RECOVERY)
        return [slot] if recovery is None else [slot, recovery]

    # ----------------------------------------------------------------- reading
    def _own_files(self, folder: Path) -> list[Path]:
        if not folder.is_dir():
            return []
        prefix = f"{self._vault.path.stem}-"
        return sorted(p for p in folder.glob(f"*{SUFFIX}")
                      if p.name.startswith(prefix) and not p.name.startswith("."))

    def describe(self, path: Path) -> BackupInfo:
        container = read_container(path)
        created = from_storage(str(container.header["created_at"]))
        counts: Counts | None = None
        slot = keyring.stored_slot(self._vault, keyring.PASSWORD)
        if slot is not None:
            with contextlib.suppress(BackupKeyError):
                key = keyring.data_key(container, slot)
                info = json.loads(unseal(key, container.header["info"], "info"))
                counts = Counts(info["cases"], info["entries"], info["evidence"])
        return BackupInfo(path, created, path.stat().st_size, counts)

    def all(self, folder: Path | str | None = None) -> list[BackupInfo]:
        """Every backup of this vault in `folder` (default: the reachable ones), newest first;
        files that are not whole backups are left out."""
        folders = [Path(folder)] if folder is not None else self.reachable_folders()
        found = []
        for path in (p for f in folders for p in self._own_files(f)):
            with contextlib.suppress(BackupFileError, KeyError, ValueError, OSError):
                found.append(self.describe(path))
        return sorted(found, key=lambda b: b.created_at, reverse=True)

    def status(self) -> BackupStatus:
        folder, fell_back = self.target_folder()
        backups = [b for b in self.all() if b.readable]
        last = backups[0] if backups else None
        warnings: list[Message] = []
        if fell_back:
            warnings.append(Message("backup.folder_missing", folder=str(self.chosen_folder)))
        if _same_disk(folder, self._vault.path):
            warnings.append(Message("backup.same_disk"))
        if last is None:
            warnings.append(Message("backup.none_yet"))
        elif self._vault.clock.now() - last.created_at > STALE_AFTER:
            days = (self._vault.clock.now() - last.created_at).days
            warnings.append(Message("backup.too_old", days=days))
        pending = self._vault.get_meta("backup.cleanup_pending")
        if pending:
            warnings.append(Message("backup.cleanup_pending", folder=pending))
        return BackupStatus(last, folder, tuple(warnings))

    # ----------------------------------------------------------------- rotation
    def rotate(self, folder: Path) -> list[Path]:
        """Delete what the policy does not keep and anything older than a destruction."""
        infos = self.all(folder)
        destroyed = self._vault.get_meta("backup.destroyed_at")
        cutoff = from_storage(destroyed) if destroyed else None
        keep = to_keep([to_local(b.created_at) for b in infos],
                       to_local(self._vault.clock.now()), self.policy)
        removed = []
        for info in infos:
            outdated = cutoff is not None and info.created_at < cutoff
            if outdated or to_local(info.created_at) not in keep:
                info.path.unlink(missing_ok=True)
                removed.append(info.path)
        return removed

    # ----------------------------------------------------------------- keys
    def new_recovery_code(self) -> str:
        """A new code; it replaces the old one in the vault and in every reachable backup."""
        password = self._slots()[0]
        code = new_recovery_code()
        slot = keyring.derive_slot(keyring.RECOVERY, code)
        self._rewrap_reachable(password, slot)
        keyring.store_slot(self._vault, slot, "backup.recovery_code_made")
        return code

    def make_recovery_kit(self, noodblad: Path | str) -> str:
        """A new recovery code and its Noodblad PDF at `noodblad`; returns the code (shown
        once, never stored)."""
        # Imported here: the PDF library loads only when a Noodblad is made.
        from app.backup.noodblad import write_noodblad  # noqa: PLC0415

        code = self.new_recovery_code()
        write_noodblad(Path(noodblad), code, self._vault.path.name,
                       to_local(self._vault.clock.now()).date())
        return code

    def has_recovery_code(self) -> bool:
        return keyring.stored_slot(self._vault, keyring.RECOVERY) is not None

    def password_changed(self, new_password: str) -> None:
        """Called after the vault was rekeyed: rewrap the reachable backups' password slot."""
        old = keyring.stored_slot(self._vault, keyring.PASSWORD)
        slot = keyring.derive_slot(keyring.PASSWORD, new_password)
        if old is not None:
            self._rewrap_reachable(old, slot)
        keyring.store_slot(self._vault, slot, "backup.password_key_set")

    def _rewrap_reachable(self, opener: Slot, new: Slot) -> None:
        for info in self.all():
            if info.readable:
                keyring.rewrap(info.path, opener, new)

    # ----------------------------------------------------------------- destruction
    def after_destruction(self) -> tuple[Path, ...]:
        """Content was destroyed in the vault: replace every reachable backup by a fresh
        one. Returns the folders out of reach, to be cleaned when they return."""
        self._vault.set_meta("backup.destroyed_at", to_storage(self._vault.clock.now()))
        chosen = self.chosen_folder
        out_of_reach = (chosen,) if chosen is not None and not chosen.is_dir() else ()
        if out_of_reach:
            self._vault.set_meta("backup.cleanup_pending", str(chosen))
        if self.all():
            self.create()
            for folder in self.reachable_folders():
                self.rotate(folder)
        self._retire_migration_copies()
        return out_of_reach

    # ----------------------------------------------------------------- migration copies
    def migration_copies(self) -> list[Path]:
        """The vault as it was before a schema upgrade (`<vault>.vN.bak`, app/vault/schema.py):
        a full encrypted copy that opens with the same password."""
        vault = self._vault.path
        pattern = re.compile(re.escape(vault.name) + r"\.v\d+\.bak")
        return sorted(p for p in vault.parent.glob(f"{glob.escape(vault.name)}.v*.bak")
                      if pattern.fullmatch(p.name) and p.is_file())

    def _retire_migration_copies(self) -> list[Path]:
        """A migration copy still holds what was just destroyed. Its one purpose (the vault
        from before the upgrade, should the upgrade have failed) is served once the
        migrated vault has a verified backup made after the destruction: one is written
        now if there is none, then the copies go."""
        copies = self.migration_copies()
        if not copies:
            return []
        destroyed = self._vault.get_meta("backup.destroyed_at")
        cutoff = from_storage(destroyed) if destroyed else None
        if not any(b.readable and (cutoff is None or b.created_at >= cutoff)
                   for b in self.all()):
            self.create()  # written, then verified by writer.write_backup, or it raises
        for copy in copies:
            copy.unlink(missing_ok=True)
        return copies


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _same_disk(folder: Path, vault_path: Path) -> bool:
    probe = folder if folder.exists() else folder.parent
    try:
        return probe.stat().st_dev == vault_path.stat().st_dev
    except OSError:
        return False
