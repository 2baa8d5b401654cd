"""tr() texts of the non-pestcontract and the pupil's plan (see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def forms_texts() -> dict[str, str]:
    return {
        "form.not_found": QCoreApplication.translate(
            "Messages", "This contract or plan no longer exists."),
        "form.unknown_field": QCoreApplication.translate(
            "Messages", "Unknown field '{field}' for this form."),
        "form.field_too_long": QCoreApplication.translate(
            "Messages", "A field is too long (at most {limit} characters)."),
        "form.required_missing": QCoreApplication.translate(
            "Messages", "Fill in the first field of the form '{kind}'."),
        "form.pupil_is_adult": QCoreApplication.translate(
            "Messages", "A contract or plan is for a pupil, not for an adult."),
        "form.pupil_not_in_case": QCoreApplication.translate(
            "Messages", "This pupil is not part of this case."),
        "form.names_other_child": QCoreApplication.translate(
            "Messages", "The form names another child: {name}. It goes to the pupil and the "
            "parents; leave the name out or confirm."),
    }
