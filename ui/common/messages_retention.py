"""tr() texts of the retention and consent codes (see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _retention_texts() -> dict[str, str]:
    return {
        "retention.rule_unknown": QCoreApplication.translate(
            "Messages", "There is no retention rule '{rule}'. Choose from: {allowed}."),
        "retention.reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason for this retention period."),
        "retention.custom_date_missing": QCoreApplication.translate(
            "Messages", "Choose the date until which the case is kept."),
        "retention.pending_open": QCoreApplication.translate(
            "Messages", "Not known yet: the case is still open."),
        "retention.pending_leaving_date": QCoreApplication.translate(
            "Messages", "Not known yet: the date the pupil leaves the school is missing."),
        "retention.pending_custom_date": QCoreApplication.translate(
            "Messages", "Not known yet: no date was chosen."),
        "retention.pending_rule_missing": QCoreApplication.translate(
            "Messages", "Not known yet: the retention rule '{rule}' is in no rules file "
            "any more."),
        "retention.explain_closing_open": QCoreApplication.translate(
            "Messages", "Set once the case is closed: the end of the school year (31 July) in "
            "which the case was closed and the follow-up ended, plus {margin} for the yearly "
            "report."),
        "retention.explain_closing": QCoreApplication.translate(
            "Messages", "Closed on {closed}; that school year ends on {year_end}; plus "
            "{margin} for the yearly report."),
        "retention.explain_closing_followup": QCoreApplication.translate(
            "Messages", "Closed on {closed}, last follow-up on {followup}; that school year "
            "ends on {year_end}; plus {margin} for the yearly report."),
        "retention.explain_leaving_unknown": QCoreApplication.translate(
            "Messages", "{term} after the date the pupil leaves the school; fill in that "
            "date."),
        "retention.explain_leaving": QCoreApplication.translate(
            "Messages", "The pupil leaves the school on {leaves_on}; plus {term}."),
        "retention.explain_custom_missing": QCoreApplication.translate(
            "Messages", "Choose a date."),
        "retention.explain_custom": QCoreApplication.translate(
            "Messages", "A date you chose."),
        "todo.retention_passed": QCoreApplication.translate(
            "Messages", "Retention period over: destroy or anonymise"),
    }


def _consent_texts() -> dict[str, str]:
    return {
        "consent.answer_without_asking": QCoreApplication.translate(
            "Messages", "Consent was not asked yet, so there is no answer either."),
        "consent.answer_missing": QCoreApplication.translate(
            "Messages", "Choose the pupil's answer."),
        "consent.how_missing": QCoreApplication.translate(
            "Messages", "Write down how consent was given."),
        "consent.partly_note_missing": QCoreApplication.translate(
            "Messages", "Write in the note what the pupil did and did not consent to."),
    }


def retention_texts() -> dict[str, str]:
    return {**_retention_texts(), **_consent_texts()}
