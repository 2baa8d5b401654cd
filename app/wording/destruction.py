"""Dutch wording: destroying and anonymising a case, and its statement."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "case.anonymised": ("Deze melding is geanonimiseerd: ze telt alleen nog mee in het "
                        "jaarverslag en kan niet meer worden gewijzigd."),
    "destruction.needs_confirmation": "Eerst bevestigen: {warnings}",
    "destruction.not_confirmed": "Eerst de waarschuwingen bevestigen; er is niets veranderd.",
    "destruction.reason_missing": "Geef een reden voor de vernietiging.",
    "destruction.already_anonymised": "Deze melding is al geanonimiseerd.",
    "destruction.not_found": "Er is geen vernietiging met nummer {record} in het auditlog.",
    "destruction.export_dossier": ("op {at} is een dossier geëxporteerd ({file}); dat bestand "
                                   "staat buiten de kluis en moet u zelf vernietigen"),
    "destruction.export_package": ("op {at} is een bewijspakket voor de politie geëxporteerd "
                                   "({file}); dat bestand staat buiten de kluis en moet u "
                                   "zelf vernietigen"),
    "destruction.export_original": ("op {at} is een bewijsstuk geëxporteerd ({file}); dat "
                                    "bestand staat buiten de kluis en moet u zelf vernietigen"),
    "destruction.export_letter": ("op {at} is een brief geëxporteerd ({file}); die staat "
                                  "buiten de kluis en moet u zelf vernietigen"),
    "destruction.export_form": ("op {at} is een contract of plan geëxporteerd ({file}); dat "
                                "staat buiten de kluis en moet u zelf vernietigen"),
    "destruction.work_open": ("er staat nog werk open ({count}x), het eerste: {first} "
                              "(uiterlijk {due})"),
    "destruction.not_closed": "de melding is niet gesloten (status: {status:lower})",
    "cli.destruction_unconfirmed": ("Er is niets vernietigd. Controleer de punten hierboven en "
                                    "herhaal de opdracht met --yes om toch door te gaan."),
    "cli.no_destructions": "Er is in deze kluis nog niets vernietigd of geanonimiseerd.",
    "cli.destruction_statistics": ("Let op: met de melding verdwijnen ook haar cijfers uit het "
                                   "jaarverslag. Wilt u die bewaren, gebruik dan "
                                   "'pestdossier-cli anonymise' in plaats van 'destroy'."),
}
