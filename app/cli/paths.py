"""Path checks the CLI makes before it asks for a password or writes anything."""

from __future__ import annotations

from pathlib import Path

from app.errors import InvalidInputError


def require_folder(folder: Path) -> None:
    """A folder the user named must exist: a typo is an error, not an empty folder."""
    if not folder.exists():
        raise InvalidInputError("file.folder_missing", folder=str(folder))
    if not folder.is_dir():
        raise InvalidInputError("cli.not_a_folder", path=str(folder))


def require_output_folder(target: Path) -> None:
    """The folder a new file goes into must exist; the CLI never creates one."""
    require_folder(target.parent)
