"""Lock and clipboard preferences in QSettings (ui/shell/settings.py's file). No case data.

Idle lock after 5 minutes by default (0 = never); case text leaves the clipboard after
30 seconds by default (0 = only on lock and quit).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ui.shell.settings import APPLICATION, ORGANIZATION

DEFAULT_IDLE_MINUTES = 5
DEFAULT_CLIPBOARD_SECONDS = 30
IDLE_CHOICES = (0, 1, 2, 5, 10, 15, 30, 60)
CLIPBOARD_CHOICES = (0, 10, 20, 30, 60, 120)


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


def _int(key: str, default: int) -> int:
    try:
        return max(0, int(_settings().value(key, default)))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def idle_minutes() -> int:
    return _int("lock/idle_minutes", DEFAULT_IDLE_MINUTES)


def lock_on_screen_lock() -> bool:
    return _int("lock/on_screen_lock", 1) == 1


def clipboard_seconds() -> int:
    return _int("clipboard/clear_seconds", DEFAULT_CLIPBOARD_SECONDS)


def save(*, idle: int, on_screen_lock: bool, clipboard: int) -> None:
    settings = _settings()
    settings.setValue("lock/idle_minutes", max(0, idle))
    settings.setValue("lock/on_screen_lock", 1 if on_screen_lock else 0)
    settings.setValue("clipboard/clear_seconds", max(0, clipboard))
    settings.sync()
