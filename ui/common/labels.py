"""Translated display labels for the core's enums (the core keeps its Dutch values)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
        ReportedBy.ANONIEM: QCoreApplication.translate("Labels", "Anonymous"),
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


def channel_label(channel: ReportChannel) -> str:
    return {
        ReportChannel.GESPREK: QCoreApplication.translate("Labels", "In a conversation"),
        ReportChannel.TELEFOON: QCoreApplication.translate("Labels", "By phone"),
        ReportChannel.EMAIL: QCoreApplication.translate("Labels", "By e-mail"),
        ReportChannel.BRIEVENBUS: QCoreApplication.translate("Labels", "Anonymous mailbox"),
        ReportChannel.MELDFORMULIER: QCoreApplication.translate("Labels", "Report form or app"),
        ReportChannel.MONITOR: QCoreApplication.translate("Labels", "From the monitor survey"),
        ReportChannel.WAARGENOMEN: QCoreApplication.translate("Labels", "Observed by staff"),
    }[ReportChannel(channel)]


def criterion_label(criterion: Criterion) -> str:
    return {
        Criterion.OPZET: QCoreApplication.translate("Labels", "On purpose"),
        Criterion.HERHAALD: QCoreApplication.translate("Labels", "Repeated over time"),
        Criterion.MACHTSVERSCHIL: QCoreApplication.translate("Labels", "Power imbalance"),
    }[Criterion(criterion)]


def criterion_hint(criterion: Criterion) -> str:
    """One line that says what the mark means (000 §1, 001 §2)."""
    return {
        Criterion.OPZET: QCoreApplication.translate(
            "Labels", "Meant to hurt, not an accident or a joke between friends."),
        Criterion.HERHAALD: QCoreApplication.translate(
            "Labels", "Aimed at the same student again and again, over a longer time."),
        Criterion.MACHTSVERSCHIL: QCoreApplication.translate(
            "Labels", "The student cannot defend themselves (stronger, more, or more popular)."),
    }[Criterion(criterion)]


def form_label(form: BullyingForm) -> str:
    return {
        BullyingForm.LICHAMELIJK: QCoreApplication.translate("Labels", "Physical"),
        BullyingForm.SPULLEN: QCoreApplication.translate("Labels", "Belongings"),
        BullyingForm.WOORDEN: QCoreApplication.translate("Labels", "Words"),
        BullyingForm.ACHTER_DE_RUG: QCoreApplication.translate("Labels", "Behind their back"),
        BullyingForm.BUITENSLUITEN: QCoreApplication.translate("Labels", "Exclusion, ignoring"),
        BullyingForm.DIGITAAL: QCoreApplication.translate("Labels", "Online"),
    }[BullyingForm(form)]


def signal_label(signal: Signal) -> str:
    return {
        Signal.TERUGGETROKKEN: QCoreApplication.translate("Labels", "Withdraws"),
        Signal.AGRESSIEVER: QCoreApplication.translate("Labels", "Cheekier or more aggressive"),
        Signal.ALLEEN: QCoreApplication.translate("Labels", "Keeps apart, sits alone"),
        Signal.BLIJFT_HANGEN: QCoreApplication.translate("Labels", "Lingers in the classroom"),
        Signal.SPULLEN_KWIJT: QCoreApplication.translate("Labels", "Belongings lost or broken"),
        Signal.SCHRIKT_ONLINE: QCoreApplication.translate("Labels", "Jumpy at computer or phone"),
        Signal.SCHOOLANGST: QCoreApplication.translate("Labels", "Does not want to go to school"),
        Signal.ZWIJGT_THUIS: QCoreApplication.translate("Labels", "Says nothing about school"),
        Signal.GEEN_VRIENDEN: QCoreApplication.translate("Labels", "Brings no friends home"),
        Signal.RESULTATEN: QCoreApplication.translate("Labels", "Worse results"),
        Signal.KLACHTEN: QCoreApplication.translate("Labels", "Headaches or stomach aches"),
        Signal.BLAUWE_PLEKKEN: QCoreApplication.translate("Labels", "Bruises"),
        Signal.SLAAP: QCoreApplication.translate("Labels", "Sleeps badly, nightmares"),
        Signal.PRIKKELBAAR: QCoreApplication.translate("Labels", "Irritable, angry or sad"),
        Signal.VERMIJDT: QCoreApplication.translate("Labels", "Avoids outdoors or clubs"),
    }[Signal(signal)]
