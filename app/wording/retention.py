"""Dutch wording: retention per case (the rules' dates and why) and the student's consent."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    # -- retention -------------------------------------------------------------------------
    "retention.rule_unknown": "Er is geen bewaarregel '{rule}'. Kies uit: {allowed}.",
    "retention.reason_missing": "Geef een reden voor deze bewaartermijn.",
    "retention.custom_date_missing": "Kies de datum tot wanneer de melding bewaard blijft.",
    "retention.pending_open": "Nog niet te bepalen: de melding is nog open.",
    "retention.pending_leaving_date": ("Nog niet te bepalen: de datum waarop de leerling de "
                                       "school verlaat, ontbreekt."),
    "retention.pending_custom_date": "Nog niet te bepalen: er is geen datum gekozen.",
    "retention.pending_rule_missing": ("Nog niet te bepalen: de bewaarregel '{rule}' staat in "
                                       "geen regelbestand meer."),
    "retention.explain_closing_open": ("Wordt bepaald zodra de melding is gesloten: het einde "
                                       "van het schooljaar (31 juli) waarin de melding is "
                                       "gesloten en de nazorg voorbij is, plus {margin} voor "
                                       "het jaarverslag."),
    "retention.explain_closing": ("Gesloten op {closed}; dat schooljaar eindigt op "
                                  "{year_end}; plus {margin} voor het jaarverslag."),
    "retention.explain_closing_followup": ("Gesloten op {closed}, laatste nazorg op "
                                           "{followup}; dat schooljaar eindigt op "
                                           "{year_end}; plus {margin} voor het jaarverslag."),
    "retention.explain_leaving_unknown": ("{term} na de datum waarop de leerling de school "
                                          "verlaat; vul die datum in."),
    "retention.explain_leaving": "De leerling verlaat de school op {leaves_on}; plus {term}.",
    "retention.explain_custom_missing": "Kies een datum.",
    "retention.explain_custom": "Een zelf gekozen datum.",
    "todo.retention_passed": "Bewaartermijn verstreken: vernietigen of anonimiseren",
    # -- consent ---------------------------------------------------------------------------
    "consent.answer_without_asking": ("Er is nog niet om toestemming gevraagd; dan is er ook "
                                      "geen antwoord."),
    "consent.answer_missing": "Kies het antwoord van de leerling.",
    "consent.how_missing": "Schrijf op hoe de toestemming is gegeven.",
    "consent.partly_note_missing": ("Schrijf in de notitie waarvoor de leerling wel en "
                                    "niet toestemming gaf."),
    # -- command line ------------------------------------------------------------------------
    "cli.retention_rule_missing": "Kies een bewaarregel met --rule.",
    "cli.consent_answer_missing": ("Geef het antwoord met --given yes, no of partly (of "
                                   "--not-asked)."),
}
