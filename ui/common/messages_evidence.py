"""tr() texts of the core's codes about evidence, WhatsApp exports, dossiers, evidence
packages and letters (see ui/common/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _import_texts() -> dict[str, str]:
    return {
        "evidence.not_saved": QCoreApplication.translate(
            "Messages", "The evidence could not be saved."),
        "evidence.empty_file": QCoreApplication.translate(
            "Messages", "The file is empty (0 bytes); nothing was saved."),
        "evidence.empty_named_file": QCoreApplication.translate(
            "Messages", "'{name}' is empty (0 bytes); nothing was saved."),
        "evidence.unreadable_file": QCoreApplication.translate(
            "Messages", "The file cannot be read; check that it still exists and that you may "
            "open it."),
        "evidence.is_a_folder": QCoreApplication.translate(
            "Messages", "'{name}' is a folder, not a file."),
        "evidence.not_a_regular_file": QCoreApplication.translate(
            "Messages", "'{name}' is not a regular file (but a device or a pipe, for "
            "example); only regular files can become evidence."),
        "evidence.changed_during_import": QCoreApplication.translate(
            "Messages", "The file '{name}' changed while it was being imported; nothing was "
            "saved. Try again when the file is complete."),
        "evidence.file_missing": QCoreApplication.translate(
            "Messages", "The file '{name}' does not exist (any more)."),
        "evidence.no_access": QCoreApplication.translate(
            "Messages", "Pestdossier may not read '{name}' (no access). Copy the file to a "
            "folder of your own or ask your IT administrator for access."),
        "evidence.cannot_read": QCoreApplication.translate(
            "Messages", "'{name}' cannot be read."),
        "evidence.cannot_read_fully": QCoreApplication.translate(
            "Messages", "'{name}' cannot be read (completely)."),
        "evidence.too_large": QCoreApplication.translate(
            "Messages", "The file is too large to keep as evidence."),
        "evidence.too_large_for_limit": QCoreApplication.translate(
            "Messages", "The file is too large ({size}); the limit for evidence in this vault is "
            "{limit}. Trim a video or change the limit in the settings."),
        "evidence.import_cancelled": QCoreApplication.translate(
            "Messages", "Import cancelled; nothing was saved."),
        "evidence.duplicate": QCoreApplication.translate(
            "Messages", "This file is already in the case file as evidence item {item} ({name}); "
            "nothing was saved twice."),
        "evidence.limit_too_low": QCoreApplication.translate(
            "Messages", "The limit for evidence must be at least 1 MB."),
        "evidence.no_preview": QCoreApplication.translate(
            "Messages", "Pestdossier cannot show this image format; the file was kept unchanged."),
        "evidence.image_not_checked": QCoreApplication.translate(
            "Messages", "This image is too large to check or show; the file was kept unchanged."),
        "evidence.damaged_image": QCoreApplication.translate(
            "Messages", "The image is damaged or incomplete and cannot be shown; the file was "
            "kept unchanged as a document."),
        "evidence.not_an_image": QCoreApplication.translate(
            "Messages", "'{name}' has the name of an image but is not an image; the file was "
            "kept unchanged as a document."),
        "evidence.chat_too_large": QCoreApplication.translate(
            "Messages", "This export is too large to read as a chat; the file was kept unchanged "
            "as a document."),
        "evidence.not_a_chat": QCoreApplication.translate(
            "Messages", "{reason} The file was kept unchanged as a document."),
    }


def _keeping_texts() -> dict[str, str]:
    return {
        "evidence.not_found": QCoreApplication.translate(
            "Messages", "This evidence item does not exist (any more)."),
        "evidence.too_large_to_open": QCoreApplication.translate(
            "Messages", "This evidence item is too large to open in one go."),
        "evidence.only_described": QCoreApplication.translate(
            "Messages", "Evidence item {item} is described only; there is no file to open."),
        "evidence.url_with_space": QCoreApplication.translate(
            "Messages", "'{url}' is not a valid web address (it contains a space)."),
        "evidence.description_too_long": QCoreApplication.translate(
            "Messages", "The description is too long; keep to the facts."),
        "evidence.description_missing": QCoreApplication.translate(
            "Messages", "Describe in words what could be seen and where it went round (without "
            "the image itself)."),
        "evidence.already_described": QCoreApplication.translate(
            "Messages", "Evidence item {item} no longer holds an image."),
        "evidence.session_kind": QCoreApplication.translate(
            "Messages", "A collection session is a conversation or a note."),
        "evidence.other_case": QCoreApplication.translate(
            "Messages", "An evidence item belongs to another case."),
        "evidence.entry_of_other_case": QCoreApplication.translate(
            "Messages", "The evidence and the timeline entry belong to different cases."),
    }


def _chat_texts() -> dict[str, str]:
    return {
        "chat.unknown_format": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the format is "
            "unknown."),
        "chat.not_utf8": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the text is "
            "not UTF-8."),
        "chat.empty": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the file is "
            "empty."),
        "chat.no_timestamps": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: no lines with "
            "a date and time found."),
        "chat.first_line_not_timestamp": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the first line "
            "does not start with a date and time."),
        "chat.zip_without_chat": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the zip file "
            "holds no chat (.txt)."),
        "chat.zip_with_several_chats": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the zip file "
            "holds more than one chat (.txt)."),
        "chat.zip_too_many_files": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the zip file "
            "holds too many files."),
        "chat.zip_unsafe_name": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the zip file "
            "holds an unsafe file name."),
        "chat.zip_bomb": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the zip file "
            "unpacks suspiciously large."),
        "chat.zip_chat_too_large": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the chat in "
            "the zip file is too large."),
        "chat.zip_damaged": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the zip file "
            "is damaged or encrypted."),
        "chat.too_large": QCoreApplication.translate(
            "Messages", "This file is not a WhatsApp export Pestdossier can read: the file is "
            "too large to read as a chat."),
        "chat.telegram_not_json": QCoreApplication.translate(
            "Messages", "This file is not a Telegram export Pestdossier can read: result.json "
            "is not valid JSON."),
        "chat.telegram_no_messages": QCoreApplication.translate(
            "Messages", "This file is not a Telegram export Pestdossier can read: it holds no "
            "messages."),
        "chat.telegram_full_export": QCoreApplication.translate(
            "Messages", "This file is not a Telegram export Pestdossier can read: it is an "
            "export of the whole account; export the history of one chat."),
        "chat.telegram_damaged": QCoreApplication.translate(
            "Messages", "This file is not a Telegram export Pestdossier can read: a message "
            "has no valid date."),
    }


def _handover_texts() -> dict[str, str]:
    return {
        "dossier.not_saved": QCoreApplication.translate(
            "Messages", "The dossier could not be saved; nothing was written."),
        "dossier.password_empty": QCoreApplication.translate(
            "Messages", "The PDF password is empty."),
        "dossier.unknown_profile": QCoreApplication.translate(
            "Messages", "Unknown kind of dossier '{profile}'; choose from: coordinator, police "
            "or summary."),
        "dossier.step_report": QCoreApplication.translate(
            "Messages", "Report: {step}"),
        "dossier.name_leak": QCoreApplication.translate(
            "Messages", "The dossier was not saved: '{form}' is still readable on page {page} "
            "({count} hidden form(s) found). Change the text or add the spelling to the "
            "identity register."),
        "dossier.not_leak_checked": QCoreApplication.translate(
            "Messages", "A pseudonymised dossier is only saved after the check for names; "
            "nothing was written."),
        "dossier.case_description": QCoreApplication.translate(
            "Messages", "Description of the case"),
        "dossier.unlinked_hidden": QCoreApplication.translate(
            "Messages", "Who is this? {names} appear in the evidence but are linked to nobody; "
            "in this dossier they are called 'onbekend account 1', and so on. Link them to a "
            "person in the identity register."),
        "identity.value_missing": QCoreApplication.translate(
            "Messages", "Enter a nickname, account, phone number or e-mail address."),
        "identity.email_invalid": QCoreApplication.translate(
            "Messages", "'{value}' is not an e-mail address."),
        "identity.phone_invalid": QCoreApplication.translate(
            "Messages", "'{value}' is not a phone number."),
        "identity.duplicate": QCoreApplication.translate(
            "Messages", "'{value}' is already listed for this person."),
        "identity.not_found": QCoreApplication.translate(
            "Messages", "This form no longer exists."),
        "account.name_missing": QCoreApplication.translate(
            "Messages", "Enter an account name (@name) or a display name."),
        "account.too_long": QCoreApplication.translate(
            "Messages", "A field of the account is too long (500 characters at most)."),
        "account.not_found": QCoreApplication.translate(
            "Messages", "This account no longer exists."),
        "account.person_not_in_case": QCoreApplication.translate(
            "Messages", "This person is not involved in this case."),
        "account.duplicate": QCoreApplication.translate(
            "Messages", "The account '{value}' is already in this case's list."),
        "dossier.images_as_jpeg": QCoreApplication.translate(
            "Messages", "{count} large image(s) included as JPEG to keep the file small"),
        "dossier.image_not_shown": QCoreApplication.translate(
            "Messages", "{item}: the image could not be shown"),
        "package.same_name_as_pdf": QCoreApplication.translate(
            "Messages", "Choose a different file name for the package than for the PDF."),
        "package.evidence_changed": QCoreApplication.translate(
            "Messages", "An evidence item in the vault no longer matches the original; no "
            "package was made. Run 'Check vault'."),
        "package.item_changed": QCoreApplication.translate(
            "Messages", "Evidence item {item} ({name}) in the vault no longer matches the "
            "original (a different SHA-256); no package was made."),
        "letter.child_missing": QCoreApplication.translate(
            "Messages", "Choose the child this letter is about."),
        "letter.child_not_in_case": QCoreApplication.translate(
            "Messages", "This child is not involved in this case."),
        "letter.names_other_child": QCoreApplication.translate(
            "Messages", "The letter names another child: {name}."),
        "letter.names_role": QCoreApplication.translate(
            "Messages", "The letter names a role ('{word}'); leave it out."),
        "letter.template_unreadable": QCoreApplication.translate(
            "Messages", "The letter template cannot be read."),
        "letter.template_missing": QCoreApplication.translate(
            "Messages", "There is no letter template '{template}'."),
        "letter.template_without_subject": QCoreApplication.translate(
            "Messages", "Letter template {template}: the first line after the header must start "
            "with 'Onderwerp:'."),
        "letter.field_unfilled": QCoreApplication.translate(
            "Messages", "Fill in [{field}] first."),
        "letter.template_unknown_value": QCoreApplication.translate(
            "Messages", "Letter template {template}: '{value}' does not fit '{key}'; "
            "choose from: {allowed}."),
        "letter.template_unknown_field": QCoreApplication.translate(
            "Messages", "Letter template {template}: unknown field '{field}'; choose from "
            "{allowed}."),
    }


def evidence_texts() -> dict[str, str]:
    return {**_import_texts(), **_keeping_texts(), **_chat_texts(), **_handover_texts()}
