"""The operating system says the screen locks or the machine goes to sleep: lock too.

- Linux: D-Bus (QtDBus, part of PySide6-Essentials). `ActiveChanged(true)` of the
  freedesktop and GNOME screen savers on the session bus, and logind's
  `PrepareForSleep(true)` on the system bus.
- Windows: session-change notifications (WM_WTSSESSION_CHANGE: WTS_SESSION_LOCK) and
  WM_POWERBROADCAST (PBT_APMSUSPEND), through a native event filter.
- macOS: `com.apple.screenIsLocked` and `com.apple.screensaver.didstart` on the
  distributed notification center, through CoreFoundation's C API (ui/shell/
  screen_lock_mac.py); sleep itself is not announced there.

Where no signal arrives, nothing breaks: the idle lock still works.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)

from ui.shell.screen_lock_mac import MacScreenLockObserver, load_core_foundation

# (bus, service, path, interface, signal) we listen to on Linux; "" takes any sender,
# because screen savers emit under their own bus name (KDE, GNOME, xfce, ...).
SCREENSAVERS = (
    ("session", "", "/org/freedesktop/ScreenSaver",
     "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("session", "", "/ScreenSaver",
     "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("session", "", "/org/gnome/ScreenSaver",
     "org.gnome.ScreenSaver", "ActiveChanged"),
)
SLEEP = ("system", "org.freedesktop.login1", "/org/freedesktop/login1",
         "org.freedesktop.login1.Manager", "PrepareForSleep")

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


class ScreenLockWatcher(QObject):
    """Emits `locked` when the screen locks or the machine is about to sleep."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []  # what we listen to, for the self-test and tests
        self._windows_filter: WindowsSessionFilter | None = None
        self._mac: MacScreenLockObserver | None = None
        if sys.platform.startswith("linux"):
            self._listen_dbus()
        elif sys.platform == "win32":
            self._listen_windows()
        elif sys.platform == "darwin":
            self.listen_mac(load_core_foundation())

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.locked.emit()

    def _listen_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 - Linux only
        except ImportError:
            return
        buses = {"session": QDBusConnection.sessionBus(), "system": QDBusConnection.systemBus()}
        for bus_name, service, path, interface, name in (*SCREENSAVERS, SLEEP):
            bus = buses[bus_name]
            slot = "prepare_for_sleep(bool)" if name == "PrepareForSleep" \
                else "screensaver_active(bool)"
            if bus.isConnected() and bus.connect(service, path, interface, name, self,
                                                 SLOT(slot)):
                self.sources.append(f"{bus_name}:{interface}.{name}")

    def _listen_windows(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._windows_filter = WindowsSessionFilter(self.locked)
        app.installNativeEventFilter(self._windows_filter)
        self.sources.append("windows:native")

    def listen_mac(self, core_foundation: Any) -> None:
        if core_foundation is None:
            return
        self._mac = MacScreenLockObserver(self.locked.emit, core_foundation)
        self.sources.extend(f"macos:{name}" for name in self._mac.names)

    def register_window(self, window_id: int) -> None:
        """Windows sends session changes only to windows that ask for them."""
        if sys.platform == "win32":
            wtsapi32: Any = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(window_id), 0)

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if self._windows_filter is not None and app is not None:
            app.removeNativeEventFilter(self._windows_filter)
            self._windows_filter = None
        if self._mac is not None:
            self._mac.stop()
            self._mac = None


def is_windows_lock_message(message: int, wparam: int) -> bool:
    """The session locks, or the machine is about to suspend."""
    return (message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK) or (
        message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND)


class WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, locked: Any) -> None:
        super().__init__()
        self._locked = locked

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes  # noqa: PLC0415 - Windows only

            msg = wintypes.MSG.from_address(int(message))
            if is_windows_lock_message(msg.message, msg.wParam or 0):
                self._locked.emit()
        return False, 0
