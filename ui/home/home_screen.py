"""'Vandaag': the first screen after unlocking, and 'te doen' (Ctrl+T).

Left, what needs doing: overdue and due today, then the coming week. Right, the rest of
the day: appointments made in a step, meldingen that wait for a decision, the latest
entries. Warnings (backups, retention dates passed) stand above both. One click on a
line opens its case. The screen only shows; `ui.home.feed.TodayFeed` computes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.casework import TodoItem, TodoKind
from app.casework.today import CaseLine, Today
from app.domain import EntryKind
from ui.casework.models import (
    CHIP_ROLE,
    TODO_COL_CASE,
    TODO_COL_DUE,
    TODO_COL_STATE,
    TODO_COL_WHAT,
    TodoTableModel,
)
from ui.casework.widgets import make_table
from ui.common.formatting import format_date, format_datetime
from ui.common.labels import entry_kind_label
from ui.common.messages import message_lines
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.home.feed import FeedResult

CASE_ROLE = Qt.ItemDataRole.UserRole + 60
SHOWN_LINES = 200   # a list longer than this helps nobody and costs a reset each time


def _card(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    card = QFrame()
    set_role(card, "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(6)
    heading = role_label(title, "subheading", wrap=True)
    layout.addWidget(heading)
    return card, layout, heading


class HomeScreen(QWidget):
    open_case = Signal(int, str)        # case id, step id or follow-up key
    open_access_request = Signal(int)
    shown = Signal()                    # became visible: time to refresh

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: FeedResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(8)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(role_label(self.tr("Today"), "heading"))
        self.lbl_summary = role_label(self.tr("Gathering what is due..."), "muted", wrap=True)
        heading.addWidget(self.lbl_summary)
        top.addLayout(heading, 1)
        self.btn_cases = QPushButton(self.tr("All cases"))
        set_role(self.btn_cases, "primary")
        self.btn_cases.setToolTip(self.tr("The case list and the selected case"))
        self.btn_refresh = QPushButton(self.tr("Refresh"))
        self.btn_refresh.clicked.connect(self.shown)
        top.addWidget(self.btn_refresh, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.btn_cases, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.lbl_warnings = role_label("", "error", wrap=True)
        self.lbl_warnings.hide()
        layout.addWidget(self.lbl_warnings)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addLayout(self._build_todo_column(), 3)
        columns.addLayout(self._build_side_column(), 2)
        layout.addLayout(columns, 1)

    # ------------------------------------------------------------- building
    def _todo_table(self, model: TodoTableModel) -> QTableView:
        table = make_table(model, TODO_COL_WHAT, (TODO_COL_STATE, TODO_COL_CASE), CHIP_ROLE)
        header = table.horizontalHeader()
        # The same widths in both tables, so their columns line up.
        # (the date column holds "22 november 2026" whole)
        for column, width in ((TODO_COL_DUE, 160), (TODO_COL_STATE, 110), (TODO_COL_CASE, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        table.clicked.connect(lambda index: self._open_item(model, index.row()))
        table.activated.connect(lambda index: self._open_item(model, index.row()))
        return table

    def _build_todo_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        card, inner, self.lbl_now = _card(self.tr("Overdue and due today"))
        self.now_model = TodoTableModel(self)
        self.tbl_now = self._todo_table(self.now_model)
        self.lbl_now_empty = role_label(self.tr("Nothing overdue, nothing due today."),
                                        "muted", wrap=True)
        inner.addWidget(self.tbl_now, 1)
        inner.addWidget(self.lbl_now_empty)
        column.addWidget(card, 3)
        card, inner, self.lbl_week = _card(self.tr("Coming up (two weeks)"))
        self.week_model = TodoTableModel(self)
        self.tbl_week = self._todo_table(self.week_model)
        self.lbl_week_empty = role_label(
            self.tr("No steps or follow-ups due in the next two weeks."), "muted", wrap=True)
        inner.addWidget(self.tbl_week, 1)
        inner.addWidget(self.lbl_week_empty)
        self.lbl_problems = role_label("", "error", wrap=True)
        self.lbl_problems.hide()
        inner.addWidget(self.lbl_problems)
        column.addWidget(card, 2)
        return column

    def _case_list(self, title: str, empty: str) -> tuple[QFrame, QListWidget, QWidget]:
        card, inner, heading = _card(title)
        lst = QListWidget()
        lst.setWordWrap(True)
        lst.setSpacing(3)
        lst.setFrameShape(QFrame.Shape.NoFrame)
        lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lst.itemClicked.connect(self._open_line)
        lst.itemActivated.connect(self._open_line)
        lbl_empty = role_label(empty, "muted", wrap=True)
        inner.addWidget(lst, 1)
        inner.addWidget(lbl_empty)
        lst.setProperty("empty_label", lbl_empty)
        return card, lst, heading

    def _build_side_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        card, self.lst_appointments, _ = self._case_list(
            self.tr("Appointments this week"), self.tr("No appointments this week."))
        column.addWidget(card, 2)
        card, self.lst_waiting, self.lbl_waiting = self._case_list(
            self.tr("Waiting for a decision"), self.tr("No new reports waiting."))
        column.addWidget(card, 3)
        card, self.lst_recent, _ = self._case_list(
            self.tr("Recent activity"), self.tr("Nothing recorded yet."))
        column.addWidget(card, 3)
        return column

    # ------------------------------------------------------------- showing
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def set_result(self, result: FeedResult) -> None:
        today = result.today
        if today is None:
            return
        self.result = result
        self.lbl_summary.setText(self.tr("%1 · overdue: %2 · due today: %3 · this week: %4")
                                 .replace("%1", format_date(today.today))
                                 .replace("%2", str(today.overdue))
                                 .replace("%3", str(today.due_today))
                                 .replace("%4", str(today.this_week)))
        self._fill_table(self.now_model, self.tbl_now, self.lbl_now_empty, today.now_and_overdue)
        self._fill_table(self.week_model, self.tbl_week, self.lbl_week_empty, today.coming)
        self._title(self.lbl_now, self.tr("Overdue and due today"), today.now_and_overdue)
        self._title(self.lbl_week, self.tr("Coming up (two weeks)"), today.coming)
        self.lbl_problems.setText("\n".join(message_lines(result.todo.problems)))
        self.lbl_problems.setVisible(bool(result.todo.problems))
        self._fill_list(self.lst_appointments, [
            (line, format_datetime(line.when) if isinstance(line.when, datetime)
             else format_date(line.when)) for line in today.appointments])
        self._fill_list(self.lst_waiting, [
            (line, self.tr("reported %1").replace("%1", format_date(line.when)))
            for line in today.waiting])
        more = today.waiting_total - len(today.waiting)
        self.lbl_waiting.setText(self.tr("Waiting for a decision") + (
            " " + self.tr("(%1 more in the case list)").replace("%1", str(more)) if more else ""))
        self._fill_list(self.lst_recent, [
            (line, f"{entry_kind_label(EntryKind(line.kind))}, {format_date(line.when)}")
            for line in today.recent])
        self._show_warnings(result, today)

    def _show_warnings(self, result: FeedResult, today: Today) -> None:
        lines = message_lines(result.backup_warnings)
        if today.retention:
            lines.append(QCoreApplication.translate(
                "HomeScreen", "Retention date passed for %1 case(s): destroy or anonymise "
                "them (they are in the list below).").replace("%1", str(len(today.retention))))
        self.lbl_warnings.setText("\n".join(f"⚠ {line}" for line in lines))
        self.lbl_warnings.setVisible(bool(lines))

    def _title(self, label: QLabel, title: str, items: tuple[TodoItem, ...]) -> None:
        if len(items) > SHOWN_LINES:
            title += " " + self.tr("(the first %1 of %2)").replace(
                "%1", str(SHOWN_LINES)).replace("%2", str(len(items)))
        label.setText(title)

    @staticmethod
    def _fill_table(model: TodoTableModel, table: QTableView, empty: QWidget,
                    items: tuple[TodoItem, ...]) -> None:
        model.set_items(list(items[:SHOWN_LINES]))
        table.setVisible(bool(items))
        empty.setVisible(not items)

    @staticmethod
    def _fill_list(lst: QListWidget, lines: list[tuple[CaseLine, str]]) -> None:
        lst.clear()
        for line, detail in lines:
            item = QListWidgetItem(f"{line.reference} · {line.title}\n{detail}")
            item.setData(CASE_ROLE, line.case_id)
            item.setToolTip(f"{line.reference} · {line.title}")
            lst.addItem(item)
        lst.setVisible(bool(lines))
        empty = lst.property("empty_label")
        if isinstance(empty, QWidget):
            empty.setVisible(not lines)

    # ------------------------------------------------------------- opening
    def _open_item(self, model: TodoTableModel, row: int) -> None:
        if not 0 <= row < model.rowCount():
            return
        item = model.item_at(row)
        if item.kind is TodoKind.ACCESS:
            self.open_access_request.emit(int(item.key.rsplit("/", 1)[1]))
        elif item.case_id:   # a vault reminder has no case to open
            self.open_case.emit(item.case_id, item.key)

    def _open_line(self, item: QListWidgetItem) -> None:
        case_id = item.data(CASE_ROLE)
        if case_id:
            self.open_case.emit(int(case_id), "")
