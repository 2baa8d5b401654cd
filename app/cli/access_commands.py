"""CLI subcommands on privacy: mark-entry, access-request, access-requests, access-export.
A person is named by name or number; a name that fits several people is refused with
the candidates (number, cases) so the user can give the number.
Arguments: app/cli/arguments/access.py."""

from __future__ import annotations

import argparse

from app.access import AccessRequest, PersonCandidate
from app.casefile import CaseFile
from app.cli import lookup, shapes
from app.cli.context import open_case_file, print_json
from app.cli.lines import entry_line
from app.cli.values import choose, parse_day
from app.domain import Person, Requester, SpecialCategory
from app.errors import InvalidInputError
from app.timeutil import format_date_nl
from app.wording import label


def cmd_mark_entry(args: argparse.Namespace) -> int:
    special = choose(SpecialCategory, args.special) if args.special else None
    if special is None and args.work_note is None:
        raise InvalidInputError("cli.mark_nothing_to_change")
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        entry = lookup.entry(vault, case, args.entry_id)
        entry = vault.timeline.set_marks(entry.id, special_category=special,
                                         work_note=args.work_note)
    if args.json:
        print_json(shapes.entry_json(entry))
    else:
        print(entry_line(entry))
    return 0


def _candidate_text(c: PersonCandidate) -> str:
    cases = ", ".join(f"{ref} {label(role).lower()}" for ref, role in c.cases) or "geen zaak"
    group = f" ({c.person.group_name})" if c.person.group_name else ""
    return f"nr. {c.person.id} {c.person.name}{group}: {cases}"


def find_person(vault: CaseFile, text: str) -> Person:
    """The one person `text` names, or one Dutch line listing who it could be."""
    found = vault.access_requests.candidates(text)
    if not found:
        raise InvalidInputError("cli.access_nobody", name=text)
    if len(found) > 1:
        raise InvalidInputError("cli.access_several", name=text,
                                candidates="; ".join(_candidate_text(c) for c in found),
                                example=found[0].person.id)
    return found[0].person


def _request_json(r: AccessRequest) -> dict[str, object]:
    return {"id": r.id, "person": {"id": r.person.id, "name": r.person.name},
            "received_on": r.received_on.isoformat(), "requested_by": r.requested_by.value,
            "deadline": r.deadline.isoformat(),
            "answered_on": r.answered_on.isoformat() if r.answered_on else None}


def _request_line(r: AccessRequest) -> str:
    state = f"beantwoord op {format_date_nl(r.answered_on)}" if r.answered_on \
        else f"open, uiterlijk {format_date_nl(r.deadline)}"
    return (f"#{r.id}  {r.person.name} (nr. {r.person.id}), ontvangen "
            f"{format_date_nl(r.received_on)} van {label(r.requested_by).lower()}: {state}")


def cmd_access_request(args: argparse.Namespace) -> int:
    received = parse_day(args.received)
    born = parse_day(args.born) if args.born else None
    by = choose(Requester, args.requested_by) if args.requested_by else None
    with open_case_file(args) as vault:
        person = find_person(vault, args.person)
        request = vault.access_requests.record(person.id, received, by, born_on=born)
    if args.json:
        print_json(_request_json(request))
    else:
        print(f"Inzageverzoek {request.id} vastgelegd: {_request_line(request)}")
    return 0


def cmd_access_requests(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        requests = vault.access_requests.list()
    if args.json:
        print_json([_request_json(r) for r in requests])
        return 0
    if not requests:
        print("Er zijn geen inzageverzoeken vastgelegd.")
    for r in requests:
        print(_request_line(r))
    return 0


def _request_for(vault: CaseFile, person: Person, number: int | None) -> AccessRequest:
    if number is not None:
        request = vault.access_requests.get(number)
        if request.person.id != person.id:
            raise InvalidInputError("cli.access_other_person", request=number,
                                    name=request.person.name)
        return request
    open_ones = [r for r in vault.access_requests.open() if r.person.id == person.id]
    if not open_ones:
        raise InvalidInputError("cli.access_no_open_request", name=person.name)
    return open_ones[0]


def cmd_access_export(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        person = find_person(vault, args.person)
        request = _request_for(vault, person, args.request)
        result = vault.access_requests.export(request.id, args.output)
    if args.json:
        print_json({"path": result.path, "sha256": result.sha256, "pages": result.page_count,
                    "request": result.request_id, "cases": result.case_count,
                    "entries": result.entry_count,
                    "work_notes_left_out": result.work_notes_left_out})
    else:
        print(f"Inzageoverzicht over {person.name} opgeslagen: {result.path} "
              f"({result.page_count} pagina's, {result.case_count} zaak/zaken); "
              f"inzageverzoek {request.id} is beantwoord.")
    return 0
