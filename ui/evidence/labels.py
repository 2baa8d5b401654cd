"""Translated labels for the evidence core's enums, kind badge colours, and sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.evidence import Action, EvidenceKind, EvidenceSource


def kind_label(kind: EvidenceKind) -> str:
    return {
        EvidenceKind.SCREENSHOT: QCoreApplication.translate("EvidenceLabels", "Screenshot"),
        EvidenceKind.PHOTO: QCoreApplication.translate("EvidenceLabels", "Photo"),
        EvidenceKind.VIDEO: QCoreApplication.translate("EvidenceLabels", "Video"),
        EvidenceKind.PDF: QCoreApplication.translate("EvidenceLabels", "PDF"),
        EvidenceKind.EMAIL: QCoreApplication.translate("EvidenceLabels", "E-mail"),
        EvidenceKind.CHAT: QCoreApplication.translate("EvidenceLabels", "Chat export"),
        EvidenceKind.DOCUMENT: QCoreApplication.translate("EvidenceLabels", "Document"),
        EvidenceKind.DESCRIBED_ONLY: QCoreApplication.translate("EvidenceLabels",
                                                                "Described only"),
    }[EvidenceKind(kind)]


def action_label(action: Action) -> str:
    return {
        Action.BLOCKED: QCoreApplication.translate("EvidenceLabels", "Contact blocked"),
        Action.REPORTED_TO_PLATFORM: QCoreApplication.translate("EvidenceLabels",
                                                                "Reported to the platform"),
        Action.REMOVAL_REQUESTED: QCoreApplication.translate("EvidenceLabels",
                                                             "Removal requested"),
        Action.AANGIFTE_ADVISED: QCoreApplication.translate("EvidenceLabels",
                                                            "Police report (aangifte) advised"),
    }[Action(action)]


def source_label(source: EvidenceSource) -> str:
    return {
        EvidenceSource.FILE: QCoreApplication.translate("EvidenceLabels", "File"),
        EvidenceSource.CLIPBOARD: QCoreApplication.translate("EvidenceLabels", "Pasted"),
        EvidenceSource.SCREEN_CAPTURE: QCoreApplication.translate("EvidenceLabels",
                                                                  "Screen capture"),
        EvidenceSource.CHAT_EXPORT: QCoreApplication.translate("EvidenceLabels",
                                                               "WhatsApp export"),
        EvidenceSource.DESCRIBED: QCoreApplication.translate("EvidenceLabels",
                                                             "Written description"),
    }[EvidenceSource(source)]


# (background, text) of the kind badge in the gallery
KIND_COLORS: dict[EvidenceKind, tuple[str, str]] = {
    EvidenceKind.SCREENSHOT: ("#dcebf7", "#1d4e75"),
    EvidenceKind.PHOTO: ("#e3f1df", "#2f5d27"),
    EvidenceKind.VIDEO: ("#efe3f5", "#5b2d72"),
    EvidenceKind.PDF: ("#fbe3df", "#8a2a1c"),
    EvidenceKind.EMAIL: ("#fbe9c8", "#7a4d00"),
    EvidenceKind.CHAT: ("#d9f2ec", "#1e5c4f"),
    EvidenceKind.DOCUMENT: ("#e8e8e8", "#4a4a4a"),
    EvidenceKind.DESCRIBED_ONLY: ("#f6e0e6", "#7d2140"),
}

PLATFORMS = ("WhatsApp", "Instagram", "TikTok", "Snapchat", "Discord", "YouTube", "X",
             "Facebook", "Telegram", "Roblox", "E-mail", "Sms")


def human_size(size: int) -> str:
    """1 234 567 -> "1,2 MB" in the interface language."""
    locale = QLocale()
    if size < 1024:
        return QCoreApplication.translate("EvidenceLabels", "%1 bytes").replace("%1", str(size))
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if size >= factor:
            return f"{locale.toString(size / factor, 'f', 1)} {unit}"
    return str(size)
