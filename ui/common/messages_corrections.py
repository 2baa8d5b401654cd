"""tr() texts of withdrawing and correcting (see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def corrections_texts() -> dict[str, str]:
    return {
        "reason.missing": QCoreApplication.translate(
            "Messages", "Give a reason; it is kept, even when the content is gone."),
        "reason.too_long": QCoreApplication.translate(
            "Messages", "The reason is too long (at most {limit} characters)."),
        "evidence.already_withdrawn": QCoreApplication.translate(
            "Messages", "Evidence item {item} has already been withdrawn."),
        "evidence.withdrawn_no_file": QCoreApplication.translate(
            "Messages", "Evidence item {item} was withdrawn; its file has been deleted."),
        "entry.withdrawn": QCoreApplication.translate(
            "Messages", "This timeline entry was withdrawn; its text can no longer be "
            "changed."),
        "entry.already_withdrawn": QCoreApplication.translate(
            "Messages", "This timeline entry has already been withdrawn."),
        "person.in_other_cases": QCoreApplication.translate(
            "Messages", "This person is also in {cases}. Remove the person from this case "
            "only, or first from the other cases too."),
        "person.has_records": QCoreApplication.translate(
            "Messages", "This person is in the support group, an agreement or a report of "
            "this case; those are kept. Remove the person from this case instead of deleting "
            "them."),
        "verify.withdrawal_not_in_audit": QCoreApplication.translate(
            "Messages", "Evidence: item {item} of {case} was withdrawn without a line in the "
            "audit log; it was emptied outside the app."),
        "verify.withdrawn_with_bytes": QCoreApplication.translate(
            "Messages", "Evidence: item {item} of {case} was withdrawn but still holds "
            "bytes."),
    }
