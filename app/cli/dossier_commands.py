"""CLI subcommands for handover: `dossier` (PDF, optionally the police package) and
`check-export` (was this exact file exported from this vault, and when?).

Passwords: the vault password comes from a prompt or, with --password-stdin, from the
first line of standard input. With --pdf-password-stdin both come from standard input:
line 1 the vault password, line 2 the password for the PDF (which must travel to the
recipient by another channel, e.g. by phone).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import lookup
from app.cli.context import open_case_file
from app.cli.context import print_json as _print_json
from app.cli.passwords import PasswordSource
from app.cli.paths import require_output_folder
from app.dossier.dutch_dates import format_datetime_nl
from app.dossier.exports import ExportRecord, ExportResult
from app.dossier.profiles import get_profile
from app.dossier.selection import DossierRequest
from app.errors import InvalidInputError
from app.wording import dutch

EXIT_NOT_EXPORTED = 1
EXIT_ANCHOR_MISMATCH = 3   # the file carries an anchor the vault's history no longer holds


def cmd_dossier(args: argparse.Namespace) -> int:
    from_stdin = bool(args.password_stdin or args.pdf_password_stdin)
    source = PasswordSource(from_stdin)
    password = None
    # Both folders are checked before the password is asked (the core checks again).
    for target in (args.output, args.package):
        if target is not None:
            require_output_folder(target)
    with open_case_file(args, source) as vault:
        if args.pdf_password_stdin:
            password = source.ask("PDF-wachtwoord: ")
            if not password:
                raise InvalidInputError("cli.pdf_password_empty")
        case = vault.cases.by_reference(args.case_ref)
        request = DossierRequest(
            args.profile, args.recipient,
            frozenset(lookup.entry(vault, case, e).id for e in args.exclude_entry),
            frozenset(lookup.evidence_item(vault, case, b).id for b in args.exclude_evidence),
            pseudonymise=args.pseudonymise, password=password,
            include_description=not args.exclude_description)
        outcome = vault.handover.export(case.id, request, args.output, args.package)
    if outcome is None:  # no cancel on the CLI; kept for the type checker
        raise InvalidInputError("cli.cancelled")
    result, package = outcome.pdf, outcome.package
    if args.json:
        _print_json({"pdf": _result_json(result), "package": None if package is None else {
            "path": str(package.path), "sha256": package.sha256, "size": package.byte_count,
            "files": len(package.files)}})
    else:
        _print_result(result)
        if package is not None:
            print(f"Bewijspakket opgeslagen: {package.path}")
            print(f"SHA-256 pakket: {package.sha256}")
            print(f"Bestanden in het pakket: {len(package.files)}")
    for warning in result.warnings:
        sys.stderr.write(f"pestdossier-cli: let op: {dutch(warning)}\n")
    return 0


def _result_json(result: ExportResult) -> dict[str, Any]:
    return {"path": str(result.path), "sha256": result.sha256, "pages": result.page_count,
            "size": result.byte_count, "profile": result.profile,
            "recipient": result.recipient, "exported_at": result.exported_at.isoformat(),
            "encrypted": result.encrypted, "pseudonymised": result.pseudonymised,
            "entries": result.entry_count, "evidence": result.evidence_count,
            "warnings": list(result.warnings)}


def _print_result(result: ExportResult) -> None:
    print(f"Dossier opgeslagen: {result.path}")
    print(f"Soort: {get_profile(result.profile).label}; bestemd voor: {result.recipient}")
    print(f"SHA-256: {result.sha256}")
    print(f"Pagina's: {result.page_count}")
    if result.encrypted:
        print("De PDF is met een wachtwoord beveiligd; geef het wachtwoord via een ander "
              "kanaal door (bijvoorbeeld telefonisch).")


def cmd_check_export(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise InvalidInputError("file.missing", name=str(args.file))
    with open_case_file(args) as vault:
        record = vault.handover.check_export(args.file)
        anchor = vault.handover.check_anchor(args.file)
    problems = [] if anchor is None else anchor.problems
    # A file changed after its export looks like one whose export row is gone; only
    # the other findings prove that the vault's history itself changed.
    proven = [p for p in problems if p.code != "anchor.export_gone"]
    if args.json:
        _print_json({"exported": record is not None, "file": str(args.file),
                     "anchor_problems": [dutch(p) for p in problems],
                     **({} if record is None else _record_json(record))})
    else:
        _print_check(args.file.name, record)
        for problem in problems:
            print(dutch(problem))
    if proven:
        sys.stderr.write("pestdossier-cli: de geschiedenis van de kluis klopt niet meer met "
                         "deze export.\n")
        return EXIT_ANCHOR_MISMATCH
    return 0 if record is not None else EXIT_NOT_EXPORTED


def _print_check(name: str, record: ExportRecord | None) -> None:
    if record is None:
        print(f"Nee: '{name}' is niet (in deze vorm) uit deze kluis geëxporteerd. "
              "Een gewijzigd bestand heeft een andere hashwaarde.")
        return
    what = record.profile_label or "dossier"
    where = " (het dossier in een bewijspakket)" if record.inside_package else ""
    print(f"Ja: dit bestand is op {format_datetime_nl(record.exported_at)} uit deze kluis "
          f"geëxporteerd{where}.")
    print(f"Zaak {record.case_reference}; {what.lower()}; bestemd voor: {record.recipient}; "
          f"door {record.actor}.")
    print(f"SHA-256: {record.sha256}")


def _record_json(record: ExportRecord) -> dict[str, Any]:
    return {"exported_at": record.exported_at.isoformat(), "case": record.case_reference,
            "action": record.action, "profile": record.profile,
            "recipient": record.recipient, "actor": record.actor, "sha256": record.sha256,
            "pages": record.page_count, "file_name": record.file_name,
            "inside_package": record.inside_package}
