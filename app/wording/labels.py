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
from app.domain import CaseKind, CaseStatus, EntryKind, Precision, ReportedBy, Role
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
    ReportedBy.ANONIEM: "Anonieme brievenbus",
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
}
TODO_KIND = {
    TodoKind.STEP: "stap",
    TodoKind.FOLLOW_UP: "vervolg",
    TodoKind.VAULT: "schooljaar",
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
    Action: EVIDENCE_ACTION,
}
