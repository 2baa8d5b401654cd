"""The right side: a case's header, its overview, people and timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.domain import Case
from ui.cases.case_dialog import CaseDialog
from ui.cases.case_privacy import CasePrivacy
from ui.cases.case_status_card import StatusCard
from ui.cases.destroy_dialog import DestroyDialog
from ui.cases.intake_panel import criteria_text, forms_text, signals_text
from ui.cases.people_panel import PeoplePanel
from ui.cases.timeline_panel import TimelinePanel
from ui.casework.extension import CaseWorkExtension
from ui.common.chips import StatusChip
from ui.common.formatting import format_date
from ui.common.labels import channel_label, kind_label, reported_by_label
from ui.common.style import set_role
from ui.common.widgets import ElidedLabel, role_label
from ui.evidence.panel import EvidencePanel


class CaseOverview(QWidget):
    """The case's fields, read-only, with an "Edit" button."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 12, 8, 0)
        self.status_card = StatusCard()
        layout.addWidget(self.status_card)
        layout.addSpacing(8)
        card = QFrame()
        set_role(card, "card")
        form = QFormLayout(card)
        form.setContentsMargins(20, 16, 20, 16)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.lbl_reference = self._value()
        self.lbl_title = self._value()
        self.lbl_kind = self._value()
        self.chip_status = StatusChip()
        self.lbl_reported = self._value()
        self.lbl_group = self._value()
        self.lbl_description = self._value()
        self.lbl_criteria = self._value()
        self.lbl_forms = self._value()
        self.lbl_signals = self._value()
        status_row = QHBoxLayout()
        status_row.addWidget(self.chip_status)
        status_row.addStretch(1)
        for caption, widget in ((self.tr("Reference"), self.lbl_reference),
                                (self.tr("Title"), self.lbl_title),
                                (self.tr("Kind"), self.lbl_kind),
                                (self.tr("Status"), status_row),
                                (self.tr("Reported"), self.lbl_reported),
                                (self.tr("Group"), self.lbl_group),
                                (self.tr("Description"), self.lbl_description),
                                (self.tr("Marks of bullying"), self.lbl_criteria),
                                (self.tr("Forms"), self.lbl_forms),
                                (self.tr("Signals"), self.lbl_signals)):
            form.addRow(role_label(caption, "fieldname"), widget)
        layout.addWidget(card)
        row = QHBoxLayout()
        self.btn_edit = QPushButton(self.tr("Edit"))
        self.btn_edit.clicked.connect(self.edit_requested)
        row.addWidget(self.btn_edit)
        row.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(row)
        self._cards = QVBoxLayout()
        layout.addSpacing(8)
        layout.addLayout(self._cards)
        layout.addStretch(1)

    def add_card(self, card: QWidget) -> None:
        """A further card below the case's fields (retention and consent)."""
        self._cards.addWidget(card)

    @staticmethod
    def _value() -> QLabel:
        label = role_label(wrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_case(self, case: Case | None) -> None:
        if case is None:
            for label in (self.lbl_reference, self.lbl_title, self.lbl_kind, self.lbl_reported,
                          self.lbl_group, self.lbl_description, self.lbl_criteria,
                          self.lbl_forms, self.lbl_signals):
                label.clear()
            self.chip_status.set_status(None)
            return
        self.lbl_reference.setText(case.reference)
        self.lbl_title.setText(case.title)
        self.lbl_kind.setText(kind_label(case.kind))
        self.chip_status.set_status(case.status)
        reported = (self.tr("%1, by: %2").replace("%1", format_date(case.reported_on))
                    .replace("%2", reported_by_label(case.reported_by)))
        if case.reported_via is not None:
            reported += f" · {channel_label(case.reported_via)}"
        self.lbl_reported.setText(reported)
        self.lbl_criteria.setText(criteria_text(case))
        self.lbl_forms.setText(forms_text(case))
        self.lbl_signals.setText(signals_text(case))
        self.lbl_group.setText(case.group_name or "–")
        self.lbl_description.setText(case.description or "–")


class CaseDetail(QWidget):
    """Shows one case; empty state when none is selected."""

    changed = Signal(int)  # case id whose data changed (list refreshes)
    removed = Signal(int)  # case id that was destroyed
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None, *,
                 staged: bool = False) -> None:
        """`staged`: build only the header and the overview now; `build_next` adds the
        other tabs one per call (one turn of the event loop each: ui/shell/staging.py)."""
        super().__init__(parent)
        self._vault = vault
        self._case: Case | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stk_detail = QStackedWidget()
        outer.addWidget(self.stk_detail)

        self.lbl_empty = role_label(self.tr("Choose a case on the left, or click 'New case'."),
                                    "empty", wrap=True)
        self.lbl_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stk_detail.addWidget(self.lbl_empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._build_header(layout)
        self._build_tabs(layout)
        self.stk_detail.addWidget(page)
        self._page = page
        self._remaining = [self._add_people_and_timeline, self._add_casework_tabs,
                           self._add_evidence, self._connect_panels]
        if not staged:
            self.build_all()

    @property
    def complete(self) -> bool:
        return not self._remaining

    def build_next(self) -> bool:
        """Build the next part; True while parts remain."""
        if self._remaining:
            self._remaining.pop(0)()
        return bool(self._remaining)

    def build_all(self) -> None:
        while self.build_next():
            pass

    def _build_header(self, layout: QVBoxLayout) -> None:
        """Title, status and urgency chips, case actions and 'Make dossier'."""
        header = QHBoxLayout()
        self.lbl_heading = ElidedLabel()
        set_role(self.lbl_heading, "heading")
        self.chip_status = StatusChip()
        header.addWidget(self.lbl_heading, 1)
        header.addWidget(self.chip_status, 0, Qt.AlignmentFlag.AlignTop)
        self.casework = CaseWorkExtension(self._vault, self)
        self._add_privacy_actions()
        for widget in self.casework.header_widgets():
            header.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        self.btn_dossier = QPushButton(self.tr("Make dossier..."))
        self.btn_dossier.setToolTip(self.tr("A PDF for the coordinator, the police or a meeting"))
        self.btn_dossier.clicked.connect(self.make_dossier)
        self.btn_letters = QPushButton(self.tr("Letters..."))
        self.btn_letters.setToolTip(self.tr("Letters to parents and the team"))
        self.btn_letters.clicked.connect(self.casework.show_letters)
        header.addWidget(self.btn_letters, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.btn_dossier, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.lbl_subheading = role_label("", "muted")
        self.privacy = CasePrivacy(self._vault, self)
        subheading = QHBoxLayout()
        subheading.addWidget(self.lbl_subheading, 1)
        subheading.addWidget(self.privacy.lbl_header)
        layout.addLayout(subheading)
        layout.addWidget(self.casework.marks.banner)   # a duty a case mark brings
        layout.addSpacing(6)

    def _add_privacy_actions(self) -> None:
        """What ends a case (privacy law), at the bottom of the one Melding menu."""
        self.case_menu = self.casework.btn_actions.menu()
        self.case_menu.addSeparator()
        self.act_destroy = self.case_menu.addAction(self.tr("Destroy case..."))
        self.act_destroy.triggered.connect(self.destroy_case)
        self.act_anonymise = self.case_menu.addAction(self.tr("Anonymise..."))
        self.act_anonymise.triggered.connect(self.anonymise_case)

    def destroy_case(self) -> None:
        self._end_case(anonymise=False)

    def anonymise_case(self) -> None:
        self._end_case(anonymise=True)

    def _end_case(self, *, anonymise: bool) -> None:
        case = self._case
        if case is None:
            return
        try:
            record = DestroyDialog.run(self, self._vault, case.id, anonymise=anonymise)
        except Exception as exc:
            self.failed.emit(exc)
            return
        if record is None:
            return
        try:
            self._vault.cases.get(case.id)
        except Exception:
            self.show_case(None)
            self.removed.emit(case.id)
            return
        self.show_case(case.id)
        self.changed.emit(case.id)

    def _build_tabs(self, layout: QVBoxLayout) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)  # a narrow window still reaches every tab
        self.overview = CaseOverview()
        self.overview.add_card(self.privacy.card)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        layout.addWidget(self.tabs, 1)

    def _add_people_and_timeline(self) -> None:
        self.people = PeoplePanel(self._vault)
        self.timeline = TimelinePanel(self._vault)
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

    def _add_casework_tabs(self) -> None:
        self.casework.add_tabs(self.tabs)

    def _add_evidence(self) -> None:
        self.evidence = EvidencePanel(self._vault)
        self.tabs.addTab(self.evidence, self.tr("Evidence"))

    def _add_status_rows(self) -> None:
        """The "where are we" questions, each with the tab (or dialog) that answers it."""
        card = self.overview.status_card
        protocol = self.tr("Protocol")
        agreements = self.tr("Agreements")
        for key, caption, link, follow in (
                ("stage", self.tr("Stage"), protocol, self.casework.show_protocol),
                ("next_step", self.tr("Next step"), protocol, self.casework.show_protocol),
                ("consent", self.tr("Consent"), self.tr("Change..."), self.privacy.edit_consent),
                ("agreements", self.tr("Open agreements"), agreements,
                 self.casework.show_agreements),
                ("followup", self.tr("Next follow-up"), agreements,
                 self.casework.show_agreements),
                ("urgency", self.tr("Urgency and offences"), self.tr("Criminal offences"),
                 self.casework.show_offences),
                ("informed", self.tr("Informed"), self.tr("Informing"),
                 lambda: self.casework.show_panel(self.casework.inform)),
                ("evidence", self.tr("Evidence"), self.tr("Evidence"),
                 lambda: self.tabs.setCurrentWidget(self.evidence)),
                ("retention", self.tr("Keep until"), self.tr("Change..."),
                 self.privacy.edit_retention)):
            card.add_row(key, caption, link, follow)

    def refresh_overview(self) -> None:
        """Re-read where the case stands (after any change in one of its tabs)."""
        if self._case is None:
            self.overview.status_card.clear()
            return
        self.overview.status_card.set_facts(self._vault.overview(self._case.id))

    def _connect_panels(self) -> None:
        self._add_status_rows()
        self.overview.edit_requested.connect(self.edit_case)
        self.privacy.changed.connect(self._privacy_changed)
        self.privacy.failed.connect(self.failed)
        for panel in (self.people, self.timeline):
            panel.changed.connect(self._panel_changed)
            panel.failed.connect(self.failed)
        self.casework.changed.connect(self._casework_changed)
        self.casework.failed.connect(self.failed)
        self.evidence.changed.connect(self._evidence_changed)
        self.evidence.failed.connect(self.failed)

    @property
    def case(self) -> Case | None:
        return self._case

    def show_case(self, case_id: int | None) -> None:
        if case_id is None:
            self._case = None
            self.overview.show_case(None)
            self.overview.status_card.clear()
            self.privacy.show_case(None)
            self.people.set_case(None)
            self.timeline.set_case(None)
            self.casework.set_case(None)
            self.evidence.set_case(None)
            self.stk_detail.setCurrentWidget(self.lbl_empty)
            return
        case = self._vault.cases.get(case_id)
        switching = self._case is None or self._case.id != case_id
        self._show_header(case)
        if switching:
            self.people.set_case(case_id)
            self.timeline.set_case(case_id)
            self.casework.set_case(case_id)
            self.evidence.set_case(case_id)
        else:
            self.casework.refresh_header()
        self.stk_detail.setCurrentWidget(self._page)

    def _show_header(self, case: Case) -> None:
        self._case = case
        self.lbl_heading.set_full_text(case.title)
        self.lbl_subheading.setText(f"{case.reference} · {kind_label(case.kind)}"
                                    + (f" · {case.group_name}" if case.group_name else "")
                                    + ("" if case.anonymised_at is None else
                                       " · " + self.tr("anonymised: counted in the yearly "
                                                       "report only, not editable")))
        self.chip_status.set_status(case.status)
        self.overview.show_case(case)
        self.privacy.show_case(case.id)
        self.refresh_overview()
        editable = case.anonymised_at is None
        self.overview.btn_edit.setEnabled(editable)
        self.btn_dossier.setEnabled(editable)
        self.btn_letters.setEnabled(editable)
        self.act_anonymise.setEnabled(editable)

    def edit_case(self) -> None:
        if self._case is None:
            return
        form, accepted = CaseDialog.get_case(self, self._case,
                                             draft_key=f"case-edit/case:{self._case.id}")
        if not accepted or form is None:
            return
        try:
            case = self._vault.cases.update(
                self._case.id, title=form.title, kind=form.kind, status=form.status,
                reported_on=form.reported_on, reported_by=form.reported_by,
                group_name=form.group_name, description=form.description,
                reported_via=form.reported_via, criteria=form.criteria, forms=form.forms,
                signals=form.signals)
        except Exception as exc:
            self.failed.emit(exc)
            return
        self._show_header(case)
        self.changed.emit(case.id)

    def make_dossier(self) -> None:
        """The 'Dossier maken' dialog for this case; the export lands in the audit log."""
        if self._case is None:
            return
        # Imported at first use: the PDF tools (reportlab, pikepdf) cost the unlock ~0.15 s.
        from ui.handover.dossier_dialog import DossierDialog  # noqa: PLC0415

        if DossierDialog.run(self, self._vault, self._case.id) is not None:
            self.changed.emit(self._case.id)

    def _casework_changed(self) -> None:
        if self._case is not None:
            self._show_header(self._vault.cases.get(self._case.id))
            self.timeline.reload()
            self.changed.emit(self._case.id)

    def _privacy_changed(self) -> None:
        if self._case is not None:
            self.refresh_overview()
            self.timeline.reload()  # consent adds an entry
            self.changed.emit(self._case.id)

    def _evidence_changed(self) -> None:
        if self._case is not None:
            self.refresh_overview()
            self.timeline.reload()  # a collection session adds an entry
            self.changed.emit(self._case.id)

    def _panel_changed(self) -> None:
        if self._case is not None:
            self.refresh_overview()
            self.changed.emit(self._case.id)
