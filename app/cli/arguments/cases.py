"""Arguments of the subcommands on cases, people and the timeline."""

from __future__ import annotations

from app.cli.arguments import Commands, intake_options, json_option, protocol_dir
from app.cli.arguments.access import entry_marks

_COMMANDS = "app.cli.commands"


def define(commands: Commands) -> None:
    p = commands.add("cases", f"{_COMMANDS}:cmd_cases", "toon alle meldingen")
    p.add_argument("--status", help="alleen deze status (nieuw, in-behandeling, ...)")
    p.add_argument("--kind", help="alleen deze soort (pesten, online-pesten, ...)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")

    p = commands.add("show", "app.cli.show_command:cmd_show",
                     "toon één melding met alles erbij: betrokkenen, tijdlijn, protocol, "
                     "afspraken, strafbare feiten, steungroep en bewijs")
    p.add_argument("case_ref", metavar="CASE_REF", help="kenmerk, bijvoorbeeld 2026-001")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    protocol_dir(p)

    p = commands.add("add-case", f"{_COMMANDS}:cmd_add_case",
                     "maak een nieuwe melding; print het kenmerk")
    p.add_argument("--title", required=True)
    p.add_argument("--kind", help="pesten, online-pesten, plagen, conflict of incident; "
                   "zonder --kind volgt de soort uit --marks")
    p.add_argument("--description", default="")
    p.add_argument("--group", default="", help="groep of klas")
    p.add_argument("--reported-by", default="leerling",
                   help="leerling, ouder, medewerker of anoniem")
    p.add_argument("--reported-on", help="datum van de melding (JJJJ-MM-DD); standaard vandaag")
    intake_options(p)
    json_option(p)

    p = commands.add("add-person", f"{_COMMANDS}:cmd_add_person",
                     "voeg een betrokkene met rol toe")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, help="gepeste, pester, meeloper, aanmoediger, "
                   "buitenstaander, verdediger, ouder, mentor, getuige of anders")
    p.add_argument("--group", default="", help="groep of klas")
    p.add_argument("--note", default="", help="notitie bij de betrokkene")
    p.add_argument("--existing", action="store_true",
                   help="iemand die al in de kluis staat (bij een andere melding), op naam "
                        "en eventueel --group, in plaats van een nieuwe persoon")
    json_option(p)

    p = commands.add("add-entry", f"{_COMMANDS}:cmd_add_entry", "voeg een tijdlijnregel toe")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--kind", required=True, help="melding, incident, observatie, gesprek, "
                   "afspraak, oudercontact, maatregel, overdracht of notitie")
    p.add_argument("--text", required=True)
    p.add_argument("--occurred-at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    p.add_argument("--approximate", action="store_true", help="het tijdstip is bij benadering")
    p.add_argument("--with", dest="with_whom", default="", help="met wie (bij een gesprek)")
    entry_marks(p)
    json_option(p)

    p = commands.add("search", f"{_COMMANDS}:cmd_search", "zoek in alle meldingen")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
