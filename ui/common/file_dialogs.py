"""Qt's file dialogs without their memory, and closable by a lock.

Qt's own file dialog writes the last folder and a history of folders to its settings
(QtProject.conf, group FileDialog) whenever it closes; for an export that names where a
dossier about a pupil went. Every dialog of the app goes through these wrappers, which
clear that group again as soon as the dialog has closed.

They are always Qt's own (non-native) dialogs: a native dialog (GTK portal, Windows,
macOS) runs outside Qt's widgets and cannot be closed when the vault locks. A lock closes
an open one like any dialog (ui/shell/locking.py) and calls `note_lock()`, after which
the dialog that was open returns nothing: no path reaches the locked app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

QT_SETTINGS_GROUP = "FileDialog"
_locks = 0
Result = TypeVar("Result")


def forget_file_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(QT_SETTINGS_GROUP)
    settings.sync()


def note_lock() -> None:
    """The vault locked: a file dialog open now must not hand its path to anyone."""
    global _locks  # noqa: PLW0603 - one application, one lock count
    _locks += 1


def _run(show: Callable[..., Result], empty: Result, args: tuple[Any, ...],
         kwargs: dict[str, Any]) -> Result:
    kwargs["options"] = QFileDialog.Option(kwargs.get("options", QFileDialog.Option(0))) \
        | QFileDialog.Option.DontUseNativeDialog
    before = _locks
    try:
        result = show(*args, **kwargs)
    finally:
        forget_file_dialog_history()
    return empty if _locks != before else result


def get_save_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    return _run(QFileDialog.getSaveFileName, ("", ""), args, kwargs)


def get_open_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    return _run(QFileDialog.getOpenFileName, ("", ""), args, kwargs)


def get_open_file_names(*args: Any, **kwargs: Any) -> tuple[list[str], str]:
    return _run(QFileDialog.getOpenFileNames, ([], ""), args, kwargs)


def get_existing_directory(*args: Any, **kwargs: Any) -> str:
    kwargs.setdefault("options", QFileDialog.Option.ShowDirsOnly)
    return _run(QFileDialog.getExistingDirectory, "", args, kwargs)
