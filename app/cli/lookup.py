"""What an argument names, found in the open case: a person by name, an entry or an
agreement by the number the list commands print, an evidence item by its label (B1),
a steungroep member by name. Unknown or ambiguous: one Dutch sentence."""

from __future__ import annotations

from app.casefile import CaseFile
from app.casework import AgreementRecord, SteungroepMember
from app.cli.values import name_and_text, number
from app.domain import Case, Entry, Participant, Person, Role
from app.errors import InvalidInputError, NotFoundError
from app.evidence import EvidenceItem
from app.wording import label


def _label(person: Person) -> str:
    return f"{person.name} ({person.group_name})" if person.group_name else person.name


def _matches(person: Person, text: str) -> bool:
    wanted = text.strip().lower()
    return wanted in (person.name.lower(), _label(person).lower())


def participant(vault: CaseFile, case: Case, name: str, role: Role | None = None
                ) -> Participant:
    """The case's participant called `name` ("Noor" or "Noor (6B)"), in `role` if given."""
    found = [p for p in vault.people.for_case(case.id) if _matches(p.person, name)]
    if role is not None:
        found = [p for p in found if p.role is role]
    if not found:
        extra = f" als {label(role).lower()}" if role is not None else ""
        raise InvalidInputError("cli.not_in_case", name=name, case=case.reference, role=extra)
    labels = sorted({_label(p.person) for p in found})
    if len({p.person.id for p in found}) > 1:
        raise InvalidInputError("cli.ambiguous_in_case", name=name, case=case.reference,
                                names=", ".join(labels), example=labels[0])
    return found[0]


def participant_ids(vault: CaseFile, case: Case, names: list[str]) -> list[int]:
    return [participant(vault, case, name).id for name in names]


def entry(vault: CaseFile, case: Case, text: str) -> Entry:
    entry_id = number(text, "tijdlijnregel")
    try:
        found = vault.timeline.get(entry_id)
    except NotFoundError:
        found = None
    if found is None or found.case_id != case.id:
        raise InvalidInputError("cli.no_such_entry", case=case.reference, entry=entry_id)
    return found


def agreement(vault: CaseFile, case: Case, text: str) -> AgreementRecord:
    agreement_id = number(text, "afspraak")
    try:
        found = vault.casework.agreements.get(agreement_id)
    except NotFoundError:
        found = None
    if found is None or found.case_id != case.id:
        raise InvalidInputError("cli.no_such_agreement", case=case.reference,
                                agreement=agreement_id)
    return found


def evidence_item(vault: CaseFile, case: Case, label: str) -> EvidenceItem:
    """B1, b1 or 1: the case's own numbering."""
    digits = label.strip().upper().removeprefix("B")
    items = {i.number: i for i in vault.evidence.list_for_case(case.id)}
    if not digits.isdigit() or int(digits) not in items:
        raise InvalidInputError("cli.no_such_item", case=case.reference, item=label)
    return items[int(digits)]


def member(vault: CaseFile, case: Case, name: str) -> SteungroepMember:
    members = vault.casework.steungroep.members(case.id)
    found = [m for m in members if _matches(m.person, name)]
    if not found:
        raise InvalidInputError("cli.not_in_steungroep", name=name, case=case.reference)
    if len(found) > 1:
        raise InvalidInputError("cli.ambiguous_in_steungroep", name=name,
                                example=_label(found[0].person))
    return found[0]


def member_notes(vault: CaseFile, case: Case, pairs: list[str], option: str
                 ) -> dict[int, str]:
    """`NAAM=TEKST` per steungroep member -> {member id: text}."""
    notes: dict[int, str] = {}
    for pair in pairs:
        name, text = name_and_text(pair, option)
        notes[member(vault, case, name).id] = text
    return notes
