"""Qt's file dialogs without their memory, and closable by a lock.

Qt's own file dialog writes the last folder and a history of folders to its settings
(QtProject.conf, group FileDialog) whenever it closes; for an export that names where a
dossier about a pupil went. Every dialog of the app goes through these wrappers, which
clear that group again as soon as the dialog has closed.

They are always Qt's own (non-native) dialogs: a native dialog (GTK portal, Windows,
macOS) runs outside Qt's widgets and cannot be closed when the vault locks. A lock closes
an open one like any dialog (ui/shell/locking.py) and calls `note_lock()`, after which
the dialog that was open returns nothing: no path reaches the locked app.

The last folder chosen is remembered in memory only, until the vault locks: the next
dialog opens there instead of in the working directory, and nothing about it is written.
Qt's dialog leaves a few labels ("Look in:", "Files of type:") untranslated; they are set
explicitly from Qt's own catalogue (qtbase_nl) once the dialog is up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

QT_SETTINGS_GROUP = "FileDialog"
_locks = 0
_last_folder = ""  # this session's last chosen folder; never written anywhere
Result = TypeVar("Result")

#: Labels Qt's own dialog shows in English even with qtbase_nl installed: Qt 6 renamed
#: their sources ("&Look in:"), the catalogue PySide6 ships still has the old ones.
_LABELS = ((QFileDialog.DialogLabel.LookIn, "Look in:"),
           (QFileDialog.DialogLabel.FileType, "Files of type:"))


def forget_file_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(QT_SETTINGS_GROUP)
    settings.sync()


def note_lock() -> None:
    """The vault locked: a file dialog open now must not hand its path to anyone, and the
    remembered folder is forgotten."""
    global _locks, _last_folder  # noqa: PLW0603 - one application, one lock count
    _locks += 1
    _last_folder = ""


def last_folder() -> str:
    return _last_folder


def _documents() -> str:
    return (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home()))


def _generic(given: str, keep_name: bool) -> bool:
    """The caller named no particular place: nothing, or Documents or home (+ a name)."""
    if not given:
        return True
    folder = Path(given).parent if keep_name and not Path(given).is_dir() else Path(given)
    return folder in (Path(_documents()), Path.home())


def start_path(given: str, *, keep_name: bool) -> str:
    """Where a dialog opens: a particular folder the caller gives (the backup folder); else
    the folder chosen last in this session (with a save dialog's suggested name); else what
    the caller gave or Documents, never the working directory."""
    if _last_folder and Path(_last_folder).is_dir() and _generic(given, keep_name):
        name = Path(given).name if keep_name and given and not Path(given).is_dir() else ""
        return str(Path(_last_folder) / name) if name else _last_folder
    return given or _documents()


def _remember(result: object) -> None:
    global _last_folder  # noqa: PLW0603 - see note_lock
    chosen = result[0] if isinstance(result, tuple) else result
    if isinstance(chosen, list):
        chosen = chosen[0] if chosen else ""
    if isinstance(chosen, str) and chosen:
        path = Path(chosen)
        _last_folder = str(path if path.is_dir() else path.parent)


def _translate_open_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            for label, source in _LABELS:
                text = QCoreApplication.translate("QFileDialog", source)
                if text != source:  # only where the catalogue has it (not in English)
                    widget.setLabelText(label, text)


def _run(show: Callable[..., Result], empty: Result, args: tuple[Any, ...],
         kwargs: dict[str, Any], *, keep_name: bool = False) -> Result:
    kwargs["options"] = QFileDialog.Option(kwargs.get("options", QFileDialog.Option(0))) \
        | QFileDialog.Option.DontUseNativeDialog
    listed = list(args)
    if "dir" in kwargs:
        kwargs["dir"] = start_path(str(kwargs["dir"]), keep_name=keep_name)
    else:
        listed += [""] * (3 - len(listed))  # parent, caption, dir
        listed[2] = start_path(str(listed[2] or ""), keep_name=keep_name)
    before = _locks
    QTimer.singleShot(0, _translate_open_dialogs)  # runs once the dialog's loop is up
    try:
        result = show(*listed, **kwargs)
    finally:
        forget_file_dialog_history()
    if _locks != before:
        return empty
    _remember(result)
    return result


def get_save_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    return _run(QFileDialog.getSaveFileName, ("", ""), args, kwargs, keep_name=True)


def get_open_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    return _run(QFileDialog.getOpenFileName, ("", ""), args, kwargs)


def get_open_file_names(*args: Any, **kwargs: Any) -> tuple[list[str], str]:
    return _run(QFileDialog.getOpenFileNames, ([], ""), args, kwargs)


def get_existing_directory(*args: Any, **kwargs: Any) -> str:
    kwargs.setdefault("options", QFileDialog.Option.ShowDirsOnly)
    return _run(QFileDialog.getExistingDirectory, "", args, kwargs)
