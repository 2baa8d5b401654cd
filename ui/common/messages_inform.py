"""tr() texts of the codes about who is informed (app/inform; see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def inform_texts() -> dict[str, str]:
    return {
        "todo.inform": QCoreApplication.translate("Messages", "Inform: {who} ({means})"),
        "inform.contact_entry": QCoreApplication.translate(
            "Messages", "Informed: {who} ({means}). {note}"),
        "inform.means_unknown": QCoreApplication.translate(
            "Messages", "Unknown means '{means}'; choose from: {allowed}."),
        "inform.reason_missing": QCoreApplication.translate(
            "Messages", "Write down why you deliberately do not inform."),
        "inform.item_unknown": QCoreApplication.translate(
            "Messages", "The protocol of this case has no '{item}' among whom to inform."),
            "measure.entry": QCoreApplication.translate("Messages", "Measure: {title}. {note}"),
        "measure.escalation_entry": QCoreApplication.translate(
            "Messages", "Passed on to {to_whom}. Reason: {reason}"),
        "measure.unknown": QCoreApplication.translate(
            "Messages", "Measure {id} does not exist."),
        "measure.phase_unknown": QCoreApplication.translate(
            "Messages", "The protocol of this case has no measure phase {phase}."),
        "measure.phase_taken": QCoreApplication.translate(
            "Messages", "'{title}' is already recorded; record its effect or choose the "
            "next rung."),
        "measure.effect_missing": QCoreApplication.translate(
            "Messages", "Write down what the measure achieved."),
    }
