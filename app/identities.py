"""The identity register of a case: every way its people can be recognised.

    reg = case_file.identities.register(case_id)
    reg.people        # each person in the case (every role), with name forms and forms
    reg.unlinked      # chat senders and accounts in the evidence not linked to anyone

A person's extra forms (nicknames and diminutives, accounts, phone numbers, e-mail
addresses) are kept per person: the same account is the same in every case. The
register is the single source for what a pseudonymised dossier hides; a sender or
handle in the evidence that matches nobody is listed so the counsellor can say who it
is ("Wie is dit?") before such a dossier leaves.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.accounts import AccountService, CaseAccount
from app.domain import ParsableEnum, Participant, Person, Role
from app.errors import InvalidInputError, NotFoundError
from app.timeutil import to_storage

if TYPE_CHECKING:
    from app.evidence import EvidenceStore
    from app.vault import Vault


class FormKind(ParsableEnum):
    NICKNAME = "bijnaam"
    ACCOUNT = "account"
    PHONE = "telefoon"
    EMAIL = "email"


@dataclass(frozen=True)
class IdentityForm:
    id: int
    person_id: int
    kind: FormKind
    value: str                 # nickname, handle (without @), phone number, e-mail
    platform: str = ""
    display_name: str = ""
    url: str = ""

    @property
    def texts(self) -> tuple[str, ...]:
        """Every string of this form that must not appear in a pseudonymised dossier."""
        return tuple(t for t in (self.value, self.display_name, self.url) if t)


@dataclass(frozen=True)
class Identity:
    """One person of the case with every role they play there and their extra forms."""

    person: Person
    roles: tuple[Role, ...]
    forms: tuple[IdentityForm, ...] = ()

    def of_kind(self, kind: FormKind) -> tuple[IdentityForm, ...]:
        return tuple(f for f in self.forms if f.kind is kind)


@dataclass(frozen=True)
class UnlinkedIdentifier:
    """A chat sender or an account in the evidence that matches no person of the case."""

    value: str
    kind: FormKind             # ACCOUNT (a handle) or NICKNAME (a sender's shown name)
    platform: str
    sources: tuple[str, ...]   # evidence labels: B1, B3


@dataclass(frozen=True)
class IdentityRegister:
    case_id: int
    participants: tuple[Participant, ...]
    people: tuple[Identity, ...]
    unlinked: tuple[UnlinkedIdentifier, ...] = ()

    def forms_by_person(self) -> dict[int, tuple[IdentityForm, ...]]:
        return {i.person.id: i.forms for i in self.people}


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def _clean(kind: FormKind, value: str) -> str:
    value = " ".join(value.split())
    if kind is FormKind.ACCOUNT:
        value = value.lstrip("@")
    if not value:
        raise InvalidInputError("identity.value_missing")
    if kind is FormKind.EMAIL and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise InvalidInputError("identity.email_invalid", value=value)
    if kind is FormKind.PHONE and sum(ch.isdigit() for ch in value) < 6:
        raise InvalidInputError("identity.phone_invalid", value=value)
    return value


def _form(row: tuple[Any, ...]) -> IdentityForm:
    return IdentityForm(row[0], row[1], FormKind(row[2]), row[3], row[4], row[5], row[6])


_PHONE = re.compile(r"\+?[\d\s()\-\u202a\u202c]{6,}")
_COLUMNS = "id, person_id, kind, value, platform, display_name, url"


class IdentityService:
    def __init__(self, vault: Vault, evidence: EvidenceStore) -> None:
        self._vault = vault
        self._evidence = evidence

    # ------------------------------------------------------------------ forms
    def add(self, person_id: int, kind: FormKind | str, value: str, *, platform: str = "",
            display_name: str = "", url: str = "") -> IdentityForm:
        """Add a nickname, account, phone number or e-mail address to a person."""
        kind = FormKind(FormKind.parse(kind)) if not isinstance(kind, FormKind) else kind
        value = _clean(kind, value)
        platform, display_name, url = (" ".join(t.split()) for t in (platform, display_name,
                                                                       url))
        if not self._vault.query("SELECT 1 FROM people WHERE id = ?", (person_id,)):
            raise NotFoundError("person.not_found")
        if any(f.kind is kind and f.value.casefold() == value.casefold()
               and f.platform.casefold() == platform.casefold()
               for f in self.forms_of(person_id)):
            raise InvalidInputError("identity.duplicate", value=value)
        with self._vault.write() as tx:
            cur = tx.execute(
                "INSERT INTO identity_forms (person_id, kind, value, platform, display_name,"
                " url, added_at) VALUES (?,?,?,?,?,?,?)",
                (person_id, kind.value, value, platform, display_name, url,
                 to_storage(self._vault.clock.now())))
            form_id = int(cur.lastrowid or 0)
            self._vault.audit.record(tx, "identity.added", "person", person_id,
                                     kind=kind.value, form_id=form_id)
        return IdentityForm(form_id, person_id, kind, value, platform, display_name, url)

    def update(self, form_id: int, value: str, *, platform: str = "", display_name: str = "",
               url: str = "") -> IdentityForm:
        """Correct a nickname, account, phone number or e-mail address (same kind)."""
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM identity_forms WHERE id = ?",
                                 (form_id,))
        if not rows:
            raise NotFoundError("identity.not_found")
        old = _form(rows[0])
        value = _clean(old.kind, value)
        platform, display_name, url = (" ".join(t.split()) for t in (platform, display_name,
                                                                       url))
        if any(f.id != form_id and f.kind is old.kind
               and f.value.casefold() == value.casefold()
               and f.platform.casefold() == platform.casefold()
               for f in self.forms_of(old.person_id)):
            raise InvalidInputError("identity.duplicate", value=value)
        with self._vault.write() as tx:
            tx.execute("UPDATE identity_forms SET value = ?, platform = ?, display_name = ?,"
                       " url = ? WHERE id = ?", (value, platform, display_name, url, form_id))
            self._vault.audit.record(tx, "identity.changed", "person", old.person_id,
                                     kind=old.kind.value, form_id=form_id)
        return IdentityForm(form_id, old.person_id, old.kind, value, platform, display_name,
                            url)

    def remove(self, form_id: int) -> None:
        with self._vault.write() as tx:
            row = tx.execute("SELECT person_id, kind FROM identity_forms WHERE id = ?",
                             (form_id,)).fetchone()
            if row is None:
                raise NotFoundError("identity.not_found")
            tx.execute("DELETE FROM identity_forms WHERE id = ?", (form_id,))
            self._vault.audit.record(tx, "identity.removed", "person", row[0], kind=row[1],
                                     form_id=form_id)

    def forms_of(self, person_id: int) -> list[IdentityForm]:
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM identity_forms WHERE person_id = ?"
                                 " ORDER BY kind, id", (person_id,))
        return [_form(r) for r in rows]

    def all_forms_of(self, person_id: int) -> list[IdentityForm]:
        """The person's own forms and every case account linked to them (in any case)."""
        rows = self._vault.query("SELECT DISTINCT case_id FROM case_accounts"
                                 " WHERE person_id = ? ORDER BY case_id", (person_id,))
        linked = [f for r in rows for f in _case_account_forms(
            AccountService(self._vault).list(int(r[0])), person_id)]
        return self.forms_of(person_id) + linked

    def link(self, person_id: int, unlinked: UnlinkedIdentifier) -> IdentityForm:
        """"Wie is dit?": record an unknown sender or handle as this person's."""
        return self.add(person_id, unlinked.kind, unlinked.value, platform=unlinked.platform)

    # ------------------------------------------------------------------ register
    def register(self, case_id: int) -> IdentityRegister:
        participants = self._participants(case_id)
        roles: dict[int, list[Role]] = {}
        people: dict[int, Person] = {}
        for p in participants:
            people.setdefault(p.person.id, p.person)
            if p.role not in roles.setdefault(p.person.id, []):
                roles[p.person.id].append(p.role)
        accounts = AccountService(self._vault).list(case_id)
        identities = tuple(Identity(person, tuple(roles[pid]), tuple(self.forms_of(pid))
                                    + _case_account_forms(accounts, pid))
                           for pid, person in people.items())
        return IdentityRegister(case_id, tuple(participants), identities,
                                self._unlinked(case_id, identities, accounts))

    def _participants(self, case_id: int) -> list[Participant]:
        rows = self._vault.query(
            "SELECT pa.id, pa.case_id, p.id, p.name, p.group_name, pa.role, pa.note"
            " FROM participants pa JOIN people p ON p.id = pa.person_id"
            " WHERE pa.case_id = ? ORDER BY pa.id", (case_id,))
        return [Participant(r[0], r[1], Person(r[2], r[3], r[4]), Role(r[5]), r[6])
                for r in rows]

    def _unlinked(self, case_id: int, people: tuple[Identity, ...],
                  accounts: list[CaseAccount]) -> tuple[UnlinkedIdentifier, ...]:
        known = _known_tokens(people)
        found: dict[tuple[FormKind, str], UnlinkedIdentifier] = {}

        def note(kind: FormKind, value: str, platform: str, source: str) -> None:
            value = value.strip().lstrip("@") if kind is FormKind.ACCOUNT else value.strip()
            if not value or _fold(value) in known:
                return
            key = (kind, _fold(value))
            old = found.get(key)
            sources = (old.sources if old else ()) + (source,)
            found[key] = UnlinkedIdentifier(value, kind, platform or (old.platform if old
                                                                      else ""),
                                            tuple(dict.fromkeys(sources)))

        for item in self._evidence.list_for_case(case_id):
            for account in item.metadata.accounts:
                platform = account.platform or item.metadata.platform
                if account.handle:
                    note(FormKind.ACCOUNT, account.handle, platform, item.label)
                if account.display_name:
                    note(FormKind.NICKNAME, account.display_name, platform, item.label)
            summary = self._evidence.chat_summary(item.id)
            if summary is not None:
                for author in summary.authors:
                    kind = FormKind.PHONE if _PHONE.fullmatch(author.strip()) \
                        else FormKind.NICKNAME
                    source = "Telegram" if summary.platform_variant == "telegram" else "WhatsApp"
                    note(kind, author, source, item.label)
        for listed in accounts:  # listed as "onbekend": still nobody's
            if listed.person_id is None and listed.handle:
                note(FormKind.ACCOUNT, listed.handle, listed.platform, "accounts")
        return tuple(found.values())


def _case_account_forms(accounts: list[CaseAccount], person_id: int
                        ) -> tuple[IdentityForm, ...]:
    """The case's accounts linked to this person, as register forms. Their ids are
    negative: they are edited in the case's account list, not in identity_forms."""
    return tuple(IdentityForm(-a.id, person_id, FormKind.ACCOUNT, a.handle or a.display_name,
                              a.platform, a.display_name if a.handle else "", a.url)
                 for a in accounts if a.person_id == person_id)


def _known_tokens(people: tuple[Identity, ...]) -> set[str]:
    """Folded names, first names and forms that already point at a person."""
    known: set[str] = set()
    for identity in people:
        name = identity.person.name
        known.add(_fold(name))
        known.update(_fold(word) for word in name.split()[:1])
        for form in identity.forms:
            known.update(_fold(t) for t in (form.value, form.display_name) if t)
    known.discard("")
    return known
