"""The case file's vocabulary: kinds, roles, statuses, and the records the core returns.

Enum values are the Dutch words used in the vault and on the CLI (`online-pesten`,
`meeloper`). Their Dutch labels live in app.wording (`label(member)`); the GUI has its own
translated labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.errors import InvalidValueError


class ParsableEnum(StrEnum):
    @classmethod
    def parse(cls, text: str) -> ParsableEnum:
        """The member a user typed (`in behandeling`, `Online_pesten`, ...)."""
        wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if member.value == wanted:
                return member
        raise InvalidValueError("input.unknown_choice", value=text,
                                allowed=tuple(m.value for m in cls))


class CaseKind(ParsableEnum):
    PESTEN = "pesten"
    ONLINE_PESTEN = "online-pesten"
    PLAGEN = "plagen"
    CONFLICT = "conflict"
    INCIDENT = "incident"


class ReportedBy(ParsableEnum):
    LEERLING = "leerling"
    OUDER = "ouder"
    MEDEWERKER = "medewerker"
    ANONIEM = "anoniem"


class Role(ParsableEnum):
    GEPESTE = "gepeste"
    PESTER = "pester"
    MEELOPER = "meeloper"
    AANMOEDIGER = "aanmoediger"
    BUITENSTAANDER = "buitenstaander"
    VERDEDIGER = "verdediger"
    OUDER = "ouder"
    MENTOR = "mentor"
    GETUIGE = "getuige"
    ANDERS = "anders"


class EntryKind(ParsableEnum):
    MELDING = "melding"
    INCIDENT = "incident"
    OBSERVATIE = "observatie"
    GESPREK = "gesprek"
    AFSPRAAK = "afspraak"
    OUDERCONTACT = "oudercontact"
    MAATREGEL = "maatregel"
    OVERDRACHT = "overdracht"
    NOTITIE = "notitie"


class CaseStatus(ParsableEnum):
    NIEUW = "nieuw"
    IN_BEHANDELING = "in-behandeling"
    MONITORING = "monitoring"
    GESLOTEN = "gesloten"


class Precision(ParsableEnum):
    """How exactly an event's time is known."""

    EXACT = "exact"
    DATE = "datum"
    APPROX = "ongeveer"


@dataclass(frozen=True)
class Case:
    id: int
    reference: str
    title: str
    kind: CaseKind
    status: CaseStatus
    reported_on: date
    reported_by: ReportedBy
    group_name: str
    description: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class CaseSummary:
    """A row of the case list: enough to show and filter without loading the case."""

    id: int
    reference: str
    title: str
    kind: CaseKind
    status: CaseStatus
    reported_on: date
    group_name: str
    last_activity: datetime
    entry_count: int


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    group_name: str


@dataclass(frozen=True)
class Participant:
    id: int
    case_id: int
    person: Person
    role: Role
    note: str


@dataclass(frozen=True)
class Entry:
    id: int
    case_id: int
    kind: EntryKind
    occurred_at: datetime
    precision: Precision
    recorded_at: datetime
    with_whom: str
    text: str
    updated_at: datetime
    revision_count: int = 0
    withdrawn_at: datetime | None = None  # withdrawn: text gone, the fact and reason stay
    withdrawal_reason: str = ""

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None


@dataclass(frozen=True)
class Revision:
    """An earlier text of an entry: what was written, and until when it stood."""

    entry_id: int
    text: str
    written_at: datetime
    replaced_at: datetime


@dataclass(frozen=True)
class SearchHit:
    case_id: int
    reference: str
    title: str
    snippet: str
