"""Translated labels and chip colours for the case work enums (the core keeps Dutch values)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.casework import AdviceAction, AgreementStatus, Outcome, Priority, TodoState
from app.protocols import StepState

# (background, text) of a chip
STEP_COLORS: dict[str, tuple[str, str]] = {
    "done": ("#e3f1df", "#2f5d27"),
    "current": ("#dcebf7", "#1d4e75"),
    "upcoming": ("#eef1f3", "#4a5860"),
    "overdue": ("#f9dedc", "#8c1d18"),
    "blocked": ("#fbe9c8", "#7a4d00"),
    "skipped": ("#e8e8e8", "#4a4a4a"),
    "cancelled": ("#e8e8e8", "#4a4a4a"),
    "due": ("#dcebf7", "#1d4e75"),
    "suggested": ("#eef1f3", "#1d4e75"),
}
PRIORITY_COLORS: dict[Priority, tuple[str, str]] = {
    Priority.NORMAAL: ("#eef1f3", "#4a5860"),
    Priority.HOOG: ("#fbe9c8", "#7a4d00"),
    Priority.ACUUT: ("#b3261e", "#ffffff"),
}
AGREEMENT_COLORS: dict[AgreementStatus, tuple[str, str]] = {
    AgreementStatus.OPEN: ("#dcebf7", "#1d4e75"),
    AgreementStatus.KEPT: ("#e3f1df", "#2f5d27"),
    AgreementStatus.BROKEN: ("#f9dedc", "#8c1d18"),
}


def step_state_label(state: str) -> str:
    return {
        StepState.DONE.value: QCoreApplication.translate("CaseworkLabels", "Done"),
        StepState.CURRENT.value: QCoreApplication.translate("CaseworkLabels", "Now"),
        StepState.UPCOMING.value: QCoreApplication.translate("CaseworkLabels", "Coming up"),
        StepState.OVERDUE.value: QCoreApplication.translate("CaseworkLabels", "Overdue"),
        StepState.BLOCKED.value: QCoreApplication.translate("CaseworkLabels", "Waiting"),
        StepState.SKIPPED.value: QCoreApplication.translate("CaseworkLabels", "Skipped"),
        "cancelled": QCoreApplication.translate("CaseworkLabels", "Cancelled"),
        TodoState.DUE.value: QCoreApplication.translate("CaseworkLabels", "Now"),
    }[str(state)]


def todo_state_label(state: TodoState) -> str:
    return {
        TodoState.OVERDUE: QCoreApplication.translate("CaseworkLabels", "Overdue"),
        TodoState.DUE: QCoreApplication.translate("CaseworkLabels", "Due now"),
        TodoState.UPCOMING: QCoreApplication.translate("CaseworkLabels", "Coming up"),
        TodoState.BLOCKED: QCoreApplication.translate("CaseworkLabels", "Waiting"),
        TodoState.SUGGESTED: QCoreApplication.translate("CaseworkLabels", "Proposed"),
    }[TodoState(state)]


def priority_label(priority: Priority) -> str:
    return {
        Priority.NORMAAL: QCoreApplication.translate("CaseworkLabels", "Normal"),
        Priority.HOOG: QCoreApplication.translate("CaseworkLabels", "High"),
        Priority.ACUUT: QCoreApplication.translate("CaseworkLabels", "Acute"),
    }[Priority(priority)]


def agreement_status_label(status: AgreementStatus) -> str:
    return {
        AgreementStatus.OPEN: QCoreApplication.translate("CaseworkLabels", "Open"),
        AgreementStatus.KEPT: QCoreApplication.translate("CaseworkLabels", "Kept"),
        AgreementStatus.BROKEN: QCoreApplication.translate("CaseworkLabels", "Broken"),
    }[AgreementStatus(status)]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.GESTOPT: QCoreApplication.translate("CaseworkLabels", "The bullying has stopped"),
        Outcome.VERMINDERD: QCoreApplication.translate(
            "CaseworkLabels", "The bullying has decreased"),
        Outcome.NIET_GESTOPT: QCoreApplication.translate(
            "CaseworkLabels", "The bullying has not stopped"),
        Outcome.OVERGEDRAGEN: QCoreApplication.translate(
            "CaseworkLabels", "Handed over to someone else"),
        Outcome.GEEN_PESTEN: QCoreApplication.translate(
            "CaseworkLabels", "Turned out not to be bullying (teasing or a conflict)"),
    }[Outcome(outcome)]


def advice_label(action: AdviceAction) -> str:
    # Context "OffencesPanel": the labels lived in that panel before.
    return {
        AdviceAction.AANGIFTE_GEADVISEERD: QCoreApplication.translate(
            "OffencesPanel", "Advised to file a police report"),
        AdviceAction.POLITIE_INGELICHT: QCoreApplication.translate(
            "OffencesPanel", "Police contact informed"),
        AdviceAction.VERWIJDERVERZOEK: QCoreApplication.translate(
            "OffencesPanel", "Advised to ask the platform to remove it"),
    }[AdviceAction(action)]

