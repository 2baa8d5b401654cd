"""The core's change notification (app/changes.py) as a Qt signal on the GUI thread.

The journal calls its listeners on whichever thread committed (a worker's import too);
the relay only notes that something happened and, back on the GUI thread, asks the
journal what changed since it last looked, so a burst of commits arrives as one
`changed` with every case id in it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from app.changes import ChangeJournal, ChangeSet


class ChangeRelay(QObject):
    changed = Signal(object)     # a ChangeSet, on the GUI thread
    _poke = Signal()

    def __init__(self, journal: ChangeJournal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._position = journal.position
        self._pending = False
        self._poke.connect(self.deliver, Qt.ConnectionType.QueuedConnection)
        unsubscribe = journal.subscribe(self._heard)
        self._unsubscribe = unsubscribe
        self.destroyed.connect(lambda *_args: unsubscribe())

    def _heard(self, _change: ChangeSet) -> None:
        if self._pending:
            return
        self._pending = True
        try:
            self._poke.emit()
        except RuntimeError:   # the relay went with a locked workspace
            self._unsubscribe()

    def deliver(self) -> None:
        """What changed since last time, now (also called directly after a save)."""
        self._pending = False
        change = self._journal.since(self._position)
        self._position = change.position
        if not change.empty:
            self.changed.emit(change)

    def stop(self) -> None:
        self._unsubscribe()
