"""Dutch wording: comparing the vault with the audit anchor in an export or a backup."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "anchor.checked": "vergeleken met het auditanker in '{file}' (regel {line})",
    "anchor.checked_file": "vergeleken met '{file}'",
    "anchor.unknown_file": ("'{name}' is geen dossier, bewijspakket, manifest of reservekopie "
                            "van Pestdossier."),
    "anchor.none_in_file": ("Anker: '{file}' bevat geen auditanker (gemaakt met een oudere "
                            "versie van Pestdossier); er valt niets te vergelijken."),
    "anchor.other_vault": ("Anker: '{file}' komt uit een andere kluis, niet uit deze; "
                           "vergelijk met een export of reservekopie van deze kluis."),
    "anchor.line_gone": ("Anker: auditregel {line} uit '{file}' staat niet meer in de kluis: "
                         "de auditlog is ingekort of gewist, of de kluis is teruggezet uit een "
                         "oudere reservekopie."),
    "anchor.line_rewritten": ("Anker: auditregel {line} uit '{file}' is in de kluis niet meer "
                              "dezelfde: de geschiedenis tot die regel is herschreven (of de "
                              "kluis is teruggezet uit een oudere reservekopie en daarna "
                              "verder gebruikt)."),
    "anchor.chain_not_whole": ("Anker: auditregel {line} uit '{file}' staat nog in de kluis, "
                               "maar de auditlog eromheen klopt niet meer."),
    "anchor.export_destroyed": ("Anker: '{file}' komt uit deze kluis (na auditregel {line}), "
                                "maar de melding waaruit na die regel is geëxporteerd, is "
                                "sindsdien vernietigd; of dit precies dat bestand is, valt niet "
                                "meer na te gaan."),
    "anchor.export_gone": ("Anker: '{file}' komt uit deze kluis (na auditregel {line}), maar "
                           "de auditlog kent geen export van precies dit bestand: het is na "
                           "de export gewijzigd, of regels zijn uit de auditlog verwijderd."),
}
