"""Arguments of `contract`: the non-pestcontract and the pupil's plan (list, new, edit,
sign, history, pdf)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.form_commands"
_FIELDS = (("--stops", "contract: dit gedrag stopt"),
           ("--instead", "contract: dit doet de leerling in plaats daarvan"),
           ("--repair", "contract: zo maakt de leerling het weer goed"),
           ("--consequences", "contract: wat er volgt als het pesten doorgaat"),
           ("--actions", "plan: wat de leerling gaat doen"),
           ("--support", "plan: wie helpt, ook thuis"),
           ("--check", "plan: zo zien we dat het lukt"))


def _form_id(p: argparse.ArgumentParser) -> None:
    case_ref(p)
    p.add_argument("form_id", metavar="NUMMER", help="nummer van het contract of plan, zoals "
                                                     "'contract list' het toont")


def _fields(p: argparse.ArgumentParser) -> None:
    for flag, help_text in _FIELDS:
        p.add_argument(flag, metavar="TEKST", help=help_text)
    p.add_argument("--evaluate-on", help="bespreken hoe het gaat op (JJJJ-MM-DD)")


def define(commands: Commands) -> None:
    group = commands.group(
        "contract", "niet-pestcontract en plan van de leerling: maken, wijzigen, tekenen, PDF",
        description="Het niet-pestcontract (wat stopt, wat ervoor in de plaats komt, hoe het "
                    "wordt goedgemaakt, wat er volgt als het doorgaat) en het plan dat de "
                    "leerling na het confronterende gesprek schrijft. Elke wijziging bewaart "
                    "de vorige versie.")
    p = group.add("list", f"{_COMMANDS}:cmd_list", "toon de contracten en plannen van een melding")
    case_ref(p)
    json_option(p)

    p = group.add("new", f"{_COMMANDS}:cmd_new", "stel een contract of plan op")
    case_ref(p)
    p.add_argument("kind", metavar="SOORT", help="contract of plan")
    p.add_argument("--pupil", required=True, metavar="NAAM", help="voor welke leerling")
    _fields(p)
    json_option(p)

    p = group.add("edit", f"{_COMMANDS}:cmd_edit",
                  "wijzig een contract of plan; de vorige versie blijft bewaard en de "
                  "handtekeningen vervallen")
    _form_id(p)
    _fields(p)
    p.add_argument("--reason", required=True, help="waarom het is gewijzigd")
    json_option(p)

    p = group.add("sign", f"{_COMMANDS}:cmd_sign", "noteer dat het papier is ondertekend")
    _form_id(p)
    p.add_argument("--by", required=True, metavar="WIE", help="leerling, ouders of school")
    p.add_argument("--on", help="ondertekend op (JJJJ-MM-DD); standaard vandaag")
    json_option(p)

    p = group.add("history", f"{_COMMANDS}:cmd_history", "toon de eerdere versies")
    _form_id(p)
    json_option(p)

    p = group.add("pdf", f"{_COMMANDS}:cmd_pdf", "schrijf het formulier als PDF om te tekenen",
                  description="schrijf het formulier als PDF om te tekenen; de export komt in "
                              "de auditlog. Noemt het een ander kind, dan alleen met --confirm.")
    _form_id(p)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="UIT.pdf",
                   help="waar de PDF komt")
    p.add_argument("--confirm", action="store_true",
                   help="ook als het formulier een ander kind noemt")
    json_option(p)
