"""tr() texts of the backup and recovery codes (see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def backup_texts() -> dict[str, str]:
    return {
        "backup.wrong_secret": QCoreApplication.translate(
            "Messages", "This password or recovery code does not open this backup. A backup "
            "opens with the password that was valid when it was made, or with the recovery "
            "code from the emergency sheet."),
        "backup.no_slot": QCoreApplication.translate(
            "Messages", "This backup has no key for this way of opening it."),
        "backup.vault_busy": QCoreApplication.translate(
            "Messages", "The vault was being changed all the time, so there was no moment to "
            "copy it; the backup will be tried again later."),
        "backup.no_key": QCoreApplication.translate(
            "Messages", "There is no key for backups yet; open the vault again."),
        "backup.not_a_backup": QCoreApplication.translate(
            "Messages", "This file is not a (complete) Pestdossier backup."),
        "backup.unreadable": QCoreApplication.translate(
            "Messages", "The backup {path} cannot be read."),
        "backup.damaged": QCoreApplication.translate(
            "Messages", "This backup is damaged or incomplete; use another one."),
        "backup.newer_version": QCoreApplication.translate(
            "Messages", "This backup was made with a newer version of Pestdossier. Update "
            "Pestdossier to restore it."),
        "backup.verify_failed": QCoreApplication.translate(
            "Messages", "The backup did not pass the check ({detail}); it was not used."),
        "backup.failed": QCoreApplication.translate("Messages", "The backup was not made."),
        "backup.write_failed": QCoreApplication.translate(
            "Messages", "The backup could not be made: {detail}"),
        "backup.disk_full": QCoreApplication.translate(
            "Messages", "The folder {folder} is full; no backup was made. Free some space or "
            "choose another folder."),
        "backup.too_large": QCoreApplication.translate(
            "Messages", "The backup is too large for {folder} (a FAT32 stick takes no files of "
            "4 GB or more). Format the stick as exFAT or choose another folder."),
        "backup.folder_unwritable": QCoreApplication.translate(
            "Messages", "Pestdossier cannot write in the folder {folder}; no backup was made."),
        "backup.folder_missing": QCoreApplication.translate(
            "Messages", "The backup folder ({folder}) is not there (stick not inserted?); the "
            "backup is in the local folder and goes to {folder} as soon as it is back."),
        "backup.same_disk": QCoreApplication.translate(
            "Messages", "The backups are on the same disk as the vault; choose a USB stick or "
            "network folder, otherwise they do not help when the laptop is lost or broken."),
        "backup.none_yet": QCoreApplication.translate("Messages", "There is no backup yet."),
        "backup.too_old": QCoreApplication.translate(
            "Messages", "The last good backup is {days} days old."),
        "backup.cleanup_pending": QCoreApplication.translate(
            "Messages", "{folder} still holds older backups with destroyed content; they are "
            "deleted as soon as the folder is back."),
        "recovery.code_invalid": QCoreApplication.translate(
            "Messages", "This recovery code is not valid."),
        "recovery.code_length": QCoreApplication.translate(
            "Messages", "A recovery code has {groups} groups of {size} characters; check that "
            "you copied all of it."),
        "recovery.code_typo": QCoreApplication.translate(
            "Messages", "Group {group} of the recovery code is not right; check that group on "
            "the emergency sheet."),
    }
