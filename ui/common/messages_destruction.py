"""tr() texts of the destruction and anonymisation codes (see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def destruction_texts() -> dict[str, str]:
    return {
        "case.anonymised": QCoreApplication.translate(
            "Messages", "This case was anonymised: it only counts in the yearly report and can "
            "no longer be changed."),
        "destruction.needs_confirmation": QCoreApplication.translate(
            "Messages", "Confirm first: {warnings}"),
        "destruction.not_confirmed": QCoreApplication.translate(
            "Messages", "Confirm the warnings first; nothing was changed."),
        "destruction.reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason for the destruction."),
        "destruction.already_anonymised": QCoreApplication.translate(
            "Messages", "This case is already anonymised."),
        "destruction.not_found": QCoreApplication.translate(
            "Messages", "The audit log has no destruction with number {record}."),
        "destruction.export_dossier": QCoreApplication.translate(
            "Messages", "on {at} a dossier was exported ({file}); that file is outside the "
            "vault and you must destroy it yourself"),
        "destruction.export_package": QCoreApplication.translate(
            "Messages", "on {at} an evidence package for the police was exported ({file}); "
            "that file is outside the vault and you must destroy it yourself"),
        "destruction.export_original": QCoreApplication.translate(
            "Messages", "on {at} an evidence item was exported ({file}); that file is outside "
            "the vault and you must destroy it yourself"),
        "destruction.export_letter": QCoreApplication.translate(
            "Messages", "on {at} a letter was exported ({file}); it is outside the vault and "
            "you must destroy it yourself"),
        "destruction.export_form": QCoreApplication.translate(
            "Messages", "on {at} a contract or plan was exported ({file}); it is outside the "
            "vault and you must destroy it yourself"),
        "destruction.work_open": QCoreApplication.translate(
            "Messages", "work is still open ({count}x), the first: {first} (due {due})"),
        "destruction.not_closed": QCoreApplication.translate(
            "Messages", "the case is not closed (status: {status:lower})"),
    }
