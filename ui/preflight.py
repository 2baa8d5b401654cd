"""Checks made before Qt is imported: the system libraries Qt loads and a display.

Without them Qt dies with a raw traceback (``ImportError: libGL.so.1``) or aborts (rc 134)
with a hint that names the wrong package. This module imports nothing from Qt: it tries to
load each library the way Qt will (``dlopen`` by its soname, so libraries inside the bundle
count too) and, on Linux/X11, connects to the display as Qt's xcb plugin would.

Each problem is one Dutch line naming the Debian/Ubuntu package to install. Qt has not
started yet, so there is no tr(): the line is Dutch like the rest of the start-up messages.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

#: soname -> Debian/Ubuntu package; what libQt6Gui and the offscreen plugin link against.
#: The bundle carries some of them; dlopen finds those inside it first.
GUI_LIBRARIES = {
    "libstdc++.so.6": "libstdc++6",  # left to the system by the bundle (manylinux rules)
    "libexpat.so.1": "libexpat1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfreetype.so.6": "libfreetype6",
    "libfontconfig.so.1": "libfontconfig1",
}
#: What Qt's xcb platform plugin (an X11 desktop, also XWayland) links against.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
#: What Qt's wayland platform plugin links against.
WAYLAND_LIBRARIES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}
NO_DISPLAY = ("Pestdossier kan niet starten: er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY "
              "zijn niet gezet). Start het vanuit een bureaubladsessie; zonder scherm test "
              "`QT_QPA_PLATFORM=offscreen pestdossier --self-test` de installatie.")
DISPLAY_UNREACHABLE = ("Pestdossier kan niet starten: het beeldscherm {display} is niet "
                       "bereikbaar. Start het vanuit een bureaubladsessie van deze gebruiker.")

#: Returns None when the library loads, else the soname that is really missing: the library
#: itself or a library it needs (libX11 needs libxcb, fontconfig needs expat).
Loader = Callable[[str], str | None]


def bundled_copy(soname: str) -> str | None:
    """The bundle's own copy of `soname` (PyInstaller's folder), which Qt loads first."""
    folder = getattr(sys, "_MEIPASS", None)
    if folder is None or not os.path.exists(os.path.join(folder, soname)):  # noqa: PTH110,PTH118
        return None
    return os.path.join(folder, soname)  # noqa: PTH118


def missing_for(soname: str) -> str | None:
    """None when the dynamic loader finds `soname` and all it needs (bundle or system)."""
    try:
        ctypes.CDLL(bundled_copy(soname) or soname)
    except OSError as error:
        # Inside the bundle PyInstaller's ctypes hook raises its own "Failed to load
        # dynlib/dll '...libX11.so.6'" and keeps the loader's message as the cause.
        cause = error.__cause__ if isinstance(error.__cause__, OSError) else error
        # glibc: "libxcb.so.1: cannot open shared object file: No such file or directory"
        # (or "/lib/.../libxcb.so.1: file too short" for a damaged file: a path)
        culprit = str(cause).split(":", 1)[0].strip().rsplit("/", 1)[-1]
        return culprit if culprit.startswith("lib") and ".so" in culprit else soname
    return None


def can_load(soname: str) -> bool:
    return missing_for(soname) is None


def package_of(soname: str) -> str:
    for libraries in (GUI_LIBRARIES, XCB_LIBRARIES, WAYLAND_LIBRARIES):
        if soname in libraries:
            return libraries[soname]
    return soname.split(".so", 1)[0]  # unknown to us: the name is the best hint


def platform_name(environ: Mapping[str, str]) -> str:
    """The Qt platform plugin this start will use: QT_QPA_PLATFORM, else by session."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("DISPLAY"):
        return "xcb"
    return "wayland" if environ.get("WAYLAND_DISPLAY") else ""


def missing_packages(libraries: Mapping[str, str], load: Loader) -> dict[str, str]:
    """soname -> package for what cannot be loaded, blaming the library really missing."""
    missing: dict[str, str] = {}
    for soname in libraries:
        culprit = load(soname)
        if culprit is not None:
            missing[culprit] = package_of(culprit)
    return missing


def missing_line(missing: Mapping[str, str]) -> str:
    packages = " ".join(dict.fromkeys(missing.values()))
    names = ", ".join(missing)
    noun = "systeembibliotheek" if len(missing) == 1 else "systeembibliotheken"
    return (f"Pestdossier kan niet starten: de {noun} {names} ontbreekt. "
            f"Installeer: sudo apt install {packages}")


def display_reachable(display: str, load: Loader) -> bool:
    """Connects to the X display as Qt's xcb plugin does (xcb_connect)."""
    if load("libxcb.so.1") is not None:
        return True  # reported as a missing library instead
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def problems(environ: Mapping[str, str] | None = None, load: Loader | None = None,
             system: str = sys.platform) -> list[str]:
    """Dutch lines, one per problem; empty when Qt can start. Only Linux needs checks:
    Windows and macOS bundles carry everything Qt loads."""
    if not system.startswith("linux"):
        return []
    environ = os.environ if environ is None else environ
    load = missing_for if load is None else load
    platform = platform_name(environ)
    libraries = dict(GUI_LIBRARIES)
    if platform == "xcb":
        libraries |= XCB_LIBRARIES
    elif platform == "wayland":
        libraries |= WAYLAND_LIBRARIES
    missing = missing_packages(libraries, load)
    if missing:
        return [missing_line(missing)]
    if not platform:
        return [NO_DISPLAY]
    display = environ.get("DISPLAY", "")
    if platform == "xcb" and display and not display_reachable(display, load):
        return [DISPLAY_UNREACHABLE.format(display=display)]
    if platform == "xcb" and not display:
        return [NO_DISPLAY]
    return []
