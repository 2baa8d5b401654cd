"""Arguments of retention and consent: retention, retention-due, consent."""

from __future__ import annotations

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.retention_commands"


def define(commands: Commands) -> None:
    p = commands.add("retention", f"{_COMMANDS}:cmd_retention",
                     "toon of kies hoe lang een melding bewaard blijft",
                     description="toon de bewaartermijn van een melding, of kies een andere "
                                 "bewaarregel (altijd met een reden); de regels staan in "
                                 "resources/retention en in de map 'retention' van de school "
                                 "in de gegevensmap van Pestdossier")
    case_ref(p)
    p.add_argument("--rule", metavar="ID",
                   help="afgesloten_en_verslagen, twee_jaar_na_vertrek of aangepaste_datum "
                        "(of een regel van de school)")
    p.add_argument("--reason", default="", help="waarom deze bewaartermijn (verplicht)")
    p.add_argument("--leaves-on", metavar="DATUM",
                   help="datum waarop de leerling de school verlaat of verliet (JJJJ-MM-DD)")
    p.add_argument("--until", metavar="DATUM",
                   help="een zelf gekozen datum (JJJJ-MM-DD); zonder --rule de aangepaste "
                        "datum")
    json_option(p)

    p = commands.add("retention-due", f"{_COMMANDS}:cmd_retention_due",
                     "toon de meldingen waarvan de bewaartermijn verstreken is")
    json_option(p)

    p = commands.add("consent", f"{_COMMANDS}:cmd_consent",
                     "toon of leg vast of de leerling toestemming gaf voor het dossier",
                     description="toon de toestemming van de leerling voor het bijhouden van "
                                 "een dossier, of leg haar vast of wijzig haar")
    case_ref(p)
    answer = p.add_mutually_exclusive_group()
    answer.add_argument("--given", choices=("yes", "no", "partly"),
                        help="het antwoord: yes (gegeven), no (niet gegeven) of partly "
                             "(gedeeltelijk)")
    answer.add_argument("--not-asked", action="store_true",
                        help="er is (nog) niet om toestemming gevraagd")
    p.add_argument("--how", default="", help="hoe: mondeling, schriftelijk, ...")
    p.add_argument("--by", default="", metavar="NAAM", help="wie de toestemming vroeg")
    p.add_argument("--on", metavar="DATUM", help="wanneer (JJJJ-MM-DD); standaard vandaag")
    p.add_argument("--note", default="", help="een korte notitie")
    json_option(p)
