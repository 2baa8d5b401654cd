"""The screen-lock watcher's platform parts, run here with synthetic messages: Windows'
session-change and power messages through the native event filter, macOS' distributed
notifications through a stand-in for CoreFoundation (the D-Bus slots: test_locking.py)."""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind
from ui.shell.main_window import MainWindow
from ui.shell.screen_lock import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    ScreenLockWatcher,
    WindowsSessionFilter,
)
from ui.shell.screen_lock_mac import LOCK_NOTIFICATIONS

WTS_SESSION_UNLOCK = 0x8
PBT_APMRESUMEAUTOMATIC = 0x12
WM_KEYDOWN = 0x0100


class _Emits:
    def __init__(self) -> None:
        self.count = 0

    def emit(self) -> None:
        self.count += 1


def _deliver(native: WindowsSessionFilter, message: int, wparam: int,
             kind: bytes = b"windows_generic_MSG") -> tuple[bool, int]:
    msg = wintypes.MSG()
    msg.message = message
    msg.wParam = wparam
    return native.nativeEventFilter(QByteArray(kind), ctypes.addressof(msg))


def test_windows_session_lock_and_suspend_lock_nothing_else_does(qapp) -> None:  # type: ignore[no-untyped-def]
    locked = _Emits()
    native = WindowsSessionFilter(locked)
    assert _deliver(native, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) == (False, 0)
    assert _deliver(native, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC) == (False, 0)
    assert _deliver(native, WM_KEYDOWN, WTS_SESSION_LOCK) == (False, 0)
    assert _deliver(native, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK,
                    kind=b"xcb_generic_event_t") == (False, 0)
    assert locked.count == 0
    assert _deliver(native, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == (False, 0)
    assert _deliver(native, WM_POWERBROADCAST, PBT_APMSUSPEND) == (False, 0)
    assert locked.count == 2  # never swallows the message: (False, 0)


def test_windows_filter_is_installed_and_locks_the_window(make_window, vault: CaseFile) -> None:  # type: ignore[no-untyped-def]
    vault.cases.create(NewCase("Scherm", CaseKind.PESTEN, date(2026, 11, 20)))
    window: MainWindow = make_window()
    window.start(vault)
    watcher = window.screen_lock
    watcher._listen_windows()  # what __init__ does on Windows
    assert "windows:native" in watcher.sources
    assert watcher._windows_filter is not None
    _deliver(watcher._windows_filter, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert window.vault is None and not vault.is_open


class _FakeCoreFoundation:
    """Records what CoreFoundation would be asked; hands out fake references."""

    def __init__(self) -> None:
        self.observers: list[tuple[Any, Any, bytes]] = []
        self.removed: list[Any] = []
        self._names: dict[int, bytes] = {}

    def CFNotificationCenterGetDistributedCenter(self) -> int:
        return 0xCE27E4

    def CFStringCreateWithCString(self, _alloc: None, text: bytes, _enc: int) -> int:
        ref = 0x1000 + len(self._names)
        self._names[ref] = text
        return ref

    def CFNotificationCenterAddObserver(self, center: int, token: Any, callback: Any,
                                        name: int, _obj: None, _behaviour: int) -> None:
        assert center == 0xCE27E4
        self.observers.append((token, callback, self._names[name]))

    def CFNotificationCenterRemoveEveryObserver(self, center: int, token: Any) -> None:
        self.removed.append(token)


def test_macos_screen_lock_notifications_lock_the_window(make_window, vault: CaseFile) -> None:  # type: ignore[no-untyped-def]
    vault.cases.create(NewCase("Scherm", CaseKind.PESTEN, date(2026, 11, 20)))
    window: MainWindow = make_window()
    window.start(vault)
    cf = _FakeCoreFoundation()
    window.screen_lock.listen_mac(cf)
    assert [name for _t, _c, name in cf.observers] == [n.encode() for n in LOCK_NOTIFICATIONS]
    assert "macos:com.apple.screenIsLocked" in window.screen_lock.sources
    assert window.vault is not None
    _token, callback, _name = cf.observers[0]
    callback(0xCE27E4, None, 0x1000, None, None)  # through the C callback, as macOS calls it
    assert window.vault is None and not vault.is_open
    window.screen_lock.stop()
    assert cf.removed == [cf.observers[0][0]]


def test_without_core_foundation_nothing_breaks(qapp) -> None:  # type: ignore[no-untyped-def]
    watcher = ScreenLockWatcher()
    before = list(watcher.sources)
    watcher.listen_mac(None)
    assert watcher.sources == before
    watcher.stop()
