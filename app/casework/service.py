"""`CaseWork`: one object per open vault that bundles the casework repositories.

    work = CaseWork(vault)                  # or CaseWork(vault, ProtocolRegistry([...]))
    work.protocols.choose(case.id, "supportgroep")
    work.steps.record(case.id, "gesprek_gepeste", when, participant_ids=[...], verslag="...")
    work.record_step(case.id, "groepsgesprek", when, ideas={member_id: "Ik ga ..."})
    work.schedule(case.id)                  # where the case stands today
    work.todo()                             # across all cases
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.casework.agreements import Agreements, FollowUps
from app.casework.choices import ProtocolChoices
from app.casework.guides import CaseGuides
from app.casework.marks import CaseMarks
from app.casework.model import CaseWorkSchedule, NewAgreement, StepRecord, TodoItem, TodoList
from app.casework.offences import Offences
from app.casework.progress import build_schedule, load_case_data
from app.casework.registry import ProtocolRegistry, default_registry
from app.casework.reminders import vault_reminders
from app.casework.status import CaseStatusService
from app.casework.steps import StepRecords
from app.casework.steungroep import Steungroep
from app.casework.today import Today, build_today
from app.casework.todo import HORIZON_DAYS, CaseProblems, collect_parts, collect_todo
from app.errors import CaseNotFoundError, InvalidInputError
from app.messages import Message

if TYPE_CHECKING:
    from app.vault import Vault


#: More 'te doen' lines from outside case work: (today, case id or None) -> items.
ExtraTodo = Callable[[date, int | None], list[TodoItem]]


class CaseWork:
    def __init__(self, vault: Vault, registry: ProtocolRegistry | None = None, *,
                 extra_todo: ExtraTodo | None = None) -> None:
        self._vault = vault
        self._extra_todo = extra_todo
        self.registry = registry or default_registry()
        self.protocols = ProtocolChoices(vault, self.registry)
        self.agreements = Agreements(vault, self.registry)
        self.followups = FollowUps(vault, self.registry)
        self.steps = StepRecords(vault, self.registry, self.agreements)
        self.steungroep = Steungroep(vault, self.registry)
        self.status = CaseStatusService(vault, self.registry)
        self.offences = Offences(vault, self.registry)
        self.guides = CaseGuides(vault, self.registry)
        self.marks = CaseMarks(vault, self.registry)

    def record_step(self, case_id: int, step_id: str, occurred_at: datetime, *,
                    participant_ids: tuple[int, ...] | list[int] = (), verslag: str = "",
                    agreements: tuple[NewAgreement, ...] | list[NewAgreement] = (),
                    next_appointment: datetime | None = None,
                    choice: tuple[str, str] | None = None,
                    conditions: tuple[tuple[str, str], ...] | list[tuple[str, str]] = (),
                    deviation_reason: str = "", ideas: dict[int, str] | None = None,
                    results: dict[int, str] | None = None
                    ) -> tuple[StepRecord, tuple[Message, ...]]:
        """A step with what the steungroep's members did and will do, all or nothing.

        `results` and `ideas` map steungroep member ids to text; ideas only for a step
        that asks for them. Returns the record and the warnings (e.g. an idea not
        written as "Ik ga ...").
        """
        if ideas or results:
            self._require_ideas_step(case_id, step_id)
        warnings: list[Message] = []
        with self._vault.write():
            record = self.steps.record(
                case_id, step_id, occurred_at, participant_ids=participant_ids,
                verslag=verslag, agreements=agreements, next_appointment=next_appointment,
                choice=choice, conditions=conditions, deviation_reason=deviation_reason)
            if results:
                warnings += self.steungroep.record_results(case_id, results, record.id)
            if ideas:
                warnings += self.steungroep.record_ideas(case_id, ideas, record.id)
        return record, tuple(warnings)

    def _require_ideas_step(self, case_id: int, step_id: str) -> None:
        """The steungroep's notes belong to a step that asks for ideas, as in the GUI."""
        choice = self.protocols.current(case_id)
        protocol = self.registry.find(choice.protocol_id) if choice else None
        if protocol is None or step_id not in protocol.step_ids:
            return  # steps.record names the missing protocol or step
        step = protocol.step(step_id)
        if "ideeen" not in step.produces:
            raise InvalidInputError("steungroep.step_asks_no_ideas", step=step.title)

    def schedule(self, case_id: int, today: date | None = None) -> CaseWorkSchedule | None:
        """The case's steps and follow-ups on `today` (default: the vault clock's today).

        None when the case has no protocol yet, or its protocol file is no longer there.
        """
        data = load_case_data(self._vault, case_id)
        if case_id not in data:
            raise CaseNotFoundError()
        return build_schedule(self.registry, data[case_id],
                              today or self._vault.clock.today_local())

    def todo(self, *, today: date | None = None, horizon_days: int = HORIZON_DAYS,
             case_id: int | None = None) -> TodoList:
        return collect_todo(self._vault, self.registry, today=today, horizon_days=horizon_days,
                            case_id=case_id, extra=self._extra_todo)

    def today(self) -> date:
        return self._vault.clock.today_local()

    def todo_parts(self, today: date, case_id: int | None = None
                   ) -> tuple[list[TodoItem], CaseProblems]:
        """The unsorted 'te doen' lines of all cases or one, with problems per case (for
        app.casework.todo_tracker, which keeps them case by case)."""
        return collect_parts(self._vault, self.registry, today, case_id=case_id,
                             extra=self._extra_todo)

    def vault_todo(self, today: date) -> list[TodoItem]:
        """The lines that belong to no case (yearly reminders, access requests)."""
        return vault_reminders(self._vault, today)

    def today_overview(self, todo: TodoList) -> Today:
        """'Vandaag' around a 'te doen' list: appointments, waiting meldingen, recent work."""
        return build_today(self._vault, todo)

    def overdue_count(self) -> int:
        return self.todo().overdue_count
