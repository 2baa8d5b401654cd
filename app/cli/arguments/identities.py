"""Arguments of the identity-register subcommands: identities, add-identity,
edit-identity, remove-identity, link-identity, who-is."""

from __future__ import annotations

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.identity_commands"
_PERSON = ("naam zoals bij de melding; heten er twee zo, noem dan ook de groep: "
           "'Noor (6B)'")


def define(commands: Commands) -> None:
    p = commands.add("identities", f"{_COMMANDS}:cmd_identities",
                     "toon het identiteitsregister van een melding: namen, bijnamen, "
                     "accounts, telefoonnummers, e-mailadressen en 'Wie is dit?'")
    case_ref(p)
    json_option(p)

    p = commands.add("add-identity", f"{_COMMANDS}:cmd_add_identity",
                     "voeg een bijnaam, account, telefoonnummer of e-mailadres toe aan een "
                     "betrokkene (dat verdwijnt dan ook uit gepseudonimiseerde dossiers)")
    case_ref(p)
    p.add_argument("person", metavar="NAAM", help=_PERSON)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--nickname", metavar="BIJNAAM", help="een bijnaam of verkleinwoord")
    what.add_argument("--account", metavar="HANDLE", help="een account, met of zonder @")
    what.add_argument("--phone", metavar="NUMMER", help="een telefoonnummer")
    what.add_argument("--email", metavar="ADRES", help="een e-mailadres")
    p.add_argument("--platform", default="", help="bij --account: Instagram, TikTok, ...")
    p.add_argument("--display-name", default="", metavar="NAAM",
                   help="bij --account: de naam die het account toont")
    p.add_argument("--url", default="", help="bij --account: het internetadres van het profiel")
    json_option(p)

    p = commands.add("remove-identity", f"{_COMMANDS}:cmd_remove_identity",
                     "haal een bijnaam, account, telefoonnummer of e-mailadres weg (nummer "
                     "zoals identities het toont)")
    case_ref(p)
    p.add_argument("form_id", metavar="NUMMER", type=int, help="nummer zoals identities het "
                                                                "toont")
    json_option(p)

    p = commands.add("edit-identity", f"{_COMMANDS}:cmd_edit_identity",
                     "verbeter een bijnaam, account, telefoonnummer of e-mailadres (nummer "
                     "zoals identities het toont)")
    case_ref(p)
    p.add_argument("form_id", metavar="NUMMER", type=int, help="nummer zoals identities het "
                                                                "toont")
    p.add_argument("--value", metavar="WAARDE", help="de juiste bijnaam, account, nummer of "
                                                     "adres")
    p.add_argument("--platform", metavar="PLATFORM", help="bij een account: Instagram, ...")
    p.add_argument("--display-name", metavar="NAAM", help="bij een account: de getoonde naam")
    p.add_argument("--url", metavar="ADRES", help="bij een account: het profieladres")
    json_option(p)

    p = commands.add("link-identity", f"{_COMMANDS}:cmd_link_identity",
                     "'Wie is dit?': koppel een onbekende afzender of account uit het bewijs "
                     "aan een betrokkene")
    case_ref(p)
    p.add_argument("value", metavar="AFZENDER", help="de afzender of het account zoals "
                                                     "identities het noemt")
    p.add_argument("person", metavar="NAAM", help=_PERSON)
    json_option(p)

    p = commands.add("who-is", f"{_COMMANDS}:cmd_who_is",
                     "wie een schuilnaam ('Leerling C') was in eerdere gepseudonimiseerde "
                     "exports van een melding")
    case_ref(p)
    p.add_argument("label", metavar="SCHUILNAAM", help="bijvoorbeeld 'Leerling C'")
    json_option(p)
