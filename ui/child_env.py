"""Child processes get the system's environment, not the bundle's.

A PyInstaller bundle on Linux starts with ``LD_LIBRARY_PATH`` pointing into the bundle
(the original value is kept in ``LD_LIBRARY_PATH_ORIG``). Qt starts ``xdg-open`` for
QDesktopServices with this process's environment, so the PDF viewer or file manager it
opens would load the bundle's libstdc++ and fail ("GLIBCXX_3.4.32 not found").
PyInstaller's documentation advises restoring the original values for child processes.

The dynamic loader reads ``LD_LIBRARY_PATH`` once, when the process starts, so restoring it
in ``os.environ`` changes nothing for this process and everything for its children. It is
done once, first thing at start-up, so every program the app starts gets it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

#: Variables a PyInstaller bootloader changes and saves as NAME_ORIG.
BUNDLE_VARIABLES = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "LIBPATH")


def restore_system_environment(environ: MutableMapping[str, str] | None = None,
                               frozen: bool | None = None) -> list[str]:
    """Put back what the bundle's start changed; returns the names of the restored ones."""
    environ = os.environ if environ is None else environ
    if not (getattr(sys, "frozen", False) if frozen is None else frozen):
        return []
    restored = []
    for name in BUNDLE_VARIABLES:
        original = environ.pop(f"{name}_ORIG", None)
        if original is not None:
            environ[name] = original
        elif name in environ:
            del environ[name]  # the system had none: the bundle's must not leak
        else:
            continue
        restored.append(name)
    return restored
