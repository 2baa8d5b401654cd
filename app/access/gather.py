"""What the vault holds about one person, case by case, for an access overview.

Which entries concern the person: in a case where they are a main party (gepeste or
pester) the whole case is about them, so every entry; in any other role (witness,
parent, mentor, ...) the entries that name them in any registered form (name, first
name, nickname, account, phone number) or record a protocol step they took part in.
Evidence follows the same rule (named in its description or accounts). Werkaantekeningen
are counted, never shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.domain import Entry, Participant, Person, Role
from app.dossier.exports import ExportRecord, exports
from app.dossier.leak_check import find_leaks
from app.dossier.pseudo_forms import HiddenForm, full_forms, is_wordlike
from app.dossier.selection import CaseSnapshot, load_case
from app.evidence import EvidenceItem
from app.identities import IdentityForm, IdentityRegister, IdentityService

if TYPE_CHECKING:
    from app.vault import Vault

MAIN_PARTIES = frozenset({Role.GEPESTE, Role.PESTER})


@dataclass
class PersonCase:
    snap: CaseSnapshot
    roles: tuple[Role, ...]
    notes: tuple[str, ...]              # the counsellor's note on the person in this case
    entries: list[Entry]                # concerning the person, werkaantekeningen out
    evidence: list[EvidenceItem]
    work_notes: int                     # werkaantekeningen that concerned the person
    exports: list[ExportRecord]
    register: IdentityRegister

    @property
    def participants(self) -> list[Participant]:
        return self.snap.participants


@dataclass
class PersonData:
    person: Person
    forms: tuple[IdentityForm, ...]
    cases: list[PersonCase] = field(default_factory=list)

    @property
    def work_notes(self) -> int:
        return sum(c.work_notes for c in self.cases)


def _own_forms(person: Person, forms: tuple[IdentityForm, ...]) -> list[HiddenForm]:
    texts = list(full_forms(person.name)) + [t for f in forms for t in f.texts]
    return [HiddenForm(t, "", "", wordlike=is_wordlike(t)) for t in dict.fromkeys(texts)]


def _names(text: str, own: list[HiddenForm]) -> bool:
    return bool(text.strip()) and bool(find_leaks([text], own))


def _concerning(snap: CaseSnapshot, person: Person, main: bool,
                own: list[HiddenForm]) -> list[Entry]:
    if main:
        return list(snap.entries)
    took_part = {s.entry_id for s in snap.steps if person.id in s.participant_ids}
    return [e for e in snap.entries if e.id in took_part
            or _names(f"{e.with_whom}\n{e.text}", own)]


def _evidence(snap: CaseSnapshot, main: bool, own: list[HiddenForm]) -> list[EvidenceItem]:
    if main:
        return list(snap.evidence)
    return [i for i in snap.evidence if _names("\n".join(
        [i.metadata.description, *(f"{a.handle} {a.display_name}"
                                   for a in i.metadata.accounts)]), own)]


def gather(vault: Vault, identities: IdentityService, person: Person) -> PersonData:
    forms = tuple(identities.all_forms_of(person.id))  # with the case accounts linked
    own = _own_forms(person, forms)
    data = PersonData(person, forms)
    case_ids = dict.fromkeys(r[0] for r in vault.query(
        "SELECT case_id FROM participants WHERE person_id = ? ORDER BY case_id",
        (person.id,)))
    for case_id in case_ids:
        snap = load_case(vault, case_id)
        mine = [p for p in snap.participants if p.person.id == person.id]
        roles = tuple(dict.fromkeys(p.role for p in mine))
        main = bool(MAIN_PARTIES & set(roles))
        concerning = _concerning(snap, person, main, own)
        data.cases.append(PersonCase(
            snap=snap, roles=roles, notes=tuple(p.note for p in mine if p.note),
            entries=[e for e in concerning if not e.work_note],
            evidence=_evidence(snap, main, own),
            work_notes=sum(1 for e in concerning if e.work_note),
            exports=exports(vault, case_id), register=identities.register(case_id)))
    return data
