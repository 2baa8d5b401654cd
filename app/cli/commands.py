"""The CLI's subcommands. Each takes parsed args and returns an exit code."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.atomic import check_target
from app.casefile import CaseFile
from app.cases import NewCase
from app.cli import shapes
from app.cli.context import open_and_tell, open_case_file
from app.cli.context import print_json as _print_json
from app.cli.intake import intake_changes, kind_for_new_case
from app.cli.passwords import PasswordSource
from app.cli.paths import require_output_folder
from app.cli.values import choose
from app.cli.verify_output import TerminalProgress, summary_lines, write_report
from app.demo import fill_demo_vault
from app.domain import (
    CaseKind,
    CaseStatus,
    EntryKind,
    Person,
    Precision,
    ReportedBy,
    Role,
    SpecialCategory,
)
from app.errors import InvalidInputError
from app.timeutil import parse_user_datetime
from app.wording import dutch, label


def _parse(enum: Any, text: str) -> Any:
    return enum.parse(text)


def cmd_init(args: argparse.Namespace) -> int:
    require_output_folder(Path(args.vault))
    password = PasswordSource(args.password_stdin).ask_new("Nieuw wachtwoord: ")
    with CaseFile.create(Path(args.vault), password, counsellor=args.counsellor,
                         school=args.school):
        pass
    if args.json:
        _print_json({"vault": args.vault, "counsellor": args.counsellor,
                     "school": args.school})
    else:
        print(f"Kluis gemaakt: {args.vault}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    require_output_folder(Path(args.vault))
    password = PasswordSource(args.password_stdin).ask_new("Wachtwoord voor de demokluis: ")
    with CaseFile.create(Path(args.vault), password, counsellor="M. Demo",
                         school="Demoschool De Verzonnen Vlinder") as vault:
        fill_demo_vault(vault)
        count = vault.cases.count()
    if args.json:
        _print_json({"vault": args.vault, "cases": count})
    else:
        print(f"Demokluis gemaakt met {count} verzonnen meldingen: {args.vault}")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    status = _parse(CaseStatus, args.status) if args.status else None
    kind = _parse(CaseKind, args.kind) if args.kind else None
    with open_case_file(args) as vault:
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


def cmd_add_case(args: argparse.Namespace) -> int:
    intake = intake_changes(args)
    kind = kind_for_new_case(args, intake)
    reported_by = _parse(ReportedBy, args.reported_by)
    with open_case_file(args) as vault:
        try:
            reported_on = (date.fromisoformat(args.reported_on) if args.reported_on
                           else vault.clock.today_local())
        except ValueError as exc:
            raise InvalidInputError("cli.bad_date", text=args.reported_on) from exc
        case = vault.cases.create(NewCase(args.title, kind, reported_on, reported_by,
                                          args.group, args.description, **intake))
    if args.json:
        _print_json(shapes.case_json(case))
    else:
        print(case.reference)
    return 0


def cmd_add_person(args: argparse.Namespace) -> int:
    role = _parse(Role, args.role)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        if args.existing:
            person = _existing_person(vault, args.name, args.group)
            added = vault.people.add_to_case(case.id, person.id, role, args.note)
        else:
            added = vault.people.add_new_to_case(case.id, args.name, role, args.group,
                                                 args.note)
    if args.json:
        _print_json(shapes.participant_json(added))
    else:
        print(f"{added.person.name} toegevoegd aan {case.reference} als "
              f"{label(role).lower()}")
    return 0


def _existing_person(vault: CaseFile, name: str, group: str) -> Person:
    """Someone already in the vault, by exact name (and group, when given)."""
    found = [p for p in vault.people.find(name)
             if p.name.lower() == name.strip().lower()
             and (not group.strip() or p.group_name.lower() == group.strip().lower())]
    if not found:
        raise InvalidInputError("cli.nobody_named", name=name)
    if len(found) > 1:
        raise InvalidInputError("cli.several_named", name=name)
    return found[0]


def cmd_add_entry(args: argparse.Namespace) -> int:
    kind = _parse(EntryKind, args.kind)
    with open_case_file(args) as vault:
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
        entry = vault.timeline.add(
            case.id, kind, args.text, moment, precision, args.with_whom,
            special_category=choose(SpecialCategory, args.special) if args.special
            else SpecialCategory.GEEN, work_note=args.work_note)
    if args.json:
        _print_json(shapes.entry_json(entry))
    else:
        print(f"Tijdlijnregel {entry.id} toegevoegd aan {case.reference}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
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
    report_file = Path(args.report) if args.report else None
    if report_file is not None:
        check_target(report_file)   # before the check, which can take minutes
    against = Path(args.against) if args.against else None
    if against is not None and not against.is_file():
        raise InvalidInputError("file.missing", name=str(against))
    progress = TerminalProgress()
    progress.active = progress.active and not args.json
    with open_case_file(args) as vault:
        try:   # Ctrl+C cancels (main.py says "afgebroken"); nothing is written by a check
            report = vault.verify(progress, against=against)
        finally:
            progress.finish()
    if report_file is not None:
        write_report(report, Path(args.vault), report_file)
    if args.json:
        _print_json({"ok": report.ok, "checked": [dutch(m) for m in report.checked],
                     "problems": [dutch(m) for m in report.problems],
                     "checks": [{"checked": dutch(c.what),
                                 "problems": [dutch(m) for m in c.problems],
                                 "details": c.details} for c in report.checks]})
    else:
        print("\n".join(summary_lines(report, report_file=report_file)))
    if report.problems:
        sys.stderr.write(f"pestdossier-cli: controle mislukt: {len(report.problems)} "
                         "probleem/problemen gevonden.\n")
        return 1
    if not args.json:
        print("In orde: geen problemen gevonden.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    source = PasswordSource(args.password_stdin)
    old = source.ask("Huidig wachtwoord: ")
    with open_and_tell(Path(args.vault), old) as vault:
        new = source.ask_new("Nieuw wachtwoord: ")
        vault.change_password(old, new)
    if args.json:
        _print_json({"changed": True})
    else:
        print("Wachtwoord gewijzigd.")
    return 0
