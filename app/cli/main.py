"""pestdossier-cli: headless subcommands over the core, in the style of keepassxc-cli.

Passwords come from a prompt or --password-stdin, never from argv. Errors print one
line on stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from app import __version__
from app.cli import casework_commands, commands, dossier_commands, evidence_commands
from app.errors import PestdossierError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, in Dutch where we can; argparse's own text stays as a detail.
        sys.stderr.write(f"{self.prog}: ongeldige opdracht: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _vault_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault", help="pad naar het kluisbestand (.pestdossier)")
    p.add_argument("--password-stdin", action="store_true",
                   help="lees het wachtwoord van standaardinvoer in plaats van een prompt")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pestdossier-cli",
                     description="Pestdossier zonder venster: kluis, meldingen en controle.")
    parser.add_argument("--version", action="version", version=f"pestdossier {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str
            ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        _vault_arg(p)
        return p

    p = add("init", commands.cmd_init, "maak een nieuwe, lege kluis")
    p.add_argument("--counsellor", default="", help="uw naam (komt in de auditlog en dossiers)")
    p.add_argument("--school", default="", help="naam van de school")
    add("demo", commands.cmd_demo, "maak een kluis met verzonnen voorbeeldmeldingen")

    p = add("cases", commands.cmd_cases, "toon alle meldingen")
    p.add_argument("--status", help="alleen deze status (nieuw, in-behandeling, ...)")
    p.add_argument("--kind", help="alleen deze soort (pesten, online-pesten, ...)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")

    p = add("show", commands.cmd_show, "toon één melding met betrokkenen en tijdlijn")
    p.add_argument("case_ref", metavar="CASE_REF", help="kenmerk, bijvoorbeeld 2026-001")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")

    p = add("add-case", commands.cmd_add_case, "maak een nieuwe melding; print het kenmerk")
    p.add_argument("--title", required=True)
    p.add_argument("--kind", required=True,
                   help="pesten, online-pesten, plagen, conflict of incident")
    p.add_argument("--description", default="")
    p.add_argument("--group", default="", help="groep of klas")
    p.add_argument("--reported-by", default="leerling",
                   help="leerling, ouder, medewerker of anoniem")
    p.add_argument("--reported-on", help="datum van de melding (JJJJ-MM-DD); standaard vandaag")

    p = add("add-person", commands.cmd_add_person, "voeg een betrokkene met rol toe")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, help="gepeste, pester, meeloper, aanmoediger, "
                   "buitenstaander, verdediger, ouder, mentor, getuige of anders")
    p.add_argument("--group", default="")

    p = add("add-entry", commands.cmd_add_entry, "voeg een tijdlijnregel toe")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--kind", required=True, help="melding, incident, observatie, gesprek, "
                   "afspraak, oudercontact, maatregel, overdracht of notitie")
    p.add_argument("--text", required=True)
    p.add_argument("--occurred-at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    p.add_argument("--approximate", action="store_true", help="het tijdstip is bij benadering")
    p.add_argument("--with", dest="with_whom", default="", help="met wie (bij een gesprek)")

    p = add("search", commands.cmd_search, "zoek in alle meldingen")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")

    evidence_commands.register(add)
    dossier_commands.register(add)

    add("verify", commands.cmd_verify, "controleer de kluis en de auditlog")
    add("passwd", commands.cmd_passwd, "wijzig het wachtwoord van de kluis")
    casework_commands.register(add, sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except PestdossierError as exc:
        sys.stderr.write(f"pestdossier-cli: {exc.message}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("pestdossier-cli: afgebroken.\n")
        return EXIT_ERROR
    except Exception as exc:
        sys.stderr.write(f"pestdossier-cli: onverwachte fout ({type(exc).__name__}); "
                         "er is niets half opgeslagen.\n")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
