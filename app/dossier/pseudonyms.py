"""Pseudonymising a dossier: children other than the subject become "Leerling A", ...

Who becomes what (decided here, documented for the counsellor):

- The subject (the first participant with role ``gepeste``) keeps the name. A second
  bullied child is another child: ``Leerling A``, ... like everyone else.
- Other children (a second gepeste, pester, meeloper, aanmoediger, buitenstaander,
  verdediger, and a getuige or "anders" with a class/group) become ``Leerling A``,
  ``Leerling B``, ... in the order they were added to the case, so the same child has
  the same letter in every dossier of that case.
- A getuige or "anders" without a group (usually an adult) becomes ``Betrokkene 1``, ...
- Adults are named by their role: a mentor is ``de mentor`` (``mentor 2`` when there
  are more); a parent is ``ouder van <child>`` when the parent shares a surname with
  exactly one child of the case (``ouder van Leerling A`` or ``ouder van`` the subject),
  otherwise ``ouder/verzorger 1``. An adult's name also gives away the child's surname,
  so adults are replaced too. A title before an adult's name goes with it ("meneer
  Smit" -> "de mentor", not "meneer de mentor").
- Accounts, senders and display names in the evidence that nobody is linked to become
  ``onbekend account 1``, ... (the counsellor is asked "Wie is dit?" before export).

Everything to hide comes from the identity register (app/identities.py): names in
every form (see pseudo_forms.py, including the rule for names that are Dutch words),
nicknames, handles, display names, profile URLs, phone numbers, e-mail addresses. A
name part shared with the subject (a parent's surname) is left alone, because it would
only repeat the subject's own name; a part shared by two hidden people becomes
``[naam weggelaten]``. Identifiers (handles, internet and e-mail addresses, file names)
are never split into words: one that contains a hidden form anywhere is replaced
entirely. The recipient and author lines of the cover are never rewritten.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.domain import Participant, Role
from app.dossier import document as d
from app.dossier.pseudo_forms import (
    MIN_TOKEN,
    PARTICLES,
    HiddenForm,
    full_forms,
    is_wordlike,
    name_forms,
)
from app.dossier.pseudo_text import TextReplacer
from app.identities import FormKind, IdentityForm, UnlinkedIdentifier

__all__ = ["AMBIGUOUS", "Alias", "Pseudonymiser", "name_forms"]

CHILD_ROLES = frozenset({Role.PESTER, Role.MEELOPER, Role.AANMOEDIGER, Role.BUITENSTAANDER,
                         Role.VERDEDIGER, Role.GEPESTE})
MAYBE_CHILD_ROLES = frozenset({Role.GETUIGE, Role.ANDERS})
AMBIGUOUS = "[naam weggelaten]"

# Fields of the document model that hold identifiers rather than running text.
IDENTIFIER_FIELDS = frozenset({"urls", "handles", "original_filename"})
# Fields that are never text about people.
SKIP_FIELDS = frozenset({"sha256", "image", "thumbnail", "image_format", "style", "number",
                         "source_item", "size", "kind", "attachment_sha256",
                         "attachment_image"})
# Cover lines that are the sender's and the receiver's own: never rewritten.
COVER_FIELDS = frozenset({"recipient", "author", "school_name", "anchor"})


def _label_letters(index: int) -> str:
    letters = string.ascii_uppercase
    if index < len(letters):
        return letters[index]
    return letters[index // len(letters) - 1] + letters[index % len(letters)]


@dataclasses.dataclass(frozen=True)
class Alias:
    person_id: int
    name: str
    label: str
    is_child: bool


class Pseudonymiser:
    """Replaces names of everyone but the subject; see the module docstring for the rules."""

    def __init__(self, participants: Iterable[Participant],
                 forms: Mapping[int, Sequence[IdentityForm]] | None = None,
                 unlinked: Sequence[UnlinkedIdentifier] = (), *,
                 subject_id: int | None = None) -> None:
        """`subject_id` keeps that person's name instead of the first gepeste's (an access
        overview is about whoever asked, in whatever role)."""
        seen: dict[int, Participant] = {}
        roles: dict[int, set[Role]] = {}
        for p in participants:
            seen.setdefault(p.person.id, p)
            roles.setdefault(p.person.id, set()).add(p.role)
        subject = subject_id if subject_id in seen else next(
            (pid for pid, r in roles.items() if Role.GEPESTE in r), None)
        self.subject_ids = {subject} if subject is not None else set()
        self.aliases: dict[int, Alias] = {}
        children = [p for pid, p in seen.items() if pid not in self.subject_ids and (
            roles[pid] & CHILD_ROLES or (roles[pid] & MAYBE_CHILD_ROLES and p.person.group_name))]
        for i, p in enumerate(children):
            self.aliases[p.person.id] = Alias(p.person.id, p.person.name,
                                              f"Leerling {_label_letters(i)}", True)
        self._adults(seen, roles)
        self.unknown = {u.value: f"onbekend account {n}"
                        for n, u in enumerate(unlinked, start=1)}
        self.hidden = self._hidden_forms(seen, forms or {})
        self._replacer = TextReplacer(self.hidden, adult_labels={
            a.label for a in self.aliases.values() if not a.is_child})

    # ------------------------------------------------------------------ labels
    def _adults(self, seen: dict[int, Participant], roles: dict[int, set[Role]]) -> None:
        mentors = [pid for pid, r in roles.items() if Role.MENTOR in r
                   and pid not in self.aliases and pid not in self.subject_ids]
        for n, pid in enumerate(mentors, start=1):
            label = "de mentor" if len(mentors) == 1 else f"mentor {n}"
            self.aliases[pid] = Alias(pid, seen[pid].person.name, label, False)
        parents = [pid for pid, r in roles.items() if Role.OUDER in r
                   and pid not in self.aliases and pid not in self.subject_ids]
        unknown = 0
        for pid in parents:
            surname = _surname(seen[pid].person.name)
            kids = [k for k, p in seen.items() if k != pid and surname
                    and _surname(p.person.name) == surname
                    and (k in self.subject_ids or (k in self.aliases
                                                   and self.aliases[k].is_child))]
            if len(kids) == 1:
                kid = kids[0]
                whose = seen[kid].person.name if kid in self.subject_ids \
                    else self.aliases[kid].label
                label = f"ouder van {whose}"
            else:
                unknown += 1
                label = f"ouder/verzorger {unknown}"
            self.aliases[pid] = Alias(pid, seen[pid].person.name, label, False)
        others = [pid for pid in seen if pid not in self.aliases and pid not in self.subject_ids]
        for n, pid in enumerate(others, start=1):
            self.aliases[pid] = Alias(pid, seen[pid].person.name, f"Betrokkene {n}", False)

    def label(self, person_id: int, name: str) -> str:
        alias = self.aliases.get(person_id)
        return alias.label if alias else name

    @property
    def hidden_names(self) -> list[str]:
        return [a.name for a in self.aliases.values()]

    def mapping(self) -> dict[str, str]:
        """Label -> real name or identifier, stored with the export record."""
        out = {a.label: a.name for a in self.aliases.values()}
        out.update({label: value for value, label in self.unknown.items()})
        return out

    # ------------------------------------------------------------------ forms
    def _hidden_forms(self, seen: dict[int, Participant],
                      forms: Mapping[int, Sequence[IdentityForm]]) -> list[HiddenForm]:
        kept: set[str] = set()
        for pid in self.subject_ids:
            kept.update(f.casefold() for f in full_forms(seen[pid].person.name))
            kept.update(f.value.casefold() for f in forms.get(pid, ()))
        owners: dict[str, set[str]] = {}
        spelled: dict[str, tuple[str, FormKind | None]] = {}

        def add(text: str, label: str, kind: FormKind | None, is_name_part: bool) -> None:
            text = " ".join(text.split())
            key = text.casefold()
            if len(text) < MIN_TOKEN or key in PARTICLES or (is_name_part and key in kept):
                return  # a part shared with the subject: only the full name goes
            owners.setdefault(key, set()).add(label)
            spelled.setdefault(key, (text, kind))

        for pid, alias in self.aliases.items():
            for i, form in enumerate(full_forms(alias.name)):
                add(form, alias.label, None, i > 0)
            for extra in forms.get(pid, ()):
                for text in extra.texts:
                    add(text, alias.label, extra.kind, extra.kind is FormKind.NICKNAME)
        for value, label in self.unknown.items():
            add(value, label, FormKind.ACCOUNT, False)
        hidden = []
        for key, labels in owners.items():
            text, kind = spelled[key]
            label = next(iter(labels)) if len(labels) == 1 else AMBIGUOUS
            replacement = _replacement(label, kind) if label != AMBIGUOUS else AMBIGUOUS
            hidden.append(HiddenForm(text, label, replacement, wordlike=is_wordlike(text),
                                     phone=kind is FormKind.PHONE))
        return hidden

    # ------------------------------------------------------------------ text
    def text(self, value: str) -> str:
        return self._replacer.text(value)

    def identifier(self, value: str) -> str:
        """An account, address or file name: replaced entirely when it contains a name."""
        return self._replacer.identifier(value)

    # ------------------------------------------------------------------ documents
    def apply(self, obj: Any, field_name: str = "") -> Any:
        """A copy of a (frozen) document-model object with every text pseudonymised."""
        if isinstance(obj, str):
            if field_name in IDENTIFIER_FIELDS:
                return self.identifier(obj)
            return self.text(obj)
        if isinstance(obj, tuple):
            return tuple(self.apply(v, field_name) for v in obj)
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            skip = SKIP_FIELDS | (COVER_FIELDS if isinstance(obj, d.DossierDocument)
                                  else frozenset())
            changes = {}
            for f in dataclasses.fields(obj):
                if f.name in skip or not f.init:
                    continue
                value = getattr(obj, f.name)
                new = self.apply(value, f.name)
                if new is not value and new != value:
                    changes[f.name] = new
            return dataclasses.replace(obj, **changes) if changes else obj
        return obj


def _replacement(label: str, kind: FormKind | None) -> str:
    if kind is FormKind.ACCOUNT and not label.startswith("onbekend"):
        return f"[account van {label}]"
    if kind is FormKind.PHONE:
        return f"[telefoonnummer van {label}]"
    if kind is FormKind.EMAIL:
        return f"[e-mailadres van {label}]"
    return label


def _surname(name: str) -> str:
    words = [w for w in name.split()[1:] if w.lower() not in PARTICLES]
    return words[-1].casefold() if words else ""
