"""'Vandaag': where the counsellor's day starts (the home screen after unlocking).

Built from the 'te doen' list (app/casework/todo_tracker.py keeps it current) and a few
small queries: this week's appointments, the meldingen that wait for a decision, and the
latest timeline entries. Only ids, references, titles, dates and kinds: the home screen
shows no note text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from app.casework.model import TodoItem, TodoKind, TodoList, TodoState
from app.domain import CaseStatus, EntryKind
from app.timeutil import AMSTERDAM, from_storage, to_storage

if TYPE_CHECKING:
    from app.vault import Vault

WEEK_DAYS = 7
WAITING_SHOWN = 12
RECENT_SHOWN = 8


@dataclass(frozen=True)
class CaseLine:
    """A line that opens a case: an appointment, a waiting melding, a recent entry."""

    case_id: int
    reference: str
    title: str
    when: datetime | date
    kind: str = ""        # an EntryKind value for recent entries


@dataclass(frozen=True)
class Today:
    today: date
    now_and_overdue: tuple[TodoItem, ...]    # overdue or due today, oldest first
    coming: tuple[TodoItem, ...]             # due later: the coming week and the week after
    this_week: int                           # how many of those are due within the week
    appointments: tuple[CaseLine, ...]       # next appointments made in a step, this week
    waiting: tuple[CaseLine, ...]            # new meldingen: what will be done is not decided
    waiting_total: int
    recent: tuple[CaseLine, ...]             # the latest timeline entries
    retention: tuple[TodoItem, ...]          # cases whose retention date has passed
    todo: TodoList
    overdue: int = 0                         # counted here, off the GUI thread
    due_today: int = 0


def _split(todo: TodoList) -> tuple[list[TodoItem], list[TodoItem], list[TodoItem]]:
    now, coming, retention = [], [], []
    for item in todo.items:
        if item.kind is TodoKind.RETENTION:
            retention.append(item)   # a warning above, and a line to act on
        if item.state is TodoState.OVERDUE or item.due <= todo.today:
            now.append(item)
        else:
            coming.append(item)
    return now, coming, retention


def _appointments(vault: Vault, today: date) -> list[CaseLine]:
    start = datetime(today.year, today.month, today.day, tzinfo=AMSTERDAM)
    end = start + timedelta(days=WEEK_DAYS + 1)
    rows = vault.query(
        "SELECT c.id, c.reference, c.title, s.next_appointment FROM step_records s"
        " JOIN cases c ON c.id = s.case_id WHERE s.next_appointment >= ?"
        " AND s.next_appointment < ? AND c.anonymised_at IS NULL"
        " ORDER BY s.next_appointment", (to_storage(start), to_storage(end)))
    return [CaseLine(r[0], r[1], r[2], from_storage(r[3])) for r in rows]


def _waiting(vault: Vault) -> tuple[list[CaseLine], int]:
    rows = vault.query("SELECT id, reference, title, reported_on FROM cases WHERE status = ?"
                       " AND anonymised_at IS NULL ORDER BY reported_on, id",
                       (CaseStatus.NIEUW.value,))
    return ([CaseLine(r[0], r[1], r[2], date.fromisoformat(r[3]))
             for r in rows[:WAITING_SHOWN]], len(rows))


def _recent(vault: Vault) -> list[CaseLine]:
    """The cases written in last, each once, with its latest entry."""
    rows = vault.query("SELECT c.id, c.reference, c.title, e.recorded_at, e.kind FROM entries e"
                       " JOIN cases c ON c.id = e.case_id ORDER BY e.id DESC LIMIT ?",
                       (RECENT_SHOWN * 10,))
    seen: dict[int, CaseLine] = {}
    for r in rows:
        if r[0] not in seen and len(seen) < RECENT_SHOWN:
            seen[r[0]] = CaseLine(r[0], r[1], r[2], from_storage(r[3]), EntryKind(r[4]).value)
    return list(seen.values())


def build_today(vault: Vault, todo: TodoList) -> Today:
    now, coming, retention = _split(todo)
    waiting, total = _waiting(vault)
    week_end = todo.today + timedelta(days=WEEK_DAYS)
    return Today(todo.today, tuple(now), tuple(coming),
                 sum(1 for i in coming if i.due <= week_end),
                 tuple(_appointments(vault, todo.today)),
                 tuple(waiting), total, tuple(_recent(vault)), tuple(retention), todo,
                 todo.overdue_count, sum(1 for i in now if i.state is TodoState.DUE))
