"""The app's one application-wide event filter, shared by everything that watches all
events (wheel guard, clipboard, screen-reader names, Ctrl+L in dialogs, idle lock, dialog
fit, a vault opened from the file manager).

Qt calls each application event filter for every event of every widget. A filter written
in Python costs a call into Python, and reading `event.type()` makes PySide6 build a
Python enum each time: seven separate filters meant seven calls and seven conversions per
event (some 137,000 conversions while unlocking a 20,000-case vault and building the case
detail). The hub is installed once, reads the type once and passes the event only to the
handlers registered for that type, so an event nobody wants costs one `type()` and one
dict lookup.

    events = app_events(QCoreApplication.instance())
    events.listen(owner, {QEvent.Type.Show: owner.on_show})
    events.forget(owner)                       # also done when `owner` is destroyed

Handlers run newest registration first, as Qt calls its own application filters; one that
returns True swallows the event: later handlers and the receiver never see it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]
NAME = "app_events"


class AppEvents(QObject):
    """Installed on the application by `app_events()`; handlers join with `listen`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count()
        # (token, owner, event type, handler), oldest first
        self._registered: list[tuple[int, QObject, QEvent.Type, Handler]] = []
        self._by_type: dict[QEvent.Type, tuple[Handler, ...]] = {}

    def listen(self, owner: QObject, handlers: Mapping[QEvent.Type, Handler]) -> None:
        """Call each handler for events of its type until `owner` is forgotten or
        destroyed."""
        token = next(self._tokens)
        self._registered.extend((token, owner, kind, handler)
                                for kind, handler in handlers.items())
        owner.destroyed.connect(lambda *_: self._drop(lambda entry: entry[0] == token))
        self._rebuild()

    def forget(self, owner: QObject) -> None:
        """`owner`'s handlers see no more events."""
        self._drop(lambda entry: entry[1] is owner)

    def handlers_for(self, kind: QEvent.Type) -> tuple[Handler, ...]:
        """The handlers an event of `kind` passes, in the order they run."""
        return self._by_type.get(kind, ())

    def _drop(self, matches: Callable[[tuple[int, QObject, QEvent.Type, Handler]], bool]
              ) -> None:
        kept = [entry for entry in self._registered if not matches(entry)]
        if len(kept) != len(self._registered):
            self._registered = kept
            self._rebuild()

    def _rebuild(self) -> None:
        # A new dict each time: a handler that registers or forgets during dispatch does
        # not change the tuple being walked.
        by_type: dict[QEvent.Type, tuple[Handler, ...]] = {}
        for _token, _owner, kind, handler in reversed(self._registered):
            by_type[kind] = (*by_type.get(kind, ()), handler)
        self._by_type = by_type

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handlers = self._by_type.get(event.type())
        if handlers is not None:
            for handler in handlers:
                if handler(watched, event):
                    return True
        return False


def app_events(app: QCoreApplication) -> AppEvents:
    """`app`'s hub, installed on first use."""
    existing = app.findChild(AppEvents, NAME)
    if isinstance(existing, AppEvents):
        return existing
    hub = AppEvents(app)
    hub.setObjectName(NAME)
    app.installEventFilter(hub)
    return hub
