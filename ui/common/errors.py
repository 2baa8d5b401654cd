"""Exceptions from the core -> one clear, translated sentence for the user.

Never shows a traceback. Unknown exceptions get a general message; the core's own
errors without a specific mapping (invalid input, not found) show their Dutch message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import errors as core


def _messages() -> list[tuple[type[BaseException], str]]:
    # Most specific first; literal translate() calls so lupdate finds every string.
    return [
        (core.WrongPasswordError, QCoreApplication.translate(
            "Errors", "The password is not correct. Check it and try again (mind Caps Lock).")),
        (core.NotAVaultError, QCoreApplication.translate(
            "Errors", "This file is not a Pestdossier vault.")),
        (core.DamagedVaultError, QCoreApplication.translate(
            "Errors", "The vault is damaged. Open a backup copy or contact your IT "
            "administrator.")),
        (core.NewerVaultError, QCoreApplication.translate(
            "Errors", "This vault was made with a newer version of Pestdossier. Update "
            "Pestdossier to open it.")),
        (core.VaultInUseError, QCoreApplication.translate(
            "Errors", "This vault is already open in another window or program.")),
        (core.VaultNotFoundError, QCoreApplication.translate(
            "Errors", "The vault file cannot be found. Is the USB stick connected?")),
        (core.VaultExistsError, QCoreApplication.translate(
            "Errors", "A file with that name already exists; choose another name.")),
        (core.WeakEncryptionError, QCoreApplication.translate(
            "Errors", "This vault's encryption is weaker than required; Pestdossier will not "
            "open it.")),
        (core.DiskFullError, QCoreApplication.translate(
            "Errors", "The disk is full; nothing was saved. Free up some space and try again.")),
        (core.VaultClosedError, QCoreApplication.translate(
            "Errors", "The vault is locked.")),
        (core.WeakPasswordError, QCoreApplication.translate(
            "Errors", "This password is too weak.")),
        (PermissionError, QCoreApplication.translate(
            "Errors", "Pestdossier may not read or write this file or folder.")),
        (OSError, QCoreApplication.translate("Errors", "The file could not be read or written.")),
    ]


def error_message(exc: BaseException) -> str:
    if isinstance(exc, core.PestdossierError) and not isinstance(
            exc, core.VaultError | core.WeakPasswordError):
        # Input and not-found errors carry a specific Dutch sentence from the core.
        return exc.message
    for cls, message in _messages():
        if isinstance(exc, cls):
            return message
    if isinstance(exc, core.PestdossierError):
        return exc.message
    return QCoreApplication.translate("Errors", "Something went wrong. Nothing was changed.")
