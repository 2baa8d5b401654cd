"""Qt table models over the case work records: steps, follow-ups, agreements, 'te doen'.

No SQL and no widgets: each model takes the core's records and is testable on its own.
Every model offers CHIP_ROLE: (text, (background, foreground)) for the state column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.casework import AgreementRecord, AgreementStatus, FollowUpItem, TodoItem, TodoKind
from app.protocols import StepState, StepStatus
from ui.casework.labels import (
    AGREEMENT_COLORS,
    PRIORITY_COLORS,
    STEP_COLORS,
    agreement_status_label,
    priority_label,
    step_state_label,
    todo_state_label,
)
from ui.common.formatting import format_date
from ui.common.messages import message_lines, message_text
from ui.common.row_model import Index, RowModel

CHIP_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_ROLE = Qt.ItemDataRole.UserRole + 4


# ----------------------------------------------------------------- protocol steps
STEP_COL_STATE, STEP_COL_TITLE, STEP_COL_DUE = 0, 1, 2


class StepTableModel(RowModel):
    """The steps of the case's protocol with their state and due date."""

    def headers(self) -> list[str]:
        return [self.tr("State"), self.tr("Step"), self.tr("When")]

    def set_steps(self, steps: tuple[StepStatus, ...] | list[StepStatus]) -> None:
        self.set_rows(list(steps))

    def status_at(self, row: int) -> StepStatus:
        return self._rows[row]

    def row_of(self, step_id: str) -> int:
        return next((r for r, s in enumerate(self._rows) if s.id == step_id), -1)

    def when_text(self, status: StepStatus) -> str:
        state = StepState(status.state)
        if state is StepState.DONE and status.completed_on:
            return self.tr("done on %1").replace("%1",
                                                 format_date(status.completed_on[-1]))
        if state is StepState.SKIPPED:
            return self.tr("skipped")
        if state is StepState.BLOCKED and status.due is None:
            return self.tr("after consent") if status.blocked_by else self.tr("waiting")
        if status.due is None:
            if status.step.optional:
                return self.tr("optional")
            anchor = status.step.deadline.after if status.step.deadline else ""
            row = self.row_of(anchor) if anchor else -1
            if row >= 0:
                return self.tr("after step %1").replace("%1", str(row + 1))
            return self.tr("no deadline")
        if status.suggested:   # a date the protocol does not set: never 'overdue'
            return self.tr("proposed: %1").replace("%1", format_date(status.due))
        if status.window and status.window[0] != status.window[1]:
            return self.tr("around %1 (at the latest %2)").replace(
                "%1", format_date(status.due)).replace(
                "%2", format_date(status.window[1]))
        return self.tr("at the latest %1").replace("%1", format_date(status.due))

    def title_text(self, status: StepStatus) -> str:
        row = self.row_of(status.id)
        title = f"{row + 1}. {status.step.title}" if row >= 0 else status.step.title
        if status.round > 1:
            title += " · " + self.tr("round %1").replace("%1", str(status.round))
        if status.step.optional:
            title += " · " + self.tr("optional")
        return title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        status: StepStatus = self._rows[index.row()]
        column = index.column()
        if role == KEY_ROLE:
            return status.id
        if role == STATE_ROLE:
            return str(status.state)
        if role == CHIP_ROLE and column == STEP_COL_STATE:
            return step_state_label(status.state), STEP_COLORS[str(status.state)]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STEP_COL_STATE:
                return step_state_label(status.state)
            if column == STEP_COL_TITLE:
                return self.title_text(status)
            if column == STEP_COL_DUE:
                return self.when_text(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((status.step.guidance, *message_lines(status.notes)))
        return None


# ----------------------------------------------------------------- follow-ups
FU_COL_STATE, FU_COL_LABEL, FU_COL_DUE = 0, 1, 2


class FollowUpTableModel(RowModel):
    def headers(self) -> list[str]:
        return [self.tr("State"), self.tr("Follow-up"), self.tr("Date")]

    def set_followups(self, items: tuple[FollowUpItem, ...] | list[FollowUpItem]) -> None:
        self.set_rows(list(items))

    def item_at(self, row: int) -> FollowUpItem:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item: FollowUpItem = self._rows[index.row()]
        column = index.column()
        if role == KEY_ROLE:
            return item.key
        if role == STATE_ROLE:
            return item.state
        if role == CHIP_ROLE and column == FU_COL_STATE:
            return step_state_label(item.state), STEP_COLORS[item.state]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FU_COL_STATE:
                return step_state_label(item.state)
            if column == FU_COL_LABEL:
                return message_text(item.label)
            if column == FU_COL_DUE:
                if item.followup.suggested and item.state != "done":
                    return self.tr("proposed: %1").replace("%1", format_date(item.due))
                return format_date(item.due)
        if role == Qt.ItemDataRole.ToolTipRole and item.action is not None and item.action.reason:
            return item.action.reason
        return None


# ----------------------------------------------------------------- agreements
AG_COL_STATUS, AG_COL_TEXT, AG_COL_WITH, AG_COL_EVALUATE = 0, 1, 2, 3


class AgreementTableModel(RowModel):
    def headers(self) -> list[str]:
        return [self.tr("Status"), self.tr("Agreement"), self.tr("With whom"),
                self.tr("Evaluate on")]

    def set_agreements(self, items: list[AgreementRecord]) -> None:
        self.set_rows(items)

    def agreement_at(self, row: int) -> AgreementRecord:
        return self._rows[row]

    @property
    def broken_count(self) -> int:
        return sum(1 for a in self._rows if a.status is AgreementStatus.BROKEN)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item: AgreementRecord = self._rows[index.row()]
        column = index.column()
        if role == KEY_ROLE:
            return item.id
        if role == STATE_ROLE:
            return item.status.value
        if role == CHIP_ROLE and column == AG_COL_STATUS:
            return agreement_status_label(item.status), AGREEMENT_COLORS[item.status]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AG_COL_STATUS:
                return agreement_status_label(item.status)
            if column == AG_COL_TEXT:
                return item.text
            if column == AG_COL_WITH:
                # no one named: made with the whole group (as the dialog offers it)
                return (", ".join(p.name for p in item.participants)
                        or self.tr("The whole group"))
            if column == AG_COL_EVALUATE:
                return format_date(item.evaluate_on) if item.evaluate_on else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("Made on %1").replace("%1", format_date(item.made_on))]
            if item.status_note:
                lines.append(item.status_note)
            return "\n".join(lines)
        return None


# ----------------------------------------------------------------- te doen
TODO_COL_DUE, TODO_COL_STATE, TODO_COL_CASE, TODO_COL_WHAT = 0, 1, 2, 3


class TodoTableModel(RowModel):
    """The 'te doen' list across cases, in the order the core sorted it (by date)."""

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("State"), self.tr("Case"), self.tr("What")]

    def set_items(self, items: tuple[TodoItem, ...] | list[TodoItem]) -> None:
        self.set_rows(list(items))

    def item_at(self, row: int) -> TodoItem:
        return self._rows[row]

    def kind_text(self, item: TodoItem) -> str:
        if item.kind is TodoKind.VAULT:
            return self.tr("School year")
        if item.kind is TodoKind.ACCESS:
            return self.tr("Access request")
        if item.kind in (TodoKind.RETENTION, TodoKind.INFORM):   # the label says it all
            return ""
        return self.tr("Step") if item.kind is TodoKind.STEP else self.tr("Follow-up")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item: TodoItem = self._rows[index.row()]
        column = index.column()
        plain = {CASE_ID_ROLE: item.case_id, KEY_ROLE: item.key, STATE_ROLE: item.state.value}
        if role in plain:
            return plain[role]
        if role == CHIP_ROLE and column == TODO_COL_STATE:
            return todo_state_label(item.state), STEP_COLORS[item.state.value]
        if role == CHIP_ROLE and column == TODO_COL_CASE and item.priority.rank > 0:
            return priority_label(item.priority), PRIORITY_COLORS[item.priority]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TODO_COL_DUE:
                return format_date(item.due)
            if column == TODO_COL_STATE:
                return todo_state_label(item.state)
            if column == TODO_COL_CASE:
                return (f"{item.reference} · {item.title}" if item.case_id
                        else self.tr("Whole vault"))
            if column == TODO_COL_WHAT:
                kind = self.kind_text(item)
                return f"{kind}: {message_text(item.label)}" if kind \
                    else message_text(item.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{item.reference} · {item.title}\n{message_text(item.label)}\n"
                    f"{format_date(item.due)}")
        return None
