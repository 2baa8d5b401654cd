"""Translated display labels for the core's enums (the core keeps its Dutch values)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain import (
    CaseKind,
    CaseStatus,
    EntryKind,
    Precision,
    ReportedBy,
    Requester,
    Role,
    SpecialCategory,
)


def kind_label(kind: CaseKind) -> str:
    return {
        CaseKind.PESTEN: QCoreApplication.translate("Labels", "Bullying"),
        CaseKind.ONLINE_PESTEN: QCoreApplication.translate("Labels", "Online bullying"),
        CaseKind.PLAGEN: QCoreApplication.translate("Labels", "Teasing"),
        CaseKind.CONFLICT: QCoreApplication.translate("Labels", "Conflict"),
        CaseKind.INCIDENT: QCoreApplication.translate("Labels", "Incident"),
    }[CaseKind(kind)]


def status_label(status: CaseStatus) -> str:
    return {
        CaseStatus.NIEUW: QCoreApplication.translate("Labels", "New"),
        CaseStatus.IN_BEHANDELING: QCoreApplication.translate("Labels", "In progress"),
        CaseStatus.MONITORING: QCoreApplication.translate("Labels", "Monitoring"),
        CaseStatus.GESLOTEN: QCoreApplication.translate("Labels", "Closed"),
    }[CaseStatus(status)]


def reported_by_label(reported_by: ReportedBy) -> str:
    return {
        ReportedBy.LEERLING: QCoreApplication.translate("Labels", "Student"),
        ReportedBy.OUDER: QCoreApplication.translate("Labels", "Parent or carer"),
        ReportedBy.MEDEWERKER: QCoreApplication.translate("Labels", "Staff member"),
        ReportedBy.ANONIEM: QCoreApplication.translate("Labels", "Anonymous mailbox"),
    }[ReportedBy(reported_by)]


def role_label(role: Role) -> str:
    return {
        Role.GEPESTE: QCoreApplication.translate("Labels", "Bullied student"),
        Role.PESTER: QCoreApplication.translate("Labels", "Bully"),
        Role.MEELOPER: QCoreApplication.translate("Labels", "Follower"),
        Role.AANMOEDIGER: QCoreApplication.translate("Labels", "Encourager"),
        Role.BUITENSTAANDER: QCoreApplication.translate("Labels", "Bystander"),
        Role.VERDEDIGER: QCoreApplication.translate("Labels", "Defender or helper"),
        Role.OUDER: QCoreApplication.translate("Labels", "Parent or carer"),
        Role.MENTOR: QCoreApplication.translate("Labels", "Mentor"),
        Role.GETUIGE: QCoreApplication.translate("Labels", "Witness"),
        Role.ANDERS: QCoreApplication.translate("Labels", "Other"),
    }[Role(role)]


def entry_kind_label(kind: EntryKind) -> str:
    return {
        EntryKind.MELDING: QCoreApplication.translate("Labels", "Report"),
        EntryKind.INCIDENT: QCoreApplication.translate("Labels", "Incident"),
        EntryKind.OBSERVATIE: QCoreApplication.translate("Labels", "Observation"),
        EntryKind.GESPREK: QCoreApplication.translate("Labels", "Conversation"),
        EntryKind.AFSPRAAK: QCoreApplication.translate("Labels", "Agreement"),
        EntryKind.OUDERCONTACT: QCoreApplication.translate("Labels", "Contact with parents"),
        EntryKind.MAATREGEL: QCoreApplication.translate("Labels", "Measure"),
        EntryKind.OVERDRACHT: QCoreApplication.translate("Labels", "Handover"),
        EntryKind.NOTITIE: QCoreApplication.translate("Labels", "Note"),
    }[EntryKind(kind)]


def precision_label(precision: Precision) -> str:
    return {
        Precision.EXACT: QCoreApplication.translate("Labels", "Exact"),
        Precision.DATE: QCoreApplication.translate("Labels", "Date only"),
        Precision.APPROX: QCoreApplication.translate("Labels", "Approximately"),
    }[Precision(precision)]


def special_category_label(category: SpecialCategory) -> str:
    return {
        SpecialCategory.GEEN: QCoreApplication.translate("Labels", "None"),
        SpecialCategory.GEZONDHEID: QCoreApplication.translate("Labels", "Health"),
        SpecialCategory.SEKSUALITEIT: QCoreApplication.translate("Labels", "Sexuality"),
        SpecialCategory.ANDERS: QCoreApplication.translate("Labels", "Other special data"),
    }[SpecialCategory(category)]


def requester_label(requester: Requester) -> str:
    return {
        Requester.LEERLING: QCoreApplication.translate("Labels", "The pupil"),
        Requester.OUDER: QCoreApplication.translate("Labels", "A parent or guardian"),
    }[Requester(requester)]
