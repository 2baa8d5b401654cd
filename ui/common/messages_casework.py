"""tr() texts of the core's case-work codes: protocols and steps, agreements, follow-ups,
steungroep, status and urgency, strafbare feiten, the schedule's notes and 'to do'
(see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _protocol_texts() -> dict[str, str]:
    return {
        "protocol.none_chosen": QCoreApplication.translate(
            "Messages", "Choose a protocol for this case first."),
        "protocol.already_followed": QCoreApplication.translate(
            "Messages", "This case already follows this protocol."),
        "protocol.choice_not_found": QCoreApplication.translate(
            "Messages", "This protocol choice does not exist."),
        "protocol.not_found": QCoreApplication.translate(
            "Messages", "There is no protocol with id '{protocol}'."),
        "protocol.file_problem": QCoreApplication.translate(
            "Messages", "{file}: {detail}"),
        "protocol.file_problem_at_line": QCoreApplication.translate(
            "Messages", "{file}, line {line}: {detail}"),
        "step.unknown": QCoreApplication.translate(
            "Messages", "The protocol '{protocol}' has no step '{step}'."),
        "step.waits_for": QCoreApplication.translate(
            "Messages", "This step still waits for: {conditions:lcfirst}. Record that first, or "
            "give a reason to go ahead anyway."),
        "step.record_not_found": QCoreApplication.translate(
            "Messages", "This report does not exist (any more)."),
        "step.reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason."),
        "step.exception_not_found": QCoreApplication.translate(
            "Messages", "This deviation does not exist (any more)."),
        "condition.unknown": QCoreApplication.translate(
            "Messages", "The protocol '{protocol}' has no condition '{condition}'."),
        "condition.how_missing": QCoreApplication.translate(
            "Messages", "Write down how consent was given."),
        "choice.not_asked": QCoreApplication.translate(
            "Messages", "The step '{step}' asks for no choice."),
        "choice.unknown_option": QCoreApplication.translate(
            "Messages", "Choose from: {allowed}."),
        "choice.reason_missing": QCoreApplication.translate(
            "Messages", "Write down why you choose this approach."),
    }


def _agreement_texts() -> dict[str, str]:
    return {
        "agreement.text_missing": QCoreApplication.translate(
            "Messages", "Write down what was agreed."),
        "agreement.broken_note_missing": QCoreApplication.translate(
            "Messages", "Write down what happened: how was the agreement broken?"),
        "agreement.not_found": QCoreApplication.translate(
            "Messages", "This agreement does not exist (any more)."),
        "followup.not_in_protocol": QCoreApplication.translate(
            "Messages", "This follow-up does not belong to the protocol of this case."),
        "followup.move_reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason to move the follow-up."),
        "followup.cancel_reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason to cancel the follow-up."),
        "followup.after": QCoreApplication.translate(
            "Messages", "{label} (after {offset})"),
        "followup.round": QCoreApplication.translate(
            "Messages", "{label} (round {round})"),
        "steungroep.unusual_size": QCoreApplication.translate(
            "Messages", "The steungroep has {count} members; {low} to {high} is usual."),
        "steungroep.step_asks_no_ideas": QCoreApplication.translate(
            "Messages", "The step '{step}' does not ask the support group for ideas."),
        "steungroep.victim_is_member": QCoreApplication.translate(
            "Messages", "The bullied student does not belong in the steungroep."),
        "steungroep.victim_not_allowed": QCoreApplication.translate(
            "Messages", "The bullied student cannot be a member of the steungroep: the "
            "approach works because they are not there."),
        "steungroep.not_a_member": QCoreApplication.translate(
            "Messages", "Choose members of this case's steungroep."),
        "steungroep.ideas_missing": QCoreApplication.translate(
            "Messages", "Write down for each member what he or she is going to do."),
        "steungroep.results_missing": QCoreApplication.translate(
            "Messages", "Write down for each member what he or she has done."),
        "steungroep.idea_not_ik_ga": QCoreApplication.translate(
            "Messages", "{name}: write the idea as 'Ik ga ...' (I will ...)."),
        "steungroep.member_not_found": QCoreApplication.translate(
            "Messages", "This member is no longer in the steungroep."),
    }


def _status_texts() -> dict[str, str]:
    return {
        "status.close_with_outcome": QCoreApplication.translate(
            "Messages", "Close a case with an outcome."),
        "status.reopen_reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason to reopen the case."),
        "status.escalate_to_missing": QCoreApplication.translate(
            "Messages", "Write down to whom you hand over the case."),
        "status.escalate_reason_missing": QCoreApplication.translate(
            "Messages", "Write down why you hand over the case."),
        "priority.reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason for the urgency."),
        "priority.acute_because": QCoreApplication.translate(
            "Messages", "Acute because of {offences:lower}: act the same day."),
        "priority.high_because": QCoreApplication.translate(
            "Messages", "High because of {offences:lower}."),
        "priority.high_for_incident": QCoreApplication.translate(
            "Messages", "High: an incident calls for quick action."),
        "priority.no_urgency": QCoreApplication.translate(
            "Messages", "No sign of urgency."),
    }


def _offence_texts() -> dict[str, str]:
    return {
        "offence.unknown": QCoreApplication.translate(
            "Messages", "Unknown offence '{offence}'; choose from: {allowed}."),
        "offence.advice_incomplete": QCoreApplication.translate(
            "Messages", "Choose the offence and the advice given."),
        "offence.advice_to_whom_missing": QCoreApplication.translate(
            "Messages", "Write down to whom the advice was given."),
        "guide.none_for_step": QCoreApplication.translate(
            "Messages", "The step '{step}' has no conversation guide."),
        "mark.unknown": QCoreApplication.translate(
            "Messages", "Unknown mark '{mark}'; choose from: {allowed}."),
        "mark.clear_reason_missing": QCoreApplication.translate(
            "Messages", "Give a reason to clear the mark."),
        "mark.staff_sexual_offence_duty": QCoreApplication.translate(
            "Messages", "Sexual offence by a staff member against a pupil: every staff member, "
            "the confidential counsellor included, reports this at once to the board (bevoegd "
            "gezag). Confidentiality does not apply here. The board consults the "
            "vertrouwensinspecteur and files a police report when there is a reasonable "
            "suspicion."),
        "offence.disclaimer": QCoreApplication.translate(
            "Messages", "This is guidance for the school, not legal advice; the articles were "
            "checked in December 2026. When in doubt, consult the community police officer "
            "(wijkagent) or the Juridisch Loket."),
        "offence.secret_filming": QCoreApplication.translate(
            "Messages", "Filming or photographing in secret"),
        "offence.secret_filming_advice": QCoreApplication.translate(
            "Messages", "Make sure the images go no further and ask the platform to remove "
            "them. If they are sexual: do not copy or keep them yourself, describe what can be "
            "seen and involve the community police officer."),
        "offence.assault": QCoreApplication.translate("Messages", "Assault"),
        "offence.assault_advice": QCoreApplication.translate(
            "Messages", "Look after the pupil first; have an injury seen by a doctor if "
            "needed. Write down what happened and who saw it. Advise the parents to report it "
            "to the police; with serious injury involve the community police officer."),
        "offence.vandalism": QCoreApplication.translate("Messages", "Damaging belongings"),
        "offence.vandalism_advice": QCoreApplication.translate(
            "Messages", "Take photos of the damage and keep what was broken. Discuss repair or "
            "compensation; the parents can report it to the police."),
        "offence.stalking": QCoreApplication.translate("Messages", "Stalking (belaging)"),
        "offence.stalking_advice": QCoreApplication.translate(
            "Messages", "Advise the pupil not to respond and to break off contact. Have "
            "everything the stalker sends or does kept, with date and time, and tell the "
            "parents."),
        "offence.doxing": QCoreApplication.translate(
            "Messages", "Doxing: spreading someone's personal data to frighten them"),
        "offence.doxing_advice": QCoreApplication.translate(
            "Messages", "Keep the messages and links with the data and ask the platform to "
            "remove them. If the pupil feels threatened, involve the community police "
            "officer."),
        "offence.anyone_reports": QCoreApplication.translate(
            "Messages", "Not a klachtdelict: anyone can report it to the police, the school too. "
            "Usually the student and the parents do it together."),
        "offence.victim_reports": QCoreApplication.translate(
            "Messages", "Klachtdelict: only the victim can report it and ask for prosecution; "
            "for a student under 16 the parents or carers do so. This must happen within three "
            "months after the victim knew about it."),
        "offence.threat": QCoreApplication.translate(
            "Messages", "Threat"),
        "offence.threat_advice": QCoreApplication.translate(
            "Messages", "Take it seriously. Keep the messages, tell the community police officer "
            "and advise the parents to report it to the police. In immediate danger: call 112."),
        "offence.extortion": QCoreApplication.translate(
            "Messages", "Extortion or blackmail (including sextortion)"),
        "offence.extortion_advice": QCoreApplication.translate(
            "Messages", "Advise the student not to pay and not to send anything more. Keep the "
            "messages first, block afterwards. Bring in the community police officer and advise "
            "reporting it to the police."),
        "offence.insult": QCoreApplication.translate(
            "Messages", "Insult"),
        "offence.insult_advice": QCoreApplication.translate(
            "Messages", "Keep the messages. The student and the parents decide for themselves "
            "whether to report it; the school can help them."),
        "offence.defamation": QCoreApplication.translate(
            "Messages", "Defamation or slander"),
        "offence.defamation_advice": QCoreApplication.translate(
            "Messages", "Keep the messages and the links. Ask the platform to remove the "
            "messages. The student and the parents decide for themselves about reporting it."),
        "offence.sexual_image": QCoreApplication.translate(
            "Messages", "Spreading a sexual image"),
        "offence.sexual_image_advice": QCoreApplication.translate(
            "Messages", "Never copy, keep or forward the images yourself: describe what can be "
            "seen and where. Advise the parents to report it to the police and ask the platform "
            "to remove the images. Bring in the community police officer."),
        "offence.identity_fraud": QCoreApplication.translate(
            "Messages", "Identity fraud or fake profile"),
        "offence.identity_fraud_advice": QCoreApplication.translate(
            "Messages", "A fake profile is an offence when someone's details are misused and "
            "that can harm them; often it is insult or defamation too. Keep the link and "
            "screenshots and report the profile to the platform."),
        "offence.hacking": QCoreApplication.translate(
            "Messages", "Hacking (computer trespass)"),
        "offence.hacking_advice": QCoreApplication.translate(
            "Messages", "Help the student change the passwords and turn on two-step "
            "verification. Keep what was done from the account. Advise reporting it to the "
            "police."),
    }


def _schedule_texts() -> dict[str, str]:
    return {
        "schedule.unknown_step": QCoreApplication.translate(
            "Messages", "The progress names an unknown step '{step}'; ignored."),
        "schedule.round_after_max": QCoreApplication.translate(
            "Messages", "Round {round} of '{block}' began after the maximum duration of "
            "{max_total}."),
        "schedule.deviation": QCoreApplication.translate(
            "Messages", "Deviation: {reason}"),
        "schedule.skipped": QCoreApplication.translate(
            "Messages", "Skipped: {reason}"),
        "schedule.done_late": QCoreApplication.translate(
            "Messages", "Done later than planned: due by {latest}, done on {done}."),
        "schedule.done_before_step": QCoreApplication.translate(
            "Messages", "Done before step '{step}'."),
        "schedule.done_without_condition": QCoreApplication.translate(
            "Messages", "Done without this condition being recorded: {condition}."),
        "schedule.choice_missing": QCoreApplication.translate(
            "Messages", "The choice was not recorded: {question}"),
        "schedule.choice_unknown": QCoreApplication.translate(
            "Messages", "Unknown choice '{option}' recorded."),
        "schedule.choice_reason_missing": QCoreApplication.translate(
            "Messages", "The reason for the choice is missing."),
        "schedule.protocol_file_changed": QCoreApplication.translate(
            "Messages", "The protocol file has changed since it was chosen for this case; the "
            "deadlines follow the current version."),
        "todo.step": QCoreApplication.translate(
            "Messages", "{step}"),
        "todo.step_round": QCoreApplication.translate(
            "Messages", "{step} (round {round})"),
        "todo.step_waiting": QCoreApplication.translate(
            "Messages", "{step}, waiting for: {conditions}"),
        "todo.evaluate_agreement": QCoreApplication.translate(
            "Messages", "Evaluate agreement: {text}"),
        "todo.next_appointment": QCoreApplication.translate(
            "Messages", "Next appointment after: {step}"),
        "todo.monitor_summary": QCoreApplication.translate(
            "Messages", "Send the summary of the {year} safety monitor to the Inspectie "
            "(by 1 July)"),
        "todo.yearly_report": QCoreApplication.translate(
            "Messages", "Make the {school_year} yearly bullying report (Year overview)"),
        "todo.protocol_missing": QCoreApplication.translate(
            "Messages", "{case}: the protocol '{protocol}' is not available (any more)."),
    }


def casework_texts() -> dict[str, str]:
    return {**_protocol_texts(), **_agreement_texts(), **_status_texts(), **_offence_texts(),
            **_schedule_texts()}
