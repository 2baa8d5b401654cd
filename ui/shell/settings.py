"""UI preferences in QSettings: window geometry, the last vault's path and the interface
language. Never case data."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from app.casefile import VAULT_SUFFIX

ORGANIZATION = "Pestdossier"
APPLICATION = "pestdossier"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


def settings_folder() -> Path:
    """The folder of the settings file (made 0700 at start, see app.process_guard)."""
    return Path(_settings().fileName()).parent


def default_vault_path() -> Path:
    folder = Path(platformdirs.user_data_dir("Pestdossier", appauthor=False))
    return folder / f"pestdossier{VAULT_SUFFIX}"


def vault_in_default_folder() -> Path | None:
    """A vault already in the default folder (copied from another laptop), for a first
    start without settings: the default name first, else the newest."""
    default = default_vault_path()
    if default.is_file():
        return default
    found = [p for p in default.parent.glob(f"*{VAULT_SUFFIX}") if p.is_file()] \
        if default.parent.is_dir() else []
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def last_vault_path() -> Path | None:
    value = _settings().value("vault/last_path", "")
    return Path(str(value)) if value else None


def remember_vault_path(path: Path) -> None:
    settings = _settings()
    settings.setValue("vault/last_path", str(path))
    settings.sync()


def window_geometry() -> QByteArray | None:
    value = _settings().value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def save_window_geometry(geometry: QByteArray) -> None:
    _settings().setValue("window/geometry", geometry)


def interface_language() -> str:
    """The language chosen in Instellingen ("nl", "en"), or "" when never chosen."""
    return str(_settings().value("interface/language", "") or "")


def set_interface_language(language: str) -> None:
    settings = _settings()
    settings.setValue("interface/language", language)
    settings.sync()
