"""Dutch wording: backups, restore and the recovery code."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "backup.wrong_secret": ("Dit wachtwoord of deze herstelcode opent deze reservekopie niet. "
                            "Een reservekopie opent met het wachtwoord dat gold toen zij werd "
                            "gemaakt, of met de herstelcode van het Noodblad."),
    "backup.no_slot": "Deze reservekopie heeft geen sleutel voor deze manier van openen.",
    "backup.no_key": "Er is nog geen sleutel voor reservekopieën; open de kluis opnieuw.",
    "backup.not_a_backup": "Dit bestand is geen (volledige) Pestdossier-reservekopie.",
    "backup.unreadable": "De reservekopie {path} kan niet worden gelezen.",
    "backup.damaged": "Deze reservekopie is beschadigd of onvolledig; gebruik een andere.",
    "backup.newer_version": ("Deze reservekopie is gemaakt met een nieuwere versie van "
                             "Pestdossier. Werk Pestdossier bij om haar terug te zetten."),
    "backup.verify_failed": ("De reservekopie doorstond de controle niet ({detail}); zij is "
                             "niet gebruikt."),
    "backup.failed": "De reservekopie is niet gemaakt.",
    "backup.vault_busy": ("De kluis werd de hele tijd bijgewerkt, zodat er geen moment was om "
                          "haar te kopiëren; de reservekopie wordt later opnieuw geprobeerd."),
    "backup.write_failed": "De reservekopie kon niet worden gemaakt: {detail}",
    "backup.disk_full": ("De map {folder} is vol; er is geen reservekopie gemaakt. Maak ruimte "
                         "vrij of kies een andere map."),
    "backup.too_large": ("De reservekopie is te groot voor {folder} (een FAT32-stick neemt "
                         "geen bestanden van 4 GB of meer). Formatteer de stick als exFAT of "
                         "kies een andere map."),
    "backup.folder_unwritable": ("In de map {folder} kan niet worden geschreven; er is geen "
                                 "reservekopie gemaakt."),
    "backup.folder_missing": ("De map voor reservekopieën ({folder}) is er niet (stick niet "
                              "ingestoken?); de reservekopie staat in de lokale map en gaat "
                              "naar {folder} zodra die er weer is."),
    "backup.same_disk": ("De reservekopieën staan op dezelfde schijf als de kluis; kies een "
                         "USB-stick of netwerkmap, anders helpen ze niet als de laptop kwijt "
                         "of kapot is."),
    "backup.none_yet": "Er is nog geen reservekopie.",
    "backup.too_old": "De laatste goede reservekopie is {days} dagen oud.",
    "backup.cleanup_pending": ("In {folder} staan nog oudere reservekopieën met vernietigde "
                               "inhoud; die worden verwijderd zodra de map er weer is."),
    "recovery.code_invalid": "Deze herstelcode is ongeldig.",
    "recovery.code_length": ("Een herstelcode heeft {groups} groepen van {size} tekens; "
                             "controleer of u alles hebt overgenomen."),
    "recovery.code_typo": ("Groep {group} van de herstelcode klopt niet; controleer die groep "
                           "op het Noodblad."),
}
