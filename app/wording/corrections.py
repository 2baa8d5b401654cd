"""Dutch wording: withdrawing evidence and entries, correcting and removing people."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "reason.missing": "Geef een reden op; die blijft bewaard, ook als de inhoud weg is.",
    "reason.too_long": "De reden is te lang (hoogstens {limit} tekens).",
    "evidence.already_withdrawn": "Bewijsstuk {item} is al ingetrokken.",
    "evidence.withdrawn_no_file": ("Bewijsstuk {item} is ingetrokken; het bestand is "
                                   "verwijderd."),
    "entry.withdrawn": "Deze tijdlijnregel is ingetrokken; de tekst kan niet meer worden "
                       "gewijzigd.",
    "entry.already_withdrawn": "Deze tijdlijnregel is al ingetrokken.",
    "person.in_other_cases": ("Deze persoon staat ook bij {cases}. Haal de persoon alleen "
                              "uit deze melding, of eerst ook uit de andere meldingen."),
    "person.has_records": ("Deze persoon staat in de steungroep, een afspraak of een verslag "
                           "van deze melding; die blijven bewaard. Haal de persoon uit deze "
                           "melding in plaats van hem of haar te verwijderen."),
    "cli.identity_nothing_to_change": ("Geef --value, --platform, --display-name of --url om "
                                       "te wijzigen."),
    "verify.withdrawal_not_in_audit": ("Bewijs: bewijsstuk {item} van {case} is ingetrokken "
                                       "zonder regel in de auditlog; het is buiten de app om "
                                       "leeggemaakt."),
    "verify.withdrawn_with_bytes": ("Bewijs: bewijsstuk {item} van {case} is ingetrokken maar "
                                    "bevat nog bytes."),
}
