"""Dutch wording: importing and keeping evidence, and reading WhatsApp exports."""

from __future__ import annotations

_NOT_A_CHAT = "Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: "
_NOT_TELEGRAM = "Dit bestand is geen Telegram-export die Pestdossier kan lezen: "

TEMPLATES: dict[str, str] = {
    # -- importing -------------------------------------------------------------------------
    "evidence.not_saved": "Het bewijsstuk kon niet worden opgeslagen.",
    "evidence.empty_file": "Het bestand is leeg (0 bytes); er is niets opgeslagen.",
    "evidence.empty_named_file": "'{name}' is leeg (0 bytes); er is niets opgeslagen.",
    "evidence.unreadable_file": ("Het bestand kan niet worden gelezen; controleer of het nog "
                                 "bestaat en of u het mag openen."),
    "evidence.is_a_folder": "'{name}' is een map, geen bestand.",
    "evidence.not_a_regular_file": ("'{name}' is geen gewoon bestand (maar bijvoorbeeld een "
                                    "apparaat of een pijp); alleen gewone bestanden kunnen "
                                    "bewijs worden."),
    "evidence.changed_during_import": ("Het bestand '{name}' veranderde tijdens het "
                                       "importeren; er is niets opgeslagen. Probeer het "
                                       "opnieuw als het bestand klaar is."),
    "evidence.file_missing": "Het bestand '{name}' bestaat niet (meer).",
    "evidence.no_access": ("Pestdossier mag '{name}' niet lezen (geen toegang). Kopieer het "
                           "bestand naar een map van uzelf of vraag de ICT-beheerder om "
                           "toegang."),
    "evidence.cannot_read": "'{name}' kan niet worden gelezen.",
    "evidence.cannot_read_fully": "'{name}' kan niet (helemaal) worden gelezen.",
    "evidence.too_large": "Het bestand is te groot om als bewijs op te slaan.",
    "evidence.too_large_for_limit": ("Het bestand is te groot ({size}); de grens voor bewijs in "
                                     "deze kluis is {limit}. Kort een video in of pas de grens "
                                     "aan in de instellingen."),
    "evidence.import_cancelled": "Importeren afgebroken; er is niets opgeslagen.",
    "evidence.duplicate": ("Dit bestand zit al in het dossier als bewijsstuk {item} ({name}); "
                           "er is niets dubbel opgeslagen."),
    "evidence.limit_too_low": "De grens voor bewijs moet minstens 1 MB zijn.",
    # -- warnings kept with an imported item -----------------------------------------------
    "evidence.no_preview": ("Dit beeldformaat kan Pestdossier niet tonen; het bestand is "
                            "ongewijzigd bewaard."),
    "evidence.image_not_checked": ("Deze afbeelding is te groot om te controleren of te tonen; "
                                   "het bestand is ongewijzigd bewaard."),
    "evidence.damaged_image": ("De afbeelding is beschadigd of onvolledig en kan niet worden "
                               "getoond; het bestand is ongewijzigd bewaard als document."),
    "evidence.not_an_image": ("'{name}' heeft de naam van een afbeelding, maar is geen "
                              "afbeelding; het bestand is ongewijzigd bewaard als document."),
    "evidence.chat_too_large": ("Deze export is te groot om als chat te lezen; het bestand is "
                                "ongewijzigd bewaard als document."),
    "evidence.not_a_chat": "{reason} Het bestand is ongewijzigd bewaard als document.",
    # -- reading, describing, linking ------------------------------------------------------
    "evidence.not_found": "Dit bewijsstuk bestaat niet (meer).",
    "evidence.too_large_to_open": "Dit bewijsstuk is te groot om in één keer te openen.",
    "evidence.only_described": ("Bewijsstuk {item} is alleen beschreven; er is geen bestand om "
                                "te openen."),
    "evidence.url_with_space": "'{url}' is geen geldig internetadres (er staat een spatie in).",
    "evidence.description_too_long": "De beschrijving is te lang; houd het bij de feiten.",
    "evidence.description_missing": ("Beschrijf in woorden wat er te zien was en waar het "
                                     "rondging (zonder het beeld zelf)."),
    "evidence.already_described": "Bewijsstuk {item} bevat al geen beeld meer.",
    "evidence.session_kind": "Een verzamelsessie is een gesprek of een notitie.",
    "evidence.other_case": "Een bewijsstuk hoort bij een andere melding.",
    "evidence.entry_of_other_case": "Bewijs en tijdlijnregel horen bij verschillende meldingen.",
    # -- WhatsApp exports ------------------------------------------------------------------
    "chat.unknown_format": _NOT_A_CHAT + "het formaat is onbekend.",
    "chat.not_utf8": _NOT_A_CHAT + "de tekst is geen UTF-8.",
    "chat.empty": _NOT_A_CHAT + "het bestand is leeg.",
    "chat.no_timestamps": _NOT_A_CHAT + "geen regels met datum en tijd gevonden.",
    "chat.first_line_not_timestamp": _NOT_A_CHAT + ("de eerste regel begint niet met een datum "
                                                    "en tijd."),
    "chat.zip_without_chat": _NOT_A_CHAT + "het zip-bestand bevat geen chat (.txt).",
    "chat.zip_with_several_chats": _NOT_A_CHAT + "het zip-bestand bevat meer dan één chat (.txt).",
    "chat.zip_too_many_files": _NOT_A_CHAT + "het zip-bestand bevat te veel bestanden.",
    "chat.zip_unsafe_name": _NOT_A_CHAT + "het zip-bestand bevat een onveilige bestandsnaam.",
    "chat.zip_bomb": _NOT_A_CHAT + "het zip-bestand pakt verdacht groot uit.",
    "chat.zip_chat_too_large": _NOT_A_CHAT + "de chat in het zip-bestand is te groot.",
    "chat.zip_damaged": _NOT_A_CHAT + "het zip-bestand is beschadigd of versleuteld.",
    "chat.too_large": _NOT_A_CHAT + "het bestand is te groot om als chat te lezen.",
    # -- Telegram exports (result.json of "Chatgeschiedenis exporteren") ------------------
    "chat.telegram_not_json": _NOT_TELEGRAM + "result.json is geen geldige JSON.",
    "chat.telegram_no_messages": _NOT_TELEGRAM + "er staan geen berichten in.",
    "chat.telegram_full_export": _NOT_TELEGRAM + ("dit is een export van het hele account; "
                                                  "exporteer de geschiedenis van één chat."),
    "chat.telegram_damaged": _NOT_TELEGRAM + "een bericht heeft geen geldige datum.",
}
