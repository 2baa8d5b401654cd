"""The left side: search box, status and kind filters, the case table, empty states."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.domain import CaseKind, CaseStatus
from app.search import CASE_LIMIT, CaseMatches, too_short
from ui.cases.case_list_columns import CaseListColumns
from ui.cases.case_list_model import (
    CASE_ID_ROLE,
    COL_ACTIVITY,
    COL_REFERENCE,
    COL_RETENTION,
    COL_STATUS,
    STATUS_ROLE,
    CaseFilterProxy,
    CaseTableModel,
)
from ui.cases.case_search import CaseSearch, LatestReader
from ui.common.chips import StatusChipDelegate
from ui.common.labels import kind_label, status_label
from ui.common.style import set_role
from ui.common.widgets import role_label

SEARCH_DELAY_MS = 150  # a pause in typing; the search itself runs on its own thread


class CaseListPanel(QWidget):
    case_selected = Signal(object)  # case id, or None when nothing is selected
    new_case_requested = Signal()
    failed = Signal(object)  # a search that could not run

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.search = CaseSearch(vault, self)
        self.search.found.connect(self._show_matches)
        self.search.failed.connect(self.failed)
        self._limit = CASE_LIMIT
        self._retention = LatestReader(vault, "case-list-retention", self)
        self._retention.arrived.connect(self._show_retention)
        self._retention.failed.connect(self.failed)
        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.edt_search = QLineEdit()
        self.edt_search.setPlaceholderText(self.tr("Search names, titles and notes"))
        self.edt_search.setClearButtonEnabled(True)
        self.edt_search.textChanged.connect(self._schedule_search)
        layout.addWidget(self.edt_search)
        layout.addLayout(self._build_filters())
        self._build_table()
        self.stk_list = QStackedWidget()
        self.stk_list.addWidget(self.tbl_cases)
        self._empty_page = self._build_empty_page()
        self.stk_list.addWidget(self._empty_page)
        layout.addWidget(self.stk_list, 1)
        layout.addLayout(self._build_search_note())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.reload()

    def _build_filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.cmb_status = QComboBox()
        self.cmb_status.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.cmb_status.addItem(status_label(status), status)
        self.cmb_kind = QComboBox()
        self.cmb_kind.addItem(self.tr("All kinds"), None)
        for kind in CaseKind:
            self.cmb_kind.addItem(kind_label(kind), kind)
        self.cmb_status.currentIndexChanged.connect(self._filters_changed)
        self.cmb_kind.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.cmb_status, 1)
        filters.addWidget(self.cmb_kind, 1)
        return filters

    def _build_table(self) -> None:
        self.tbl_cases = QTableView()
        self.tbl_cases.setModel(self.proxy)
        self.tbl_cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tbl_cases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tbl_cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tbl_cases.setShowGrid(False)
        self.tbl_cases.setAlternatingRowColors(False)
        self.tbl_cases.setSortingEnabled(True)
        self.tbl_cases.sortByColumn(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
        self.tbl_cases.verticalHeader().hide()
        self.tbl_cases.verticalHeader().setDefaultSectionSize(34)
        self.tbl_cases.setWordWrap(False)
        self.tbl_cases.setItemDelegateForColumn(COL_STATUS, StatusChipDelegate(STATUS_ROLE,
                                                                               self.tbl_cases))
        self.tbl_cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tbl_cases.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.columns = CaseListColumns(self.tbl_cases)
        # Narrow list: the last activity is in the tooltip and can be shown from the header.
        self.tbl_cases.setColumnHidden(COL_ACTIVITY, True)
        self.tbl_cases.setColumnHidden(COL_RETENTION, True)  # until a case has a date
        self.tbl_cases.selectionModel().currentRowChanged.connect(self._current_changed)

    def _build_search_note(self) -> QHBoxLayout:
        """Under the list: why the search shows nothing yet, or that it shows only the
        most recent matches, with "More results..." to widen it."""
        row = QHBoxLayout()
        self.lbl_search_note = QLabel()
        set_role(self.lbl_search_note, "muted")
        self.btn_more = QPushButton(self.tr("More results..."))
        self.btn_more.setFlat(True)
        self.btn_more.clicked.connect(self.more_results)
        row.addWidget(self.lbl_search_note, 1)
        row.addWidget(self.btn_more)
        self.lbl_search_note.hide()
        self.btn_more.hide()
        return row

    def _build_empty_page(self) -> QWidget:
        """No cases (yet, or for these filters): a line why, and 'New case'."""
        self.lbl_empty = role_label("", "empty", wrap=True)
        self.lbl_empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.btn_first_case = QPushButton(self.tr("New case"))
        set_role(self.btn_first_case, "primary")
        self.btn_first_case.clicked.connect(self.new_case_requested)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addWidget(self.lbl_empty)
        empty_layout.addWidget(self.btn_first_case, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        return empty_page

    # ------------------------------------------------------------- data
    def reload(self, select_case_id: int | None = None) -> None:
        """Reread the list from the vault, keeping (or moving) the selection. The
        retention dates (every case's protocol and rule) come from the background."""
        keep = select_case_id if select_case_id is not None else self.current_case_id()
        # Retention dates (every case's protocol and rules: seconds in a big vault) are
        # read in the background; until they arrive the column keeps the dates it had.
        cases = self._vault.cases.list()
        self.model.set_cases(cases, self.model.retention)
        self.columns.follow(cases)
        self._retention.ask(lambda vault, _moot: {
            cid: r.until for cid, r in vault.retention.for_all().items()})
        if self.edt_search.text().strip():
            self.apply_search()
        self._update_empty_state()
        if keep is not None:
            self.select_case(keep)
        if self.current_case_id() is None:
            self.case_selected.emit(None)

    def _show_retention(self, dates: dict[int, date | None]) -> None:
        self.model.set_retention(dates)
        self._show_retention_column()

    def _show_retention_column(self) -> None:
        # The list is narrow: the column appears once a case has a date (open cases have
        # none yet; each case's header says why), so titles keep their room until then.
        self.tbl_cases.setColumnHidden(COL_RETENTION, not any(self.model.retention.values()))

    @property
    def retention_pending(self) -> bool:
        return self._retention.pending

    def update_cases(self, case_ids: frozenset[int] | set[int]) -> None:
        """Reread only these cases' rows (a change touched them), not the whole list."""
        ids = {c for c in case_ids if c > 0}
        if not ids:
            return
        keep = self.current_case_id()
        found = self._vault.cases.summaries(ids)
        retention = {cid: self._vault.retention.for_case(cid).until for cid in found}
        self.model.update_cases(found, ids - set(found), retention)
        self.columns.follow(found.values(), more=True)
        self._show_retention_column()
        if self.edt_search.text().strip():
            self.apply_search()
        self._update_empty_state()
        if keep is not None and keep in found and self.current_case_id() != keep:
            self.select_case(keep)
        if self.current_case_id() is None:
            self.case_selected.emit(None)

    def shutdown(self) -> None:
        """Lock: stop the background reads without waiting (each closes its connection)."""
        self.search.shutdown()
        self._retention.shutdown()

    def current_case_id(self) -> int | None:
        index = self.tbl_cases.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CASE_ID_ROLE) == case_id:
                self.tbl_cases.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def select_first(self) -> None:
        if self.proxy.rowCount() and self.current_case_id() is None:
            self.select_case(self.proxy.index(0, 0).data(CASE_ID_ROLE))

    def focus_search(self) -> None:
        self.edt_search.setFocus()
        self.edt_search.selectAll()

    # ------------------------------------------------------------- filtering
    def _schedule_search(self) -> None:
        self._limit = CASE_LIMIT
        if self.edt_search.text().strip():
            self._search_timer.start()
        else:  # cleared: every case again, at once
            self.apply_search()

    def apply_search(self) -> None:
        """Filter the list by the search box: at once when empty or too short, else in
        the background (the list changes when the answer arrives)."""
        self._search_timer.stop()
        query = self.edt_search.text().strip()
        if query and not too_short(query):
            self.search.search(query, self._limit)
            return
        self.search.forget()
        self.proxy.set_matching_ids(None)
        self._set_search_note(self.tr("Type one more letter to search.") if query else "",
                              more=False)
        self._after_filter()

    def more_results(self) -> None:
        self._limit += CASE_LIMIT * 4
        self.apply_search()

    def _show_matches(self, query: str, matches: CaseMatches) -> None:
        if query != self.edt_search.text().strip():
            return  # typed on since: a newer answer is coming
        self.proxy.set_matching_ids(set(matches.case_ids))
        self._set_search_note(self.tr("The %1 most recent matches.")
                              .replace("%1", str(len(matches.case_ids)))
                              if matches.more else "", more=matches.more)
        self._after_filter()

    def _set_search_note(self, text: str, *, more: bool) -> None:
        self.lbl_search_note.setText(text)
        self.lbl_search_note.setVisible(bool(text))
        self.btn_more.setVisible(more)

    def _filters_changed(self) -> None:
        # Combo data comes back as plain str (Qt stores StrEnum members as strings).
        status, kind = self.cmb_status.currentData(), self.cmb_kind.currentData()
        self.proxy.set_status(CaseStatus(status) if status else None)
        self.proxy.set_kind(CaseKind(kind) if kind else None)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_empty_state()
        if self.current_case_id() is None:
            self.select_first()

    def _update_empty_state(self) -> None:
        no_cases = self.model.rowCount() == 0
        if no_cases:
            self.lbl_empty.setText(self.tr(
                "No cases yet. Click 'New case' to start."))
        elif self.proxy.rowCount() == 0:
            self.lbl_empty.setText(self.tr(
                "No cases match. Change the search or the filters."))
        else:
            self.stk_list.setCurrentWidget(self.tbl_cases)
            return
        self.btn_first_case.setVisible(no_cases)
        self.stk_list.setCurrentWidget(self._empty_page)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.case_selected.emit(current.data(CASE_ID_ROLE) if current.isValid() else None)
