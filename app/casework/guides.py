"""`work.guides`: the conversation guide of a step in a case's protocol, and its one-page
PDF (app/casework/guide_pdf.py).

The sheet holds protocol text only, so writing it is not an export of case data: it is
written with app.atomic like any file the user asks for, and not audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.atomic import write_atomically
from app.casework._base import Repo
from app.errors import InvalidInputError, NotFoundError
from app.protocols import Protocol, Step
from app.protocols.guides import Guide


@dataclass(frozen=True)
class StepGuide:
    protocol: Protocol
    step: Step
    guide: Guide


class CaseGuides(Repo):
    def _step(self, case_id: int, step_id: str) -> tuple[Protocol, Step]:
        choice = self._require_choice(case_id)
        protocol = self._registry.get(choice.protocol_id)
        if step_id not in protocol.step_ids:
            raise InvalidInputError("step.unknown", protocol=protocol.id, step=step_id)
        return protocol, protocol.step(step_id)

    def for_step(self, case_id: int, step_id: str) -> StepGuide | None:
        """The step's guide in the case's protocol; None when the protocol gives none."""
        protocol, step = self._step(case_id, step_id)
        return StepGuide(protocol, step, step.guide) if step.guide else None

    def all(self, case_id: int) -> list[StepGuide]:
        """Every step of the case's protocol that has a guide, in protocol order."""
        choice = self._require_choice(case_id)
        protocol = self._registry.get(choice.protocol_id)
        return [StepGuide(protocol, s, s.guide) for s in protocol.steps if s.guide]

    def pdf(self, case_id: int, step_id: str) -> bytes:
        found = self.for_step(case_id, step_id)
        if found is None:
            raise NotFoundError("guide.none_for_step", step=step_id)
        # Imported here: reportlab costs the unlock screen ~90 ms at start-up.
        from app.casework.guide_pdf import render_guide_pdf  # noqa: PLC0415

        return render_guide_pdf(found.protocol, found.step, found.guide)

    def export_pdf(self, case_id: int, step_id: str, target: Path | str) -> Path:
        """Write the gespreksleidraad to `target` (atomically, 0600)."""
        return write_atomically(target, self.pdf(case_id, step_id))
