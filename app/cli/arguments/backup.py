"""Arguments of the backup subcommands: backup, backups, restore, recovery-kit."""

from __future__ import annotations

from app.cli.arguments import Commands, json_option

_COMMANDS = "app.cli.backup_commands"


def define(commands: Commands) -> None:
    p = commands.add("backup", f"{_COMMANDS}:cmd_backup",
                     "maak nu een versleutelde, gecontroleerde reservekopie",
                     description="maak nu een versleutelde reservekopie, controleer haar en "
                                 "toon het pad; zonder --to in de ingestelde map")
    p.add_argument("--to", metavar="MAP", help="map voor de reservekopie")
    json_option(p)

    p = commands.add("backups", f"{_COMMANDS}:cmd_backups",
                     "toon de reservekopieën met datum, grootte en aantallen")
    p.add_argument("--folder", metavar="MAP", help="kijk in deze map in plaats van de "
                                                   "ingestelde")
    json_option(p)

    p = commands.add("restore", f"{_COMMANDS}:cmd_restore",
                     "zet een reservekopie terug als nieuwe kluis", vault=False,
                     description="zet een reservekopie terug als nieuwe kluis, na een volledige "
                                 "controle; leest van standaardinvoer het wachtwoord van de "
                                 "reservekopie (of met --recovery-code-stdin de herstelcode) "
                                 "en daarna het nieuwe wachtwoord, elk op een regel")
    p.add_argument("backup", metavar="RESERVEKOPIE", help="het .pdbackup-bestand")
    p.add_argument("--to", required=True, metavar="NIEUWE_KLUIS",
                   help="pad voor de nieuwe kluis (mag nog niet bestaan)")
    p.add_argument("--recovery-code-stdin", action="store_true",
                   help="lees de herstelcode van het Noodblad in plaats van het wachtwoord")
    p.add_argument("--password-stdin", action="store_true",
                   help="lees wachtwoord en nieuw wachtwoord van standaardinvoer")
    json_option(p)

    p = commands.add("recovery-kit", f"{_COMMANDS}:cmd_recovery_kit",
                     "maak een nieuwe herstelcode en het Noodblad (PDF)",
                     description="maak een nieuwe herstelcode en het Noodblad; de vorige code "
                                 "opent daarna geen bereikbare reservekopie meer")
    p.add_argument("-o", "--output", required=True, metavar="NOODBLAD.pdf",
                   help="waar het Noodblad komt")
    p.add_argument("--print-code", action="store_true",
                   help="toon de herstelcode ook op het scherm")
    json_option(p)
