"""Pseudonymising a dossier: children other than the subject become "Leerling A", ...

Who becomes what (decided here, documented for the counsellor):

- The subject (every participant with role ``gepeste``) keeps the name.
- Other children (pester, meeloper, aanmoediger, buitenstaander, verdediger, and a
  getuige or "anders" with a class/group) become ``Leerling A``, ``Leerling B``, ... in
  the order they were added to the case, so the same child has the same letter in
  every dossier of that case.
- A getuige or "anders" without a group (usually an adult) becomes ``Betrokkene 1``, ...
- Adults are named by their role: a mentor is ``de mentor`` (``mentor 2`` when there
  are more); a parent is ``ouder van <child>`` when the parent shares a surname with
  exactly one child of the case (``ouder van Leerling A`` or ``ouder van`` the subject),
  otherwise ``ouder/verzorger 1``. An adult's name also gives away the child's surname,
  so adults are replaced too.

In free text every full name, first name and surname (with and without particles such
as "de" or "van der") is replaced: word-bounded, case-insensitive, longest first, also
with a Dutch possessive ``s``/``'s``. A name part shared with the subject (a parent's
surname) is left alone, because it would only repeat the subject's own name; a part
shared by two pseudonymised people becomes ``[naam weggelaten]``.
Identifiers (account handles, internet addresses, file names) are not split into
words: one that contains a name anywhere (``@daan.vermeulen``) is replaced entirely.
"""

from __future__ import annotations

import dataclasses
import re
import string
import unicodedata
from collections.abc import Iterable
from typing import Any

from app.domain import Participant, Role

CHILD_ROLES = frozenset({Role.PESTER, Role.MEELOPER, Role.AANMOEDIGER, Role.BUITENSTAANDER,
                         Role.VERDEDIGER})
MAYBE_CHILD_ROLES = frozenset({Role.GETUIGE, Role.ANDERS})
PARTICLES = frozenset({"de", "den", "der", "van", "het", "ten", "ter", "te", "t", "'t", "la",
                       "le", "du", "da", "di", "el", "al", "von", "vd", "v", "op", "in", "d"})
AMBIGUOUS = "[naam weggelaten]"
MIN_TOKEN = 2

# Fields of the document model that hold identifiers rather than running text.
IDENTIFIER_FIELDS = frozenset({"urls", "handles", "original_filename"})
# Fields that are never text about people.
SKIP_FIELDS = frozenset({"sha256", "image", "thumbnail", "image_format", "style", "number",
                         "source_item", "size", "kind"})


def _norm(text: str) -> str:
    """Lowercase, accents folded, letters and digits only (for identifier matching)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def name_forms(full_name: str) -> list[str]:
    """Full name, first name, surname with particles, surname without particles."""
    words = full_name.split()
    forms = [full_name.strip()]
    if len(words) > 1:
        forms.append(words[0])
        rest = words[1:]
        forms.append(" ".join(rest))
        core = [w for w in rest if w.lower().strip(".") not in PARTICLES]
        if core:
            forms.append(" ".join(core))
            forms += core
    out = []
    for raw in forms:
        form = raw.strip(string.punctuation + " ")
        if len(form) >= MIN_TOKEN and form.lower() not in PARTICLES and form not in out:
            out.append(form)
    return out


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

    def __init__(self, participants: Iterable[Participant]) -> None:
        seen: dict[int, Participant] = {}
        roles: dict[int, set[Role]] = {}
        for p in participants:
            seen.setdefault(p.person.id, p)
            roles.setdefault(p.person.id, set()).add(p.role)
        self.subject_ids = {pid for pid, r in roles.items() if Role.GEPESTE in r}
        self.aliases: dict[int, Alias] = {}
        children = [p for pid, p in seen.items() if pid not in self.subject_ids and (
            roles[pid] & CHILD_ROLES or (roles[pid] & MAYBE_CHILD_ROLES and p.person.group_name))]
        for i, p in enumerate(children):
            self.aliases[p.person.id] = Alias(p.person.id, p.person.name,
                                              f"Leerling {_label_letters(i)}", True)
        self._adults(seen, roles)
        self._build_patterns(seen)

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

    # ------------------------------------------------------------------ text
    def _build_patterns(self, seen: dict[int, Participant]) -> None:
        kept: set[str] = set()
        for pid in self.subject_ids:
            kept.update(f.casefold() for f in name_forms(seen[pid].person.name))
        owners: dict[str, set[int]] = {}
        spelled: dict[str, str] = {}
        for pid, alias in self.aliases.items():
            for i, form in enumerate(name_forms(alias.name)):
                key = form.casefold()
                if i > 0 and key in kept:
                    continue  # a surname shared with the subject: only the full name goes
                owners.setdefault(key, set()).add(pid)
                spelled.setdefault(key, form)
        self._replacement = {key: (self.aliases[next(iter(ids))].label if len(ids) == 1
                                   else AMBIGUOUS) for key, ids in owners.items()}
        self._id_tokens = sorted(((_norm(spelled[k]), self._replacement[k])
                                  for k in owners if len(_norm(spelled[k])) >= 3),
                                 key=lambda t: -len(t[0]))
        if not owners:
            self._pattern = None
            return
        alternatives = sorted(owners, key=len, reverse=True)
        body = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in alternatives)
        self._pattern = re.compile(rf"(?<!\w)({body})(['’]s|s)?(?!\w)", re.IGNORECASE)

    def text(self, value: str) -> str:
        if not value or self._pattern is None:
            return value

        def swap(m: re.Match[str]) -> str:
            key = " ".join(m.group(1).casefold().split())
            label = self._replacement.get(key, AMBIGUOUS)
            return label + ("'s" if m.group(2) else "")

        return self._pattern.sub(swap, value)

    def identifier(self, value: str) -> str:
        """An account, address or file name: replaced entirely when it contains a name."""
        flat = _norm(value)
        for token, label in self._id_tokens:
            if token in flat:
                return f"[weggelaten: bevat de naam van {label}]" if label != AMBIGUOUS \
                    else "[weggelaten: bevat een naam]"
        return self.text(value)

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
            changes = {}
            for f in dataclasses.fields(obj):
                if f.name in SKIP_FIELDS or not f.init:
                    continue
                value = getattr(obj, f.name)
                new = self.apply(value, f.name)
                if new is not value and new != value:
                    changes[f.name] = new
            return dataclasses.replace(obj, **changes) if changes else obj
        return obj


def _surname(name: str) -> str:
    words = [w for w in name.split()[1:] if w.lower() not in PARTICLES]
    return words[-1].casefold() if words else ""
