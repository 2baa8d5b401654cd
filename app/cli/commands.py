"""The CLI's subcommands. Each takes parsed args and returns an exit code."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import ProtocolRegistry
from app.cli.passwords import PasswordSource
from app.cli.paths import require_output_folder
from app.demo import fill_demo_vault
from app.domain import CaseKind, CaseStatus, EntryKind, Precision, ReportedBy, Role
from app.errors import InvalidInputError
from app.timeutil import format_date_nl, format_datetime_nl, parse_user_datetime
from app.wording import dutch, label


def _open(args: argparse.Namespace, registry: ProtocolRegistry | None = None) -> CaseFile:
    password = PasswordSource(args.password_stdin).ask()
    return CaseFile.open(Path(args.vault), password, registry=registry)


def _parse(enum: Any, text: str) -> Any:
    return enum.parse(text)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_init(args: argparse.Namespace) -> int:
    require_output_folder(Path(args.vault))
    password = PasswordSource(args.password_stdin).ask_new("Nieuw wachtwoord: ")
    with CaseFile.create(Path(args.vault), password, counsellor=args.counsellor,
                         school=args.school):
        pass
    print(f"Kluis gemaakt: {args.vault}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    require_output_folder(Path(args.vault))
    password = PasswordSource(args.password_stdin).ask_new("Wachtwoord voor de demokluis: ")
    with CaseFile.create(Path(args.vault), password, counsellor="M. Demo",
                         school="Demoschool De Verzonnen Vlinder") as vault:
        fill_demo_vault(vault)
        count = vault.cases.count()
    print(f"Demokluis gemaakt met {count} verzonnen meldingen: {args.vault}")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    status = _parse(CaseStatus, args.status) if args.status else None
    kind = _parse(CaseKind, args.kind) if args.kind else None
    with _open(args) as vault:
        rows = vault.cases.list(status=status, kind=kind)
    if args.json:
        _print_json([{"reference": c.reference, "title": c.title, "kind": c.kind.value,
                      "status": c.status.value, "reported_on": c.reported_on.isoformat(),
                      "group": c.group_name, "entries": c.entry_count,
                      "last_activity": c.last_activity.isoformat()} for c in rows])
        return 0
    if not rows:
        print("Geen meldingen.")
    for c in rows:
        print(f"{c.reference}  {label(c.status):<15} {label(c.kind):<14} {c.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        people = vault.people.for_case(case.id)
        entries = vault.timeline.for_case(case.id)
    if args.json:
        _print_json({
            "reference": case.reference, "title": case.title, "kind": case.kind.value,
            "status": case.status.value, "reported_on": case.reported_on.isoformat(),
            "reported_by": case.reported_by.value, "group": case.group_name,
            "description": case.description,
            "people": [{"name": p.person.name, "role": p.role.value,
                        "group": p.person.group_name} for p in people],
            "entries": [{"kind": e.kind.value, "occurred_at": e.occurred_at.isoformat(),
                         "precision": e.precision.value, "recorded_at": e.recorded_at.isoformat(),
                         "with": e.with_whom, "text": e.text} for e in entries],
        })
        return 0
    print(f"{case.reference}  {case.title}")
    print(f"Soort: {label(case.kind)}   Status: {label(case.status)}   "
          f"Gemeld op: {format_date_nl(case.reported_on)} door {label(case.reported_by).lower()}")
    if case.group_name:
        print(f"Groep: {case.group_name}")
    if case.description:
        print(case.description)
    print("\nBetrokkenen:")
    for p in people:
        group = f" ({p.person.group_name})" if p.person.group_name else ""
        print(f"  {p.person.name}{group}: {label(p.role)}")
    print("\nTijdlijn:")
    for e in entries:
        when = (format_date_nl(e.occurred_at) if e.precision is Precision.DATE
                else format_datetime_nl(e.occurred_at))
        if e.precision is Precision.APPROX:
            when = "rond " + when
        print(f"  {when}  {label(e.kind)}: {e.text}")
    return 0


def cmd_add_case(args: argparse.Namespace) -> int:
    kind = _parse(CaseKind, args.kind)
    reported_by = _parse(ReportedBy, args.reported_by)
    with _open(args) as vault:
        try:
            reported_on = (date.fromisoformat(args.reported_on) if args.reported_on
                           else vault.clock.today_local())
        except ValueError as exc:
            raise InvalidInputError("cli.bad_date", text=args.reported_on) from exc
        case = vault.cases.create(NewCase(args.title, kind, reported_on, reported_by,
                                          args.group, args.description))
    print(case.reference)
    return 0


def cmd_add_person(args: argparse.Namespace) -> int:
    role = _parse(Role, args.role)
    with _open(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        vault.people.add_new_to_case(case.id, args.name, role, args.group)
    print(f"{args.name} toegevoegd aan {case.reference} als {label(role).lower()}")
    return 0


def cmd_add_entry(args: argparse.Namespace) -> int:
    kind = _parse(EntryKind, args.kind)
    with _open(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        if args.occurred_at:
            try:
                moment, date_only = parse_user_datetime(args.occurred_at)
            except ValueError as exc:
                raise InvalidInputError("cli.bad_moment", text=args.occurred_at) from exc
        else:
            moment, date_only = vault.clock.now(), False
        precision = (Precision.APPROX if args.approximate
                     else Precision.DATE if date_only else Precision.EXACT)
        entry = vault.timeline.add(case.id, kind, args.text, moment, precision, args.with_whom)
    print(f"Tijdlijnregel {entry.id} toegevoegd aan {case.reference}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        hits = vault.search.search(args.query)
    if args.json:
        _print_json([{"reference": h.reference, "title": h.title, "snippet": h.snippet}
                     for h in hits])
        return 0
    if not hits:
        print("Niets gevonden.")
    for h in hits:
        print(f"{h.reference}  {h.title}\n    {h.snippet}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        report = vault.verify()
    for what in report.checked:
        print(f"gecontroleerd: {dutch(what)}")
    if report.problems:
        for problem in report.problems:
            print(dutch(problem))
        sys.stderr.write(f"pestdossier-cli: controle mislukt: {len(report.problems)} "
                         "probleem/problemen gevonden.\n")
        return 1
    print("In orde: geen problemen gevonden.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    source = PasswordSource(args.password_stdin)
    old = source.ask("Huidig wachtwoord: ")
    with CaseFile.open(Path(args.vault), old) as vault:
        new = source.ask_new("Nieuw wachtwoord: ")
        vault.change_password(old, new)
    print("Wachtwoord gewijzigd.")
    return 0
