"""Translated titles and row labels of the year overview (the PDF has its own Dutch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Brand names: the same in every language, so not translated.
PLATFORM_NAMES = {"whatsapp": "WhatsApp", "instagram": "Instagram", "snapchat": "Snapchat",
                  "tiktok": "TikTok", "discord": "Discord", "youtube": "YouTube",
                  "facebook": "Facebook", "x": "X (Twitter)", "telegram": "Telegram",
                  "sms": "SMS"}


def table_titles() -> dict[str, str]:
    return {
        "soort": QCoreApplication.translate("YearOverview", "Kind of case"),
        "vorm": QCoreApplication.translate("YearOverview", "Form of bullying"),
        "platform": QCoreApplication.translate("YearOverview", "Platform (online bullying)"),
        "gemeld_door": QCoreApplication.translate("YearOverview", "Reported by"),
        "gemeld_hoe": QCoreApplication.translate("YearOverview", "How it was reported"),
        "protocol": QCoreApplication.translate("YearOverview", "Protocol followed"),
        "uitkomst": QCoreApplication.translate("YearOverview", "Outcome at the end of the period"),
        "urgentie": QCoreApplication.translate("YearOverview", "Urgency"),
        "kenmerken": QCoreApplication.translate("YearOverview", "Particulars"),
        "strafbaar_feit": QCoreApplication.translate("YearOverview", "Offences considered"),
        "groep": QCoreApplication.translate("YearOverview", "Group or year"),
        "vervolg": QCoreApplication.translate("YearOverview", "Protocol follow-ups"),
        "eerste_actie": QCoreApplication.translate(
            "YearOverview", "Days from report to first action"),
        "afsluiten": QCoreApplication.translate("YearOverview", "Days from report to closing"),
        "per_maand": QCoreApplication.translate("YearOverview", "Cases per month"),
    }


def row_labels() -> dict[str, str]:
    return {
        "niet-vastgelegd": QCoreApplication.translate("YearOverview", "not recorded"),
        "pesten": QCoreApplication.translate("YearOverview", "bullying"),
        "online-pesten": QCoreApplication.translate("YearOverview", "online bullying"),
        "plagen": QCoreApplication.translate("YearOverview", "teasing"),
        "conflict": QCoreApplication.translate("YearOverview", "conflict"),
        "incident": QCoreApplication.translate("YearOverview", "incident"),
        "leerling": QCoreApplication.translate("YearOverview", "student"),
        "ouder": QCoreApplication.translate("YearOverview", "parent"),
        "medewerker": QCoreApplication.translate("YearOverview", "staff member"),
        "anoniem": QCoreApplication.translate("YearOverview", "anonymous"),
        "lichamelijk": QCoreApplication.translate("YearOverview", "physical"),
        "spullen": QCoreApplication.translate("YearOverview", "belongings"),
        "woorden": QCoreApplication.translate("YearOverview", "words"),
        "achter-de-rug": QCoreApplication.translate("YearOverview", "behind someone's back"),
        "buitensluiten": QCoreApplication.translate("YearOverview", "exclusion"),
        "digitaal": QCoreApplication.translate("YearOverview", "online"),
        "gesprek": QCoreApplication.translate("YearOverview", "in a conversation"),
        "telefoon": QCoreApplication.translate("YearOverview", "by phone"),
        "e-mail": QCoreApplication.translate("YearOverview", "by e-mail"),
        "brievenbus": QCoreApplication.translate("YearOverview", "anonymous mailbox"),
        "meldformulier": QCoreApplication.translate("YearOverview", "report form or app"),
        "monitor": QCoreApplication.translate("YearOverview", "from the monitor survey"),
        "waargenomen": QCoreApplication.translate("YearOverview", "observed by staff"),
        "geen-protocol": QCoreApplication.translate("YearOverview", "no protocol chosen"),
        "gestopt": QCoreApplication.translate("YearOverview", "stopped"),
        "verminderd": QCoreApplication.translate("YearOverview", "reduced"),
        "niet-gestopt": QCoreApplication.translate("YearOverview", "not stopped"),
        "overgedragen": QCoreApplication.translate("YearOverview", "handed over"),
        "geen-pesten": QCoreApplication.translate("YearOverview", "no bullying"),
        "open": QCoreApplication.translate("YearOverview", "still open"),
        "normaal": QCoreApplication.translate("YearOverview", "normal"),
        "hoog": QCoreApplication.translate("YearOverview", "high"),
        "acuut": QCoreApplication.translate("YearOverview", "acute"),
        "open-einde": QCoreApplication.translate(
            "YearOverview", "still open at the end of the period"),
        "teruggekomen": QCoreApplication.translate("YearOverview", "came back (reopened)"),
        "strafbare-feiten": QCoreApplication.translate("YearOverview", "offences considered"),
        "politie": QCoreApplication.translate("YearOverview", "police informed or report advised"),
        "bedreiging": QCoreApplication.translate("YearOverview", "threat"),
        "afpersing": QCoreApplication.translate("YearOverview", "extortion"),
        "belediging": QCoreApplication.translate("YearOverview", "insult"),
        "smaad_laster": QCoreApplication.translate("YearOverview", "defamation"),
        "seksueel_beeld": QCoreApplication.translate("YearOverview", "sexual images"),
        "identiteitsfraude": QCoreApplication.translate("YearOverview", "identity fraud"),
        "heimelijk_filmen": QCoreApplication.translate("YearOverview", "secret filming"),
        "mishandeling": QCoreApplication.translate("YearOverview", "assault"),
        "vernieling": QCoreApplication.translate("YearOverview", "damage to belongings"),
        "belaging": QCoreApplication.translate("YearOverview", "stalking"),
        "doxing": QCoreApplication.translate("YearOverview", "doxing"),
        "hacken": QCoreApplication.translate("YearOverview", "hacking"),
        "games": QCoreApplication.translate("YearOverview", "games"),
        "anders": QCoreApplication.translate("YearOverview", "other platform"),
        "meerdere": QCoreApplication.translate("YearOverview", "several platforms"),
        "op-tijd": QCoreApplication.translate("YearOverview", "held on time"),
        "te-laat": QCoreApplication.translate("YearOverview", "held late"),
        "verlopen": QCoreApplication.translate("YearOverview", "lapsed, not held"),
        "0-7": QCoreApplication.translate("YearOverview", "0 to 7 days"),
        "8-14": QCoreApplication.translate("YearOverview", "8 to 14 days"),
        "15-30": QCoreApplication.translate("YearOverview", "15 to 30 days"),
        "31-60": QCoreApplication.translate("YearOverview", "31 to 60 days"),
        "61+": QCoreApplication.translate("YearOverview", "more than 60 days"),
        **PLATFORM_NAMES,
    }


def cell_text(text: str) -> str:
    """The small-number rule's words, translated; numbers and ranges pass through."""
    if text == "minder dan 5":
        return QCoreApplication.translate("YearOverview", "fewer than 5")
    if text == "verborgen":
        return QCoreApplication.translate("YearOverview", "hidden")
    return text
