"""tr() texts of the core's codes: general errors, the vault, passwords, cases, people,
the timeline, files, the audit log and the vault check (see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _vault_texts() -> dict[str, str]:
    # Context "Errors": these sentences were the GUI's own before the core had codes.
    return {
        "vault.wrong_password": QCoreApplication.translate(
            "Errors", "The password is not correct. Check it and try again (mind Caps Lock)."),
        "vault.not_a_vault": QCoreApplication.translate(
            "Errors", "This file is not a Pestdossier vault."),
        "vault.damaged": QCoreApplication.translate(
            "Errors", "The vault is damaged. Open a backup copy or contact your IT "
            "administrator."),
        "vault.newer_version": QCoreApplication.translate(
            "Errors", "This vault was made with a newer version of Pestdossier. Update "
            "Pestdossier to open it."),
        "vault.in_use": QCoreApplication.translate(
            "Errors", "This vault is already open in another window or program."),
        "vault.not_found": QCoreApplication.translate(
            "Errors", "The vault file cannot be found. Is the USB stick connected?"),
        "vault.exists": QCoreApplication.translate(
            "Errors", "A file with that name already exists; choose another name."),
        "vault.weak_encryption": QCoreApplication.translate(
            "Errors", "This vault's encryption is weaker than required; Pestdossier will not "
            "open it."),
        "vault.disk_full": QCoreApplication.translate(
            "Errors", "The disk is full; nothing was saved. Free up some space and try again."),
        "vault.locked": QCoreApplication.translate("Errors", "The vault is locked."),
        "password.too_weak": QCoreApplication.translate("Errors", "This password is too weak."),
        "vault.cannot_open": QCoreApplication.translate(
            "Messages", "The vault cannot be opened."),
        "vault.no_cipher": QCoreApplication.translate(
            "Messages", "SQLCipher is not active; Pestdossier does not open an unencrypted vault."),
        "vault.rekey_not_proven": QCoreApplication.translate(
            "Messages", "The old password still opens the vault; the password was not changed."),
        "vault.others_open": QCoreApplication.translate(
            "Messages", "Another task is still running on the vault (an import or a backup, for "
            "example). The password was not changed; try again when that task has finished."),
        "vault.busy_for_password": QCoreApplication.translate(
            "Messages", "The vault's password is still being changed; try again in a moment."),
        "vault.side_file_moved": QCoreApplication.translate(
            "Messages", "A loose file beside the vault did not belong to it; it was moved "
            "aside as '{name}' and the vault was opened as it was."),
        "vault.first_page_damaged": QCoreApplication.translate(
            "Messages", "The password is correct, but the start of the vault is damaged; try "
            "a backup copy."),
        "vault.wrong_password_or_damaged": QCoreApplication.translate(
            "Messages", "The password is not correct (mind Caps Lock), or the start of the "
            "vault is damaged; then try a backup copy."),
        "vault.lock_file_unusable": QCoreApplication.translate(
            "Messages", "The lock file '{path}' is not a regular file (a folder or a "
            "shortcut); remove it and try again."),
    }


def _case_texts() -> dict[str, str]:
    return {
        "error.general": QCoreApplication.translate(
            "Messages", "Something went wrong."),
        "error.not_found": QCoreApplication.translate(
            "Messages", "Not found."),
        "error.invalid_input": QCoreApplication.translate(
            "Messages", "Invalid input."),
        "input.time_without_zone": QCoreApplication.translate(
            "Messages", "A time without a time zone."),
        "input.unknown_choice": QCoreApplication.translate(
            "Messages", "'{value}' is unknown; choose from: {allowed}"),
        "password.too_short": QCoreApplication.translate(
            "Messages", "Use at least {min_length} characters; a sentence of a few words is easy "
            "to remember and strong."),
        "password.too_long": QCoreApplication.translate(
            "Messages", "Use at most {max_length} characters."),
        "password.too_guessable": QCoreApplication.translate(
            "Messages", "This password is too easy to guess (a common word, name, date or "
            "keyboard row). Make it a sentence with a few unexpected words."),
        "case.not_found": QCoreApplication.translate(
            "Messages", "This case does not exist (any more)."),
        "case.reference_unknown": QCoreApplication.translate(
            "Messages", "There is no case with reference '{reference}'."),
        "case.title_missing": QCoreApplication.translate(
            "Messages", "Give the case a title."),
        "case.unknown_fields": QCoreApplication.translate(
            "Messages", "Unknown fields: {fields}"),
        "person.name_missing": QCoreApplication.translate(
            "Messages", "Fill in a name."),
        "person.not_found": QCoreApplication.translate(
            "Messages", "This person does not exist (any more)."),
        "participant.already_in_role": QCoreApplication.translate(
            "Messages", "This person is already in the case with this role."),
        "participant.not_found": QCoreApplication.translate(
            "Messages", "This person is no longer involved in the case."),
        "participant.not_in_case": QCoreApplication.translate(
            "Messages", "Choose participants from the people involved in this case."),
        "entry.text_missing": QCoreApplication.translate(
            "Messages", "Write down what happened."),
        "entry.not_found": QCoreApplication.translate(
            "Messages", "This timeline entry does not exist (any more)."),
        "file.is_a_folder": QCoreApplication.translate(
            "Messages", "'{path}' is a folder; give a file name."),
        "file.folder_missing": QCoreApplication.translate(
            "Messages", "The folder '{folder}' does not exist."),
        "file.missing": QCoreApplication.translate(
            "Messages", "The file '{name}' does not exist."),
        "file.unreadable": QCoreApplication.translate(
            "Messages", "The file '{name}' cannot be read."),
        "file.disk_full": QCoreApplication.translate(
            "Messages", "The folder '{folder}' is full; the file was not written and nothing "
            "was left half-written. Free up space or choose another folder."),
    }


def _verify_texts() -> dict[str, str]:
    return {
        "audit.line_missing": QCoreApplication.translate(
            "Messages", "Audit log: line {line} is missing or was replaced (found: {found})."),
        "audit.chain_broken": QCoreApplication.translate(
            "Messages", "Audit log: line {line} does not follow on from the line before."),
        "audit.line_changed": QCoreApplication.translate(
            "Messages", "Audit log: line {line} was changed after it was written."),
        "audit.tail_missing": QCoreApplication.translate(
            "Messages", "Audit log: the last lines are missing or were replaced."),
        "audit.head_missing": QCoreApplication.translate(
            "Messages", "Audit log: the start of the chain is missing."),
        "verify.checked_storage": QCoreApplication.translate(
            "Messages", "storage"),
        "verify.checked_storage_pages": QCoreApplication.translate(
            "Messages", "encrypted storage (every page)"),
        "verify.checked_audit": QCoreApplication.translate(
            "Messages", "audit log ({lines} lines)"),
        "verify.checked_vault": QCoreApplication.translate(
            "Messages", "vault"),
        "verify.checked_evidence": QCoreApplication.translate(
            "Messages", "evidence ({count} items, {size} hashed again)"),
        "verify.checked_evidence_partly": QCoreApplication.translate(
            "Messages", "evidence ({checked} of {total}, cancelled)"),
        "verify.checked_evidence_unreadable": QCoreApplication.translate(
            "Messages", "evidence"),
        "verify.storage_problems": QCoreApplication.translate(
            "Messages", "Storage: the encrypted storage is damaged in {count} place(s)."),
        "verify.storage_damaged": QCoreApplication.translate(
            "Messages", "Storage: the vault is damaged and cannot be checked."),
        "verify.vault_damaged": QCoreApplication.translate(
            "Messages", "The vault is damaged; this check could not be finished."),
        "verify.evidence_unreadable": QCoreApplication.translate(
            "Messages", "Evidence: the evidence cannot be read."),
        "verify.evidence_cancelled": QCoreApplication.translate(
            "Messages", "Evidence: check cancelled; not every item was checked."),
        "verify.evidence_incomplete": QCoreApplication.translate(
            "Messages", "Evidence: item {item} of {case} is incomplete ({read} of {size} bytes "
            "read back)."),
        "verify.evidence_changed": QCoreApplication.translate(
            "Messages", "Evidence: item {item} of {case} has changed since it was imported (the "
            "SHA-256 no longer matches)."),
        "verify.evidence_read_failed": QCoreApplication.translate(
            "Messages", "Evidence: something went wrong while reading it back."),
        "verify.described_with_bytes": QCoreApplication.translate(
            "Messages", "Evidence: item {item} of {case} is described only but still holds bytes."),
        "verify.orphan_chunks": QCoreApplication.translate(
            "Messages", "Evidence: {count} loose blocks without an item found."),
        "verify.evidence_not_as_imported": QCoreApplication.translate(
            "Messages", "Evidence: the stored SHA-256 of item {item} of {case} is not the one "
            "the audit log recorded at import; the item was changed afterwards."),
        "verify.evidence_not_in_audit": QCoreApplication.translate(
            "Messages", "Evidence: item {item} of {case} is not in the audit log; it was added "
            "outside the app."),
    }


def core_texts() -> dict[str, str]:
    return {**_vault_texts(), **_case_texts(), **_verify_texts()}
