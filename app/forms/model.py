"""What a contract and a plan hold.

The non-pestcontract (the 5 B's guidance, 001): which behaviour stops, what comes in its
place, how the pupil repairs the damage, and what follows if the bullying goes on, signed
by pupil, parents and school. The pupil's plan (supportgroep protocol, after the
confronting talk): concrete actions in the pupil's own words, what the parents do, and
when it is evaluated (a week later), signed by the same three.

The field keys are stable (stored as JSON); their Dutch labels live here because the
forms themselves are Dutch documents, like the letters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class FormKind(StrEnum):
    CONTRACT = "contract"   # non-pestcontract
    PLAN = "plan"           # the pupil's own plan after the confronting talk


class Signer(StrEnum):
    LEERLING = "leerling"
    OUDERS = "ouders"
    SCHOOL = "school"


SIGNERS: tuple[Signer, ...] = (Signer.LEERLING, Signer.OUDERS, Signer.SCHOOL)

#: The text fields of each kind, in order: key and the Dutch heading on the form.
FIELDS: dict[FormKind, tuple[tuple[str, str], ...]] = {
    FormKind.CONTRACT: (
        ("stops", "Dit gedrag stopt"),
        ("instead", "Dit doe ik in plaats daarvan"),
        ("repair", "Zo maak ik het weer goed"),
        ("consequences", "Als het pesten doorgaat"),
    ),
    FormKind.PLAN: (
        ("actions", "Wat ik ga doen"),
        ("support", "Wie mij helpt, ook thuis"),
        ("check", "Zo zien we dat het lukt"),
    ),
}

TITLES = {FormKind.CONTRACT: "Niet-pestcontract", FormKind.PLAN: "Mijn plan"}
SIGNER_NAMES = {Signer.LEERLING: "Leerling", Signer.OUDERS: "Ouder(s)",
                Signer.SCHOOL: "Namens de school"}
#: Fields a form cannot do without; the rest may stay empty until the talk.
REQUIRED = {FormKind.CONTRACT: ("stops",), FormKind.PLAN: ("actions",)}


@dataclass(frozen=True)
class CaseForm:
    id: int
    case_id: int
    kind: FormKind
    person_id: int
    person_name: str
    fields: dict[str, str]
    evaluate_on: date | None
    signed: dict[Signer, date] = field(default_factory=dict)
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    def text(self, key: str) -> str:
        return self.fields.get(key, "")


@dataclass(frozen=True)
class FormRevision:
    version: int
    fields: dict[str, str]
    evaluate_on: date | None
    signed: dict[Signer, date]
    written_at: datetime
    replaced_at: datetime
    reason: str
