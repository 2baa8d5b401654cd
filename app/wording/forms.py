"""Dutch wording: the non-pestcontract and the pupil's plan."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "form.not_found": "Dit contract of plan bestaat niet (meer).",
    "form.unknown_field": "Onbekend veld '{field}' voor dit formulier.",
    "form.field_too_long": "Een veld is te lang (hoogstens {limit} tekens).",
    "form.required_missing": "Vul het eerste veld van het formulier '{kind}' in.",
    "form.pupil_is_adult": "Een contract of plan is voor een leerling, niet voor een volwassene.",
    "form.pupil_not_in_case": "Deze leerling hoort niet bij deze melding.",
    "cli.no_such_form": "Melding {case} heeft geen contract of plan {form}.",
    "form.names_other_child": ("Het formulier noemt een ander kind: {name}. Het gaat naar de "
                               "leerling en de ouders; laat de naam weg of bevestig."),
}
