"""`evidence list|show|set|export|link|unlink|withdraw`: the evidence of one case, by the label
(B1, B2, ...) `evidence list` prints. `set` stores a new metadata version (earlier ones
stay); `export` writes the original byte for byte through the core's handover, which
records it in the audit log; `withdraw` deletes an item's content for good and keeps its
record (number, hash, reason). Arguments: app/cli/arguments/evidence.py."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from app.casefile import CaseFile
from app.cli import lookup, shapes
from app.cli.context import open_case_file, print_json
from app.cli.evidence_metadata import metadata_changes
from app.cli.lines import evidence_line
from app.cli.paths import require_output_folder
from app.errors import InvalidInputError
from app.evidence import Action, EvidenceItem, EvidenceMetadata
from app.timeutil import format_datetime_nl, from_storage
from app.wording import label


def cmd_list(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        items = vault.evidence.list_for_case(case.id)
    if args.json:
        print_json([shapes.evidence_json(i) for i in items])
        return 0
    if not items:
        print(f"Melding {case.reference} heeft nog geen bewijs.")
    for item in items:
        print(evidence_line(item))
    return 0


def _details(vault: CaseFile, item: EvidenceItem) -> shapes.Json:
    store = vault.evidence
    chat = store.chat_summary(item.id)
    return {
        **shapes.evidence_json(item),
        "metadata_versions": [shapes.metadata_version_json(v)
                              for v in store.metadata_history(item.id)],
        "history": [{"at": e.at, "actor": e.actor, "action": e.action, "details": e.details}
                    for e in vault.audit.entries(object_type="evidence", object_id=item.id)],
        "linked_entries": [e.id for e in store.linked_entries(item.id)],
        "linked_people": [{"name": p.name, "relation": relation}
                          for p, relation in store.linked_people(item.id)],
        "chat": None if chat is None else {
            "messages": chat.message_count, "authors": list(chat.authors),
            "first_message_at": shapes.iso(chat.first_message_at),
            "last_message_at": shapes.iso(chat.last_message_at)},
    }


def _print_details(data: shapes.Json) -> None:
    meta = data["metadata"]
    print(f"{data['label']}  {data['kind']}  {data['original_name']}")
    print(f"SHA-256: {data['sha256'] or '-'}")
    print(f"Grootte: {data['size']} bytes ({data['mime_type'] or 'onbekend type'})")
    rows = (("Platform", meta["platform"]), ("Adressen", ", ".join(meta["urls"])),
            ("Accounts", ", ".join(a["handle"] or a["display_name"] for a in meta["accounts"])),
            ("Tijdstip in beeld", meta["shown_at"]), ("Beschrijving", meta["description"]),
            ("Vastgelegd met", meta["collected_with"]), ("Apparaat", meta["device"]),
            ("Acties", ", ".join(label(Action(a)) for a in meta["actions"])),
            ("Verhaal van de leerling", meta["student_account"]))
    for heading, value in rows:
        if value:
            print(f"{heading}: {value}")
    print("Geschiedenis:")
    for event in data["history"]:
        when = format_datetime_nl(from_storage(event["at"]))
        print(f"  {when}  {event['actor']}: {event['action']}")


def cmd_show(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        data = _details(vault, lookup.evidence_item(vault, case, args.item))
    if args.json:
        print_json(data)
    else:
        _print_details(data)
    return 0


def _changes(args: argparse.Namespace, current: EvidenceMetadata) -> dict[str, Any]:
    changes = metadata_changes(args, current)
    if not changes:
        raise InvalidInputError("cli.item_nothing_to_change")
    return changes


def cmd_set(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        item = lookup.evidence_item(vault, case, args.item)
        metadata = dataclasses.replace(item.metadata, **_changes(args, item.metadata))
        updated = vault.evidence.update_metadata(item.id, metadata)
    if args.json:
        print_json(shapes.evidence_json(updated))
    elif updated.metadata_version == item.metadata_version:
        print(f"{updated.label}: niets gewijzigd.")
    else:
        print(f"{updated.label}: gegevens opgeslagen als versie {updated.metadata_version}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    require_output_folder(args.output)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        item = lookup.evidence_item(vault, case, args.item)
        saved = vault.handover.export_original(item.id, args.output)
    if saved is None:  # no cancel on the CLI; kept for the type checker
        raise InvalidInputError("cli.cancelled")
    if args.json:
        print_json({"label": item.label, "path": str(saved), "sha256": item.sha256,
                    "size": item.size})
    else:
        print(f"{item.label} opgeslagen: {saved}")
        print(f"SHA-256: {item.sha256}")
    return 0


def _link(args: argparse.Namespace, link: bool) -> int:
    if (args.entry is None) == (args.person is None):
        raise InvalidInputError("cli.entry_or_person")
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        item = lookup.evidence_item(vault, case, args.item)
        store = vault.evidence
        if args.entry is not None:
            entry_id = lookup.entry(vault, case, args.entry).id
            (store.link_entry if link else store.unlink_entry)(item.id, entry_id)
            what = f"tijdlijnregel {entry_id}"
        else:
            person = lookup.participant(vault, case, args.person).person
            if link:
                store.link_person(item.id, person.id, args.relation)
            else:
                store.unlink_person(item.id, person.id)
            what = person.name
        data = _details(vault, vault.evidence.get(item.id))
    if args.json:
        print_json(data)
    else:
        print(f"{item.label} {'gekoppeld aan' if link else 'losgemaakt van'} {what}.")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    return _link(args, link=True)


def cmd_unlink(args: argparse.Namespace) -> int:
    return _link(args, link=False)


def cmd_withdraw(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        item = lookup.evidence_item(vault, case, args.item)
        withdrawn = vault.evidence.withdraw(item.id, args.reason)
    if args.json:
        print_json(shapes.evidence_json(withdrawn))
    else:
        print(f"{withdrawn.label} ingetrokken: het bestand, het voorbeeld en een ingelezen "
              "chat zijn verwijderd; nummer, SHA-256 en reden blijven bewaard.")
        print(f"SHA-256: {withdrawn.sha256 or '-'}")
    return 0
