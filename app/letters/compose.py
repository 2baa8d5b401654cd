"""Letters from a case: which ones the protocol calls for, drafts to edit, a privacy check.

A letter names only the child of its recipients (first name), never another child, and a
letter to the parents of a steungroep member never says which role the child has.
`check` finds such slips in an edited text before the letter is used.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic import pending_file
from app.cases import CaseRepository
from app.casework.registry import ProtocolRegistry, default_registry
from app.casework.steungroep import Steungroep
from app.domain import Person, Role
from app.errors import InvalidInputError
from app.letters.fit import fitting_ids, read_situation
from app.letters.templates import FIELDS, fill, load_template
from app.messages import Message
from app.people import PeopleRepository
from app.timeutil import AMSTERDAM, format_date_nl
from app.wording import dutch

if TYPE_CHECKING:
    from app.vault import Vault

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
#: Words that reveal a child's role; never in letters about a group or its members.
ROLE_WORDS = ("pester", "meeloper", "aanmoediger", "buitenstaander", "verdediger",
              "slachtoffer", "gepeste", "dader")
_ROLE_CHECKED = frozenset({"brief_ouders_steungroep", "brief_ouders_klas", "memo_team"})
_ADULT_ROLES = frozenset({Role.OUDER, Role.MENTOR})


@dataclass(frozen=True)
class LetterSuggestion:
    template_id: str
    title: str
    recipient: str                 # e.g. "Ouders/verzorgers van Sem"
    person_id: int | None          # the child the letter is about, if any
    kind: str = "brief"            # brief, or belnotitie (a call note, not sent)
    inform_item: str = ""          # the protocol's [[inform]] item it serves, if any


@dataclass(frozen=True)
class LetterDraft:
    """A filled letter; replace `subject`/`body` with the counsellor's edits."""

    case_id: int
    template_id: str
    title: str
    recipient: str
    subject: str
    body: str
    school: str
    counsellor: str
    date: date
    person_id: int | None = None

    def edited(self, *, subject: str | None = None, body: str | None = None) -> LetterDraft:
        return dataclasses.replace(self, subject=self.subject if subject is None else subject,
                                   body=self.body if body is None else body)

    def text(self) -> str:
        """Plain text to paste into the school's messaging system."""
        return f"Onderwerp: {self.subject.strip()}\n\n{self.body.strip()}\n"


def first_name(person: Person) -> str:
    return person.name.split()[0] if person.name.split() else person.name


def other_children_named(people: PeopleRepository, case_id: int, text: str,
                         own: Person | None) -> list[str]:
    """The names of the case's other children that `text` mentions (full name, or first
    name unless `own` shares it): it goes to one child's family."""
    found = []
    for p in people.for_case(case_id):
        if p.role in _ADULT_ROLES or (own and p.person.id == own.id):
            continue
        names = {p.person.name}
        if not own or first_name(p.person).lower() != first_name(own).lower():
            names.add(first_name(p.person))
        if any(re.search(rf"\b{re.escape(n)}\b", text, re.IGNORECASE) for n in names):
            found.append(p.person.name)
    return found


def meeting_text(moment: datetime) -> str:
    local = moment.astimezone(AMSTERDAM)
    return f"{WEEKDAYS[local.weekday()]} {format_date_nl(local.date())} om {local:%H:%M} uur"


class Letters:
    def __init__(self, vault: Vault, registry: ProtocolRegistry | None = None) -> None:
        self._vault = vault
        self._registry = registry or default_registry()
        self._cases = CaseRepository(vault)
        self._people = PeopleRepository(vault)

    def _template_ids(self, case_id: int) -> list[str]:
        rows = self._vault.query("SELECT protocol_id FROM case_protocols WHERE case_id = ?"
                                 " ORDER BY id DESC LIMIT 1", (case_id,))
        protocol = self._registry.find(rows[0][0]) if rows else None
        return fitting_ids(read_situation(self._vault, case_id, protocol))

    def _children_for(self, case_id: int, template_id: str) -> list[Person]:
        about = load_template(template_id).about
        if "steungroep" in about:
            return [m.person for m in Steungroep(self._vault, self._registry).members(case_id)]
        roles = {Role(a) for a in about if a != "steungroep"}
        seen: dict[int, Person] = {}
        for p in self._people.for_case(case_id):
            if p.role in roles:
                seen.setdefault(p.person.id, p.person)
        return list(seen.values())

    def suggestions(self, case_id: int) -> list[LetterSuggestion]:
        """The letters that fit the case's protocol, approach and situation (app/letters/
        fit.py), one per child where a letter is about one."""
        self._cases.get(case_id)
        items = self._inform_items(case_id)
        out = []
        for template_id in self._template_ids(case_id):
            template = load_template(template_id)
            children: list[Person | None] = (
                [*self._children_for(case_id, template_id)] if template.per_child else [])
            for child in children or [None]:
                recipient = fill(template.recipient, self._values(case_id, child))
                out.append(LetterSuggestion(template_id, template.title, recipient,
                                            child.id if child else None, template.kind,
                                            items.get(template_id, "")))
        return out

    def _inform_items(self, case_id: int) -> dict[str, str]:
        rows = self._vault.query("SELECT protocol_id FROM case_protocols WHERE case_id = ?"
                                 " ORDER BY id DESC LIMIT 1", (case_id,))
        protocol = self._registry.find(rows[0][0]) if rows else None
        items: dict[str, str] = {}
        for item in protocol.inform if protocol else ():
            if item.template:
                items.setdefault(item.template, item.id)
        return items

    def _values(self, case_id: int, child: Person | None, on: date | None = None,
                meeting_at: datetime | None = None) -> dict[str, str]:
        case = self._cases.get(case_id)
        return {
            "school": self._vault.get_meta("school") or "",
            "vertrouwenspersoon": self._vault.get_meta("counsellor") or "",
            "datum": format_date_nl(on or self._vault.clock.today_local()),
            "kind": first_name(child) if child else "",
            "groep": case.group_name or "de groep",
            # no moment chosen: "[gesprek]" stays visible and `check` asks for it
            "gesprek": meeting_text(meeting_at) if meeting_at else "",
        }

    def draft(self, case_id: int, template_id: str, *, person_id: int | None = None,
              meeting_at: datetime | None = None, on: date | None = None) -> LetterDraft:
        """Fill a template for this case (and child); edit the result before use."""
        template = load_template(template_id)
        child = None
        if template.per_child:
            if person_id is None:
                raise InvalidInputError("letter.child_missing")
            if person_id not in {p.person.id for p in self._people.for_case(case_id)}:
                raise InvalidInputError("letter.child_not_in_case")
            child = self._people.get(person_id)
        values = self._values(case_id, child, on, meeting_at)
        return LetterDraft(
            case_id=case_id, template_id=template_id, title=template.title,
            recipient=fill(template.recipient, values), subject=fill(template.subject, values),
            body=fill(template.body, values), school=values["school"],
            counsellor=values["vertrouwenspersoon"],
            date=on or self._vault.clock.today_local(), person_id=child.id if child else None)

    def check(self, draft: LetterDraft) -> list[Message]:
        """Privacy problems in a (possibly edited) letter: other children's names, roles."""
        text = f"{draft.subject}\n{draft.body}\n{draft.recipient}"
        own = self._people.get(draft.person_id) if draft.person_id else None
        problems = [Message("letter.names_other_child", name=name)
                    for name in other_children_named(self._people, draft.case_id, text, own)]
        problems += [Message("letter.field_unfilled", field=f)
                     for f in sorted(FIELDS) if f"[{f}]" in text]
        if draft.template_id in _ROLE_CHECKED:
            lowered = text.lower()
            problems += [Message("letter.names_role", word=w) for w in ROLE_WORDS if w in lowered]
        return sorted(set(problems), key=dutch)

    # -- output --------------------------------------------------------------------------
    def export_pdf(self, draft: LetterDraft, path: Path | str) -> Path:
        """Write the letter as PDF (atomically) and note the export in the audit log."""
        from app.letters.pdf import render_pdf  # noqa: PLC0415 - reportlab

        return self._write(draft, render_pdf(draft), Path(path), "pdf")

    def export_text(self, draft: LetterDraft, path: Path | str) -> Path:

        return self._write(draft, draft.text().encode("utf-8"), Path(path), "tekst")

    def _write(self, draft: LetterDraft, data: bytes, target: Path, how: str) -> Path:
        """Put the letter in place inside the transaction that records its export (no
        letter without its audit row); the vault remembers the temporary file meanwhile,
        so a killed export leaves nothing after the next start."""
        with pending_file(target, journal=self._vault) as pending:
            pending.write(data)
            pending.sync()
            with self._vault.write():
                self._audit_export(draft, how)
                return pending.commit()

    def record_copied(self, draft: LetterDraft) -> None:
        """The GUI copied the text to the clipboard: that is an export too."""
        self._audit_export(draft, "klembord")

    def _audit_export(self, draft: LetterDraft, how: str) -> None:
        with self._vault.write() as tx:
            self._vault.audit.record(tx, "letter.exported", "case", draft.case_id,
                                     template=draft.template_id, how=how,
                                     person_id=draft.person_id)
