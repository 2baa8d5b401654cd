"""The forms of a name that a pseudonymised dossier hides, and how each is found in text.

A form is found only as a whole token: never inside another word ("Kim" is not found in
"Kimberley-straat", "Bos" not in "Bosch"). Longer forms are tried first, so "Noortje",
"Noor Visser" and "Noor" are each replaced as a whole.

The word rule. Some surnames and first names are also ordinary Dutch words (Post, Bos,
Visser, Koster, Smit, de Groot, Kok, Roos, ...). Such a form on its own counts as a name
only when it is written with a capital letter, or follows a title ("meneer post") or an
initial or first name (those longer forms are matched first anyway). "op Instagram post"
and "in het bos" stay; "Post zei" and "mevrouw Bos" are replaced. A capitalised verb at
the start of a sentence ("Post dat niet") is replaced too: when in doubt, hide.
The leak check applies the same rule, so an ordinary word never stops an export.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass

PARTICLES = frozenset({"de", "den", "der", "van", "het", "ten", "ter", "te", "t", "'t", "la",
                       "le", "du", "da", "di", "el", "al", "von", "vd", "v", "op", "in", "d"})
MIN_TOKEN = 2

# Names that are also everyday Dutch words; see the word rule in the module docstring.
COMMON_WORDS = frozenset("""
post bos visser koster smit groot kok wit zwart bakker mol vos haan boer berg veen dijk brink
kuiper schipper molenaar timmerman kramer mulder brouwer hoek beek poort schouten wolf
koning prins keizer bruin klein lang kort vries meer hof horst dam laan kerk stam
roos fleur storm hoop zon sterre lente bloem jade mees vink merel lotus hemel vos
""".split())

TITLES = (r"meneer|mevrouw|mevr\.?|mw\.?|mr\.?|dhr\.?|de\s+heer|juffrouw|juf|meester|"
          r"mentor|mentrix|docent|docente|moeder|vader|familie|fam\.")

_ID_STOP = r"\s()\[\]{}<>\"'`,;!?"
IDENTIFIER = re.compile(rf"[^{_ID_STOP}]*(?:[@/]|\w[._]\w)[^{_ID_STOP}]*")
_TRAILING = ".:"


def norm(text: str) -> str:
    """Lowercase, accents folded, letters and digits only (for identifier matching)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def unaccented(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in folded
                                                if not unicodedata.combining(ch)))


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


def diminutives(first_name: str) -> list[str]:
    """Dutch pet forms of a first name: Kim -> Kimmetje, Kimpie; Noor -> Noortje."""
    name = first_name.strip()
    if len(name) < 3 or " " in name:
        return []
    forms = [name + "tje", name + "je", name + "pje", name + "ie", name + "y", name + "ke"]
    if name[-1].lower() not in "aeiouy":
        forms += [name + name[-1] + "etje", name + name[-1] + "ie", name + "pie"]
    if name[-1].lower() == "e":
        forms.append(name[:-1] + "ie")
    return forms


def full_forms(full_name: str) -> list[str]:
    """Every way a person's name is written: name_forms, initial plus surname ("M. Bos"),
    pet forms of the first name and each form without accents (Daniël -> Daniel)."""
    forms = name_forms(full_name)
    words = full_name.split()
    if len(words) > 1 and words[0][:1].isalpha():
        rest = " ".join(words[1:])
        forms += [f"{words[0][0]}. {rest}", f"{words[0][0]} {rest}"]
        forms += diminutives(words[0])
    elif len(words) == 1:
        forms += diminutives(words[0])
    forms += [unaccented(f) for f in forms]
    return list(dict.fromkeys(f for f in forms if len(f) >= MIN_TOKEN))


def is_wordlike(form: str) -> bool:
    """A form made only of particles and one everyday word ("Post", "de Groot")."""
    words = [w.casefold() for w in form.split()]
    core = [w for w in words if w not in PARTICLES]
    return len(core) == 1 and core[0] in COMMON_WORDS


def phone_pattern(number: str) -> str:
    """A regex for a phone number written with any spacing ("06-1234 5678", "+31 6 ...")."""
    digits = "".join(ch for ch in number if ch.isdigit())
    sep = r"[\s\-.()]{0,2}"
    variants = [digits]
    if digits.startswith("0") and not digits.startswith("00"):
        variants += ["31" + digits[1:]]
    elif digits.startswith("31"):
        variants += ["0" + digits[2:]]
    bodies = [sep.join(v) for v in variants]
    return r"(?<!\d)(?:\+|00)?(?:" + "|".join(bodies) + r")(?!\d)"


@dataclass(frozen=True)
class HiddenForm:
    """One string that must not be printed, with what takes its place."""

    text: str
    label: str           # whose form it is: "Leerling A", "de mentor", "[naam weggelaten]"
    replacement: str     # what takes its place: the label, "[account van Leerling A]"
    wordlike: bool = False
    phone: bool = False

    @property
    def key(self) -> str:
        return " ".join(self.text.casefold().split())


def words_pattern(form: str) -> str:
    """A form's words with any whitespace between them (line breaks in a PDF too)."""
    return r"\s+".join(re.escape(w) for w in form.split())


def identifier_spans(text: str) -> list[tuple[int, int]]:
    """Where handles, addresses and file names sit in `text` (trailing stops excluded)."""
    spans = []
    for m in IDENTIFIER.finditer(text):
        start, end = m.span()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
