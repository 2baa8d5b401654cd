"""Arguments of the handover subcommands: dossier, check-export, letters, letter."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.arguments import Commands, case_ref, json_option, protocol_dir

_COMMANDS = "app.cli.dossier_commands"


def define(commands: Commands) -> None:
    p = commands.add("dossier", f"{_COMMANDS}:cmd_dossier",
                     "maak een dossier (PDF) van een melding, en eventueel het "
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
    p.add_argument("--exclude-entry", action="append", default=[], metavar="ENTRY_ID",
                   help="laat deze tijdlijnregel weg (nummer zoals timeline het toont); "
                        "mag vaker")
    p.add_argument("--exclude-description", action="store_true",
                   help="police: laat de beschrijving van de melding weg uit de feiten")
    p.add_argument("--exclude-evidence", action="append", default=[], metavar="BEWIJS",
                   help="laat dit bewijsstuk weg (B1, B2, ...); mag vaker")
    p.add_argument("--pdf-password-stdin", action="store_true",
                   help="beveilig de PDF met een wachtwoord; standaardinvoer: regel 1 het "
                        "wachtwoord van de kluis, regel 2 het PDF-wachtwoord")
    json_option(p)

    p = commands.add("check-export", f"{_COMMANDS}:cmd_check_export",
                     "controleer of een bestand precies zo uit deze kluis is geëxporteerd")
    p.add_argument("file", metavar="FILE.pdf", type=Path)
    json_option(p)

    p = commands.add("letters", "app.cli.letter_commands:cmd_letters",
                     "toon de brieven die het protocol van een melding voorstelt")
    case_ref(p)
    json_option(p)
    protocol_dir(p)

    p = commands.add("letter", "app.cli.letter_commands:cmd_letter",
                     "schrijf een brief als tekst (.txt) of PDF (.pdf); komt in de auditlog",
                     description="schrijf een brief als tekst (.txt) of PDF (.pdf); de export "
                                 "komt in de auditlog. Noemt de brief een ander kind of een "
                                 "rol, dan volgt een waarschuwing.")
    case_ref(p)
    p.add_argument("template", metavar="BRIEF", help="welke brief, zoals letters die toont "
                                                     "(bijvoorbeeld brief_ouders_gepeste)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="UIT.pdf|UIT.txt",
                   help="waar de brief komt")
    p.add_argument("--child", metavar="NAAM", help="over welk kind de brief gaat (als er "
                                                   "meer kinderen in aanmerking komen)")
    p.add_argument("--meeting-at", help="het gesprek waarvoor de brief uitnodigt "
                                        "(JJJJ-MM-DDTUU:MM)")
    p.add_argument("--subject", help="een eigen onderwerp")
    p.add_argument("--body-file", type=Path, metavar="TEKST.txt",
                   help="een eigen, bewerkte tekst van de brief (UTF-8)")
    json_option(p)
    protocol_dir(p)
