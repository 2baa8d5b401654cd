"""Arguments of the `accounts` group: the accounts of a case (list, add, remove)."""

from __future__ import annotations

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.account_commands"


def define(commands: Commands) -> None:
    group = commands.group(
        "accounts", "de accounts van een melding: accounts list, add of remove",
        description="de accounts die in het bewijs van een melding voorkomen: platform, "
                    "accountnaam, weergavenaam, profieladres en van wie (of 'onbekend')")
    p = group.add("list", f"{_COMMANDS}:cmd_list", "toon de accounts van een melding")
    case_ref(p)
    json_option(p)

    p = group.add("add", f"{_COMMANDS}:cmd_add", "voeg een account toe aan een melding")
    case_ref(p)
    p.add_argument("--platform", default="", help="bijvoorbeeld Instagram, TikTok, Snapchat")
    p.add_argument("--handle", default="", metavar="@NAAM", help="de accountnaam")
    p.add_argument("--display-name", default="", metavar="NAAM",
                   help="de naam die het account toont")
    p.add_argument("--url", default="", help="het internetadres van het profiel")
    p.add_argument("--person", metavar="NAAM",
                   help="van wie het account is (een betrokkene); zonder: onbekend")
    json_option(p)

    p = group.add("remove", f"{_COMMANDS}:cmd_remove",
                  "haal een account weg (het nummer dat de lijst van accounts toont)")
    case_ref(p)
    p.add_argument("account_id", metavar="NUMMER", type=int,
                   help="het nummer uit de lijst van accounts")
    json_option(p)
