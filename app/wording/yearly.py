"""Dutch for the yearly report: messages, table titles and row labels (PDF and CSV)."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "cli.yearly_bad_school_year": "'{value}' is geen schooljaar; schrijf bijvoorbeeld 2025-2026.",
    "cli.yearly_bad_month": "'{value}' is geen maand; schrijf JJJJ-MM, bijvoorbeeld 2025-09.",
    "cli.yearly_period_reversed": "De periode eindigt voordat hij begint.",
    "cli.yearly_period_too_long": "Een periode van meer dan vijf jaar kan niet.",
    "cli.yearly_period_half": "Geef --from en --to allebei, of --year.",
    "cli.board_no_files": "Geef minstens één jaarcijferbestand.",
    "cli.board_not_readable": "{file}: het bestand is niet te lezen als JSON ({detail}).",
    "cli.board_wrong_schema": "{file}: dit is geen jaarcijferbestand van Pestdossier.",
    "cli.board_wrong_version": "{file}: schemaversie {found} wordt niet ondersteund (deze "
                               "versie van Pestdossier leest versie {expected}). Maak het "
                               "bestand opnieuw met dezelfde versie van Pestdossier.",
    "cli.board_field_invalid": "{file}: het veld '{field}' klopt niet ({detail}).",
    "cli.board_years_differ": "De bestanden gaan over verschillende perioden ({periods}). "
                              "Gebruik --allow-mixed-years om ze toch samen te voegen.",
}

TABLE_TITLES: dict[str, str] = {
    "soort": "Soort melding",
    "vorm": "Vorm van pesten",
    "platform": "Platform bij online pesten",
    "gemeld_door": "Gemeld door",
    "gemeld_hoe": "Manier van melden",
    "protocol": "Gevolgd protocol",
    "uitkomst": "Uitkomst aan het eind van de periode",
    "urgentie": "Urgentie",
    "kenmerken": "Bijzonderheden",
    "strafbaar_feit": "Strafbare feiten overwogen",
    "groep": "Groep of leerjaar",
    "vervolg": "Vervolgafspraken uit het protocol",
    "eerste_actie": "Dagen van melding tot eerste actie",
    "afsluiten": "Dagen van melding tot afsluiten",
    "per_maand": "Meldingen per maand",
    "per_maand_vorig_jaar": "Meldingen per maand, vorig jaar",
}

ROW_LABELS: dict[str, str] = {
    "niet-vastgelegd": "niet vastgelegd",
    "pesten": "pesten", "online-pesten": "online pesten", "plagen": "plagen",
    "conflict": "conflict", "incident": "incident",
    "leerling": "leerling", "ouder": "ouder", "medewerker": "medewerker",
    "anoniem": "anoniem",
    "lichamelijk": "lichamelijk", "spullen": "met spullen", "woorden": "met woorden",
    "achter-de-rug": "achter de rug om", "buitensluiten": "buitensluiten of negeren",
    "digitaal": "digitaal",
    "gesprek": "in een gesprek", "telefoon": "telefonisch", "e-mail": "per e-mail",
    "brievenbus": "anonieme brievenbus", "meldformulier": "meldformulier of app",
    "monitor": "uit de monitor", "waargenomen": "zelf waargenomen",
    "geen-protocol": "geen protocol gekozen",
    "gestopt": "gestopt", "verminderd": "verminderd", "niet-gestopt": "niet gestopt",
    "overgedragen": "overgedragen", "geen-pesten": "geen pesten", "open": "nog open",
    "normaal": "normaal", "hoog": "hoog", "acuut": "acuut",
    "open-einde": "nog open aan het eind van de periode",
    "teruggekomen": "teruggekomen (heropend)",
    "strafbare-feiten": "strafbare feiten overwogen",
    "politie": "politie ingelicht of aangifte geadviseerd",
    "bedreiging": "bedreiging", "afpersing": "afpersing", "belediging": "belediging",
    "smaad_laster": "smaad of laster", "seksueel_beeld": "seksueel beeldmateriaal",
    "identiteitsfraude": "identiteitsfraude", "hacken": "hacken",
    "heimelijk_filmen": "heimelijk filmen", "mishandeling": "mishandeling",
    "vernieling": "vernieling", "belaging": "belaging", "doxing": "doxing",
    "whatsapp": "WhatsApp", "instagram": "Instagram", "snapchat": "Snapchat",
    "tiktok": "TikTok", "discord": "Discord", "youtube": "YouTube", "facebook": "Facebook",
    "x": "X (Twitter)", "telegram": "Telegram", "games": "games", "sms": "sms",
    "anders": "ander platform", "meerdere": "meerdere platforms",
    "op-tijd": "op tijd gehouden", "te-laat": "te laat gehouden",
    "verlopen": "verlopen, niet gehouden",
    "0-7": "0 tot 7 dagen", "8-14": "8 tot 14 dagen", "15-30": "15 tot 30 dagen",
    "31-60": "31 tot 60 dagen", "61+": "meer dan 60 dagen",
}

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def row_label(key: str, label: str = "") -> str:
    if label:
        return label
    if len(key) == 7 and key[4] == "-" and key[:4].isdigit():
        return f"{MONTHS[int(key[5:]) - 1]} {key[:4]}"
    return ROW_LABELS.get(key, key)
