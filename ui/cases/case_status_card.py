"""The top of a case's Overzicht: "where are we", one row per question, each with a link
to the tab that holds the answer. Rows are added by key, so one more row is one call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.casework.model import AgreementRecord, FollowUpItem, Priority
from app.casework.offences import offence
from app.overview import CaseOverviewFacts, ProtocolStage
from ui.cases.case_privacy import consent_text, retention_text
from ui.casework.labels import priority_label, step_state_label
from ui.common.formatting import format_date
from ui.common.messages import message_text
from ui.common.style import set_role
from ui.common.widgets import role_label


class StatusCard(QFrame):
    """Rows of caption, answer and a link; `set_facts` fills the shipped rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 14)
        outer.addWidget(role_label(self.tr("Where are we"), "subheading"))
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        outer.addLayout(self._grid)
        self._values: dict[str, QLabel] = {}
        self.links: dict[str, QPushButton] = {}

    def add_row(self, key: str, caption: str, link_text: str,
                follow: Callable[[], None]) -> QLabel:
        """One more question on the card; returns the label that shows its answer."""
        row = self._grid.rowCount()
        value = role_label(wrap=True)
        # text at the top of its cell, level with the caption (the cell keeps its
        # height-for-width, so no layout alignment)
        value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        link = QPushButton(link_text)
        set_role(link, "link")
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setAccessibleName(f"{caption}: {link_text}")
        link.clicked.connect(follow)
        self._grid.addWidget(role_label(caption, "fieldname"), row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(value, row, 1)  # no alignment: it would lose height-for-width
        self._grid.addWidget(link, row, 2, Qt.AlignmentFlag.AlignTop)
        self._values[key] = value
        self.links[key] = link
        return value

    def value(self, key: str) -> QLabel:
        return self._values[key]

    def set_text(self, key: str, text: str) -> None:
        self._values[key].setText(text)

    def clear(self) -> None:
        for label in self._values.values():
            label.clear()

    def set_facts(self, facts: CaseOverviewFacts) -> None:
        """Fill the rows `add_row` created under the keys used here (missing keys: skipped)."""
        texts = {
            "stage": self._stage_text(facts.stage),
            "next_step": self._next_step_text(facts.stage, facts.today),
            "consent": consent_text(facts.consent),
            "agreements": self._agreements_text(facts.open_agreements),
            "followup": self._followup_text(facts.next_followup),
            "urgency": self._urgency_text(facts.priority, facts.offences),
            "evidence": self._evidence_text(facts.evidence_count),
            "informed": self._informed_text(facts.informed),
            "retention": retention_text(facts.retention),
        }
        for key, text in texts.items():
            if key in self._values:
                self.set_text(key, text)

    def _stage_text(self, stage: ProtocolStage | None) -> str:
        if stage is None:
            return self.tr("No protocol chosen yet")
        return (self.tr("%1: %2 of %3 steps done").replace("%1", stage.protocol_name)
                .replace("%2", str(stage.steps_done)).replace("%3", str(stage.steps_total)))

    def _next_step_text(self, stage: ProtocolStage | None, today: date) -> str:
        if stage is None:
            return self.tr("Choose a protocol on the Protocol tab")
        step = stage.next_step
        if step is None:
            return self.tr("Every step is done")
        text = f"{step.step.title} ({step_state_label(step.state)})"
        if step.latest is not None:
            when = (self.tr("today") if step.latest == today else format_date(step.latest))
            text += " · " + self.tr("at the latest %1").replace("%1", when)
        return text

    def _agreements_text(self, agreements: tuple[AgreementRecord, ...]) -> str:
        if not agreements:
            return self.tr("No open agreements")
        first = agreements[0].text.splitlines()[0] if agreements[0].text else ""
        if len(agreements) == 1:
            return self.tr("1 open: %1").replace("%1", first)
        return (self.tr("%1 open, first: %2").replace("%1", str(len(agreements)))
                .replace("%2", first))

    def _followup_text(self, item: FollowUpItem | None) -> str:
        if item is None:
            return self.tr("None planned")
        text = f"{message_text(item.label)} · {format_date(item.due)}"
        if item.state == "overdue":
            text += f" ({step_state_label('overdue')})"
        return text

    def _urgency_text(self, priority: Priority, offences: tuple[str, ...]) -> str:
        text = priority_label(priority)
        if offences:
            text += " · " + self.tr("offences considered: %1").replace(
                "%1", ", ".join(message_text(offence(key).label) for key in offences))
        else:
            text += " · " + self.tr("no offences considered")
        return text

    def _informed_text(self, informed: tuple[tuple[str, bool], ...]) -> str:
        if not informed:
            return self.tr("Nobody to inform yet (the protocol names them per step)")
        waiting = [who for who, done in informed if not done]
        done = len(informed) - len(waiting)
        text = self.tr("%1 of %2 informed").replace("%1", str(done)).replace(
            "%2", str(len(informed)))
        if waiting:
            text += "; " + self.tr("not yet: %1").replace("%1", ", ".join(waiting))
        return text

    def _evidence_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No evidence yet")
        if count == 1:
            return self.tr("1 item")
        return self.tr("%1 items").replace("%1", str(count))
