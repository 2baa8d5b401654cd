"""Arguments of the vault's own subcommands: init, demo, verify, passwd."""

from __future__ import annotations

from app.cli.arguments import Commands

_COMMANDS = "app.cli.commands"


def define(commands: Commands) -> None:
    p = commands.add("init", f"{_COMMANDS}:cmd_init", "maak een nieuwe, lege kluis")
    p.add_argument("--counsellor", default="", help="uw naam (komt in de auditlog en dossiers)")
    p.add_argument("--school", default="", help="naam van de school")
    commands.add("demo", f"{_COMMANDS}:cmd_demo", "maak een kluis met verzonnen voorbeeldmeldingen")
    commands.add("verify", f"{_COMMANDS}:cmd_verify", "controleer de kluis en de auditlog")
    commands.add("passwd", f"{_COMMANDS}:cmd_passwd", "wijzig het wachtwoord van de kluis")
