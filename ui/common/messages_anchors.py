"""tr() texts of the audit-anchor comparison (verify against an export or a backup)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def anchor_texts() -> dict[str, str]:
    return {
        "anchor.checked": QCoreApplication.translate(
            "Messages", "compared with the audit anchor in '{file}' (line {line})"),
        "anchor.checked_file": QCoreApplication.translate(
            "Messages", "compared with '{file}'"),
        "anchor.unknown_file": QCoreApplication.translate(
            "Messages", "'{name}' is not a Pestdossier dossier, evidence package, manifest or "
            "backup."),
        "anchor.none_in_file": QCoreApplication.translate(
            "Messages", "Anchor: '{file}' holds no audit anchor (made with an older version of "
            "Pestdossier); there is nothing to compare."),
        "anchor.other_vault": QCoreApplication.translate(
            "Messages", "Anchor: '{file}' comes from another vault, not from this one; compare "
            "with an export or backup of this vault."),
        "anchor.line_gone": QCoreApplication.translate(
            "Messages", "Anchor: audit line {line} from '{file}' is no longer in the vault: the "
            "audit log was cut back or wiped, or the vault was restored from an older backup."),
        "anchor.line_rewritten": QCoreApplication.translate(
            "Messages", "Anchor: audit line {line} from '{file}' is no longer the same in the "
            "vault: the history up to that line was rewritten (or the vault was restored from "
            "an older backup and used afterwards)."),
        "anchor.chain_not_whole": QCoreApplication.translate(
            "Messages", "Anchor: audit line {line} from '{file}' is still in the vault, but the "
            "audit log around it no longer adds up."),
        "anchor.export_destroyed": QCoreApplication.translate(
            "Messages", "Anchor: '{file}' comes from this vault (after audit line {line}), but "
            "the case it was exported from after that line has since been destroyed; whether "
            "this is exactly that file can no longer be checked."),
        "anchor.export_gone": QCoreApplication.translate(
            "Messages", "Anchor: '{file}' comes from this vault (after audit line {line}), but "
            "the audit log knows no export of exactly this file: it was changed after the "
            "export, or lines were removed from the audit log."),
    }
