"""'Te doen' and 'Vandaag' computed in the background, case by case.

One `TodoTracker` (app/casework/todo_tracker.py) per unlocked vault, refreshed on a
worker connection: the whole list once, then only the cases the change journal names.
The overdue badge hears every refresh; the home screen's other parts (appointments,
waiting meldingen, recent entries, backup warnings) are gathered only while it is shown.
One refresh runs at a time; changes that arrive meanwhile start one more afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.casefile import CaseFile
from app.casework import TodoList
from app.casework.today import Today
from app.casework.todo_tracker import TodoTracker
from app.messages import Message
from ui.common.workers import BackgroundOp, with_worker_vault


@dataclass(frozen=True)
class FeedResult:
    todo: TodoList
    today: Today | None                       # None when the home screen was hidden
    backup_warnings: tuple[Message, ...] = ()
    recomputed: frozenset[int] | None = None  # the cases this refresh recomputed; None: all


class TodayFeed(QObject):
    todo_ready = Signal(object)    # FeedResult, after every refresh (the badge)
    today_ready = Signal(object)   # FeedResult with `today`, for the home screen
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._tracker = TodoTracker()
        self._op: BackgroundOp | None = None
        self._again = False
        self._again_overview = False
        self._stopped = False
        self.with_backups = True
        self.last: FeedResult | None = None
        # Asked again when a waiting refresh starts: 'Vandaag' may have been left meanwhile.
        self.wants_overview: Callable[[], bool] = lambda: True

    @property
    def busy(self) -> bool:
        return self._op is not None

    def refresh(self, *, overview: bool = False) -> None:
        """Bring 'te doen' up to date in the background (and 'Vandaag' with `overview`)."""
        if self._stopped:
            return
        if self._op is not None:
            self._again = True
            self._again_overview = self._again_overview or overview
            return
        tracker, backups = self._tracker, self.with_backups

        def work(worker: CaseFile, _progress: Any, _cancelled: Any) -> FeedResult:
            todo = tracker.refresh(worker.casework, worker.changes)
            if not overview:
                return FeedResult(todo, None, (), tracker.recomputed)
            warnings = worker.backups.status().warnings if backups else ()
            return FeedResult(todo, worker.casework.today_overview(todo), tuple(warnings),
                              tracker.recomputed)

        op = BackgroundOp(with_worker_vault(self._vault, work))
        op.on_success(self._done).on_failure(self._failed)
        self._op = op
        op.start()

    def stop(self) -> None:
        """Lock: forget the refresh that runs (its worker closes its own connection)."""
        self._stopped = True
        if self._op is not None:
            self._op.detach()
            self._op = None
        self._again = False

    def _done(self, result: FeedResult) -> None:
        self._op = None
        self.last = result
        self.todo_ready.emit(result)
        if result.today is not None:
            self.today_ready.emit(result)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self.failed.emit(exc)
        self._next()

    def _next(self) -> None:
        if self._again:
            overview = self._again_overview and self.wants_overview()
            self._again = self._again_overview = False
            self.refresh(overview=overview)
