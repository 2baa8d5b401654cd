"""Letter templates: resources/templates/<id>.txt, filled with `string.Template`.

File format (see resources/templates/README.md): header lines `# titel: ...`,
`# ontvanger: ...` and where it fits (`# protocollen:`, `# aanpak:`, `# niet-bij:`,
`# over:`, `# soort:`), then `Onderwerp: ...`, a blank line and the body.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.errors import PestdossierError
from app.resources import resource_path

TEMPLATES_DIR = resource_path("templates")

#: The template ids the protocols refer to, in the order the app offers them.
LETTER_IDS = ("brief_ouders_gepeste", "brief_ouders_gepeste_zonder_schuld", "brief_ouders_klas",
              "brief_ouders_steungroep", "brief_ouders_pester", "belnotitie_ouders_pester",
              "uitnodiging_gesprek", "memo_team")
FIELDS = frozenset({"school", "vertrouwenspersoon", "datum", "kind", "groep", "gesprek"})
#: Situations a template can rule itself out of (`# niet-bij:`); app/letters/fit.py.
SITUATIONS = frozenset({"acuut"})
#: What `# over:` may name: the roles of the child a letter is about, or the steungroep.
ABOUT = frozenset({"gepeste", "pester", "steungroep"})
KINDS = frozenset({"brief", "belnotitie"})


class LetterTemplateError(PestdossierError):
    default_code = "letter.template_unreadable"


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    title: str          # e.g. "Brief aan de ouders van de gepeste leerling"
    recipient: str      # template of the recipient line, e.g. "Ouders/verzorgers van $kind"
    subject: str
    body: str
    protocols: tuple[str, ...] = ()    # only for these protocols (empty: any)
    approaches: tuple[str, ...] = ()   # only after one of these choice options
    not_in: tuple[str, ...] = ()       # never in these situations (SITUATIONS)
    about: tuple[str, ...] = ()        # the child it is about: roles, or "steungroep"
    kind: str = "brief"                # brief, or belnotitie (what to say on the phone)

    @property
    def per_child(self) -> bool:
        return bool(self.about)


def parse_template(template_id: str, text: str) -> LetterTemplate:
    meta: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and lines[0].startswith("#"):
        key, _, value = lines.pop(0).lstrip("#").partition(":")
        meta[key.strip().lower()] = value.strip()
    if not lines or not lines[0].startswith("Onderwerp:"):
        raise LetterTemplateError("letter.template_without_subject", template=template_id)
    subject = lines.pop(0).removeprefix("Onderwerp:").strip()
    body = "\n".join(lines).strip("\n")
    for part in (subject, body, meta.get("ontvanger", "")):
        for match in string.Template.pattern.finditer(part):
            name = match.group("named") or match.group("braced")
            if match.group("invalid") is not None or (name and name not in FIELDS):
                raise LetterTemplateError("letter.template_unknown_field", template=template_id,
                                          field=f"${name or ''}", allowed=tuple(sorted(FIELDS)))
    return LetterTemplate(template_id, meta.get("titel", template_id),
                          meta.get("ontvanger", ""), subject, body,
                          protocols=_words(meta, "protocollen"), approaches=_words(meta, "aanpak"),
                          not_in=_checked(template_id, meta, "niet-bij", SITUATIONS),
                          about=_checked(template_id, meta, "over", ABOUT),
                          kind=(_checked(template_id, meta, "soort", KINDS) or ("brief",))[0])


def _words(meta: dict[str, str], key: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in meta.get(key, "").split(",") if w.strip())


def _checked(template_id: str, meta: dict[str, str], key: str,
             allowed: frozenset[str]) -> tuple[str, ...]:
    words = _words(meta, key)
    for word in words:
        if word not in allowed:
            raise LetterTemplateError("letter.template_unknown_value", template=template_id,
                                      key=key, value=word, allowed=tuple(sorted(allowed)))
    return words


@cache
def load_template(template_id: str, folder: Path = TEMPLATES_DIR) -> LetterTemplate:
    path = Path(folder) / f"{template_id}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LetterTemplateError("letter.template_missing", template=template_id) from None
    return parse_template(template_id, text)


def fill(text: str, values: dict[str, str]) -> str:
    """Replace the fields; a field without a value stays visible as [veld] to fill in."""
    complete = {name: values.get(name) or f"[{name}]" for name in FIELDS}
    return string.Template(text).safe_substitute(complete)
