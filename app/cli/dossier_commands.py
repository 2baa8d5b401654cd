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
from collections.abc import Callable
from pathlib import Path

from app.cli.passwords import PasswordSource
from app.dossier.dutch_dates import format_datetime_nl
from app.dossier.exports import check_export, export_rendered, render_to_memory
from app.dossier.package import export_package
from app.dossier.profiles import get_profile
from app.dossier.selection import DossierRequest
from app.errors import InvalidInputError
from app.vault import Vault
from app.wording import dutch

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
EXIT_NOT_EXPORTED = 1


def register(add: AddCommand) -> None:
    p = add("dossier", cmd_dossier, "maak een dossier (PDF) van een melding, en eventueel het "
            "bewijspakket voor de politie")
    p.add_argument("case_ref", metavar="CASE_REF", help="kenmerk, bijvoorbeeld 2026-001")
    p.add_argument("--for", dest="profile", required=True,
                   choices=("coordinator", "police", "summary"),
                   help="coordinator: volledig dossier; police: feiten en bewijs; "
                        "summary: samenvatting voor een overleg")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf",
                   help="waar de PDF komt")
    p.add_argument("--pseudonymise", action=argparse.BooleanOptionalAction, default=None,
                   help="vervang de namen van andere leerlingen door 'Leerling A', ... "
                        "(standaard aan bij summary)")
    p.add_argument("--package", type=Path, metavar="OUT.zip",
                   help="maak ook het bewijspakket voor de politie (originele bestanden, "
                        "manifest en het politiedossier)")
    p.add_argument("--recipient", default="", help="voor wie het dossier bestemd is")
    p.add_argument("--pdf-password-stdin", action="store_true",
                   help="beveilig de PDF met een wachtwoord; standaardinvoer: regel 1 het "
                        "wachtwoord van de kluis, regel 2 het PDF-wachtwoord")

    p = add("check-export", cmd_check_export,
            "controleer of een bestand precies zo uit deze kluis is geëxporteerd")
    p.add_argument("file", metavar="FILE.pdf", type=Path)


def _open(args: argparse.Namespace, source: PasswordSource) -> Vault:
    return Vault.open(Path(args.vault), source.ask())


def cmd_dossier(args: argparse.Namespace) -> int:
    from_stdin = bool(args.password_stdin or args.pdf_password_stdin)
    source = PasswordSource(from_stdin)
    password = None
    if args.package is not None and args.package.resolve() == args.output.resolve():
        raise InvalidInputError("cli.package_same_as_pdf")
    with _open(args, source) as vault:
        if args.pdf_password_stdin:
            password = source.ask("PDF-wachtwoord: ")
            if not password:
                raise InvalidInputError("cli.pdf_password_empty")
        case = vault.cases.by_reference(args.case_ref)
        request = DossierRequest(args.profile, args.recipient, pseudonymise=args.pseudonymise,
                                 password=password)
        rendered = render_to_memory(vault, case.id, request)
        result = (None if rendered is None
                  else export_rendered(vault, case.id, request, rendered, args.output))
        package = None
        if args.package is not None and result is not None:
            # A politie dossier goes into the package as the same file, not rendered again.
            package = export_package(vault, case.id, request, args.package,
                                     police_pdf=rendered)
    if result is None:  # no cancel on the CLI; kept for the type checker
        raise InvalidInputError("cli.cancelled")
    print(f"Dossier opgeslagen: {result.path}")
    print(f"Soort: {get_profile(result.profile).label}; bestemd voor: {result.recipient}")
    print(f"SHA-256: {result.sha256}")
    print(f"Pagina's: {result.page_count}")
    if result.encrypted:
        print("De PDF is met een wachtwoord beveiligd; geef het wachtwoord via een ander "
              "kanaal door (bijvoorbeeld telefonisch).")
    for warning in result.warnings:
        sys.stderr.write(f"pestdossier-cli: let op: {dutch(warning)}\n")
    if package is not None:
        print(f"Bewijspakket opgeslagen: {package.path}")
        print(f"SHA-256 pakket: {package.sha256}")
        print(f"Bestanden in het pakket: {len(package.files)}")
    return 0


def cmd_check_export(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise InvalidInputError("file.missing", name=str(args.file))
    with _open(args, PasswordSource(args.password_stdin)) as vault:
        record = check_export(vault, args.file)
    if record is None:
        print(f"Nee: '{args.file.name}' is niet (in deze vorm) uit deze kluis geëxporteerd. "
              "Een gewijzigd bestand heeft een andere hashwaarde.")
        return EXIT_NOT_EXPORTED
    what = record.profile_label or "dossier"
    where = " (het dossier in een bewijspakket)" if record.inside_package else ""
    print(f"Ja: dit bestand is op {format_datetime_nl(record.exported_at)} uit deze kluis "
          f"geëxporteerd{where}.")
    print(f"Zaak {record.case_reference}; {what.lower()}; bestemd voor: {record.recipient}; "
          f"door {record.actor}.")
    print(f"SHA-256: {record.sha256}")
    return 0
