"""Dutch wording: dossiers, evidence packages and letters."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    # -- dossiers --------------------------------------------------------------------------
    "dossier.name_leak": ("Het dossier is niet opgeslagen: '{form}' staat nog leesbaar op "
                          "pagina {page} ({count} verborgen vorm(en) gevonden). Pas de tekst "
                          "aan of voeg de schrijfwijze toe aan het identiteitsregister."),
    "dossier.not_leak_checked": ("Een gepseudonimiseerd dossier wordt alleen opgeslagen na de "
                                 "controle op namen; er is niets weggeschreven."),
    "dossier.case_description": "Beschrijving van de melding",
    "dossier.unlinked_hidden": ("Wie is dit? {names} staan in het bewijs maar zijn aan niemand "
                                "gekoppeld; in dit dossier heten ze 'onbekend account 1', "
                                "enzovoort. Koppel ze aan een betrokkene in het "
                                "identiteitsregister."),
    "identity.value_missing": "Vul een bijnaam, account, telefoonnummer of e-mailadres in.",
    "identity.email_invalid": "'{value}' is geen e-mailadres.",
    "identity.phone_invalid": "'{value}' is geen telefoonnummer.",
    "identity.duplicate": "'{value}' staat al bij deze persoon.",
    "identity.not_found": "Deze schrijfwijze bestaat niet (meer).",
    "account.name_missing": "Vul een accountnaam (@naam) of een weergavenaam in.",
    "account.too_long": "Een veld van het account is te lang (hoogstens 500 tekens).",
    "account.not_found": "Dit account bestaat niet (meer).",
    "account.person_not_in_case": "Deze persoon is geen betrokkene bij deze melding.",
    "account.duplicate": "Het account '{value}' staat al in de lijst van deze melding.",
    "dossier.not_saved": "Het dossier kon niet worden opgeslagen; er is niets weggeschreven.",
    "dossier.password_empty": "Het PDF-wachtwoord is leeg.",
    "dossier.unknown_profile": ("Onbekend soort dossier '{profile}'; kies uit: coordinator, "
                                "police of summary."),
    "dossier.step_report": "Verslag: {step}",
    "dossier.images_as_jpeg": ("{count} grote afbeelding(en) als JPEG opgenomen om het bestand "
                               "klein te houden"),
    "dossier.image_not_shown": "{item}: afbeelding kon niet worden weergegeven",
    # -- evidence packages -----------------------------------------------------------------
    "package.same_name_as_pdf": "Kies voor het pakket een andere bestandsnaam dan voor de PDF.",
    "package.evidence_changed": ("Een bewijsstuk is in de kluis niet meer gelijk aan het "
                                 "origineel; er is geen pakket gemaakt. Voer 'Controleren' uit."),
    "package.item_changed": ("Bewijsstuk {item} ({name}) is in de kluis niet meer gelijk aan "
                             "het origineel (andere SHA-256); er is geen pakket gemaakt."),
    # -- letters ---------------------------------------------------------------------------
    "letter.child_missing": "Kies het kind over wie deze brief gaat.",
    "letter.child_not_in_case": "Dit kind staat niet bij deze melding.",
    "letter.names_other_child": "De brief noemt een ander kind: {name}.",
    "letter.names_role": "De brief noemt een rol ('{word}'); laat dat weg.",
    "letter.template_unreadable": "Het briefsjabloon is onleesbaar.",
    "letter.template_missing": "Er is geen briefsjabloon '{template}'.",
    "letter.template_without_subject": ("Briefsjabloon {template}: de eerste regel na de "
                                        "gegevens moet met 'Onderwerp:' beginnen."),
    "letter.field_unfilled": "Vul [{field}] nog in.",
    "letter.template_unknown_value": "Briefsjabloon {template}: '{value}' past niet bij "
                                     "'{key}'; kies uit: {allowed}.",
    "letter.template_unknown_field": ("Briefsjabloon {template}: onbekend invulveld "
                                      "'{field}'; kies uit {allowed}."),
}
