"""Arguments of the protocol-guided case work: todo, protocols, set-protocol,
record-step, record-condition."""

from __future__ import annotations

from app.cli.arguments import Commands, whole_number
from app.cli.arguments import protocol_dir as _protocol_dir

_COMMANDS = "app.cli.casework_commands"


def define(commands: Commands) -> None:
    p = commands.add("todo", f"{_COMMANDS}:cmd_todo",
                     "toon wat te laat is en wat binnenkort moet, over alle meldingen")
    p.add_argument("--days", type=whole_number, default=14,
                   help="hoeveel dagen vooruit (standaard 14)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    _protocol_dir(p)

    p = commands.add("protocols", f"{_COMMANDS}:cmd_protocols",
                     "toon de beschikbare protocollen",
                     description="toon de beschikbare protocollen; fouten in eigen "
                                 "protocolbestanden komen op stderr", vault=False)
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    _protocol_dir(p)

    p = commands.add("set-protocol", f"{_COMMANDS}:cmd_set_protocol",
                     "kies of wissel het protocol van een melding")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("protocol_id", metavar="PROTOCOL_ID")
    p.add_argument("--reason", default="", help="waarom dit protocol (bij een wissel)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    _protocol_dir(p)

    p = commands.add("record-step", f"{_COMMANDS}:cmd_record_step",
                     "leg een stap van het protocol vast")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("step_id", metavar="STEP_ID")
    p.add_argument("--text", required=True, help="het verslag")
    p.add_argument("--at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    p.add_argument("--participant", action="append", default=[], metavar="NAAM",
                   help="naam van een deelnemer (betrokkene bij de melding); mag vaker")
    p.add_argument("--deviation", default="",
                   help="reden om af te wijken als de stap nog op een voorwaarde wacht")
    p.add_argument("--choice", "--outcome", dest="choice", metavar="OPTIE",
                   help="de keuze bij deze stap, zoals steps --json die toont: bij Beslissen "
                        "(5 B's) niet-confronterend of confronterend; bij Beoordelen de "
                        "uitkomst gestopt of niet-gestopt (dan begint een nieuwe ronde bij "
                        "Bekijken)")
    p.add_argument("--reason", default="", help="waarom deze keuze")
    p.add_argument("--condition", action="append", default=[], metavar="SLEUTEL=HOE",
                   help="een voorwaarde die in deze stap is gegeven, zoals "
                        "consent_gepeste=mondeling; mag vaker")
    p.add_argument("--idea", action="append", default=[], metavar="NAAM=IDEE",
                   help="het idee van een lid van de steungroep, als 'Ik ga ...'; mag vaker")
    p.add_argument("--result", action="append", default=[], metavar="NAAM=TEKST",
                   help="wat een lid van de steungroep met het vorige idee deed; mag vaker")
    p.add_argument("--next-appointment", help="volgende afspraak (JJJJ-MM-DDTUU:MM)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    _protocol_dir(p)

    p = commands.add("record-condition", f"{_COMMANDS}:cmd_record_condition",
                     "leg een voorwaarde vast, zoals de toestemming van de leerling")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("key", metavar="KEY", help="bijvoorbeeld consent_gepeste")
    p.add_argument("--how", required=True, help="hoe de toestemming is gegeven")
    p.add_argument("--at", help="JJJJ-MM-DD of JJJJ-MM-DDTUU:MM; standaard nu")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    _protocol_dir(p)
