"""The one place the version is read from: pyproject.toml, else the installed metadata.

Cheap on purpose: every `import app` runs this, `pestdossier-cli --version` included, so
the version line is read with a plain scan. tomllib (it pulls in datetime and typing) and
importlib.metadata (email, zipfile, csv) each cost more than the whole CLI start may take;
they are only imported when the scan finds nothing.
"""

from __future__ import annotations

from pathlib import Path

_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _scan_project_version(text: str) -> str | None:
    """`version = "x.y.z"` in the [project] table, written the plain way, or None."""
    in_project = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            in_project = line == "[project]"
        elif in_project and line.startswith("version") and "=" in line:
            key, _, value = line.partition("=")
            value = value.strip()
            if key.strip() == "version" and len(value) > 2 and value[0] == value[-1] == '"':
                return value[1:-1]
    return None


def _read_version() -> str:
    if _PYPROJECT.is_file():
        # A source checkout (or a bundle that ships pyproject.toml) wins over stale metadata.
        text = _PYPROJECT.read_text(encoding="utf-8")
        scanned = _scan_project_version(text)
        if scanned is not None:
            return scanned
        import tomllib  # noqa: PLC0415 - only for a pyproject the scan cannot read

        return str(tomllib.loads(text)["project"]["version"])
    from importlib import metadata  # noqa: PLC0415 - slow; only for an installed wheel

    try:
        return metadata.version("pestdossier")
    except metadata.PackageNotFoundError:
        return "0.0.0"


__version__ = _read_version()
