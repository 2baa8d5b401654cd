"""backup, backups, restore, recovery-kit: encrypted backups from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.backup import BackupInfo
from app.casefile import CaseFile
from app.cli.context import open_case_file, print_json, warn
from app.cli.passwords import PasswordSource
from app.timeutil import format_datetime_nl, to_local
from app.wording import human_size


def _info_json(info: BackupInfo) -> dict[str, object]:
    counts = info.counts
    return {"path": str(info.path), "created_at": to_local(info.created_at).isoformat(),
            "size": info.size, "verified": counts is not None,
            "cases": counts.cases if counts else None,
            "entries": counts.entries if counts else None,
            "evidence": counts.evidence if counts else None}


def cmd_backup(args: argparse.Namespace) -> int:
    with open_case_file(args) as cf:
        result = cf.backups.create(to=Path(args.to) if args.to else None)
        warnings = cf.backups.status().warnings if args.to is None else ()
    for message in warnings:
        warn(message)
    if args.json:
        print_json({**_info_json(result.info), "fell_back": result.fell_back})
    else:
        print(result.info.path)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    with open_case_file(args) as cf:
        found = cf.backups.all(Path(args.folder) if args.folder else None)
    if args.json:
        print_json([_info_json(info) for info in found])
        return 0
    if not found:
        print("Geen reservekopieën gevonden.")
    for info in found:
        counts = (f"{info.counts.cases} meldingen, {info.counts.evidence} bewijsstukken"
                  if info.counts else "niet te openen met het huidige wachtwoord")
        print(f"{format_datetime_nl(info.created_at)}  {human_size(info.size):>9}  "
              f"{counts}  {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = PasswordSource(args.password_stdin or args.recovery_code_stdin)
    code = source.ask("Herstelcode: ") if args.recovery_code_stdin else None
    password = None if code else source.ask("Wachtwoord van de reservekopie: ")
    new_password = source.ask_new("Nieuw wachtwoord: ")
    result = CaseFile.restore_backup(Path(args.backup), Path(args.to), new_password,
                                     password=password, recovery_code=code)
    if args.json:
        print_json({"path": str(result.path), "cases": result.counts.cases,
                    "entries": result.counts.entries, "evidence": result.counts.evidence})
    else:
        print(result.path)
    return 0


def cmd_recovery_kit(args: argparse.Namespace) -> int:
    with open_case_file(args) as cf:
        code = cf.backups.make_recovery_kit(Path(args.output))
    if args.json:
        print_json({"noodblad": str(Path(args.output)),
                    **({"code": code} if args.print_code else {})})
    elif args.print_code:
        print(code)
    sys.stderr.write(f"pestdossier-cli: Noodblad geschreven: {args.output}. Bewaar het thuis "
                     "of op een persoonlijke veilige plek, nooit in een gedeelde schoolkluis.\n")
    return 0
