"""The one way to find the files the app ships (protocols, translations, icons, templates).

From a source checkout or an installed wheel, ``resources/`` sits next to the ``app``
package. In a PyInstaller bundle the build copies it to ``<sys._MEIPASS>/resources``
(on macOS ``_MEIPASS`` is ``Contents/Frameworks``, which links to the copy in
``Contents/Resources``). Paths never depend on the current working directory.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath

RESOURCES_DIRNAME = "resources"

#: Source checkout (or site-packages): the folder that holds ``app/`` and ``resources/``.
_SOURCE_BASE = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return getattr(sys, "_MEIPASS", None) is not None


def base_dir() -> Path:
    """The folder that holds ``resources/``: the bundle's ``_MEIPASS`` or the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle).resolve() if bundle else _SOURCE_BASE


def resources_root() -> Path:
    """The absolute ``resources/`` folder (it exists unless the install is broken)."""
    return base_dir() / RESOURCES_DIRNAME


def resource_path(*parts: str | PurePath) -> Path:
    """Absolute path of a shipped file or folder, e.g. ``resource_path("i18n", "x.qm")``.

    The path is not checked for existence (callers decide what a missing file means),
    but it can never point outside ``resources/``: absolute parts and ``..`` are refused.
    """
    relative = PurePath(*parts)
    if relative.is_absolute() or relative.anchor or ".." in relative.parts:
        raise ValueError(f"resource path must stay inside resources/: {relative}")
    return resources_root().joinpath(relative)
