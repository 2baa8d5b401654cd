"""Case work on the case detail: the Protocol, Agreements and Criminal offences tabs, the
priority and broken-agreement chips in the header, and the case actions (status, urgency,
handover, closing, letters). Everything hangs off the case detail, so locking drops it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton, QVBoxLayout, QWidget

from app.casefile import CaseFile
from app.casework import Priority
from app.domain import CaseStatus
from ui.casework.agreements_panel import AgreementsPanel
from ui.casework.dialogs import (
    CloseDialog,
    EscalateDialog,
    PriorityDialog,
    ReasonDialog,
    StatusDialog,
)
from ui.casework.labels import PRIORITY_COLORS, priority_label
from ui.casework.offences_panel import OffencesPanel
from ui.casework.protocol_panel import ProtocolPanel
from ui.common.chips import ChipLabel
from ui.common.messages import param_text
from ui.handover.letters_dialog import LettersDialog

BROKEN_COLORS = ("#f9dedc", "#8c1d18")


class CaseWorkExtension(QObject):
    changed = Signal()
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._vault = vault
        self._host = parent
        self._case_id: int | None = None
        self.work = vault.casework
        # The tabs' panels are built when first needed: unlocking stays quick.
        self._pages = [QWidget(), QWidget(), QWidget()]
        for page in self._pages:
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self._panels: tuple[ProtocolPanel, AgreementsPanel, OffencesPanel] | None = None
        self._tabs: QTabWidget | None = None
        self.chip_priority = ChipLabel()
        self.chip_broken = ChipLabel()
        self.btn_actions = QToolButton()
        self.btn_actions.setText(self.tr("Case actions"))
        self.btn_actions.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.btn_actions)
        self.act_letters = QAction(self.tr("Letters..."), self)
        self.act_status = QAction(self.tr("Change status..."), self)
        self.act_priority = QAction(self.tr("Urgency..."), self)
        self.act_escalate = QAction(self.tr("Hand over to the coordinator..."), self)
        self.act_close = QAction(self.tr("Close case..."), self)
        self.act_reopen = QAction(self.tr("Reopen case..."), self)
        for action, slot in ((self.act_letters, self.show_letters),
                             (self.act_status, self.change_status),
                             (self.act_priority, self.change_priority),
                             (self.act_escalate, self.escalate),
                             (self.act_close, self.close_case),
                             (self.act_reopen, self.reopen_case)):
            action.triggered.connect(slot)
        menu.addAction(self.act_letters)
        menu.addSeparator()
        for action in (self.act_status, self.act_priority, self.act_escalate, None,
                       self.act_close, self.act_reopen):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.btn_actions.setMenu(menu)
        self.btn_actions.setEnabled(False)

    def _ensure_panels(self) -> tuple[ProtocolPanel, AgreementsPanel, OffencesPanel]:
        if self._panels is None:
            self._panels = (ProtocolPanel(self._vault), AgreementsPanel(self._vault),
                            OffencesPanel(self._vault))
            for page, panel in zip(self._pages, self._panels, strict=True):
                page.layout().addWidget(panel)
                panel.changed.connect(self._panel_changed)
                panel.failed.connect(self.failed)
                panel.set_case(self._case_id)
        return self._panels

    @property
    def protocol(self) -> ProtocolPanel:
        return self._ensure_panels()[0]

    @property
    def agreements(self) -> AgreementsPanel:
        return self._ensure_panels()[1]

    @property
    def offences(self) -> OffencesPanel:
        return self._ensure_panels()[2]

    def _built(self) -> tuple[ProtocolPanel | AgreementsPanel | OffencesPanel, ...]:
        return self._panels or ()

    def _tab_changed(self, tabs: QTabWidget) -> None:
        page = tabs.currentWidget()
        if page in self._pages and self._panels is None:
            self._ensure_panels()

    def header_widgets(self) -> list[QWidget]:
        return [self.chip_priority, self.chip_broken, self.btn_actions]

    def add_tabs(self, tabs: QTabWidget) -> None:
        tabs.addTab(self._pages[0], self.tr("Protocol"))
        tabs.addTab(self._pages[1], self.tr("Agreements"))
        tabs.addTab(self._pages[2], self.tr("Criminal offences"))
        tabs.currentChanged.connect(lambda _index: self._tab_changed(tabs))
        self._tabs = tabs

    def show_panel(self, panel: QWidget) -> None:
        """Bring one of the case work tabs to the front."""
        if self._tabs is not None:
            self._tabs.setCurrentWidget(self.page_of(panel))

    def show_protocol(self) -> None:
        self.show_panel(self.protocol)

    def show_agreements(self) -> None:
        self.show_panel(self.agreements)

    def show_offences(self) -> None:
        self.show_panel(self.offences)

    def page_of(self, panel: QWidget) -> QWidget:
        """The tab page that holds one of the panels (for QTabWidget.setCurrentWidget)."""
        return next(page for page in self._pages if panel.parent() is page)

    # ------------------------------------------------------------- data
    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        for panel in self._built():
            panel.set_case(case_id)
        self.refresh_header()

    def refresh_header(self) -> None:
        case_id = self._case_id
        self.btn_actions.setEnabled(case_id is not None)
        if case_id is None:
            self.chip_priority.set_chip("")
            self.chip_broken.set_chip("")
            return
        record = self.work.status.priority(case_id)
        if record.priority is Priority.NORMAAL:
            self.chip_priority.set_chip("")
        else:
            self.chip_priority.set_chip(priority_label(record.priority),
                                        PRIORITY_COLORS[record.priority])
            self.chip_priority.setToolTip(param_text(record.reason))
        broken = self.work.agreements.broken(case_id)
        if broken:
            text = (self.tr("1 agreement broken") if len(broken) == 1
                    else self.tr("%1 agreements broken").replace("%1", str(len(broken))))
            self.chip_broken.set_chip(text, BROKEN_COLORS)
            self.chip_broken.setToolTip("\n".join(a.text for a in broken))
        else:
            self.chip_broken.set_chip("")
        closed = self._vault.cases.get(case_id).status is CaseStatus.GESLOTEN
        self.act_close.setEnabled(not closed)
        self.act_reopen.setEnabled(closed)

    def _panel_changed(self) -> None:
        sender = self.sender()
        for panel in self._built():
            if panel is not sender:
                panel.reload()
        self.refresh_header()
        self.changed.emit()

    def reload(self) -> None:
        """Re-read everything (e.g. when 'te doen' opens the case: time may have moved)."""
        for panel in self._built():
            panel.reload()
        self.refresh_header()

    def _after_action(self) -> None:
        self.reload()
        self.changed.emit()

    # ------------------------------------------------------------- actions
    def show_letters(self) -> None:
        if self._case_id is not None:
            LettersDialog.show_letters(self._host, self._vault, self._case_id)

    def change_status(self) -> None:
        if self._case_id is None:
            return
        current = self._vault.cases.get(self._case_id).status
        if current is CaseStatus.GESLOTEN:
            self.reopen_case()
            return
        status, accepted = StatusDialog.get_status(self._host, current)
        if not accepted or status is None:
            return
        try:
            self.work.status.set_status(self._case_id, status)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._after_action()

    def change_priority(self) -> None:
        if self._case_id is None:
            return
        value, accepted = PriorityDialog.get_priority(
            self._host, self.work.status.priority(self._case_id),
            draft_key=f"case-priority/case:{self._case_id}")
        if not accepted or value is None:
            return
        try:
            self.work.status.set_priority(self._case_id, value[0], value[1])
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._after_action()

    def escalate(self) -> None:
        if self._case_id is None:
            return
        value, accepted = EscalateDialog.get_escalation(
            self._host, self.work.status.escalation_chain(self._case_id),
            draft_key=f"case-escalate/case:{self._case_id}")
        if not accepted or value is None:
            return
        try:
            self.work.status.escalate(self._case_id, value[0], value[1])
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._after_action()

    def close_case(self) -> None:
        if self._case_id is None:
            return
        monitors = self.work.status.protocol_keeps_monitoring(self._case_id)
        value, accepted = CloseDialog.get_close(self._host, monitors,
                                                draft_key=f"case-close/case:{self._case_id}")
        if not accepted or value is None:
            return
        try:
            self.work.status.close(self._case_id, value[0], value[1], keep_monitoring=value[2])
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._after_action()

    def reopen_case(self) -> None:
        if self._case_id is None:
            return
        reason, accepted = ReasonDialog.get_reason(
            self._host, self.tr("Reopen case"), self.tr("Why is the case opened again?"),
            self.tr("Reopen"), draft_key=f"case-reopen/case:{self._case_id}")
        if not accepted or not reason:
            return
        try:
            self.work.status.reopen(self._case_id, reason)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._after_action()
