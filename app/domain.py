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


class ReportChannel(ParsableEnum):
    """How a melding reached the school (who reported it is `ReportedBy`)."""

    GESPREK = "gesprek"
    TELEFOON = "telefoon"
    EMAIL = "e-mail"
    BRIEVENBUS = "brievenbus"
    MELDFORMULIER = "meldformulier"
    MONITOR = "monitor"
    WAARGENOMEN = "waargenomen"


class Criterion(ParsableEnum):
    """The three marks of bullying that set it apart from teasing and conflict
    (000 §1, 001 §2: intent, repetition over time, power imbalance)."""

    OPZET = "opzet"
    HERHAALD = "herhaald"
    MACHTSVERSCHIL = "machtsverschil"


class BullyingForm(ParsableEnum):
    """How the bullying happens (001 §4, DOMAIN.md); a case may have several."""

    LICHAMELIJK = "lichamelijk"
    SPULLEN = "spullen"
    WOORDEN = "woorden"
    ACHTER_DE_RUG = "achter-de-rug"
    BUITENSLUITEN = "buitensluiten"
    DIGITAAL = "digitaal"


class Signal(ParsableEnum):
    """Signals observed in the bullied student (001 §3, DOMAIN.md)."""

    TERUGGETROKKEN = "teruggetrokken"
    AGRESSIEVER = "agressiever"
    ALLEEN = "zit-alleen"
    BLIJFT_HANGEN = "blijft-hangen"
    SPULLEN_KWIJT = "spullen-kwijt-of-kapot"
    SCHRIKT_ONLINE = "schrikt-bij-telefoon"
    SCHOOLANGST = "niet-naar-school"
    ZWIJGT_THUIS = "zwijgt-thuis"
    GEEN_VRIENDEN = "geen-vrienden-thuis"
    RESULTATEN = "slechtere-resultaten"
    KLACHTEN = "hoofdpijn-buikpijn"
    BLAUWE_PLEKKEN = "blauwe-plekken"
    SLAAP = "slaapproblemen"
    PRIKKELBAAR = "prikkelbaar"
    VERMIJDT = "vermijdt-buiten-en-club"


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


class SpecialCategory(ParsableEnum):
    """Special personal data (AVG art. 9) an entry holds; each export has a rule for it."""

    GEEN = "geen"
    GEZONDHEID = "gezondheid"
    SEKSUALITEIT = "seksualiteit"
    ANDERS = "anders-bijzonder"


class Requester(ParsableEnum):
    """Who made an access request: the pupil, or a parent/guardian (under 16)."""

    LEERLING = "leerling"
    OUDER = "ouder"


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
    # The intake (issue 13): None = not recorded (cases from before the intake existed).
    reported_via: ReportChannel | None = None
    criteria: frozenset[Criterion] | None = None
    forms: frozenset[BullyingForm] | None = None
    signals: frozenset[Signal] | None = None
    # Set when the case was anonymised: kept for the yearly report only, not editable.
    anonymised_at: datetime | None = None


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
    anonymised: bool = False


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    group_name: str
    born_on: date | None = None   # known only where the counsellor recorded it


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
    special_category: SpecialCategory = SpecialCategory.GEEN
    work_note: bool = False   # the counsellor's personal working note (werkaantekening)
    withdrawn_at: datetime | None = None  # withdrawn: text gone, the fact and reason stay
    withdrawal_reason: str = ""

    @property
    def is_special(self) -> bool:
        return self.special_category is not SpecialCategory.GEEN

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
