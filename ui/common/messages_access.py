"""tr() texts of the access-request codes and a person's date of birth (see
ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def access_texts() -> dict[str, str]:
    return {
        "person.born_in_future": QCoreApplication.translate(
            "Messages", "The date of birth {day} lies in the future."),
        "access.received_in_future": QCoreApplication.translate(
            "Messages", "The date of receipt ({day}) lies in the future."),
        "access.requester_unknown": QCoreApplication.translate(
            "Messages", "The date of birth of {name} is not known: say who made the request "
            "(the pupil or a parent), or fill in the date of birth."),
        "access.requester_for_age": QCoreApplication.translate(
            "Messages", "On the day of receipt, {expected:lower} exercises the rights of "
            "{name} (under 16 the parents or guardians, from 16 the pupil)."),
        "access.not_found": QCoreApplication.translate(
            "Messages", "Access request {request} does not exist."),
        "todo.access_request": QCoreApplication.translate(
            "Messages", "Answer the access request about {name} (received {received})"),
    }
