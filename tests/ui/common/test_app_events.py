"""The one application event filter: handlers by event type, newest first, a True
swallows the event, and handlers go with their owner; the app installs no other
application-wide filter."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from ui.common.app_events import AppEvents, app_events
from ui.common.wheel_guard import WheelGuard
from ui.shell.file_open import FileOpenHandler
from ui.shell.idle import INPUT_EVENTS as INPUT
from ui.shell.idle import IdleWatcher
from ui.shell.locking import LockKeyFilter
from ui.shell.main_window import MainWindow

UI = Path(__file__).resolve().parents[3] / "ui"
PROBE = QEvent.Type(QEvent.registerEventType())


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received = 0

    def event(self, event: QEvent) -> bool:
        if event.type() == PROBE:
            self.received += 1
            return True
        return super().event(event)


def _recorder(seen: list[str], name: str, *, swallow: bool = False):  # type: ignore[no-untyped-def]
    def handler(watched: QObject, event: QEvent) -> bool:
        seen.append(name)
        return swallow
    return handler


def test_handlers_run_newest_first_and_a_true_swallows_the_event(qapp: QApplication) -> None:
    hub = app_events(qapp)
    older, newer, receiver = QObject(), QObject(), Receiver()
    seen: list[str] = []
    hub.listen(older, {PROBE: _recorder(seen, "older")})
    hub.listen(newer, {PROBE: _recorder(seen, "newer"),
                       QEvent.Type.Polish: _recorder(seen, "polish")})
    try:
        QCoreApplication.sendEvent(receiver, QEvent(PROBE))
        assert seen == ["newer", "older"] and receiver.received == 1

        hub.forget(newer)
        hub.listen(newer, {PROBE: _recorder(seen, "swallow", swallow=True)})
        seen.clear()
        QCoreApplication.sendEvent(receiver, QEvent(PROBE))
        assert seen == ["swallow"] and receiver.received == 1  # neither older nor receiver
    finally:
        hub.forget(older)
        hub.forget(newer)
    assert hub.handlers_for(PROBE) == ()
    seen.clear()
    QCoreApplication.sendEvent(receiver, QEvent(PROBE))
    assert seen == [] and receiver.received == 2


def test_one_hub_per_application_and_a_destroyed_owner_is_forgotten(qapp: QApplication
                                                                     ) -> None:
    hub = app_events(qapp)
    assert app_events(qapp) is hub and qapp.findChildren(AppEvents) == [hub]
    owner = QObject()
    seen: list[str] = []
    hub.listen(owner, {PROBE: _recorder(seen, "owner")})
    assert len(hub.handlers_for(PROBE)) == 1
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert hub.handlers_for(PROBE) == ()
    QCoreApplication.sendEvent(Receiver(), QEvent(PROBE))
    assert seen == []


def _owners(hub: AppEvents, kind: QEvent.Type) -> list[type]:
    return [type(handler.__self__) for handler in hub.handlers_for(kind)]  # type: ignore[attr-defined]


def test_the_window_s_handlers_keep_qt_s_order_and_leave_with_the_window(
        make_window, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    hub = app_events(qapp)
    window: MainWindow = make_window()
    handler = FileOpenHandler(window)
    try:
        # As the separate filters were called: the newest installed first.
        keys = _owners(hub, QEvent.Type.KeyPress)
        assert keys[:3] == [type(window.copy_guard), LockKeyFilter, IdleWatcher]
        wheel = _owners(hub, QEvent.Type.Wheel)
        assert wheel.index(IdleWatcher) < wheel.index(WheelGuard)  # it sees swallowed ones
        assert _owners(hub, QEvent.Type.FileOpen)[0] is FileOpenHandler
        assert hub.handlers_for(QEvent.Type.Paint) == ()  # nobody wants it: not one call
    finally:
        handler.stop()
    assert FileOpenHandler not in _owners(hub, QEvent.Type.FileOpen)
    window.close()
    watchers = (window.idle_watcher, window.lock_keys, window.copy_guard)
    assert not [handler for kind in (*INPUT, QEvent.Type.MouseMove)
                for handler in hub.handlers_for(kind)
                if getattr(handler, "__self__", None) in watchers]


def test_the_hub_is_the_only_application_wide_filter() -> None:
    installs = [f"{path.relative_to(UI)}: {line.strip()}"
                for path in UI.rglob("*.py")
                for line in path.read_text(encoding="utf-8").splitlines()
                if "installEventFilter(" in line]
    on_app = [line for line in installs
              if not re.search(r"(self|viewport\(\)|parent)\.installEventFilter", line)]
    assert on_app == ["common/app_events.py: app.installEventFilter(hub)"], on_app
