"""Dutch wording of access requests (inzage) and the date of birth they depend on."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "person.born_in_future": "De geboortedatum {day} ligt in de toekomst.",
    "access.received_in_future": "De datum van ontvangst ({day}) ligt in de toekomst.",
    "access.requester_unknown": ("De geboortedatum van {name} is niet bekend: geef aan wie het "
                                 "verzoek deed (de leerling zelf of een ouder), of vul de "
                                 "geboortedatum in."),
    "access.requester_for_age": ("Voor {name} oefent op de dag van ontvangst {expected:lower} "
                                 "de rechten uit (onder de 16 jaar de ouders of verzorgers, "
                                 "vanaf 16 jaar de leerling zelf)."),
    "access.not_found": "Inzageverzoek {request} bestaat niet.",
    "todo.access_request": "Inzageverzoek over {name} beantwoorden (ontvangen {received})",
    "cli.access_nobody": "Er staat niemand met de naam of het nummer '{name}' in de kluis.",
    "cli.access_several": ("'{name}' kan meer mensen zijn: {candidates}. Geef het nummer, "
                           "bijvoorbeeld --person {example}."),
    "cli.access_no_open_request": ("Er is geen open inzageverzoek over {name}; leg het eerst "
                                   "vast met access-request, of noem een verzoek met "
                                   "--request."),
    "cli.mark_nothing_to_change": ("Geef --werkaantekening, --geen-werkaantekening of "
                                   "--bijzonder SOORT."),
    "cli.access_other_person": "Inzageverzoek {request} gaat over iemand anders ({name}).",
}
