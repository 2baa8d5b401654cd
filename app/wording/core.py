"""Dutch wording: general errors, the vault, passwords, cases, people, the timeline,
files, the CLI's own errors, the audit log and the vault check."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    # -- general ---------------------------------------------------------------------------
    "error.general": "Er ging iets mis.",
    "error.not_found": "Niet gevonden.",
    "error.invalid_input": "Ongeldige invoer.",
    "input.time_without_zone": "Tijdstip zonder tijdzone.",
    "input.unknown_choice": "'{value}' is onbekend; kies uit: {allowed}",
    # -- the vault -------------------------------------------------------------------------
    "vault.cannot_open": "De kluis kan niet worden geopend.",
    "vault.not_found": "Het kluisbestand bestaat niet.",
    "vault.exists": "Er staat al een bestand op die plek; kies een andere naam.",
    "vault.wrong_password": "Het wachtwoord is onjuist.",
    "vault.not_a_vault": "Dit bestand is geen Pestdossier-kluis.",
    "vault.damaged": ("De kluis is beschadigd. Open een reservekopie of neem contact op met de "
                      "ICT-beheerder."),
    "vault.newer_version": ("Deze kluis is gemaakt met een nieuwere versie van Pestdossier. "
                            "Werk Pestdossier bij om haar te openen."),
    "vault.in_use": "Deze kluis is al geopend in een ander venster of programma.",
    "vault.weak_encryption": ("De versleuteling van deze kluis is zwakker dan vereist; "
                              "Pestdossier opent haar niet."),
    "vault.no_cipher": "SQLCipher is niet actief; Pestdossier opent geen onversleutelde kluis.",
    "vault.locked": "De kluis is vergrendeld.",
    "vault.disk_full": ("De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer "
                        "opnieuw."),
    "vault.rekey_not_proven": "Het oude wachtwoord opent de kluis nog; wijziging mislukt.",
    "vault.others_open": ("Er loopt nog een andere taak op de kluis (bijvoorbeeld een import of "
                          "een reservekopie). Het wachtwoord is niet gewijzigd; probeer het "
                          "opnieuw als die taak klaar is."),
    "vault.busy_for_password": ("Het wachtwoord van de kluis wordt nog gewijzigd; probeer het "
                                "zo opnieuw."),
    "vault.side_file_moved": ("Een los bestand naast de kluis hoorde niet bij deze kluis; het "
                              "is opzijgezet als '{name}' en de kluis is geopend zoals ze was."),
    "vault.first_page_damaged": ("Het wachtwoord klopt, maar het begin van de kluis is "
                                 "beschadigd; probeer een reservekopie."),
    "vault.wrong_password_or_damaged": ("Het wachtwoord is onjuist, of het begin van de kluis "
                                        "is beschadigd; probeer een reservekopie."),
    "vault.lock_file_unusable": ("Het slotbestand '{path}' is geen gewoon bestand (een map of "
                                 "een snelkoppeling); verwijder het en probeer opnieuw."),
    # -- passwords -------------------------------------------------------------------------
    "password.too_weak": "Dit wachtwoord is te zwak.",
    "password.too_short": ("Gebruik minstens {min_length} tekens; een zin van een paar woorden "
                           "is makkelijk te onthouden en sterk."),
    "password.too_long": "Gebruik hoogstens {max_length} tekens.",
    "password.too_guessable": ("Dit wachtwoord is te makkelijk te raden (bijvoorbeeld een "
                               "bekend woord, naam, datum of toetsenbordrij). Maak er een zin "
                               "van met een paar onverwachte woorden."),
    # -- cases, people, timeline -----------------------------------------------------------
    "case.not_found": "Deze melding bestaat niet (meer).",
    "case.reference_unknown": "Er is geen melding met kenmerk '{reference}'.",
    "case.title_missing": "Geef de melding een titel.",
    "case.unknown_fields": "Onbekende velden: {fields}",
    "person.name_missing": "Vul een naam in.",
    "person.not_found": "Deze persoon bestaat niet (meer).",
    "participant.already_in_role": "Deze persoon staat al met deze rol bij de melding.",
    "participant.not_found": "Deze betrokkene staat niet (meer) bij de melding.",
    "participant.not_in_case": "Kies deelnemers uit de betrokkenen bij deze melding.",
    "entry.text_missing": "Schrijf op wat er is gebeurd.",
    "entry.not_found": "Deze tijdlijnregel bestaat niet (meer).",
    # -- files the user names ----------------------------------------------------------------
    "file.is_a_folder": "'{path}' is een map; geef een bestandsnaam.",
    "file.folder_missing": "De map '{folder}' bestaat niet.",
    "file.missing": "Het bestand '{name}' bestaat niet.",
    "file.unreadable": "Het bestand '{name}' kan niet worden gelezen.",
    "file.disk_full": ("De map '{folder}' is vol; het bestand is niet geschreven en er is niets "
                       "half achtergebleven. Maak ruimte vrij of kies een andere map."),
    # -- the command line ------------------------------------------------------------------
    "cli.no_password_on_stdin": "Geen wachtwoord ontvangen op standaardinvoer.",
    "cli.password_not_utf8": ("Het wachtwoord op standaardinvoer is geen geldige UTF-8-tekst; "
                              "sla het op als UTF-8 en probeer opnieuw."),
    "cli.no_terminal": "Geen terminal om het wachtwoord te vragen; gebruik --password-stdin.",
    "cli.no_password": "Geen wachtwoord ingevoerd.",
    "cli.not_a_chat": ("{reason} Er is niets bewaard; met 'pestdossier-cli import' bewaart u "
                       "het als document."),
    "cli.passwords_differ": "De twee wachtwoorden zijn niet gelijk.",
    "cli.bad_date": "'{text}' is geen datum (JJJJ-MM-DD).",
    "cli.bad_moment": ("'{text}' is geen geldige datum of tijd; gebruik bijvoorbeeld 2026-11-22 "
                       "of 2026-11-22T14:05."),
    "cli.negative_days": "--days moet 0 of meer zijn.",
    "cli.not_in_case": "'{name}' staat niet{role} bij melding {case}.",
    "cli.ambiguous_in_case": ("Bij melding {case} heten meer mensen '{name}': {names}; noem ook "
                              "de groep, zoals '{example}'."),
    "cli.nobody_named": "Er staat niemand met de naam '{name}' in de kluis.",
    "cli.several_named": ("Er staan meer mensen met de naam '{name}' in de kluis; noem ook de "
                          "groep met --group."),
    "cli.several_roles": ("{name} staat met meer rollen bij {case} ({roles}); kies er één met "
                          "--role."),
    "cli.not_in_steungroep": "'{name}' zit niet in de steungroep van melding {case}.",
    "cli.ambiguous_in_steungroep": ("In de steungroep heten meer leden '{name}'; noem ook de "
                                    "groep, zoals '{example}'."),
    "cli.no_such_entry": "Melding {case} heeft geen tijdlijnregel {entry}.",
    "cli.no_such_agreement": "Melding {case} heeft geen afspraak {agreement}.",
    "cli.no_such_item": "Melding {case} heeft geen bewijsstuk '{item}'.",
    "cli.no_such_followup": ("Melding {case} heeft geen vervolgafspraak '{key}'; followups toont "
                             "de sleutels."),
    "cli.no_followups_without_protocol": ("Melding {case} volgt (nog) geen protocol; er zijn "
                                          "geen vervolgafspraken."),
    "cli.no_protocol_yet": "Melding {case} volgt nog geen protocol; kies er een met set-protocol.",
    "cli.protocol_gone": "Het protocol '{protocol}' van melding {case} is niet (meer) te vinden.",
    "cli.no_offence_ticked": ("Bij melding {case} is geen strafbaar feit aangevinkt; noem het met "
                              "--offence."),
    "cli.case_closed_reopen_first": ("Melding {case} is gesloten; heropen haar eerst met "
                                     "reopen-case."),
    "cli.case_already_closed": "Melding {case} is al gesloten.",
    "cli.case_not_closed": "Melding {case} is niet gesloten.",
    "cli.case_nothing_to_change": "Geef minstens één veld om te wijzigen, zoals --title.",
    "cli.case_kind_missing": "Geef --kind, of --marks zodat de soort eruit volgt.",
    "cli.person_nothing_to_change": "Geef --name of --group om te wijzigen.",
    "cli.item_nothing_to_change": "Geef minstens één veld om te wijzigen, zoals --description.",
    "cli.entry_or_person": "Geef --entry of --person (één van beide).",
    "cli.reason_without_choice": "--reason hoort bij --choice.",
    "cli.unknown_choice": "'{text}' is onbekend; kies uit: {choices}",
    "cli.bad_pair": "{option} verwacht {shape}, niet '{text}'.",
    "cli.bad_number": "'{text}' is geen nummer van een {what}.",
    "cli.letter_needs_child": ("Deze brief gaat over één kind; kies het met --child (letters "
                               "toont de namen)."),
    "cli.unknown_letter": "Onbekende brief '{name}'; kies uit: {choices}.",
    "cli.letter_file_type": "Kies een bestandsnaam op .pdf of .txt.",
    "cli.unreadable_text": "Kan '{path}' niet lezen als tekst.",
    "cli.not_a_folder": "'{path}' is geen map.",
    "cli.pdf_password_empty": "Het PDF-wachtwoord is leeg (regel 2 van de invoer).",
    "cli.cancelled": "Afgebroken; er is niets opgeslagen.",
    # -- the audit log -----------------------------------------------------------------------
    "audit.line_missing": "Auditlog: regel {line} ontbreekt of is vervangen (gevonden: {found}).",
    "audit.chain_broken": "Auditlog: regel {line} sluit niet aan op de vorige regel.",
    "audit.line_changed": "Auditlog: regel {line} is na het schrijven gewijzigd.",
    "audit.tail_missing": "Auditlog: de laatste regels ontbreken of zijn vervangen.",
    "audit.head_missing": "Auditlog: het begin van de keten ontbreekt.",
    # -- checking the vault ------------------------------------------------------------------
    "verify.checked_storage": "opslag",
    "verify.checked_storage_pages": "versleutelde opslag (alle pagina's)",
    "verify.checked_audit": "auditlog ({lines} regels)",
    "verify.checked_vault": "kluis",
    "verify.checked_evidence": "bewijsstukken ({count}, {size} opnieuw gehasht)",
    "verify.checked_evidence_partly": "bewijsstukken ({checked} van {total}, afgebroken)",
    "verify.checked_evidence_unreadable": "bewijsstukken",
    "verify.storage_problems": ("Opslag: de versleutelde opslag is op {count} plaats(en) "
                                "beschadigd."),
    "verify.storage_damaged": "Opslag: de kluis is beschadigd en niet te controleren.",
    "verify.vault_damaged": "De kluis is beschadigd; deze controle kon niet worden afgemaakt.",
    "verify.evidence_unreadable": "Bewijs: de bewijsstukken zijn onleesbaar.",
    "verify.evidence_cancelled": ("Bewijs: controle afgebroken; niet alle bewijsstukken zijn "
                                  "gecontroleerd."),
    "verify.evidence_incomplete": ("Bewijs: bewijsstuk {item} van {case} is onvolledig ({read} "
                                   "van {size} bytes teruggelezen)."),
    "verify.evidence_changed": ("Bewijs: bewijsstuk {item} van {case} is veranderd sinds het "
                                "importeren (de SHA-256 klopt niet meer)."),
    "verify.evidence_read_failed": "Bewijs: bij het teruglezen ging iets mis.",
    "verify.described_with_bytes": ("Bewijs: bewijsstuk {item} van {case} is alleen beschreven "
                                    "maar bevat nog bytes."),
    "verify.orphan_chunks": "Bewijs: {count} losse blokken zonder bewijsstuk gevonden.",
    "verify.evidence_not_as_imported": ("Bewijs: de opgeslagen SHA-256 van bewijsstuk {item} "
                                        "van {case} is niet die uit de auditlog bij het "
                                        "importeren; het bewijsstuk is daarna veranderd."),
    "verify.evidence_not_in_audit": ("Bewijs: bewijsstuk {item} van {case} staat niet in de "
                                     "auditlog; het is buiten de app om toegevoegd."),
}
