"""A rich, fictional case for the dossier tests, built through the public APIs only.

Canary texts mark what must (not) appear in each profile; NAMES are the children and
adults that pseudonymisation must hide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import AgreementStatus, NewAgreement
from app.casework.offences import AdviceAction
from app.domain import CaseKind, EntryKind, Precision, ReportedBy, Role
from app.dossier.sample import make_screenshot
from app.evidence import Account, Action, Circulation, EvidenceMetadata
from app.timeutil import AMSTERDAM

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHAT_EXPORT = FIXTURES / "whatsapp" / "android_nl_24h.txt"

VERSLAG_CANARY = "KANARIEVERSLAG7731"
NOTE_CANARY = "KANARIENOTITIE4410"
IDEA_CANARY = "KANARIEIDEE5521"
FACT_CANARY = "KANARIEFEIT1200"
DROPPED_ENTRY_CANARY = "KANARIEWEG9090"
DROPPED_EVIDENCE_CANARY = "KANARIEBEWIJS3131"
REVISION_CANARY = "KANARIEOUDEVERSIE6060"

SUBJECT = "Liv Jansen"
CHILDREN = ("Daan Vermeulen", "Noor Bakker", "Sem Hoekstra", "Fleur de Wit")
ADULTS = ("Anouk Jansen", "Peter Smit")


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=AMSTERDAM)


@dataclass
class RichCase:
    case_id: int
    reference: str
    people: dict[str, int] = field(default_factory=dict)       # name -> participant id
    entries: dict[str, int] = field(default_factory=dict)      # label -> entry id
    evidence: dict[str, int] = field(default_factory=dict)     # label -> item id
    hashes: dict[str, str] = field(default_factory=dict)       # label -> sha256
    originals: dict[str, bytes] = field(default_factory=dict)  # label -> bytes


def build_rich_case(vault: CaseFile, *, screenshot_size: tuple[int, int] = (270, 600)) -> RichCase:
    vault.set_school("Het Voorbeeld College")
    case = vault.cases.create(NewCase(
        "Uitgelachen in de klassenapp", CaseKind.ONLINE_PESTEN, date(2026, 11, 2),
        ReportedBy.OUDER, "2B",
        "Liv wordt sinds oktober in de groepsapp van 2B uitgelachen; Daan Vermeulen stuurt "
        "foto's van haar door en Noor reageert met spot."))
    rc = RichCase(case.id, case.reference)
    for name, role, group, note in (
            (SUBJECT, Role.GEPESTE, "2B", "heeft toestemming gegeven"),
            ("Daan Vermeulen", Role.PESTER, "2B", ""),
            ("Noor Bakker", Role.MEELOPER, "2B", ""),
            ("Sem Hoekstra", Role.BUITENSTAANDER, "2B", ""),
            ("Fleur de Wit", Role.VERDEDIGER, "2B", "helpt Liv in de pauze"),
            ("Anouk Jansen", Role.OUDER, "", "moeder van Liv"),
            ("Peter Smit", Role.MENTOR, "", "mentor 2B")):
        rc.people[name] = vault.people.add_new_to_case(case.id, name, role, group, note).id

    tl = vault.timeline
    rc.entries["melding"] = tl.add(case.id, EntryKind.MELDING,
                                   f"Moeder Anouk Jansen belt: Liv huilt en wil niet naar school."
                                   f" Daans berichten in de groep gaan door. {FACT_CANARY}",
                                   at(2, 8, 20), Precision.EXACT, "Anouk Jansen").id
    rc.entries["observatie"] = tl.add(
        case.id, EntryKind.OBSERVATIE, "Meneer Smit ziet dat NOOR en daan Liv uitlachen bij "
        "de kluisjes; Sem Hoekstra kijkt toe.", at(3, 12, 30)).id
    rc.entries["dropped"] = tl.add(case.id, EntryKind.OBSERVATIE,
                                   f"Losse observatie die niet mee moet. {DROPPED_ENTRY_CANARY}",
                                   at(4), Precision.DATE).id
    rc.entries["notitie"] = tl.add(case.id, EntryKind.NOTITIE,
                                   f"Eigen notitie: Liv slaapt slecht. {NOTE_CANARY}",
                                   at(4, 16), Precision.APPROX).id

    work = vault.casework
    work.protocols.choose(case.id, "supportgroep", "basisschoolgroep")
    record = work.steps.record(
        case.id, "gesprek_gepeste", at(5, 9), participant_ids=[rc.people[SUBJECT]],
        verslag=f"Eerste versie van het gesprek. {REVISION_CANARY}",
        conditions=[("consent_gepeste", "Liv zegt ja na een nacht bedenktijd")])
    work.steps.edit_verslag(
        record.id, f"Gesprek met Liv. Ze voelt zich alleen; Daan Vermeulen en Noor Bakker "
        f"lachen haar uit, Fleur is aardig. Vermeulen stuurde de foto door. {VERSLAG_CANARY}")
    rc.entries["verslag"] = record.entry_id
    members = [rc.people[n] for n in CHILDREN]
    work.steungroep.compose(case.id, members)
    member_ids = {m.person.name: m.id for m in work.steungroep.members(case.id)}
    step2 = work.steps.record(
        case.id, "gesprek_steungroep", at(5, 14), participant_ids=members,
        verslag="Steungroep gesproken zonder schuldvraag.",
        agreements=[NewAgreement("Vanaf nu stuurt Daan geen foto's van Liv meer door.",
                                 (rc.people["Daan Vermeulen"],), evaluate_on=date(2026, 11, 12))])
    rc.entries["verslag2"] = step2.entry_id
    work.steungroep.record_ideas(case.id, {
        member_ids["Fleur de Wit"]: f"Ik ga met Liv lunchen. {IDEA_CANARY}",
        member_ids["Sem Hoekstra"]: "Ik ga zeggen dat het niet grappig is."}, step2.id)
    second = work.agreements.add(case.id, NewAgreement(
        "Noor Bakker laat Liv met rust in de app.", (rc.people["Noor Bakker"],),
        evaluate_on=date(2026, 11, 19), made_on=at(6)))
    work.agreements.set_status(second.id, AgreementStatus.BROKEN,
                               "Noor plaatste opnieuw een spotbericht.", at(10))
    rc.entries["maatregel"] = tl.add(case.id, EntryKind.MAATREGEL,
                                     "Fase 1: gesprek met Daan en zijn ouders.", at(11)).id
    work.status.escalate(case.id, "afdelingsleider", "De pesterijen gaan online door.", at(12))
    work.offences.set_checked(case.id, ["belediging", "bedreiging"])
    work.offences.record_advice(case.id, ["bedreiging"], [AdviceAction.AANGIFTE_GEADVISEERD],
                                "Anouk Jansen", "Uitgelegd hoe aangifte werkt.", at(12, 15))

    store = vault.evidence
    shots = [
        ("B-shot1", "Screenshot_Daan_2026-11-05.png", "Daan zet een foto van Liv online met "
         "de tekst 'kijk die dan'."),
        ("B-shot2", "IMG_0042.png", "Reactie van Noor Bakker onder de foto."),
        ("B-dropped", "IMG_0043.png", f"Niet opnemen. {DROPPED_EVIDENCE_CANARY}"),
    ]
    for k, (key, name, description) in enumerate(shots):
        data = make_screenshot(50 + k, *screenshot_size)
        item = store.import_bytes(case.id, data, name, metadata=EvidenceMetadata(
            platform="Instagram", urls=("https://instagram.com/daan.vermeulen/p/123",),
            accounts=(Account("@daan.vermeulen", "Daan V.", "Instagram"),),
            shown_at="gisteren 21:14", description=description, collected_with=SUBJECT,
            device="telefoon van Liv", actions=(Action.BLOCKED, Action.REPORTED_TO_PLATFORM)),
            captured_at=at(7, 10, k))
        rc.evidence[key] = item.id
        rc.hashes[key] = item.sha256 or ""
        rc.originals[key] = data
    store.update_metadata(rc.evidence["B-shot2"], EvidenceMetadata(
        platform="Instagram", description="Reactie van Noor Bakker onder de foto (aangevuld).",
        collected_with=SUBJECT, shown_at="gisteren 21:20"))
    chat = store.import_chat(case.id, CHAT_EXPORT, metadata=EvidenceMetadata(
        platform="WhatsApp", description="Export van de klassengroep 2B.",
        collected_with=SUBJECT))
    rc.evidence["chat"] = chat.id
    rc.hashes["chat"] = chat.sha256 or ""
    rc.originals["chat"] = CHAT_EXPORT.read_bytes()
    described = store.record_described_only(
        case.id, "Een bewerkte foto van Liv ging rond; niet bewaard.",
        Circulation(where="Snapchat", groups=("Klas 2B",), first_sender="onbekend"))
    rc.evidence["described"] = described.id
    return rc
