"""Arguments of the vault's own subcommands: init, demo, verify, passwd."""

from __future__ import annotations

from app.cli.arguments import Commands, json_option

_COMMANDS = "app.cli.commands"


def define(commands: Commands) -> None:
    p = commands.add("init", f"{_COMMANDS}:cmd_init", "maak een nieuwe, lege kluis")
    p.add_argument("--counsellor", default="", help="uw naam (komt in de auditlog en dossiers)")
    p.add_argument("--school", default="", help="naam van de school")
    json_option(p)
    for name, help_text in (("demo", "maak een kluis met verzonnen voorbeeldmeldingen"),
                            ("verify", "controleer de kluis en de auditlog"),
                            ("passwd", "wijzig het wachtwoord van de kluis")):
        p = commands.add(name, f"{_COMMANDS}:cmd_{name}", help_text)
        json_option(p)
        if name == "verify":
            p.add_argument("--report", metavar="BESTAND", default=None,
                           help="schrijf alle problemen en de ruwe meldingen naar BESTAND")
            p.add_argument("--against", metavar="BESTAND", default=None,
                           help="vergelijk ook met het auditanker in een eerdere export "
                                "(dossier-PDF, bewijspakket of manifest.json) of "
                                "reservekopie: is die geschiedenis nog dezelfde?")
