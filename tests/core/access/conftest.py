"""Two cases sharing one pupil: what an access overview about her may and may not show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role, SpecialCategory
from app.identities import FormKind
from app.timeutil import AMSTERDAM

SUBJECT = "Yara Pijnacker"
# canaries: other children and adults who must never appear by name in her overview
OTHERS = ("Quinten Olthof", "Zoë Hemelaar", "Wessel Brandsma", "Ilse Pijnacker")
OTHER_ACCOUNT = "qolthof_2011"
OWN_CANARY = "KANARIEEIGEN4242"
WORK_CANARY = "KANARIEWERKNOTITIE8080"
UNRELATED_CANARY = "KANARIEANDERS9191"


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=AMSTERDAM)


@dataclass
class AccessWorld:
    subject_id: int
    cases: list[int] = field(default_factory=list)
    people: dict[str, int] = field(default_factory=dict)


@pytest.fixture
def world(vault: CaseFile) -> AccessWorld:
    return build_world(vault)


def build_world(vault: CaseFile) -> AccessWorld:
    vault.set_school("Het Proefcollege")
    first = vault.cases.create(NewCase("Quinten pest Yara in de pauze", CaseKind.PESTEN,
                                       date(2026, 9, 7), group_name="3A"))
    yara = vault.people.add_new_to_case(first.id, SUBJECT, Role.GEPESTE, "3A").person
    w = AccessWorld(yara.id, [first.id])
    w.people["Quinten Olthof"] = vault.people.add_new_to_case(
        first.id, "Quinten Olthof", Role.PESTER, "3A").person.id
    w.people["Zoë Hemelaar"] = vault.people.add_new_to_case(
        first.id, "Zoë Hemelaar", Role.MEELOPER, "3A").person.id
    w.people["Ilse Pijnacker"] = vault.people.add_new_to_case(
        first.id, "Ilse Pijnacker", Role.OUDER).person.id
    vault.identities.add(w.people["Quinten Olthof"], FormKind.ACCOUNT, OTHER_ACCOUNT,
                         platform="Instagram")
    vault.identities.add(yara.id, FormKind.NICKNAME, "Yaar")
    tl = vault.timeline
    tl.add(first.id, EntryKind.MELDING,
           f"Yara meldt dat Quinten Olthof en Zoë haar uitschelden. {OWN_CANARY}", at(9, 7))
    tl.add(first.id, EntryKind.GESPREK, f"Mijn eigen twijfels over de aanpak. {WORK_CANARY}",
           at(9, 8), work_note=True)
    tl.add(first.id, EntryKind.OUDERCONTACT, "Moeder Ilse Pijnacker gebeld; Yara slaapt slecht.",
           at(9, 9), special_category=SpecialCategory.GEZONDHEID)
    # a second case where Yara is only a witness
    second = vault.cases.create(NewCase("Gedoe rond Wessel", CaseKind.CONFLICT,
                                        date(2026, 10, 5), group_name="3B"))
    w.cases.append(second.id)
    w.people["Wessel Brandsma"] = vault.people.add_new_to_case(
        second.id, "Wessel Brandsma", Role.GEPESTE, "3B").person.id
    vault.people.add_to_case(second.id, yara.id, Role.GETUIGE)
    tl.add(second.id, EntryKind.OBSERVATIE, "Yaar zag dat Wessel werd geduwd.", at(10, 6))
    tl.add(second.id, EntryKind.GESPREK, f"Wessel vertelt over thuis. {UNRELATED_CANARY}",
           at(10, 7))
    return w
