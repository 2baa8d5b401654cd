"""The one place the version is read from: the installed metadata, else pyproject.toml."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path


def _read_version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        # A source checkout (or a bundle that ships pyproject.toml) wins over stale metadata.
        with pyproject.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    try:
        return metadata.version("pestdossier")
    except metadata.PackageNotFoundError:
        return "0.0.0"


__version__ = _read_version()
