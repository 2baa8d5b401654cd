"""Arguments of `inform` (who the protocol says to inform, and recording it) and `measure`
(the consequence ladder, measures and escalation)."""

from __future__ import annotations

from app.cli.arguments import Commands, case_ref, json_option

_COMMANDS = "app.cli.inform_commands"


def define(commands: Commands) -> None:
    p = commands.add("inform", f"{_COMMANDS}:cmd_inform",
                     "toon of leg vast wie geïnformeerd is",
                     description="toon per stap wie het protocol laat informeren, hoe en "
                                 "wanneer, en wat er is gedaan; of leg bij ITEM vast dat het "
                                 "gedaan is, bewust niet (met een reden), of weer te doen is")
    case_ref(p)
    p.add_argument("item", nargs="?", metavar="ITEM",
                   help="id van de regel, bijvoorbeeld ouders_gepeste (zie de lijst)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--done", action="store_true", help="geïnformeerd")
    action.add_argument("--not", dest="declined", action="store_true",
                        help="bewust niet geïnformeerd (met --reason)")
    action.add_argument("--reopen", action="store_true", help="weer te doen")
    p.add_argument("--how", default="", metavar="MIDDEL",
                   help="gesprek, telefoon, brief, mail, memo of bericht "
                        "(standaard wat het protocol noemt)")
    p.add_argument("--by", default="", metavar="NAAM", help="wie informeerde")
    p.add_argument("--at", metavar="MOMENT",
                   help="wanneer (JJJJ-MM-DD of JJJJ-MM-DDTUU:MM); standaard nu")
    p.add_argument("--note", default="", help="een korte notitie")
    p.add_argument("--reason", default="", help="waarom bewust niet")
    json_option(p)

    p = commands.add("measure", "app.cli.measure_commands:cmd_measure",
                     "toon de maatregelladder of leg een maatregel of escalatie vast",
                     description="toon de maatregelladder van het protocol met wat er is "
                                 "genomen en wat een gebroken afspraak nu vraagt; of leg een "
                                 "trede vast (--take), het effect van een maatregel "
                                 "(--effect), of dat de melding is doorgezet (--escalate)")
    case_ref(p)
    action = p.add_mutually_exclusive_group()
    action.add_argument("--take", type=int, metavar="FASE",
                        help="de trede (fase) die is genomen, bijvoorbeeld 0 (nog één kans)")
    action.add_argument("--effect", type=int, metavar="NR",
                        help="nummer van de maatregel waarvan u het effect vastlegt (met --text)")
    action.add_argument("--escalate", metavar="WIE",
                        help="doorgezet naar, bijvoorbeeld afdelingsleider (met --reason)")
    p.add_argument("--by", default="", metavar="NAAM", help="wie het deed")
    p.add_argument("--on", metavar="DATUM", help="wanneer (JJJJ-MM-DD); standaard vandaag")
    p.add_argument("--note", default="", help="een korte notitie bij de maatregel")
    p.add_argument("--text", default="", help="het effect van de maatregel")
    p.add_argument("--reason", default="", help="waarom doorgezet")
    json_option(p)
