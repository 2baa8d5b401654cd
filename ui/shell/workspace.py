"""The unlocked work area: 'Vandaag' first (ui/home), then the cases: case list left,
case detail right. Built on unlock and thrown away on lock, so no model or widget keeps
case data while the vault is locked. The case detail is built once the list is on
screen (ui/shell/staging.py).

What changed comes from the core's change journal (app/changes.py, through
ui.common.change_relay): the case list rereads only the touched rows, and 'te doen' is
recomputed in the background for those cases only (ui/home/feed.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStackedWidget, QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from app.changes import ChangeSet
from ui.cases.case_detail import CaseDetail
from ui.cases.case_dialog import CaseDialog
from ui.cases.case_list import CaseListPanel
from ui.cases.case_list_model import CASE_ID_ROLE, COL_TITLE
from ui.casework.case_list_marks import CaseListMarks
from ui.common.change_relay import ChangeRelay
from ui.evidence.privacy import PrivacyMode
from ui.home.feed import TodayFeed
from ui.home.home_screen import HomeScreen
from ui.privacy.access_dialog import AccessRequestDialog
from ui.shell.staging import DetailStages
from ui.yearly.overview import YearOverviewDialog

START_DELAY_MS = 150


class Workspace(QWidget):
    failed = Signal(object)  # an exception for the window to report
    todo_changed = Signal()  # case work changed: the overdue count may have too
    privacy_changed = Signal(bool)  # "student at the desk" on or off

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.case_list = CaseListPanel(vault)
        self.case_list.setMinimumWidth(380)
        self.splitter.addWidget(self.case_list)
        # The case list first; the case detail and its tabs once the list is on screen
        # (or at once when something asks for them).
        self.stages = DetailStages(self, self.splitter,
                                   lambda staged: CaseDetail(vault, staged=staged))
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setHandleWidth(14)
        self.splitter.setSizes([510, 750])  # the case detail has seven tabs
        self.home = HomeScreen()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.splitter)
        layout.addWidget(self.pages)
        self.case_list.case_selected.connect(self._show_case)
        self.case_list.new_case_requested.connect(self.new_case)
        self.case_list.failed.connect(self.failed)
        self.casework = vault.casework
        self._year_vault = vault
        self.year_dialog: YearOverviewDialog | None = None
        self.case_marks = CaseListMarks(self.casework, self.case_list.tbl_cases, COL_TITLE,
                                        CASE_ID_ROLE)
        self._privacy: PrivacyMode | None = None
        self._connect_home(vault)
        self.stages.built.connect(self._detail_built)
        self.case_list.select_first()
        if self.case_list.model.rowCount() == 0:   # a new vault starts with 'New case'
            self.show_cases()
        self.stages.build_when_idle()

    @property
    def detail(self) -> CaseDetail:
        """The right side, built now if the idle time has not come yet."""
        return self.stages.detail()

    @property
    def privacy(self) -> PrivacyMode:
        self.stages.detail()
        assert self._privacy is not None
        return self._privacy

    def _detail_built(self, detail: CaseDetail) -> None:
        detail.setMinimumWidth(460)
        detail.removed.connect(self._case_removed)
        detail.failed.connect(self.failed)
        # A save in the case detail shows in the list at once (the relay hears it anyway).
        detail.changed.connect(lambda *_args: self.relay.deliver())
        # Student at the desk: only this case's evidence (the page hangs off the workspace).
        self._privacy = PrivacyMode(self, self.pages, detail.tabs, detail.evidence,
                                    self._vault)
        self._privacy.changed.connect(self.privacy_changed)
        detail.evidence.privacy_requested.connect(self._privacy.enter)
        self._show_case(self.case_list.current_case_id())

    def _connect_home(self, vault: CaseFile) -> None:
        self.feed = TodayFeed(vault, self)
        self.feed.wants_overview = lambda: self.pages.currentWidget() is self.home
        self.feed.today_ready.connect(self.home.set_result)
        self.relay = ChangeRelay(vault.changes, self)
        self.relay.changed.connect(self._vault_changed)
        self.todo_changed.connect(self.refresh_todo)
        self.home.shown.connect(self.refresh_todo)
        self.home.open_case.connect(self.open_case)
        self.home.open_access_request.connect(self.show_access_request)
        self.home.btn_cases.clicked.connect(self.show_cases)
        # The overdue badge, also before the window is shown; started once the window is
        # built, so the worker does not slow down building it.
        QTimer.singleShot(START_DELAY_MS, self, self.refresh_todo)
        self.case_list.tbl_cases.clicked.connect(lambda _index: self.show_cases())

    def _vault_changed(self, change: ChangeSet) -> None:
        """Only the touched rows of the list; 'te doen' for only those cases (background)."""
        if change.everything:
            self.case_list.reload()
            self.case_marks.refresh()
        else:
            self.case_list.update_cases(change.case_ids)
            self.case_marks.update(change.case_ids)
        self.refresh_todo()

    def refresh_todo(self) -> None:
        """'Te doen' again in the background; 'Vandaag' around it only while it is shown."""
        self.feed.refresh(overview=self.home.isVisible())

    def shutdown(self) -> None:
        """Lock: no more change notices, no background result is wanted; nothing waits."""
        self.stages.stop()
        self.relay.stop()
        self.feed.stop()
        if self._privacy is not None:
            self._privacy.shutdown()  # stops imports, drops evidence pictures
        self.case_list.shutdown()  # searches: their thread closes its own connection

    def show_cases(self) -> None:
        self.pages.setCurrentWidget(self.splitter)

    def _case_removed(self, case_id: int) -> None:
        """A destroyed case leaves the list; nothing is selected in its place."""
        self.case_list.reload()
        self.todo_changed.emit()

    def _show_case(self, case_id: int | None) -> None:
        if not self.stages.is_built:
            return  # shown once the detail is built
        try:
            self.detail.show_case(case_id)
        except Exception as exc:
            self.failed.emit(exc)

    def new_case(self) -> None:
        form, accepted = CaseDialog.get_case(self, None, self._vault.clock.today_local(),
                                             draft_key="case-new")
        if not accepted or form is None:
            return
        self.show_cases()
        try:
            case = self._vault.cases.create(NewCase(
                form.title, form.kind, form.reported_on, form.reported_by, form.group_name,
                form.description, form.reported_via, form.criteria, form.forms, form.signals))
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.case_list.edt_search.clear()
        self.case_list.cmb_status.setCurrentIndex(0)
        self.case_list.cmb_kind.setCurrentIndex(0)
        self.case_list.reload(select_case_id=case.id)

    def focus_search(self) -> None:
        self.show_cases()
        self.case_list.focus_search()

    # ------------------------------------------------------------- te doen
    def show_todo(self) -> HomeScreen:
        """'Vandaag' ('te doen' with the rest of the day), recomputed in the background."""
        self.pages.setCurrentWidget(self.home)
        self.home.setFocus()
        self.feed.refresh(overview=True)
        return self.home

    def show_year_overview(self) -> YearOverviewDialog:
        """The yearly figures (owned by the workspace, dropped on lock)."""
        if self.year_dialog is None:
            self.year_dialog = YearOverviewDialog(self._year_vault, self)
            self.year_dialog.open_case.connect(self.open_case)
        self.year_dialog.show()
        self.year_dialog.raise_()
        return self.year_dialog

    def show_access_request(self, request_id: int | None = None) -> None:
        """"Inzageverzoek": record a request, export the overview (of the request's
        person when opened from 'te doen')."""
        dialog = AccessRequestDialog(self, self._vault)
        if request_id is not None:
            dialog.select_person(self._vault.access_requests.get(request_id).person.id)
        dialog.exec()
        dialog.deleteLater()
        self.todo_changed.emit()

    def open_case(self, case_id: int, key: str = "") -> None:
        """Show a case with its protocol tab (from 'te doen'), clearing the list filters."""
        self.show_cases()
        if not self.case_list.select_case(case_id):
            self.case_list.edt_search.clear()
            self.case_list.cmb_status.setCurrentIndex(0)
            self.case_list.cmb_kind.setCurrentIndex(0)
            self.case_list.reload(select_case_id=case_id)
        panels = self.detail.casework
        panels.reload()
        if key.startswith("afspraak/"):
            panels.show_panel(panels.agreements)
            panels.agreements.select_agreement(int(key.split("/")[1]))
        elif "/" in key:
            panels.show_panel(panels.agreements)
            panels.agreements.select_followup(key)
        else:
            panels.show_panel(panels.protocol)
            if key:
                panels.protocol.select_step(key)
