"""CLI subcommands on a case's people and timeline: edit-person, set-role, remove-person,
delete-person, timeline, edit-entry, withdraw-entry, revisions. People are named as in
the case ("Noor", or "Noor (6B)" when two share a name); entries by the number `timeline`
prints.
Arguments: app/cli/arguments/people.py."""

from __future__ import annotations

import argparse

from app.cli import lookup, shapes
from app.cli.context import open_case_file, print_json
from app.cli.lines import entry_line
from app.cli.values import choose
from app.domain import Role
from app.errors import InvalidInputError
from app.timeutil import format_datetime_nl
from app.wording import label


def cmd_edit_person(args: argparse.Namespace) -> int:
    if args.name is None and args.group is None:
        raise InvalidInputError("cli.person_nothing_to_change")
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        person = lookup.participant(vault, case, args.person).person
        person = vault.people.rename(
            person.id, person.name if args.name is None else args.name,
            person.group_name if args.group is None else args.group,
            keep_old_name=args.keep_old_name)
        changed = next(p for p in vault.people.for_case(case.id) if p.person.id == person.id)
    if args.json:
        print_json(shapes.participant_json(changed))
    else:
        group = f" ({person.group_name})" if person.group_name else ""
        print(f"Gewijzigd: {person.name}{group}")
    return 0


def cmd_remove_person(args: argparse.Namespace) -> int:
    role = choose(Role, args.role) if args.role else None
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        found = lookup.participant(vault, case, args.person, role)
        roles = [p.role for p in vault.people.for_case(case.id)
                 if p.person.id == found.person.id]
        if role is None and len(roles) > 1:
            raise InvalidInputError(
                "cli.several_roles", name=found.person.name, case=case.reference,
                roles=", ".join(r.value for r in roles))
        vault.people.remove_from_case(found.id, args.reason)
    if args.json:
        print_json({"removed": shapes.participant_json(found)})
    else:
        print(f"{found.person.name} ({label(found.role).lower()}) staat niet meer bij "
              f"{case.reference}; de persoon blijft in de kluis.")
    return 0


def cmd_set_role(args: argparse.Namespace) -> int:
    role = choose(Role, args.role)
    from_role = choose(Role, args.from_role) if args.from_role else None
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        found = lookup.participant(vault, case, args.person, from_role)
        roles = [p.role for p in vault.people.for_case(case.id)
                 if p.person.id == found.person.id]
        if from_role is None and len(roles) > 1:
            raise InvalidInputError(
                "cli.several_roles", name=found.person.name, case=case.reference,
                roles=", ".join(r.value for r in roles))
        changed = vault.people.change_role(found.id, role)
    if args.json:
        print_json(shapes.participant_json(changed))
    else:
        print(f"{changed.person.name} staat nu als {label(changed.role).lower()} bij "
              f"{case.reference}.")
    return 0


def cmd_delete_person(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        found = lookup.participant(vault, case, args.person)
        vault.people.delete(found.person.id, args.reason, case.id)
    if args.json:
        print_json({"deleted": shapes.participant_json(found)})
    else:
        print(f"{found.person.name} is uit de kluis verwijderd, met bijnamen en accounts; "
              "de auditlog bewaart alleen dat het gebeurde en waarom.")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        entries = vault.timeline.for_case(case.id)
    if args.json:
        print_json([shapes.entry_json(e) for e in entries])
        return 0
    if not entries:
        print(f"Melding {case.reference} heeft nog geen tijdlijn.")
    for e in entries:
        print(entry_line(e))
    return 0


def cmd_edit_entry(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        before = lookup.entry(vault, case, args.entry_id)
        after = vault.timeline.edit_text(before.id, args.text)
    if args.json:
        print_json(shapes.entry_json(after))
    elif after.revision_count == before.revision_count:
        print(f"Tijdlijnregel {after.id} was al zo; niets gewijzigd.")
    else:
        print(f"Tijdlijnregel {after.id} gewijzigd; de vorige tekst is bewaard "
              f"({after.revision_count} eerdere versie(s)).")
    return 0


def cmd_revisions(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        current = lookup.entry(vault, case, args.entry_id)
        revisions = vault.timeline.revisions(current.id)
    if args.json:
        print_json({"entry": shapes.entry_json(current),
                    "revisions": [shapes.revision_json(r) for r in revisions]})
        return 0
    for number, revision in enumerate(revisions, start=1):
        print(f"Versie {number}, geschreven {format_datetime_nl(revision.written_at)}, "
              f"vervangen {format_datetime_nl(revision.replaced_at)}:\n  {revision.text}")
    print(f"Nu (sinds {format_datetime_nl(current.updated_at)}):\n  {current.text}")
    return 0


def cmd_withdraw_entry(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        entry = vault.timeline.withdraw(lookup.entry(vault, case, args.entry_id).id,
                                        args.reason)
    if args.json:
        print_json(shapes.entry_json(entry))
    else:
        print(f"Tijdlijnregel {entry.id} ingetrokken: de tekst en eerdere versies zijn "
              "verwijderd; soort, datum en reden blijven staan.")
    return 0
