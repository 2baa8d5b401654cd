"""macOS: the screen locks (or the screen saver starts) -> lock.

macOS posts `com.apple.screenIsLocked` and `com.apple.screensaver.didstart` on the
distributed notification center. CoreFoundation reaches it with plain C calls
(CFNotificationCenterAddObserver and a C callback through ctypes), so no Objective-C
bridge is needed. The callbacks arrive on the main thread's run loop, which Qt's Cocoa
event dispatcher runs. Sleep is announced only to NSWorkspace observers (Objective-C);
before sleep the screen lock (when "require password after sleep" is on) or the idle
lock does the work.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from typing import Any

LOCK_NOTIFICATIONS = ("com.apple.screenIsLocked", "com.apple.screensaver.didstart")
UTF8 = 0x08000100  # kCFStringEncodingUTF8
DELIVER_IMMEDIATELY = 4  # CFNotificationSuspensionBehaviorDeliverImmediately

# void callback(CFNotificationCenterRef, void *observer, CFStringRef name,
#               const void *object, CFDictionaryRef userInfo)
CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                            ctypes.c_void_p, ctypes.c_void_p)


def load_core_foundation() -> Any:
    path = ctypes.util.find_library("CoreFoundation")
    if path is None:
        return None
    cf: Any = ctypes.CDLL(path)
    cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFNotificationCenterAddObserver.argtypes = [
        ctypes.c_void_p, ctypes.c_void_p, CALLBACK, ctypes.c_void_p, ctypes.c_void_p,
        ctypes.c_long]
    cf.CFNotificationCenterRemoveEveryObserver.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    return cf


class MacScreenLockObserver:
    """Calls `on_lock` for each screen-lock notification; `cf` is CoreFoundation (a test
    passes a fake one)."""

    def __init__(self, on_lock: Callable[[], None], cf: Any) -> None:
        self._on_lock = on_lock
        self._cf = cf
        self._callback = CALLBACK(self._notified)  # kept alive as long as we listen
        self._center = cf.CFNotificationCenterGetDistributedCenter()
        self._token = ctypes.c_void_p(id(self))  # identifies our registrations
        self.names: list[str] = []
        for name in LOCK_NOTIFICATIONS:
            cf_name = cf.CFStringCreateWithCString(None, name.encode(), UTF8)
            cf.CFNotificationCenterAddObserver(self._center, self._token, self._callback,
                                               cf_name, None, DELIVER_IMMEDIATELY)
            self.names.append(name)

    def _notified(self, _center: Any, _observer: Any, _name: Any, _object: Any,
                  _info: Any) -> None:
        self._on_lock()  # only lock notifications are registered

    def stop(self) -> None:
        self._cf.CFNotificationCenterRemoveEveryObserver(self._center, self._token)
        self.names = []
