"""`CaseWork`: one object per open vault that bundles the casework repositories.

    work = CaseWork(vault)                  # or CaseWork(vault, ProtocolRegistry([...]))
    work.protocols.choose(case.id, "supportgroep")
    work.steps.record(case.id, "gesprek_gepeste", when, participant_ids=[...], verslag="...")
    work.schedule(case.id)                  # where the case stands today
    work.todo()                             # across all cases
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.casework.agreements import Agreements, FollowUps
from app.casework.choices import ProtocolChoices
from app.casework.model import CaseWorkSchedule, TodoList
from app.casework.offences import Offences
from app.casework.progress import build_schedule, load_case_data
from app.casework.registry import ProtocolRegistry, default_registry
from app.casework.status import CaseStatusService
from app.casework.steps import StepRecords
from app.casework.steungroep import Steungroep
from app.casework.todo import HORIZON_DAYS, collect_todo
from app.errors import CaseNotFoundError

if TYPE_CHECKING:
    from app.vault import Vault


class CaseWork:
    def __init__(self, vault: Vault, registry: ProtocolRegistry | None = None) -> None:
        self._vault = vault
        self.registry = registry or default_registry()
        self.protocols = ProtocolChoices(vault, self.registry)
        self.agreements = Agreements(vault, self.registry)
        self.followups = FollowUps(vault, self.registry)
        self.steps = StepRecords(vault, self.registry, self.agreements)
        self.steungroep = Steungroep(vault, self.registry)
        self.status = CaseStatusService(vault, self.registry)
        self.offences = Offences(vault, self.registry)

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
                            case_id=case_id)

    def overdue_count(self) -> int:
        return self.todo().overdue_count
