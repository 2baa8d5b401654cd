"""Exceptions from the core -> one clear, translated sentence for the user.

Never shows a traceback. The core's own errors carry a message code that ui/common/messages.py
turns into tr() text; file system errors and anything unexpected get a general message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import errors as core
from ui.common.messages import message_text


def error_message(exc: BaseException) -> str:
    if isinstance(exc, core.PestdossierError):
        return message_text(exc.as_message())
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "Errors", "Pestdossier may not read or write this file or folder.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file could not be read or written.")
    return QCoreApplication.translate("Errors", "Something went wrong. Nothing was changed.")
