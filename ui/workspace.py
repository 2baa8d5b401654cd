"""The unlocked work area: case list left, case detail right. Built on unlock and
thrown away on lock, so no model or widget keeps case data while the vault is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from app.cases import NewCase
from app.vault import Vault
from ui.case_detail import CaseDetail
from ui.case_list import CaseListPanel
from ui.dialogs.case_dialog import CaseDialog


class Workspace(QWidget):
    failed = Signal(object)  # an exception for the window to report

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.case_list = CaseListPanel(vault)
        self.detail = CaseDetail(vault)
        self.case_list.setMinimumWidth(380)
        self.detail.setMinimumWidth(460)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setHandleWidth(14)
        self.splitter.setSizes([560, 700])
        layout.addWidget(self.splitter)
        self.case_list.case_selected.connect(self._show_case)
        self.case_list.new_case_requested.connect(self.new_case)
        self.detail.changed.connect(self.case_list.reload)
        self.detail.failed.connect(self.failed)
        self.case_list.select_first()

    def _show_case(self, case_id: int | None) -> None:
        try:
            self.detail.show_case(case_id)
        except Exception as exc:
            self.failed.emit(exc)

    def new_case(self) -> None:
        form, accepted = CaseDialog.get_case(self, None, self._vault.clock.today_local())
        if not accepted or form is None:
            return
        try:
            case = self._vault.cases.create(NewCase(
                form.title, form.kind, form.reported_on, form.reported_by, form.group_name,
                form.description))
        except Exception as exc:
            self.failed.emit(exc)
            return
        self.case_list.edt_search.clear()
        self.case_list.cmb_status.setCurrentIndex(0)
        self.case_list.cmb_kind.setCurrentIndex(0)
        self.case_list.reload(select_case_id=case.id)

    def focus_search(self) -> None:
        self.case_list.focus_search()
