"""Fictional demo cases so a newcomer sees a working app at once.

Every name, class and event here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import NewAgreement
from app.domain import CaseKind, CaseStatus, EntryKind, Precision, ReportedBy, Role
from app.dossier.sample import make_screenshot
from app.evidence import Account, Action, EvidenceMetadata, EvidenceSource
from app.timeutil import AMSTERDAM, SYSTEM_CLOCK, Clock, date_only_moment

DEMO_PASSWORD = "demo-kluis-met-verzonnen-gegevens"


@dataclass(frozen=True)
class _DemoEntry:
    days_after: int
    at: str  # "HH:MM", or "" for date only
    kind: EntryKind
    text: str
    with_whom: str = ""


@dataclass(frozen=True)
class _DemoCase:
    title: str
    kind: CaseKind
    days_ago: int
    reported_by: ReportedBy
    group: str
    description: str
    status: CaseStatus
    people: tuple[tuple[str, Role, str], ...]
    entries: tuple[_DemoEntry, ...]


_CASES = (
    _DemoCase(
        "Buitengesloten bij het buitenspelen", CaseKind.PESTEN, 40, ReportedBy.OUDER, "groep 6",
        "Moeder meldt dat Fenna al weken niet mee mag doen met tikkertje en alleen op het "
        "plein staat.", CaseStatus.IN_BEHANDELING,
        (("Fenna Verbeek", Role.GEPESTE, "groep 6"), ("Jesse Kramer", Role.PESTER, "groep 6"),
         ("Milan de Wit", Role.MEELOPER, "groep 6"), ("Lotte Brouwer", Role.VERDEDIGER, "groep 6"),
         ("Anouk Verbeek", Role.OUDER, "")),
        (_DemoEntry(0, "08:20", EntryKind.MELDING, "Moeder belt: Fenna huilt 's ochtends en wil "
                    "niet naar school. Op het plein mag ze niet meedoen.", "Anouk Verbeek"),
         _DemoEntry(1, "12:30", EntryKind.OBSERVATIE, "Pleinwacht ziet Fenna alleen bij het hek "
                    "staan; Jesse roept 'jij mag niet' als ze aansluit."),
         _DemoEntry(2, "10:15", EntryKind.GESPREK, "Gesprek met Fenna. Ze voelt zich eenzaam en "
                    "bang. Lotte is aardig tegen haar. Fenna geeft toestemming voor een "
                    "steungroep.", "Fenna"),
         _DemoEntry(2, "14:00", EntryKind.GESPREK, "Steungroep (6 leerlingen) gesproken zonder "
                    "schuldvraag. Ieder bedenkt iets: 'Ik ga Fenna vragen mee te doen'.",
                    "steungroep"),
         _DemoEntry(9, "10:00", EntryKind.GESPREK, "Tweede gesprek met Fenna: het gaat beter, "
                    "ze speelt weer mee.", "Fenna"))),
    _DemoCase(
        "Spotberichten in de klassenapp", CaseKind.ONLINE_PESTEN, 21, ReportedBy.LEERLING, "2B",
        "In de groepsapp van 2B wordt elk bericht van Sem belachelijk gemaakt en doorgestuurd.",
        CaseStatus.IN_BEHANDELING,
        (("Sem Jansen", Role.GEPESTE, "2B"), ("Daan Visser", Role.PESTER, "2B"),
         ("Tygo Smit", Role.AANMOEDIGER, "2B"), ("Yara Mulder", Role.GETUIGE, "2B"),
         ("R. Hendriks", Role.MENTOR, "")),
        (_DemoEntry(0, "15:40", EntryKind.MELDING, "Sem laat na de les berichten zien uit de "
                    "klassenapp. Zijn foto is bewerkt en doorgestuurd.", "Sem"),
         _DemoEntry(1, "09:00", EntryKind.GESPREK, "Samen met Sem schermafbeeldingen bewaard; "
                    "advies: niet reageren, bewaren, na het bewaren blokkeren.", "Sem"),
         _DemoEntry(3, "13:10", EntryKind.GESPREK, "Gesprek met Daan en Tygo zonder schuldvraag. "
                    "Afspraak: vanaf nu geen berichten over Sem.", "Daan, Tygo"),
         _DemoEntry(3, "13:30", EntryKind.AFSPRAAK, "Daan en Tygo sturen geen berichten meer "
                    "over Sem; vervolggesprek over een week.", "Daan, Tygo"),
         _DemoEntry(4, "", EntryKind.OUDERCONTACT, "Ouders van Sem telefonisch geïnformeerd.",
                    "ouders van Sem"))),
    _DemoCase(
        "Bedreiging via een nepprofiel", CaseKind.ONLINE_PESTEN, 6, ReportedBy.MEDEWERKER, "3A",
        "Een anoniem profiel stuurt Liv dreigende berichten. Mogelijk strafbaar.",
        CaseStatus.NIEUW,
        (("Liv de Boer", Role.GEPESTE, "3A"), ("onbekend profiel", Role.ANDERS, ""),
         ("K. Aydin", Role.MENTOR, "")),
        (_DemoEntry(0, "11:05", EntryKind.MELDING, "Mentor meldt: Liv krijgt 's avonds "
                    "dreigende berichten van een onbekend account.", "K. Aydin"),
         _DemoEntry(0, "15:00", EntryKind.OVERDRACHT, "Wijkagent ingelicht; ouders geadviseerd "
                    "aangifte te doen.", "wijkagent"))),
    _DemoCase(
        "Duwen bij de kluisjes", CaseKind.INCIDENT, 12, ReportedBy.MEDEWERKER, "1C",
        "Twee leerlingen duwen elkaar bij de kluisjes; een tas kapot.", CaseStatus.GESLOTEN,
        (("Ravi Pinas", Role.ANDERS, "1C"), ("Bram Vos", Role.ANDERS, "1C")),
        (_DemoEntry(0, "10:40", EntryKind.INCIDENT, "Duwpartij bij de kluisjes na de pauze.",
                    ""),
         _DemoEntry(1, "09:30", EntryKind.GESPREK, "Beide jongens gesproken: een ruzie over "
                    "een voetbal, geen pesten. Excuses gemaakt.", "Ravi, Bram"),
         _DemoEntry(1, "09:50", EntryKind.MAATREGEL, "Samen de schade aan de tas regelen.", ""))),
    _DemoCase(
        "Opmerkingen over kleding", CaseKind.PLAGEN, 3, ReportedBy.ANONIEM, "4H",
        "Via de anonieme brievenbus: een leerling wordt uitgelachen om haar kleding.",
        CaseStatus.NIEUW,
        (("Iris Koster", Role.GEPESTE, "4H"),),
        (_DemoEntry(0, "", EntryKind.MELDING, "Briefje in de anonieme brievenbus.", ""),)),
    _DemoCase(
        "Spullen afgepakt in de gymles", CaseKind.PESTEN, 95, ReportedBy.LEERLING, "groep 8",
        "Ties zijn spullen worden regelmatig afgepakt en verstopt.", CaseStatus.MONITORING,
        (("Ties Claassen", Role.GEPESTE, "groep 8"), ("Mees Bos", Role.PESTER, "groep 8"),
         ("Sara Prins", Role.BUITENSTAANDER, "groep 8")),
        (_DemoEntry(0, "13:00", EntryKind.MELDING, "Ties vertelt dat zijn gymschoenen weer weg "
                    "zijn.", "Ties"),
         _DemoEntry(7, "11:00", EntryKind.GESPREK, "Gesprek met Mees; hij begrijpt wat het "
                    "met Ties doet.", "Mees"),
         _DemoEntry(7, "11:20", EntryKind.AFSPRAAK, "Mees laat de spullen van Ties met rust.",
                    "Mees"),
         _DemoEntry(37, "", EntryKind.GESPREK, "Vervolggesprek na een maand: het is gestopt.",
                    "Ties"))),
)


def fill_demo_vault(vault: CaseFile) -> None:
    today = vault.clock.today_local()
    with vault.batch():
        created = []
        for spec in _CASES:
            reported = today - timedelta(days=spec.days_ago)
            case = vault.cases.create(NewCase(spec.title, spec.kind, reported, spec.reported_by,
                                              spec.group, spec.description))
            for name, role, group in spec.people:
                vault.people.add_new_to_case(case.id, name, role, group)
            for item in spec.entries:
                day = reported + timedelta(days=item.days_after)
                day = min(day, today)
                moment, precision = _moment(day, item.at)
                vault.timeline.add(case.id, item.kind, item.text, moment, precision,
                                   item.with_whom)
            if spec.status is not CaseStatus.NIEUW:
                vault.cases.update(case.id, status=spec.status)
            created.append((case.id, reported))
        _add_protocol_work(vault, created[0], created[1])
        _add_evidence(vault, created[1][0])


def _add_protocol_work(vault: CaseFile, opa: tuple[int, date], six: tuple[int, date]) -> None:
    """Case 1 follows the supportgroep approach, case 2 the zesstappenplan."""
    work = vault.casework
    case_id, reported = opa
    work.protocols.choose(case_id, "supportgroep", "Basisschool: aanpak met een steungroep")
    people = {p.person.name: p.id for p in vault.people.for_case(case_id)}
    work.steps.record(
        case_id, "gesprek_gepeste", _at(reported + timedelta(days=2), "10:15"),
        participant_ids=(people["Fenna Verbeek"],),
        verslag="Fenna vertelt hoe het op het plein gaat. Lotte is aardig tegen haar. "
                "Fenna wil een steungroep; zij noemt Lotte als helper.",
        conditions=(("consent_gepeste", "mondeling, in het gesprek"),))
    case_id, reported = six
    work.protocols.choose(case_id, "zesstappenplan", "Voortgezet onderwijs")
    people = {p.person.name: p.id for p in vault.people.for_case(case_id)}
    work.steps.record(
        case_id, "signaleren", _at(reported, "15:40"), participant_ids=(people["Sem Jansen"],),
        verslag="Sem laat berichten uit de klassenapp zien. Samen bewijs bewaard.")
    work.steps.record(
        case_id, "gesprek_gepeste", _at(reported + timedelta(days=1), "09:00"),
        participant_ids=(people["Sem Jansen"],),
        verslag="Gesprek zonder schuldvraag met Sem: hoe het voelt, wie er meedoen.")
    work.steps.record(
        case_id, "gesprek_pester", _at(reported + timedelta(days=3), "13:10"),
        participant_ids=(people["Daan Visser"], people["Tygo Smit"]),
        verslag="Gesprek met Daan en Tygo over het effect op Sem.",
        agreements=(NewAgreement("Daan en Tygo sturen geen berichten meer over Sem.",
                                 (people["Daan Visser"], people["Tygo Smit"]),
                                 evaluate_on=reported + timedelta(days=10)),))


def _add_evidence(vault: CaseFile, case_id: int) -> None:
    """Two invented chat screenshots, as if collected with Sem at the desk."""
    store = vault.evidence
    for seed, shown in ((7, "ma 14:05"), (8, "ma 21:47")):
        store.import_bytes(
            case_id, make_screenshot(seed, 540, 1200), f"schermafbeelding-{seed}.png",
            source=EvidenceSource.FILE,
            metadata=EvidenceMetadata(
                platform="WhatsApp", shown_at=shown, collected_with="Sem Jansen",
                accounts=(Account("+31 6 0000 0000", "Daan (verzonnen)", "WhatsApp"),),
                description="Bewerkte foto van Sem doorgestuurd in de klassenapp.",
                actions=(Action.BLOCKED,)))


def _at(day: date, hhmm: str) -> datetime:
    return _moment(day, hhmm)[0]


def _moment(day: date, at: str) -> tuple[datetime, Precision]:
    if not at:
        return date_only_moment(day), Precision.DATE
    hour, minute = (int(x) for x in at.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=AMSTERDAM), Precision.EXACT


def create_demo_vault(path: Path, password: str = DEMO_PASSWORD, *,
                      clock: Clock = SYSTEM_CLOCK) -> CaseFile:
    vault = CaseFile.create(path, password, counsellor="M. Demo (vertrouwenspersoon)",
                            school="Demoschool De Verzonnen Vlinder", clock=clock,
                            check_strength=False)
    fill_demo_vault(vault)
    return vault
