"""Reminders that belong to the vault, not to a case, in "te doen":

- the summary of the yearly safety monitor is due at the Inspectie on 1 July: shown from
  1 June until that day (the app cannot know it was sent, so it never turns overdue);
- the yearly report at the end of the school year: shown from 1 July, due 31 July,
  overdue after that until 31 August; gone once a yearly report PDF for that school year
  was exported (the audit log records it).
They are TodoItems of kind `kluis` with case id 0 and no reference.

An access request (app/access) that is not answered yet is a TodoItem of kind `inzage`
(case id 0, key `inzage/<request id>`), due on its deadline, whatever the horizon.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from app.casework.model import TodoItem, TodoKind, TodoState
from app.messages import Message

if TYPE_CHECKING:
    from app.vault import Vault

VAULT_CASE_ID = 0


def _state(today: date, due: date) -> TodoState:
    return (TodoState.OVERDUE if today > due else TodoState.DUE if today == due
            else TodoState.UPCOMING)


def _item(key: str, label: Message, due: date, state: TodoState) -> TodoItem:
    return TodoItem(VAULT_CASE_ID, "", "", TodoKind.VAULT, key, label, due, state)


def _report_exported(vault: Vault, school_year: str) -> bool:
    rows = vault.query("SELECT details FROM audit_log WHERE action = 'report.exported'")
    return any(json.loads(d).get("kind") == "pdf" and json.loads(d).get("period") == school_year
               for (d,) in rows)


def access_reminders(vault: Vault, today: date) -> list[TodoItem]:
    rows = vault.query("SELECT r.id, r.received_on, r.deadline, p.name FROM access_requests r"
                       " JOIN people p ON p.id = r.person_id WHERE r.answered_on IS NULL"
                       " ORDER BY r.deadline, r.id")
    out = []
    for request_id, received_on, deadline, name in rows:
        due = date.fromisoformat(deadline)
        label = Message("todo.access_request", name=name,
                        received=date.fromisoformat(received_on))
        out.append(TodoItem(VAULT_CASE_ID, "", "", TodoKind.ACCESS, f"inzage/{request_id}",
                            label, due, _state(today, due)))
    return out


def vault_reminders(vault: Vault, today: date) -> list[TodoItem]:
    out = []
    monitor_due = date(today.year, 7, 1)
    if date(today.year, 6, 1) <= today <= monitor_due:
        out.append(_item(f"kluis/monitor/{today.year}",
                         Message("todo.monitor_summary", year=today.year), monitor_due,
                         _state(today, monitor_due)))
    report_due = date(today.year, 7, 31)
    school_year = f"{today.year - 1}-{today.year}"
    if date(today.year, 7, 1) <= today <= date(today.year, 8, 31) \
            and not _report_exported(vault, school_year):
        out.append(_item(f"kluis/jaarverslag/{school_year}",
                         Message("todo.yearly_report", school_year=school_year), report_due,
                         _state(today, report_due)))
    return out + access_reminders(vault, today)
