"""'Te doen' across all cases: overdue and upcoming steps and follow-ups by date.

A window owned by the workspace (so locking drops it with the workspace); a double-click
or 'Open case' asks the workspace to show that case. 'Today' comes from the vault clock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.casework import CaseWork, TodoKind, TodoList, TodoState
from ui.casework.models import (
    CHIP_ROLE,
    TODO_COL_CASE,
    TODO_COL_STATE,
    TODO_COL_WHAT,
    TodoTableModel,
)
from ui.casework.widgets import make_table, selected_row
from ui.common.formatting import format_date
from ui.common.messages import message_lines
from ui.common.style import set_role
from ui.common.widgets import role_label


def overdue_text(count: int) -> str:
    """For the status bar after unlocking, e.g. '3 zaken over tijd'."""
    if count == 0:
        return QCoreApplication.translate("TodoDialog", "Nothing overdue")
    if count == 1:
        return QCoreApplication.translate("TodoDialog", "1 thing overdue")
    return QCoreApplication.translate("TodoDialog", "%1 things overdue").replace("%1", str(count))


def count_overdue(vault: CaseFile, _progress: object, _cancelled: object) -> int:
    """Background work for the badge: runs on a worker vault (see ui.common.workers)."""
    return vault.casework.overdue_count()


def todo_action_text(count: int) -> str:
    """The toolbar action with the overdue count as a badge: 'Te doen (3)'."""
    text = QCoreApplication.translate("TodoDialog", "To do")
    return f"{text} ({count})" if count else text


class TodoDialog(QDialog):
    open_case = Signal(int, str)   # case id, step id or follow-up key
    open_access_request = Signal(int)   # an access request's id ("inzage/<id>")

    def __init__(self, work: CaseWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.todo: TodoList | None = None
        self.setWindowTitle(self.tr("To do"))
        self.resize(980, 580)
        self.model = TodoTableModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(role_label(self.tr("To do"), "heading"))
        self.lbl_summary = role_label("", "muted", wrap=True)
        layout.addWidget(self.lbl_summary)
        self.tbl_todo = make_table(self.model, TODO_COL_WHAT, (TODO_COL_STATE, TODO_COL_CASE),
                                   CHIP_ROLE)
        self.tbl_todo.doubleClicked.connect(lambda index: self.open_row(index.row()))
        header = self.tbl_todo.horizontalHeader()
        header.setSectionResizeMode(TODO_COL_CASE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TODO_COL_CASE, 330)
        self.tbl_todo.selectionModel().selectionChanged.connect(self._update_buttons)
        self.lbl_empty = role_label(self.tr("Nothing to do in the next two weeks."), "empty",
                                    wrap=True)
        self.lbl_empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.stk_todo = QStackedWidget()
        self.stk_todo.addWidget(self.tbl_todo)
        self.stk_todo.addWidget(self.lbl_empty)
        layout.addWidget(self.stk_todo, 1)
        self.lbl_problems = role_label("", "error", wrap=True)
        layout.addWidget(self.lbl_problems)
        buttons = QHBoxLayout()
        self.btn_open = QPushButton(self.tr("Open case"))
        set_role(self.btn_open, "primary")
        self.btn_refresh = QPushButton(self.tr("Refresh"))
        self.btn_close = QPushButton(self.tr("Close"))
        self.btn_open.clicked.connect(self.open_selected)
        self.btn_refresh.clicked.connect(self.refresh)
        self.btn_close.clicked.connect(self.close)
        buttons.addWidget(self.btn_open)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_refresh)
        buttons.addWidget(self.btn_close)
        layout.addLayout(buttons)
        if parent is not None:
            parent.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The workspace is hidden when the vault locks: go with it at once.
        if watched is self.parent() and event.type() in (QEvent.Type.Hide,
                                                         QEvent.Type.DeferredDelete):
            self.hide()
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self.todo = self._work.todo()
        self.model.set_items(self.todo.items)
        overdue = self.todo.overdue_count
        upcoming = sum(1 for i in self.todo.items if i.state is not TodoState.OVERDUE)
        self.lbl_summary.setText(self.tr("Today is %1. Overdue: %2 · in the next 14 days: %3")
                                 .replace("%1", format_date(self.todo.today))
                                 .replace("%2", str(overdue)).replace("%3", str(upcoming)))
        self.lbl_problems.setText("\n".join(message_lines(self.todo.problems)))
        self.lbl_problems.setVisible(bool(self.todo.problems))
        self.stk_todo.setCurrentWidget(self.tbl_todo if self.model.rowCount()
                                       else self.lbl_empty)
        if self.model.rowCount():
            self.tbl_todo.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = selected_row(self.tbl_todo)
        item = self.model.item_at(row) if row >= 0 else None
        self.btn_open.setEnabled(item is not None and (
            bool(item.case_id) or item.kind is TodoKind.ACCESS))

    def open_selected(self) -> None:
        self.open_row(selected_row(self.tbl_todo))

    def open_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        item = self.model.item_at(row)
        if item.kind is TodoKind.ACCESS:
            self.open_access_request.emit(int(item.key.rsplit("/", 1)[1]))
        elif item.case_id:   # a vault reminder has no case to open
            self.open_case.emit(item.case_id, item.key)
