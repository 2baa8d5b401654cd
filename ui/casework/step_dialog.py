"""Recording a protocol step in one dialog: when, who, checklist, verslag, agreements,
next appointment, the gate's condition, the step's choice and the steungroep's ideas."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.casework import NewAgreement
from app.domain import Participant
from app.protocols import Step
from app.timeutil import AMSTERDAM
from ui.casework.guide_panel import ExportGuide, GuidePanel
from ui.casework.widgets import WrapCheck
from ui.common.form_dialog import FormDialog
from ui.common.labels import role_label as person_role_label
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.help.concept_link import ConceptLink


@dataclass(frozen=True)
class SteungroepMemberRow:
    member_id: int
    name: str
    previous_idea: str = ""


@dataclass(frozen=True)
class StepContext:
    """What the dialog needs to know; the panel builds it from the core."""

    step: Step
    participants: tuple[Participant, ...]
    now: datetime
    missing_gates: tuple[str, ...] = ()                  # labels of conditions not recorded
    settable: tuple[tuple[str, str], ...] = ()           # (key, label) recordable here
    members: tuple[SteungroepMemberRow, ...] = ()        # when the step asks for ideas
    export_guide: ExportGuide | None = None              # writes the step's guide as PDF
    present: frozenset[int] = frozenset()                # participant ids ticked at first


@dataclass(frozen=True)
class StepForm:
    occurred_at: datetime
    participant_ids: tuple[int, ...]
    verslag: str
    checked: tuple[str, ...]
    agreements: tuple[NewAgreement, ...]
    next_appointment: datetime | None
    conditions: tuple[tuple[str, str], ...]
    deviation_reason: str
    choice: tuple[str, str] | None
    ideas: dict[int, str] = field(default_factory=dict)
    results: dict[int, str] = field(default_factory=dict)


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    return edit


NEXT_APPOINTMENT_HOUR = 9


def _time_edit(moment: datetime) -> QTimeEdit:
    edit = QTimeEdit(QTime(moment.hour, moment.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _scrolling(body: QWidget) -> QScrollArea:
    """`body` in a frameless area that scrolls up and down only."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the area
    scroll.setWidget(body)
    return scroll


class AgreementRow(QFrame):
    """One agreement being made: text, with whom, evaluate on."""

    def __init__(self, participants: tuple[Participant, ...], evaluate_on: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        self.edt_text = QLineEdit()
        self.edt_text.setPlaceholderText(self.tr("From now on ..."))
        self.cmb_with = QComboBox()
        self.cmb_with.addItem(self.tr("The whole group"), None)
        for p in participants:
            self.cmb_with.addItem(p.person.name, p.id)
        self.dte_evaluate = _date_edit(evaluate_on)
        self.btn_remove = QPushButton(self.tr("Remove"))
        set_role(self.btn_remove, "link")
        layout.addWidget(self.edt_text, 0, 0, 1, 4)
        layout.addWidget(role_label(self.tr("With"), "muted"), 1, 0)
        layout.addWidget(self.cmb_with, 1, 1)
        layout.addWidget(role_label(self.tr("Evaluate on"), "muted"), 1, 2)
        layout.addWidget(self.dte_evaluate, 1, 3)
        layout.addWidget(self.btn_remove, 0, 4)
        layout.setColumnStretch(1, 1)

    def value(self) -> NewAgreement | None:
        text = self.edt_text.text().strip()
        if not text:
            return None
        who = self.cmb_with.currentData()
        return NewAgreement(text, (int(who),) if who is not None else (),
                            self.dte_evaluate.date().toPython())  # type: ignore[arg-type]


class StepDialog(FormDialog):
    def __init__(self, parent: QWidget | None, context: StepContext) -> None:
        step = context.step
        super().__init__(self.tr("Record: %1").replace("%1", step.title), parent)
        # the body scrolls; with a conversation guide beside the form it opens wider,
        # and every dialog is shrunk to the screen as it opens (window_fit.DialogFit)
        self.setMinimumWidth(600)
        self.resize(1180 if step.guide else 720, 640)
        self._context = context
        now = context.now.astimezone(AMSTERDAM)
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 12, 0)
        col.setSpacing(8)
        col.addWidget(role_label(step.guidance, "muted", wrap=True))
        self._build_when(col, now)
        self._build_gates(col)
        self._build_participants(col)
        self._build_choice(col)
        self._build_checklist(col)
        self._build_steungroep(col)
        self._build_verslag(col)
        self._build_agreements(col)
        self._build_next_appointment(col, now)
        col.addStretch(1)
        self.guide_panel: GuidePanel | None = None
        if step.guide is None:
            self.form.addRow(_scrolling(body))
        else:
            self.guide_panel = GuidePanel(step.guide, context.export_guide)
            side = QHBoxLayout()
            side.addWidget(_scrolling(body), 3)
            side.addWidget(self.guide_panel, 2)
            self.form.addRow(side)
        self.edt_verslag.setFocus()

    def _build_when(self, col: QVBoxLayout, now: datetime) -> None:
        self.dte_date = _date_edit(now.date())
        self.tme_time = _time_edit(now)
        when = QHBoxLayout()
        when.addWidget(role_label(self.tr("When"), "subheading"))
        when.addSpacing(12)
        when.addWidget(self.dte_date, 1)
        when.addWidget(self.tme_time)
        col.addLayout(when)

    def _build_gates(self, col: QVBoxLayout) -> None:
        """Conditions recordable here, and the reason to go ahead when a gate is not met."""
        self.chk_conditions: list[tuple[str, QCheckBox, QLineEdit]] = []
        for key, label in self._context.settable:
            box = QCheckBox(label)
            box.setStyleSheet("font-weight: 600;")
            how = QLineEdit()
            how.setPlaceholderText(self.tr("How was it given? e.g. spoken, after a day to think"))
            how.setEnabled(False)
            box.toggled.connect(how.setEnabled)
            col.addWidget(box)
            col.addWidget(how)
            self.chk_conditions.append((key, box, how))
        self.edt_deviation = QLineEdit()
        self.lbl_gate = role_label("", "error", wrap=True)
        if self._context.missing_gates:
            self.lbl_gate.setText(self.tr("This step waits for: %1. Record that first, or "
                                          "write why you go ahead anyway.")
                                  .replace("%1", "; ".join(self._context.missing_gates)))
            self.edt_deviation.setPlaceholderText(self.tr("Reason to go ahead anyway"))
            col.addWidget(self.lbl_gate)
            col.addWidget(self.edt_deviation)
        else:
            self.lbl_gate.hide()
            self.edt_deviation.hide()

    def _build_participants(self, col: QVBoxLayout) -> None:
        participants = self._context.participants
        col.addWidget(role_label(self.tr("Who took part"), "subheading"))
        self.lst_participants = QListWidget()
        for p in participants:
            item = QListWidgetItem(f"{p.person.name} · {person_role_label(p.role)}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in self._context.present
                               else Qt.CheckState.Unchecked)
            self.lst_participants.addItem(item)
        self.lst_participants.setMaximumHeight(min(34 + 26 * len(participants), 170))
        if participants:
            col.addWidget(self.lst_participants)
        else:
            self.lst_participants.hide()
            col.addWidget(role_label(self.tr("No people on this case yet; add them under "
                                             "'People'."), "muted", wrap=True))

    def _build_choice(self, col: QVBoxLayout) -> None:
        """The step's choice (e.g. the 5 B's approach) as one card per option."""
        choice = self._context.step.choice
        self.grp_choice = QButtonGroup(self)
        self.edt_choice_reason = QPlainTextEdit()
        if choice is None:
            return
        col.addWidget(role_label(choice.question, "subheading", wrap=True))
        if any(option.id == "confronterend" for option in choice.options):
            col.addWidget(ConceptLink("confronterend"), 0, Qt.AlignmentFlag.AlignLeft)
        options = QHBoxLayout()
        for option in choice.options:
            card = QFrame()
            set_role(card, "card")
            inner = QVBoxLayout(card)
            radio = QRadioButton(option.label)
            radio.setProperty("option_id", option.id)
            self.grp_choice.addButton(radio)
            inner.addWidget(radio)
            for consideration in option.considerations:
                inner.addWidget(role_label(f"• {consideration}", "muted", wrap=True))
            inner.addStretch(1)
            options.addWidget(card, 1)
        col.addLayout(options)
        self.edt_choice_reason.setPlaceholderText(self.tr("Why this choice? The reason is kept "
                                                          "with the step."))
        self.edt_choice_reason.setMaximumHeight(70)
        col.addWidget(self.edt_choice_reason)

    def _build_checklist(self, col: QVBoxLayout) -> None:
        self.chk_list: list[WrapCheck] = []
        if self._context.step.checklist:
            col.addWidget(role_label(self.tr("Checklist"), "subheading"))
            for point in self._context.step.checklist:
                box = WrapCheck(point)
                self.chk_list.append(box)
                col.addWidget(box)

    def _build_steungroep(self, col: QVBoxLayout) -> None:
        """Each member's own idea, and what they did with the previous one."""
        self.edt_ideas: dict[int, QLineEdit] = {}
        self.edt_results: dict[int, QLineEdit] = {}
        if not self._context.members:
            return
        col.addWidget(role_label(self.tr("Steungroep: each member's own idea"),
                                 "subheading"))
        grid = QGridLayout()
        for row, member in enumerate(self._context.members):
            grid.addWidget(role_label(member.name), row * 2, 0)
            if member.previous_idea:
                result = QLineEdit()
                result.setPlaceholderText(self.tr("What did %1 do? (idea: %2)")
                                          .replace("%1", member.name.split()[0])
                                          .replace("%2", member.previous_idea))
                self.edt_results[member.member_id] = result
                grid.addWidget(result, row * 2, 1)
            idea = QLineEdit()
            idea.setPlaceholderText(self.tr("I will ..."))
            self.edt_ideas[member.member_id] = idea
            grid.addWidget(idea, row * 2 + 1 if member.previous_idea else row * 2, 1)
        grid.setColumnStretch(1, 1)
        col.addLayout(grid)

    def _build_verslag(self, col: QVBoxLayout) -> None:
        col.addWidget(role_label(self.tr("Report"), "subheading"))
        self.edt_verslag = QPlainTextEdit()
        self.edt_verslag.setPlaceholderText(self.tr("What was said and agreed. Facts first; "
                                                    "no judgements about the children."))
        self.edt_verslag.setMinimumHeight(120)
        col.addWidget(self.edt_verslag)

    def _build_agreements(self, col: QVBoxLayout) -> None:
        col.addWidget(role_label(self.tr("Agreements made"), "subheading"))
        self.agreement_rows: list[AgreementRow] = []
        self._agreements_box = QVBoxLayout()
        col.addLayout(self._agreements_box)
        self.btn_add_agreement = QPushButton(self.tr("Add agreement"))
        self.btn_add_agreement.clicked.connect(self.add_agreement_row)
        row = QHBoxLayout()
        row.addWidget(self.btn_add_agreement)
        row.addStretch(1)
        col.addLayout(row)

    def _build_next_appointment(self, col: QVBoxLayout, now: datetime) -> None:
        self.chk_next = QCheckBox(self.tr("Next appointment"))
        # The protocol's own term where its guide gives one (001 Bijlage 4: three days).
        guide = self._context.step.guide
        offset = guide.next_appointment if guide and guide.next_appointment else None
        later = now + (timedelta(days=(offset.add_to(now.date()) - now.date()).days)
                       if offset else timedelta(days=7))
        self.dte_next = _date_edit(later.date())
        # A planned talk starts at a round hour; the clock time when typing is arbitrary.
        self.tme_next = _time_edit(later.replace(hour=NEXT_APPOINTMENT_HOUR, minute=0))
        for widget in (self.dte_next, self.tme_next):
            widget.setEnabled(False)
            self.chk_next.toggled.connect(widget.setEnabled)
        nxt = QHBoxLayout()
        nxt.addWidget(self.chk_next)
        nxt.addWidget(self.dte_next, 1)
        nxt.addWidget(self.tme_next)
        col.addLayout(nxt)

    # ------------------------------------------------------------- agreements
    def add_agreement_row(self) -> AgreementRow:
        evaluate = self.dte_date.date().toPython() + timedelta(days=7)  # type: ignore[operator]
        row = AgreementRow(self._context.participants, evaluate)
        row.btn_remove.clicked.connect(lambda: self._remove_row(row))
        self.agreement_rows.append(row)
        self._agreements_box.addWidget(row)
        row.edt_text.setFocus()
        return row

    def _remove_row(self, row: AgreementRow) -> None:
        self.agreement_rows.remove(row)
        row.hide()
        row.deleteLater()

    # ------------------------------------------------------------- helpers for tests
    def check_participant(self, participant_id: int, on: bool = True) -> None:
        for i in range(self.lst_participants.count()):
            item = self.lst_participants.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def choose_option(self, option_id: str) -> None:
        for button in self.grp_choice.buttons():
            if button.property("option_id") == option_id:
                button.setChecked(True)

    # ------------------------------------------------------------- result
    def _moment(self, day_edit: QDateEdit, time_edit: QTimeEdit) -> datetime:
        return datetime.combine(day_edit.date().toPython(),  # type: ignore[arg-type]
                                time_edit.time().toPython(), tzinfo=AMSTERDAM)  # type: ignore[arg-type]

    def _conditions(self) -> tuple[tuple[str, str], ...]:
        return tuple((key, how.text().strip()) for key, box, how in self.chk_conditions
                     if box.isChecked())

    def problem(self) -> str:
        for _key, box, how in self.chk_conditions:
            if box.isChecked() and not how.text().strip():
                return self.tr("Write down how the consent was given.")
        if self._context.missing_gates and not self.edt_deviation.text().strip():
            return self.tr("This step waits for a condition. Record it, or give a reason to "
                           "go ahead anyway.")
        step = self._context.step
        if step.choice is not None:
            if self.grp_choice.checkedButton() is None:
                return self.tr("Choose an approach.")
            if step.choice.reason_required and not self.edt_choice_reason.toPlainText().strip():
                return self.tr("Write down why you choose this approach.")
        if self.chk_next.isChecked() and self._moment(self.dte_next, self.tme_next) <= \
                self._moment(self.dte_date, self.tme_time):
            return self.tr("The next appointment must be after this conversation.")
        return ""

    def value(self) -> StepForm:
        ids = tuple(int(self.lst_participants.item(i).data(Qt.ItemDataRole.UserRole))
                    for i in range(self.lst_participants.count())
                    if self.lst_participants.item(i).checkState() == Qt.CheckState.Checked)
        checked = tuple(box.text() for box in self.chk_list if box.isChecked())
        verslag = self.edt_verslag.toPlainText().strip()
        if checked:
            ticked = "\n".join(f"- {point}" for point in checked)
            verslag = (verslag + "\n\n" if verslag else "") + self.tr("Checked:") + "\n" + ticked
        choice = None
        button = self.grp_choice.checkedButton()
        if button is not None:
            choice = (str(button.property("option_id")),
                      self.edt_choice_reason.toPlainText().strip())
        agreements = tuple(a for a in (r.value() for r in self.agreement_rows) if a is not None)
        return StepForm(
            occurred_at=self._moment(self.dte_date, self.tme_time),
            participant_ids=ids, verslag=verslag, checked=checked, agreements=agreements,
            next_appointment=(self._moment(self.dte_next, self.tme_next)
                              if self.chk_next.isChecked() else None),
            conditions=self._conditions(),
            deviation_reason=(self.edt_deviation.text().strip()
                              if self._context.missing_gates else ""),
            choice=choice,
            ideas={mid: e.text().strip() for mid, e in self.edt_ideas.items()
                   if e.text().strip()},
            results={mid: e.text().strip() for mid, e in self.edt_results.items()
                     if e.text().strip()})

    @classmethod
    def get_step(cls, parent: QWidget | None, context: StepContext, *,
                 draft_key: str = "") -> tuple[StepForm | None, bool]:
        dialog = cls(parent, context)
        dialog.draft_key = draft_key
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted
