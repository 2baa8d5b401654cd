"""The Dutch label of every enum the CLI and the dossier PDFs print: one table per enum.

The GUI has its own translated table per enum (ui/labels.py, ui/casework/labels.py,
ui/evidence/labels.py). Use `app.wording.label(member)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from app.casework.model import (
    AgreementStatus,
    FollowUpAction,
    Outcome,
    Priority,
    TodoKind,
    TodoState,
)
from app.casework.offences import AdviceAction
from app.domain import (
    BullyingForm,
    CaseKind,
    CaseStatus,
    Criterion,
    EntryKind,
    Precision,
    ReportChannel,
    ReportedBy,
    Requester,
    Role,
    Signal,
    SpecialCategory,
)
from app.evidence.model import Action, EvidenceKind, EvidenceSource
from app.protocols import FollowUpState, StepState

CASE_KIND = {
    CaseKind.PESTEN: "Pesten",
    CaseKind.ONLINE_PESTEN: "Online pesten",
    CaseKind.PLAGEN: "Plagen",
    CaseKind.CONFLICT: "Conflict",
    CaseKind.INCIDENT: "Incident",
}
REPORTED_BY = {
    ReportedBy.LEERLING: "Leerling",
    ReportedBy.OUDER: "Ouder/verzorger",
    ReportedBy.MEDEWERKER: "Medewerker",
    ReportedBy.ANONIEM: "Anoniem",
}
REPORT_CHANNEL = {
    ReportChannel.GESPREK: "In een gesprek",
    ReportChannel.TELEFOON: "Telefonisch",
    ReportChannel.EMAIL: "Per e-mail",
    ReportChannel.BRIEVENBUS: "Anonieme brievenbus",
    ReportChannel.MELDFORMULIER: "Meldformulier of app",
    ReportChannel.MONITOR: "Uit de monitor (vragenlijst)",
    ReportChannel.WAARGENOMEN: "Zelf waargenomen (signaal)",
}
CRITERION = {
    Criterion.OPZET: "Met opzet: bedoeld om pijn te doen",
    Criterion.HERHAALD: "Herhaald en over langere tijd",
    Criterion.MACHTSVERSCHIL: "Machtsverschil: de ander kan zich niet verweren",
}
BULLYING_FORM = {
    BullyingForm.LICHAMELIJK: "Lichamelijk",
    BullyingForm.SPULLEN: "Met spullen",
    BullyingForm.WOORDEN: "Met woorden",
    BullyingForm.ACHTER_DE_RUG: "Achter de rug om",
    BullyingForm.BUITENSLUITEN: "Buitensluiten of negeren",
    BullyingForm.DIGITAAL: "Digitaal",
}
SIGNAL = {
    Signal.TERUGGETROKKEN: "Trekt zich terug",
    Signal.AGRESSIEVER: "Brutaler of agressiever",
    Signal.ALLEEN: "Zondert zich af, zit alleen",
    Signal.BLIJFT_HANGEN: "Blijft lang in het lokaal hangen",
    Signal.SPULLEN_KWIJT: "Spullen kwijt of kapot",
    Signal.SCHRIKT_ONLINE: "Schrikt bij computer of telefoon",
    Signal.SCHOOLANGST: "Wil niet naar school",
    Signal.ZWIJGT_THUIS: "Vertelt thuis niets over school",
    Signal.GEEN_VRIENDEN: "Neemt geen vrienden mee naar huis",
    Signal.RESULTATEN: "Slechtere resultaten",
    Signal.KLACHTEN: "Hoofdpijn of buikpijn",
    Signal.BLAUWE_PLEKKEN: "Blauwe plekken",
    Signal.SLAAP: "Slaapt slecht, nachtmerries",
    Signal.PRIKKELBAAR: "Prikkelbaar, boos of verdrietig",
    Signal.VERMIJDT: "Wil niet naar buiten of naar de club",
}
ROLE = {
    Role.GEPESTE: "Gepeste leerling",
    Role.PESTER: "Pester",
    Role.MEELOPER: "Meeloper",
    Role.AANMOEDIGER: "Aanmoediger",
    Role.BUITENSTAANDER: "Buitenstaander",
    Role.VERDEDIGER: "Verdediger/helper",
    Role.OUDER: "Ouder/verzorger",
    Role.MENTOR: "Mentor",
    Role.GETUIGE: "Getuige",
    Role.ANDERS: "Anders",
}
ENTRY_KIND = {
    EntryKind.MELDING: "Melding",
    EntryKind.INCIDENT: "Incident",
    EntryKind.OBSERVATIE: "Observatie",
    EntryKind.GESPREK: "Gesprek",
    EntryKind.AFSPRAAK: "Afspraak",
    EntryKind.OUDERCONTACT: "Oudercontact",
    EntryKind.MAATREGEL: "Maatregel",
    EntryKind.OVERDRACHT: "Overdracht",
    EntryKind.NOTITIE: "Notitie",
}
SPECIAL_CATEGORY = {
    SpecialCategory.GEEN: "Geen",
    SpecialCategory.GEZONDHEID: "Gezondheid",
    SpecialCategory.SEKSUALITEIT: "Seksualiteit",
    SpecialCategory.ANDERS: "Anders",
}
REQUESTER = {
    Requester.LEERLING: "De leerling zelf",
    Requester.OUDER: "Ouder of verzorger",
}
CASE_STATUS = {
    CaseStatus.NIEUW: "Nieuw",
    CaseStatus.IN_BEHANDELING: "In behandeling",
    CaseStatus.MONITORING: "Monitoring",
    CaseStatus.GESLOTEN: "Gesloten",
}
PRECISION = {
    Precision.EXACT: "Precies",
    Precision.DATE: "Alleen datum",
    Precision.APPROX: "Ongeveer",
}
PRIORITY = {
    Priority.NORMAAL: "Normaal",
    Priority.HOOG: "Hoog",
    Priority.ACUUT: "Acuut",
}
OUTCOME = {
    Outcome.GESTOPT: "Het pesten is gestopt",
    Outcome.VERMINDERD: "Het pesten is verminderd",
    Outcome.NIET_GESTOPT: "Het pesten is niet gestopt",
    Outcome.OVERGEDRAGEN: "Overgedragen aan een ander",
    Outcome.GEEN_PESTEN: "Bleek geen pesten (plagen of conflict)",
}
AGREEMENT_STATUS = {
    AgreementStatus.OPEN: "loopt",
    AgreementStatus.KEPT: "nagekomen",
    AgreementStatus.BROKEN: "verbroken",
}
FOLLOWUP_ACTION = {
    FollowUpAction.DONE: "gedaan",
    FollowUpAction.MOVED: "verzet",
    FollowUpAction.CANCELLED: "vervallen",
}
TODO_STATE = {
    TodoState.OVERDUE: "te laat",
    TodoState.DUE: "nu",
    TodoState.UPCOMING: "binnenkort",
    TodoState.BLOCKED: "wacht",
    TodoState.SUGGESTED: "voorstel",
}
TODO_KIND = {
    TodoKind.STEP: "stap",
    TodoKind.FOLLOW_UP: "vervolg",
    TodoKind.VAULT: "schooljaar",
    TodoKind.ACCESS: "inzageverzoek",
    TodoKind.INFORM: "informeren",
    TodoKind.RETENTION: "bewaartermijn",
}
STEP_STATE = {
    StepState.DONE: "gedaan",
    StepState.CURRENT: "nu aan de beurt",
    StepState.UPCOMING: "komt nog",
    StepState.OVERDUE: "te laat",
    StepState.BLOCKED: "wacht op toestemming",
    StepState.SKIPPED: "overgeslagen",
}
FOLLOWUP_STATE = {
    FollowUpState.DONE: "gedaan",
    FollowUpState.CURRENT: "nu",
    FollowUpState.UPCOMING: "gepland",
    FollowUpState.OVERDUE: "te laat",
}
ADVICE_ACTION = {
    AdviceAction.AANGIFTE_GEADVISEERD: "aangifte geadviseerd",
    AdviceAction.POLITIE_INGELICHT: "contactpersoon bij de politie ingelicht",
    AdviceAction.VERWIJDERVERZOEK: "verwijderverzoek bij het platform geadviseerd",
}
EVIDENCE_KIND = {
    EvidenceKind.SCREENSHOT: "Schermafbeelding",
    EvidenceKind.PHOTO: "Foto",
    EvidenceKind.VIDEO: "Video",
    EvidenceKind.PDF: "PDF",
    EvidenceKind.EMAIL: "E-mail",
    EvidenceKind.CHAT: "Chatexport",
    EvidenceKind.DOCUMENT: "Document",
    EvidenceKind.DESCRIBED_ONLY: "Alleen beschreven",
}
EVIDENCE_SOURCE = {
    EvidenceSource.FILE: "bestand",
    EvidenceSource.CLIPBOARD: "geplakt (klembord)",
    EvidenceSource.SCREEN_CAPTURE: "schermopname",
    EvidenceSource.CHAT_EXPORT: "chatexport",
    EvidenceSource.DESCRIBED: "alleen beschreven",
}
EVIDENCE_ACTION = {
    Action.BLOCKED: "Contact geblokkeerd",
    Action.REPORTED_TO_PLATFORM: "Gemeld bij het platform",
    Action.REMOVAL_REQUESTED: "Verzoek tot verwijdering gedaan",
    Action.AANGIFTE_ADVISED: "Aangifte geadviseerd",
}

# Keyed by the enum; each table is typed by its own enum, so values are looked up as Any.
LABELS: dict[type[Enum], Mapping[Any, str]] = {
    CaseKind: CASE_KIND, ReportedBy: REPORTED_BY, Role: ROLE, EntryKind: ENTRY_KIND,
    CaseStatus: CASE_STATUS, Precision: PRECISION, Priority: PRIORITY, Outcome: OUTCOME,
    AgreementStatus: AGREEMENT_STATUS, FollowUpAction: FOLLOWUP_ACTION, TodoState: TODO_STATE,
    TodoKind: TODO_KIND, StepState: STEP_STATE, FollowUpState: FOLLOWUP_STATE,
    AdviceAction: ADVICE_ACTION, EvidenceKind: EVIDENCE_KIND, EvidenceSource: EVIDENCE_SOURCE,
    Action: EVIDENCE_ACTION, SpecialCategory: SPECIAL_CATEGORY, Requester: REQUESTER,
    ReportChannel: REPORT_CHANNEL, Criterion: CRITERION,
    BullyingForm: BULLYING_FORM, Signal: SIGNAL,
}
