"""Arguments of the evidence subcommands: import, import-chat, and the `evidence` group
(list, show, set, export, link, unlink, withdraw)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.evidence_commands"


def define(commands: Commands) -> None:
    p = commands.add("import", f"{_COMMANDS}:cmd_import",
                     "importeer bestanden als bewijs bij een melding")
    p.add_argument("case_ref", metavar="CASE_REF", help="kenmerk, bijvoorbeeld 2026-001")
    p.add_argument("files", metavar="FILE", nargs="+", type=Path)
    metadata_options(p)
    p.add_argument("--json", action="store_true", help="één JSON-object per bewijsstuk")

    p = commands.add("import-chat", f"{_COMMANDS}:cmd_import_chat",
                     "importeer een chatexport: WhatsApp (.txt of .zip) of Telegram "
                     "(result.json of .zip)")
    p.add_argument("case_ref", metavar="CASE_REF", help="kenmerk, bijvoorbeeld 2026-001")
    p.add_argument("export", metavar="EXPORT", type=Path)
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")

    _define_group(commands.group(
        "evidence", "het bewijs van een melding: evidence list, show, set, export, link, "
                    "unlink of withdraw",
        description="het bewijs van een melding: tonen, gegevens wijzigen, het origineel "
                    "exporteren en koppelen"))


def metadata_options(p: argparse.ArgumentParser) -> None:
    """Every metadata field of an item, for `import` and `evidence set` alike. A list
    option (--url, --handle, --display-name, --account, --after) is repeatable; with
    `set` it replaces the whole list and '' empties it."""
    p.add_argument("--platform", help="bijvoorbeeld WhatsApp, TikTok, Instagram")
    p.add_argument("--url", action="append", help="internetadres (herhaalbaar)")
    p.add_argument("--handle", action="append", metavar="@NAAM",
                   help="accountnaam in het bewijs (herhaalbaar; de n-de --display-name "
                        "hoort bij de n-de --handle)")
    p.add_argument("--display-name", action="append", metavar="NAAM",
                   help="de naam die het account toont (herhaalbaar)")
    p.add_argument("--account", action="append", metavar="@NAAM[=WEERGAVENAAM]",
                   help="account in het bewijs, handle en naam samen (herhaalbaar)")
    p.add_argument("--shown-at", help="datum en tijd zoals ze in het bewijs staan (bij "
                                      "benadering mag: 'vrijdag rond 22:00')")
    p.add_argument("--description", help="wat er te zien is")
    p.add_argument("--captured-with", "--collected-with", dest="collected_with",
                   help="de leerling die erbij was")
    p.add_argument("--device", help="op welk apparaat het is vastgelegd")
    p.add_argument("--after", "--action", dest="action", action="append", metavar="ACTIE",
                   help="wat er daarna is gedaan: geblokkeerd, gemeld-bij-platform, "
                        "verwijderverzoek of aangifte-geadviseerd (herhaalbaar)")
    p.add_argument("--student-account", metavar="TEKST",
                   help="wat de leerling zelf vertelt over wat er gebeurde")


def _item(p: argparse.ArgumentParser) -> None:
    case_ref(p)
    p.add_argument("item", metavar="BEWIJS", help="het bewijsstuk, zoals evidence list het "
                                                  "toont: B1, B2, ...")


def _define_group(group: Commands) -> None:
    target = "app.cli.evidence_item_commands"
    p = group.add("list", f"{target}:cmd_list", "toon het bewijs van een melding")
    case_ref(p)
    json_option(p)

    p = group.add("show", f"{target}:cmd_show",
                  "toon één bewijsstuk: gegevens, hashwaarde en geschiedenis")
    _item(p)
    json_option(p)

    p = group.add("set", f"{target}:cmd_set",
                  "wijzig de gegevens van een bewijsstuk (een nieuwe versie; de oude blijft)",
                  description="wijzig de gegevens van een bewijsstuk; alleen de opgegeven "
                              "velden veranderen en de vorige versie blijft bewaard. Een "
                              "lijstoptie (--url, --account, --action) vervangt de hele lijst; "
                              "--url '' maakt hem leeg.")
    _item(p)
    metadata_options(p)
    json_option(p)

    p = group.add("export", f"{target}:cmd_export",
                  "sla het originele bestand op, byte voor byte (komt in de auditlog)")
    _item(p)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="BESTAND",
                   help="waar het bestand komt")
    json_option(p)

    for name, help_text in (
            ("link", "koppel een bewijsstuk aan een tijdlijnregel of een betrokkene"),
            ("unlink", "maak een bewijsstuk los van een tijdlijnregel of een betrokkene")):
        p = group.add(name, f"{target}:cmd_{name}", help_text)
        _item(p)
        p.add_argument("--entry", metavar="ENTRY_ID", help="nummer van de tijdlijnregel")
        p.add_argument("--person", metavar="NAAM", help="naam van een betrokkene")
        if name == "link":
            p.add_argument("--relation", default="",
                           help="hoe de persoon erin voorkomt, bijvoorbeeld afzender")
        json_option(p)

    p = group.add("withdraw", f"{target}:cmd_withdraw",
                  "trek een bewijsstuk in dat er per vergissing in kwam",
                  description="trek een bewijsstuk in: het bestand, het voorbeeld en een "
                              "ingelezen chat worden voorgoed verwijderd (de kluis wordt "
                              "daarna opnieuw ingedeeld); nummer, SHA-256, grootte, tijden en "
                              "de reden blijven bewaard")
    _item(p)
    p.add_argument("--reason", required=True, metavar="REDEN",
                   help="waarom het wordt ingetrokken (blijft bewaard)")
    json_option(p)
