"""Four online-bullying cases that leaked in pseudonymised dossiers, rebuilt with invented
names: two extorted girls, handles in metadata and in the chat, a profile URL, a
diminutive, the surname Post next to the verb "post", an unregistered handle, and the
recipient "Wijkagent M. Bos" whose surname is a pester's too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Precision, ReportedBy, Role
from app.dossier.sample import make_screenshot
from app.evidence import Account, EvidenceMetadata
from app.identities import FormKind
from app.timeutil import AMSTERDAM
from tests.dossier_case import CHAT_EXPORT

RECIPIENT = "Wijkagent M. Bos"
ORDINARY = ("op Instagram post", "in het bos", "Mw. K. Meijer", "de groot-ouders")


@dataclass
class LeakCase:
    case_id: int
    subject: str
    hidden: list[str] = field(default_factory=list)   # every form that must not appear


def _at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 10, day, hour, tzinfo=AMSTERDAM)


def _case(cf: CaseFile, title: str, description: str) -> int:
    return cf.cases.create(NewCase(title, CaseKind.ONLINE_PESTEN, date(2026, 10, 20),
                                   ReportedBy.OUDER, "3A", description)).id


def _people(cf: CaseFile, case_id: int, rows: list[tuple[str, Role, str]]) -> dict[str, int]:
    return {name: cf.people.add_new_to_case(case_id, name, role, group).person.id
            for name, role, group in rows}


def extortion(cf: CaseFile) -> LeakCase:
    """Two girls extorted together; the pester's handle in metadata, text and a URL."""
    cid = _case(cf, "Afpersing via Instagram",
                "Sanne de Wit en Juul Martens worden afgeperst door @thijsbos_ "
                "(https://instagram.com/thijsbos_). Juul kreeg het eerst; Thijs dreigde "
                "de foto op Instagram post te zetten. Mw. K. Meijer (teamleider) is op de hoogte.")
    ids = _people(cf, cid, [("Sanne de Wit", Role.GEPESTE, "3A"),
                            ("Juul Martens", Role.GEPESTE, "3A"),
                            ("Thijs Bos", Role.PESTER, "3B"),
                            ("Ingrid Martens", Role.OUDER, "")])
    cf.identities.add(ids["Thijs Bos"], FormKind.ACCOUNT, "@thijsbos_", platform="Instagram",
                      url="https://instagram.com/thijsbos_")
    cf.identities.add(ids["Juul Martens"], FormKind.ACCOUNT, "juul.mrtns",
                      platform="Instagram", display_name="Juul 💜")
    cf.identities.add(ids["Juul Martens"], FormKind.PHONE, "06-12345678")
    tl = cf.timeline
    tl.add(cid, EntryKind.MELDING, "Juul meldt: @thijsbos_ vraagt geld, anders zet hij het "
           "op Instagram post. Juuls moeder belde, bereikbaar op 06 1234 5678.", _at(20, 9))
    tl.add(cid, EntryKind.INCIDENT, "Accounts @juul.mrtns · Instagram. Thijs Bos stuurde Juul "
           "en Sanne hetzelfde bericht; Bos ontkent. In het bos achter school gezien.",
           _at(21), Precision.EXACT)
    cf.evidence.import_bytes(cid, make_screenshot(1), "dreig.png",
                             metadata=EvidenceMetadata(
                                 platform="Instagram",
                                 urls=("https://instagram.com/thijsbos_",),
                                 accounts=(Account("@thijsbos_", "Thijs", "Instagram"),
                                           Account("@juul.mrtns", "Juul 💜", "Instagram")),
                                 description="Juul toont het bericht van Thijs."))
    return LeakCase(cid, "Sanne de Wit", ["Juul Martens", "Juul", "Martens", "Thijs Bos",
                                           "Thijs", "thijsbos_", "juul.mrtns", "Ingrid",
                                           "06-12345678"])


def diminutive(cf: CaseFile) -> LeakCase:
    """A diminutive the counsellor added, and a surname that is a Dutch verb."""
    cid = _case(cf, "Buitengesloten in de groepsapp",
                "Kimmetje Post zet foto's van Lot in de app; Kim zegt dat ze het op Instagram "
                "post als Lot iets zegt. De groot-ouders van Lot weten het.")
    ids = _people(cf, cid, [("Lot van Dijk", Role.GEPESTE, "2C"),
                            ("Kim Post", Role.PESTER, "2C"),
                            ("Mila Koster", Role.MEELOPER, "2C")])
    cf.identities.add(ids["Kim Post"], FormKind.NICKNAME, "Kimmie")
    cf.timeline.add(cid, EntryKind.MELDING, "Lot vertelt dat Kimmie en Koster haar uitlachen. "
                    "Post zei: ik post het gewoon. Mila's zus weet ervan.", _at(22))
    return LeakCase(cid, "Lot van Dijk", ["Kim Post", "Kim", "Kimmetje", "Kimmie", "Post",
                                           "Mila", "Koster"])


def unregistered(cf: CaseFile) -> LeakCase:
    """A handle nobody is linked to, and a handle half of which is a first name."""
    cid = _case(cf, "Nepaccount", "Via @noor.vrbk en een onbekend account @anon_hater22 "
                "worden berichten over Daniël gestuurd.")
    _people(cf, cid, [("Daniël Smit", Role.GEPESTE, "1B"),
                      ("Noor Verbeek", Role.PESTER, "1B"),
                      ("Sëlin Yilmaz", Role.AANMOEDIGER, "1B")])
    cf.evidence.import_bytes(cid, make_screenshot(2), "nep.png",
                             metadata=EvidenceMetadata(
                                 platform="TikTok",
                                 accounts=(Account("@anon_hater22", "", "TikTok"),),
                                 description="Bericht van @anon_hater22, gedeeld door Selin."))
    return LeakCase(cid, "Daniël Smit", ["Noor Verbeek", "Noor", "Verbeek", "Sëlin", "Selin",
                                          "anon_hater22"])


def whatsapp(cf: CaseFile) -> LeakCase:
    """A WhatsApp export: the senders are the children of the case."""
    cid = _case(cf, "Uitgelachen in de klassenapp", "Liv wordt uitgelachen in de klassenapp.")
    _people(cf, cid, [("Liv Jansen", Role.GEPESTE, "2B"), ("Daan Vermeulen", Role.PESTER, "2B"),
                      ("Noor Bakker", Role.MEELOPER, "2B"),
                      ("Sem Hoekstra", Role.BUITENSTAANDER, "2B")])
    cf.evidence.import_chat(cid, CHAT_EXPORT)
    cf.timeline.add(cid, EntryKind.INCIDENT, "Daan en Noor lachen Liv uit in de app.", _at(23))
    return LeakCase(cid, "Liv Jansen", ["Daan", "Noor", "Sem", "Vermeulen", "Bakker",
                                         "Hoekstra"])


CASES = (extortion, diminutive, unregistered, whatsapp)
