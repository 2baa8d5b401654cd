"""'Te doen' kept up to date case by case.

The first refresh collects every case (seconds at 20,000 cases, so it runs on a worker
connection); after that a refresh asks the vault's change journal (app/changes.py) which
cases changed and recomputes only those. A new day, or a reader that fell too far behind,
collects everything again.

    tracker = TodoTracker()
    todo = tracker.refresh(worker_case_file.casework, worker_case_file.changes)

One refresh at a time: the caller keeps a tracker to one worker at once.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.casework.model import TodoItem, TodoList
from app.casework.todo import CaseProblems, todo_order
from app.changes import VAULT_WIDE, ChangeJournal
from app.messages import Message

if TYPE_CHECKING:
    from app.casework.service import CaseWork

#: More changed cases than this: one collection over all is quicker than one by one.
FULL_ABOVE = 200


class TodoTracker:
    def __init__(self) -> None:
        self._position = -1
        self._today: date | None = None
        self._items: dict[int, tuple[TodoItem, ...]] = {}
        self._problems: dict[int, tuple[Message, ...]] = {}
        self.recomputed: frozenset[int] | None = None   # None: everything, last refresh

    def refresh(self, work: CaseWork, changes: ChangeJournal,
                today: date | None = None) -> TodoList:
        today = today or work.today()
        change = changes.since(self._position)   # read first: later commits come next time
        if (self._position < 0 or today != self._today or change.everything
                or len(change.case_ids) > FULL_ABOVE):
            self._collect_all(work, today)
            self.recomputed = None
        else:
            for case_id in change.case_ids:
                self._collect_one(work, today, case_id)
            self.recomputed = change.case_ids
        self._position, self._today = change.position, today
        return self.current()

    def current(self) -> TodoList:
        items = sorted((i for lines in self._items.values() for i in lines), key=todo_order)
        problems = tuple(m for case_id in sorted(self._problems)
                         for m in self._problems[case_id])
        return TodoList(self._today or date.min, tuple(items), problems)

    def _collect_all(self, work: CaseWork, today: date) -> None:
        items, problems = work.todo_parts(today)
        self._items, self._problems = {}, {}
        grouped: dict[int, list[TodoItem]] = {}
        for item in items:
            grouped.setdefault(item.case_id, []).append(item)
        self._items = {case_id: tuple(lines) for case_id, lines in grouped.items()}
        for case_id, message in problems:
            self._problems[case_id] = (*self._problems.get(case_id, ()), message)

    def _collect_one(self, work: CaseWork, today: date, case_id: int) -> None:
        problems: CaseProblems = []
        if case_id == VAULT_WIDE:
            items = work.vault_todo(today)
        else:
            items, problems = work.todo_parts(today, case_id)
        self._items.pop(case_id, None)
        self._problems.pop(case_id, None)
        if items:
            self._items[case_id] = tuple(items)
        if problems:
            self._problems[case_id] = tuple(m for _, m in problems)
