"""Dutch wording: protocol-guided case work (steps, agreements, follow-ups, steungroep,
status and urgency, strafbare feiten), the schedule's notes and the 'te doen' list."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    # -- protocols and steps ---------------------------------------------------------------
    "protocol.none_chosen": "Kies eerst een protocol voor deze melding.",
    "protocol.already_followed": "Deze melding volgt dit protocol al.",
    "protocol.choice_not_found": "Deze protocolkeuze bestaat niet.",
    "protocol.not_found": "Er is geen protocol met id '{protocol}'.",
    "protocol.file_problem": "{file}: {detail}",
    "protocol.file_problem_at_line": "{file}, regel {line}: {detail}",
    "step.unknown": "Het protocol '{protocol}' heeft geen stap '{step}'.",
    "step.waits_for": ("Deze stap wacht nog op: {conditions:lcfirst}. Leg dat eerst vast, of "
                       "geef een reden om toch verder te gaan."),
    "step.record_not_found": "Dit verslag bestaat niet (meer).",
    "step.reason_missing": "Geef een reden.",
    "step.exception_not_found": "Deze afwijking bestaat niet (meer).",
    "condition.unknown": "Het protocol '{protocol}' kent de voorwaarde '{condition}' niet.",
    "condition.how_missing": "Schrijf op hoe de toestemming is gegeven.",
    "choice.not_asked": "De stap '{step}' vraagt geen keuze.",
    "choice.unknown_option": "Kies uit: {allowed}.",
    "choice.reason_missing": "Schrijf op waarom u voor deze aanpak kiest.",
    # -- agreements and follow-ups ---------------------------------------------------------
    "agreement.text_missing": "Schrijf op wat er is afgesproken.",
    "agreement.broken_note_missing": "Schrijf op wat er gebeurde: hoe is de afspraak verbroken?",
    "agreement.not_found": "Deze afspraak bestaat niet (meer).",
    "followup.not_in_protocol": ("Deze vervolgafspraak hoort niet bij het protocol van deze "
                                 "melding."),
    "followup.move_reason_missing": "Geef een reden om de vervolgafspraak te verzetten.",
    "followup.cancel_reason_missing": "Geef een reden om de vervolgafspraak te laten vervallen.",
    "followup.after": "{label} (na {offset})",
    "followup.round": "{label} (ronde {round})",
    # -- steungroep ------------------------------------------------------------------------
    "steungroep.unusual_size": ("De steungroep heeft {count} leden; gebruikelijk is {low} tot "
                                "{high}."),
    "steungroep.step_asks_no_ideas": "De stap '{step}' vraagt geen ideeën van de steungroep.",
    "steungroep.victim_is_member": "De gepeste leerling hoort niet in de steungroep.",
    "steungroep.victim_not_allowed": ("De gepeste leerling kan geen lid van de steungroep "
                                      "zijn: de aanpak werkt juist zonder hem of haar."),
    "steungroep.not_a_member": "Kies leden van de steungroep van deze melding.",
    "steungroep.ideas_missing": "Schrijf per lid op wat hij of zij gaat doen.",
    "steungroep.results_missing": "Schrijf per lid op wat hij of zij heeft gedaan.",
    "steungroep.idea_not_ik_ga": "{name}: schrijf het idee als 'Ik ga ...'.",
    "steungroep.member_not_found": "Dit lid staat niet (meer) in de steungroep.",
    # -- status and urgency ----------------------------------------------------------------
    "status.close_with_outcome": "Sluit een melding af met een uitkomst.",
    "status.reopen_reason_missing": "Geef een reden om de melding te heropenen.",
    "status.escalate_to_missing": "Schrijf op aan wie u de melding overdraagt.",
    "status.escalate_reason_missing": "Schrijf op waarom u de melding overdraagt.",
    "priority.reason_missing": "Geef een reden voor de urgentie.",
    "priority.acute_because": "Acuut vanwege {offences:lower}: dezelfde dag handelen.",
    "priority.high_because": "Hoog vanwege {offences:lower}.",
    "priority.high_for_incident": "Hoog: een incident vraagt snel handelen.",
    "priority.no_urgency": "Geen aanwijzing voor spoed.",
    # -- conversation guides and case marks ------------------------------------------------
    "guide.none_for_step": "De stap '{step}' heeft geen gespreksleidraad.",
    "mark.unknown": "Onbekend kenmerk '{mark}'; kies uit: {allowed}.",
    "mark.clear_reason_missing": "Geef een reden om het kenmerk te wissen.",
    "mark.staff_sexual_offence_duty": (
        "Seksueel misdrijf door een medewerker tegen een leerling: iedere medewerker, ook de "
        "vertrouwenspersoon, meldt dit meteen aan het bevoegd gezag (het schoolbestuur). "
        "Geheimhouding geldt hier niet. Het bestuur overlegt met de vertrouwensinspecteur en "
        "doet bij een redelijk vermoeden aangifte."),
    # -- strafbare feiten ------------------------------------------------------------------
    "offence.unknown": "Onbekend strafbaar feit '{offence}'; kies uit: {allowed}.",
    "offence.advice_incomplete": "Kies het strafbare feit en het gegeven advies.",
    "offence.advice_to_whom_missing": "Schrijf op aan wie het advies is gegeven.",
    "offence.disclaimer": ("Dit is een handreiking voor de school, geen juridisch advies; de "
                           "wetsartikelen zijn nagekeken in december 2026. Overleg bij twijfel "
                           "met de wijkagent of het Juridisch Loket."),
    "offence.anyone_reports": ("Geen klachtdelict: iedereen kan aangifte doen, ook de school. "
                               "Meestal doen de leerling en de ouders dat samen."),
    "offence.victim_reports": ("Klachtdelict: alleen het slachtoffer kan aangifte doen en om "
                               "vervolging vragen; bij een leerling jonger dan 16 jaar doen de "
                               "ouders of verzorgers dat. Dit moet binnen drie maanden nadat "
                               "het slachtoffer ervan wist."),
    "offence.threat": "Bedreiging",
    "offence.threat_advice": ("Neem het serieus. Bewaar de berichten, meld het bij de wijkagent "
                              "en raad de ouders aan aangifte te doen. Bij direct gevaar: bel "
                              "112."),
    "offence.extortion": "Afpersing of afdreiging (ook sextortion)",
    "offence.extortion_advice": ("Raad de leerling aan niet te betalen en niets meer te sturen. "
                                 "Bewaar eerst de berichten, blokkeer daarna. Schakel de "
                                 "wijkagent in en raad aangifte aan."),
    "offence.insult": "Belediging",
    "offence.insult_advice": ("Bewaar de berichten. De leerling en de ouders beslissen zelf of "
                              "zij aangifte doen; de school kan hen daarbij helpen."),
    "offence.defamation": "Smaad of laster",
    "offence.defamation_advice": ("Bewaar de berichten en de links. Vraag het platform de "
                                  "berichten te verwijderen. De leerling en de ouders beslissen "
                                  "zelf over aangifte."),
    "offence.sexual_image": "Verspreiden van seksueel beeld",
    "offence.sexual_image_advice": ("Kopieer, bewaar of stuur de beelden zelf nooit door: "
                                    "beschrijf wat er te zien is en waar. Raad de ouders aan "
                                    "aangifte te doen en vraag het platform de beelden te "
                                    "verwijderen. Schakel de wijkagent in."),
    "offence.identity_fraud": "Identiteitsfraude of nepprofiel",
    "offence.identity_fraud_advice": ("Een nepprofiel is strafbaar als iemands gegevens worden "
                                      "misbruikt en dat hem of haar kan schaden; vaak gaat het "
                                      "ook om belediging of smaad. Bewaar de link en "
                                      "schermafbeeldingen en meld het profiel bij het "
                                      "platform."),
    "offence.secret_filming": "Heimelijk filmen of fotograferen",
    "offence.secret_filming_advice": ("Zorg dat de beelden niet verder gaan en vraag het "
                                      "platform ze te verwijderen. Zijn ze van seksuele aard: "
                                      "kopieer of bewaar ze niet zelf, beschrijf wat er te zien "
                                      "is en schakel de wijkagent in."),
    "offence.assault": "Mishandeling",
    "offence.assault_advice": ("Zorg eerst voor de leerling; laat letsel zo nodig door een "
                               "arts bekijken. Schrijf op wat er gebeurde en wie het zagen. "
                               "Raad de ouders aan aangifte te doen; schakel bij ernstig "
                               "letsel de wijkagent in."),
    "offence.vandalism": "Vernieling van spullen",
    "offence.vandalism_advice": ("Maak foto's van de schade en bewaar wat kapot is. Bespreek "
                                 "herstel of vergoeding; de ouders kunnen aangifte doen."),
    "offence.stalking": "Belaging (stalking)",
    "offence.stalking_advice": ("Raad de leerling aan niet te reageren en het contact te "
                                "verbreken. Laat alles bewaren wat de belager stuurt of doet, "
                                "met datum en tijd, en breng de ouders op de hoogte."),
    "offence.doxing": "Doxing: iemands gegevens verspreiden om bang te maken",
    "offence.doxing_advice": ("Bewaar de berichten en links met de gegevens en vraag het "
                              "platform ze te verwijderen. Voelt de leerling zich bedreigd, "
                              "schakel dan de wijkagent in."),
    "offence.hacking": "Hacken (computervredebreuk)",
    "offence.hacking_advice": ("Help de leerling de wachtwoorden te wijzigen en "
                               "tweestapsverificatie aan te zetten. Bewaar wat er vanuit het "
                               "account is gedaan. Raad aangifte aan."),
    # -- notes of the schedule (deviations, lateness, missing choices) ---------------------
    "schedule.unknown_step": "De voortgang noemt een onbekende stap '{step}'; genegeerd.",
    "schedule.round_after_max": ("Ronde {round} van '{block}' begon na de maximale duur van "
                                 "{max_total}."),
    "schedule.deviation": "Afwijking: {reason}",
    "schedule.skipped": "Overgeslagen: {reason}",
    "schedule.done_late": "Later gedaan dan gepland: uiterlijk {latest}, gedaan op {done}.",
    "schedule.done_before_step": "Gedaan vóór stap '{step}'.",
    "schedule.done_without_condition": ("Gedaan zonder dat deze voorwaarde was vastgelegd: "
                                        "{condition}."),
    "schedule.choice_missing": "De keuze is niet vastgelegd: {question}",
    "schedule.choice_unknown": "Onbekende keuze '{option}' vastgelegd.",
    "schedule.choice_reason_missing": "De reden voor de keuze ontbreekt.",
    "schedule.protocol_file_changed": ("Het protocolbestand is gewijzigd sinds het voor deze "
                                       "melding werd gekozen; de termijnen volgen de huidige "
                                       "versie."),
    # -- te doen ---------------------------------------------------------------------------
    "todo.step": "{step}",
    "todo.step_round": "{step} (ronde {round})",
    "todo.step_waiting": "{step}, wacht op: {conditions}",
    "todo.evaluate_agreement": "Afspraak evalueren: {text}",
    "todo.next_appointment": "Vervolgafspraak na: {step}",
    "todo.monitor_summary": "Samenvatting van de veiligheidsmonitor {year} naar de Inspectie "
                            "(uiterlijk 1 juli)",
    "todo.yearly_report": "Jaarverslag pesten {school_year} maken (Jaaroverzicht)",
    "todo.protocol_missing": "{case}: het protocol '{protocol}' is niet (meer) beschikbaar.",
}
