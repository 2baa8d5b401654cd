"""Dutch wording of who is informed (app/inform): messages and the timeline contact."""

TEMPLATES: dict[str, str] = {
    "todo.inform": "Informeren: {who} ({means})",
    "inform.contact_entry": "Geïnformeerd: {who} ({means}). {note}",
    "inform.means_unknown": "Onbekend middel '{means}'; kies uit: {allowed}.",
    "inform.reason_missing": "Schrijf op waarom u bewust niet informeert.",
    "inform.item_unknown": "Het protocol van deze melding kent '{item}' niet bij wie "
                           "geïnformeerd wordt.",
    "cli.inform_record_what": "Kies --done, --not (met --reason) of --reopen.",
}

MEASURE_TEMPLATES: dict[str, str] = {
    "measure.entry": "Maatregel: {title}. {note}",
    "measure.escalation_entry": "Doorgezet naar {to_whom}. Reden: {reason}",
    "measure.unknown": "Maatregel {id} bestaat niet.",
    "measure.phase_unknown": "Het protocol van deze melding heeft geen maatregelfase {phase}.",
    "measure.phase_taken": "'{title}' is al vastgelegd; leg het effect vast of kies de "
                           "volgende trede.",
    "measure.effect_missing": "Schrijf op wat de maatregel heeft opgeleverd.",
}
