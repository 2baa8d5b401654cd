"""Translated titles and row labels of the year overview (the PDF has its own Dutch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("YearOverview", text)


# Brand names: the same in every language, so not translated.
PLATFORM_NAMES = {"whatsapp": "WhatsApp", "instagram": "Instagram", "snapchat": "Snapchat",
                  "tiktok": "TikTok", "discord": "Discord", "youtube": "YouTube",
                  "facebook": "Facebook", "x": "X (Twitter)", "telegram": "Telegram",
                  "sms": "SMS"}


def table_titles() -> dict[str, str]:
    return {
        "soort": _t("Kind of case"), "vorm": _t("Form of bullying"),
        "platform": _t("Platform (online bullying)"), "gemeld_door": _t("Reported by"),
        "gemeld_hoe": _t("How it was reported"), "protocol": _t("Protocol followed"),
        "uitkomst": _t("Outcome at the end of the period"), "urgentie": _t("Urgency"),
        "kenmerken": _t("Particulars"), "strafbaar_feit": _t("Offences considered"),
        "groep": _t("Group or year"), "vervolg": _t("Protocol follow-ups"),
        "eerste_actie": _t("Days from report to first action"),
        "afsluiten": _t("Days from report to closing"), "per_maand": _t("Cases per month"),
    }


def row_labels() -> dict[str, str]:
    return {
        "niet-vastgelegd": _t("not recorded"), "pesten": _t("bullying"),
        "online-pesten": _t("online bullying"), "plagen": _t("teasing"),
        "conflict": _t("conflict"), "incident": _t("incident"), "leerling": _t("student"),
        "ouder": _t("parent"), "medewerker": _t("staff member"), "anoniem": _t("anonymous"),
        "geen-protocol": _t("no protocol chosen"), "gestopt": _t("stopped"),
        "verminderd": _t("reduced"), "niet-gestopt": _t("not stopped"),
        "overgedragen": _t("handed over"), "geen-pesten": _t("no bullying"),
        "open": _t("still open"), "normaal": _t("normal"), "hoog": _t("high"),
        "acuut": _t("acute"), "open-einde": _t("still open at the end of the period"),
        "teruggekomen": _t("came back (reopened)"),
        "strafbare-feiten": _t("offences considered"),
        "politie": _t("police informed or report advised"), "bedreiging": _t("threat"),
        "afpersing": _t("extortion"), "belediging": _t("insult"),
        "smaad_laster": _t("defamation"), "seksueel_beeld": _t("sexual images"),
        "identiteitsfraude": _t("identity fraud"), "hacken": _t("hacking"),
        "games": _t("games"), "anders": _t("other platform"),
        "meerdere": _t("several platforms"), "op-tijd": _t("held on time"),
        "te-laat": _t("held late"), "verlopen": _t("lapsed, not held"),
        "0-7": _t("0 to 7 days"), "8-14": _t("8 to 14 days"), "15-30": _t("15 to 30 days"),
        "31-60": _t("31 to 60 days"), "61+": _t("more than 60 days"),
        **PLATFORM_NAMES,
    }


def cell_text(text: str) -> str:
    """The small-number rule's words, translated; numbers and ranges pass through."""
    if text == "minder dan 5":
        return _t("fewer than 5")
    if text == "verborgen":
        return _t("hidden")
    return text
