"""Case work on the case detail: the Protocol tab (steps, and whom to inform), the
Agreements tab (agreements and follow-ups, measures, the pupil's contract and plan), the
Criminal offences tab, the priority and broken-agreement chips in the header, and the case
actions (status, urgency, handover, closing, letters). Everything hangs off the case
detail, so locking drops it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton, QVBoxLayout, QWidget

from app.casefile import CaseFile
from app.casework import Priority
from app.domain import CaseStatus
from ui.casework.agreements_panel import AgreementsPanel
from ui.casework.case_marks import CaseMarkControl
from ui.casework.dialogs import (
    CloseDialog,
    EscalateDialog,
    PriorityDialog,
    ReasonDialog,
    StatusDialog,
)
from ui.casework.forms_panel import FormsPanel
from ui.casework.inform_panel import InformPanel
from ui.casework.labels import PRIORITY_COLORS, priority_label
from ui.casework.measures_panel import MeasuresPanel
from ui.casework.offences_panel import OffencesPanel
from ui.casework.protocol_panel import ProtocolPanel
from ui.common.chips import ChipLabel
from ui.common.messages import param_text
from ui.handover.letters_dialog import LettersDialog

PanelT = TypeVar("PanelT", bound=QWidget)
BROKEN_COLORS = ("#f9dedc", "#8c1d18")
CaseWorkPanel = (ProtocolPanel | AgreementsPanel | OffencesPanel | InformPanel | MeasuresPanel
                 | FormsPanel)
# The panels of each tab page, built together when that tab is first shown; a page with
# more than one gets inner tabs (the case detail's own tab bar is full at 1366 pixels).
_PAGES: tuple[tuple[type[CaseWorkPanel], ...], ...] = (
    (ProtocolPanel, InformPanel), (AgreementsPanel, MeasuresPanel, FormsPanel),
    (OffencesPanel,))


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
        self._sub_tabs: dict[QWidget, QTabWidget] = {}
        self._panels: dict[type[CaseWorkPanel], CaseWorkPanel] = {}
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
        self.marks = CaseMarkControl(vault, parent)
        self.marks.changed.connect(self.changed)
        self.marks.failed.connect(self.failed)
        menu.addSeparator()
        menu.addAction(self.marks.act_staff)
        self.btn_actions.setMenu(menu)
        self.btn_actions.setEnabled(False)

    def _inner_titles(self) -> dict[type[CaseWorkPanel], str]:
        return {ProtocolPanel: self.tr("Steps"), InformPanel: self.tr("Informing"),
                AgreementsPanel: self.tr("Agreements and follow-ups"),
                MeasuresPanel: self.tr("Measures"), FormsPanel: self.tr("Contract and plan")}

    def _ensure_page(self, index: int) -> None:
        """One tab page's panels, when its tab is first shown (or one of them asked for)."""
        kinds = _PAGES[index]
        if kinds[0] in self._panels:
            return
        built = [kind(self._vault) for kind in kinds]
        page = self._pages[index]
        if len(built) == 1:
            page.layout().addWidget(built[0])
            built[0].show()  # at once, not when the layout's deferred show comes round
        else:
            titles = self._inner_titles()
            self._sub_tab(page, tuple((panel, titles[type(panel)]) for panel in built))
        for panel in built:
            self._panels[type(panel)] = panel
            panel.changed.connect(self._panel_changed)
            panel.failed.connect(self.failed)
            panel.set_case(self._case_id)

    def _panel(self, kind: type[PanelT]) -> PanelT:
        self._ensure_page(next(i for i, kinds in enumerate(_PAGES) if kind in kinds))
        panel = self._panels[kind]
        assert isinstance(panel, kind)
        return panel

    def _sub_tab(self, page: QWidget, panels: tuple[tuple[QWidget, str], ...]) -> None:
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        for panel, title in panels:
            tabs.addTab(panel, title)
        page.layout().addWidget(tabs)
        tabs.show()
        self._sub_tabs[page] = tabs

    @property
    def protocol(self) -> ProtocolPanel:
        return self._panel(ProtocolPanel)

    @property
    def agreements(self) -> AgreementsPanel:
        return self._panel(AgreementsPanel)

    @property
    def offences(self) -> OffencesPanel:
        return self._panel(OffencesPanel)

    @property
    def inform(self) -> InformPanel:
        return self._panel(InformPanel)

    @property
    def measures(self) -> MeasuresPanel:
        return self._panel(MeasuresPanel)

    @property
    def forms(self) -> FormsPanel:
        return self._panel(FormsPanel)

    def _built(self) -> tuple[CaseWorkPanel, ...]:
        return tuple(self._panels.values())

    def _tab_changed(self, tabs: QTabWidget) -> None:
        page = tabs.currentWidget()
        if page in self._pages:
            self._ensure_page(self._pages.index(page))

    def header_widgets(self) -> list[QWidget]:
        return [self.chip_priority, self.chip_broken, self.btn_actions]

    def add_tabs(self, tabs: QTabWidget) -> None:
        tabs.addTab(self._pages[0], self.tr("Protocol"))
        tabs.addTab(self._pages[1], self.tr("Agreements"))
        tabs.addTab(self._pages[2], self.tr("Criminal offences"))
        tabs.currentChanged.connect(lambda _index: self._tab_changed(tabs))
        self._tabs = tabs

    def show_panel(self, panel: QWidget) -> None:
        """Bring one of the case work tabs (and its inner tab) to the front."""
        page = self.page_of(panel)
        inner = self._sub_tabs.get(page)
        if inner is not None:
            inner.setCurrentWidget(panel)
        if self._tabs is not None:
            self._tabs.setCurrentWidget(page)

    def show_protocol(self) -> None:
        self.show_panel(self.protocol)

    def show_agreements(self) -> None:
        self.show_panel(self.agreements)

    def show_offences(self) -> None:
        self.show_panel(self.offences)

    def page_of(self, panel: QWidget) -> QWidget:
        """The tab page that holds one of the panels (for QTabWidget.setCurrentWidget)."""
        widget: QWidget | None = panel
        while widget is not None and widget not in self._pages:
            widget = widget.parentWidget()
        if widget is None:
            raise LookupError("not a case work panel")
        return widget

    # ------------------------------------------------------------- data
    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        for panel in self._built():
            panel.set_case(case_id)
        self.refresh_header()

    def refresh_header(self) -> None:
        case_id = self._case_id
        self.btn_actions.setEnabled(case_id is not None)
        self.marks.set_case(case_id)
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
            self._host, self._vault.measures.escalation_targets(self._case_id),
            draft_key=f"case-escalate/case:{self._case_id}")
        if not accepted or value is None:
            return
        try:   # kept with the measures too, with its date and reason (Measures tab)
            self._vault.measures.escalate(self._case_id, value[0], value[1])
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
