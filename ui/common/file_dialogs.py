"""Qt's file dialogs without their memory: no folder history kept on disk.

Qt's own file dialog writes the last folder and a history of folders to its settings
(QtProject.conf, group FileDialog) whenever it closes; for an export that names where a
dossier about a pupil went. Every dialog of the app goes through these wrappers, which
clear that group again as soon as the dialog has closed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

QT_SETTINGS_GROUP = "FileDialog"


def forget_file_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(QT_SETTINGS_GROUP)
    settings.sync()


def get_save_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    try:
        return QFileDialog.getSaveFileName(*args, **kwargs)
    finally:
        forget_file_dialog_history()


def get_open_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    try:
        return QFileDialog.getOpenFileName(*args, **kwargs)
    finally:
        forget_file_dialog_history()


def get_open_file_names(*args: Any, **kwargs: Any) -> tuple[list[str], str]:
    try:
        return QFileDialog.getOpenFileNames(*args, **kwargs)
    finally:
        forget_file_dialog_history()


def get_existing_directory(*args: Any, **kwargs: Any) -> str:
    try:
        return QFileDialog.getExistingDirectory(*args, **kwargs)
    finally:
        forget_file_dialog_history()
