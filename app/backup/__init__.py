"""Encrypted backups of the vault, restore, and the recovery kit (see docs/security.md)."""

from app.backup.code import RecoveryCodeError, new_recovery_code, normalize_recovery_code
from app.backup.container import BackupFileError
from app.backup.database import BackupVerifyError, Counts
from app.backup.keys import BackupKeyError
from app.backup.restore import RestoreResult, restore_backup
from app.backup.rotation import RotationPolicy
from app.backup.service import BackupInfo, BackupResult, BackupService, BackupStatus
from app.backup.writer import BackupWriteError

__all__ = ["BackupFileError", "BackupInfo", "BackupKeyError", "BackupResult",
           "BackupService", "BackupStatus", "BackupVerifyError", "BackupWriteError", "Counts",
           "RecoveryCodeError", "RestoreResult", "RotationPolicy", "new_recovery_code",
           "normalize_recovery_code", "restore_backup"]
