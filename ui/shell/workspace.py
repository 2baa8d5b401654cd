"""The unlocked work area: case list left, case detail right. Built on unlock and
thrown away on lock, so no model or widget keeps case data while the vault is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from ui.cases.case_detail import CaseDetail
from ui.cases.case_dialog import CaseDialog
from ui.cases.case_list import CaseListPanel
from ui.cases.case_list_model import CASE_ID_ROLE, COL_TITLE
from ui.casework.case_list_marks import CaseListMarks
from ui.casework.todo_dashboard import TodoDialog
from ui.evidence.privacy import PrivacyMode
from ui.privacy.access_dialog import AccessRequestDialog
from ui.shell.staging import DetailStages
from ui.yearly.overview import YearOverviewDialog


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
        # (or at once when something asks for them): ui/shell/staging.py.
        self.stages = DetailStages(self, self.splitter, lambda: CaseDetail(vault))
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setHandleWidth(14)
        self.splitter.setSizes([510, 750])  # the case detail has seven tabs
        layout.addWidget(self.splitter)
        self.case_list.case_selected.connect(self._show_case)
        self.case_list.new_case_requested.connect(self.new_case)
        self.case_list.failed.connect(self.failed)
        self.casework = vault.casework
        self.todo_dialog: TodoDialog | None = None
        self._year_vault = vault
        self.year_dialog: YearOverviewDialog | None = None
        self.case_marks = CaseListMarks(self.casework, self.case_list.tbl_cases, COL_TITLE,
                                        CASE_ID_ROLE)
        self._privacy: PrivacyMode | None = None
        self.stages.built.connect(self._detail_built)
        self.case_list.select_first()
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
        detail.changed.connect(self.case_list.reload)
        detail.removed.connect(self._case_removed)
        detail.failed.connect(self.failed)
        detail.changed.connect(self.todo_changed)
        # Student at the desk: only this case's evidence (the page hangs off the workspace).
        self._privacy = PrivacyMode(self, self.splitter, detail.tabs, detail.evidence,
                                    self._vault)
        self._privacy.changed.connect(self.privacy_changed)
        detail.evidence.privacy_requested.connect(self._privacy.enter)
        self._show_case(self.case_list.current_case_id())

    def shutdown(self) -> None:
        """Lock: stop background work without waiting for it."""
        self.stages.stop()
        if self._privacy is not None:
            self._privacy.shutdown()  # stops imports, drops evidence pictures
        self.case_list.shutdown()  # searches: their thread closes its own connection

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
        self.case_list.focus_search()

    # ------------------------------------------------------------- te doen
    def show_todo(self) -> TodoDialog:
        """The 'te doen' list across cases, owned by the workspace (dropped on lock)."""
        if self.todo_dialog is None:
            self.todo_dialog = TodoDialog(self.casework, self)
            self.todo_dialog.open_case.connect(self.open_case)
            self.todo_dialog.open_access_request.connect(self.show_access_request)
            self.todo_changed.connect(self.todo_dialog.refresh)
        else:
            self.todo_dialog.refresh()
        self.todo_dialog.show()
        self.todo_dialog.raise_()
        return self.todo_dialog

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
        if not self.case_list.select_case(case_id):
            self.case_list.edt_search.clear()
            self.case_list.cmb_status.setCurrentIndex(0)
            self.case_list.cmb_kind.setCurrentIndex(0)
            self.case_list.reload(select_case_id=case_id)
        panels = self.detail.casework
        panels.reload()
        if key.startswith("informeren/"):
            panels.show_panel(panels.inform)
            panels.inform.select_item(key.split("/", 1)[1])
        elif key.startswith("afspraak/"):
            panels.show_panel(panels.agreements)
            panels.agreements.select_agreement(int(key.split("/")[1]))
        elif "/" in key:
            panels.show_panel(panels.agreements)
            panels.agreements.select_followup(key)
        else:
            panels.show_panel(panels.protocol)
            if key:
                panels.protocol.select_step(key)
        if self.todo_dialog is not None:
            self.todo_dialog.close()
