"""Replacing hidden forms in running text and in identifiers (see pseudo_forms.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.dossier.pseudo_forms import (
    TITLES,
    HiddenForm,
    identifier_spans,
    norm,
    phone_pattern,
    words_pattern,
)

MIN_ID_TOKEN = 3
_LONG_VOWELS = "aiouyáíóúàèéëïöüâêîôû"


class TextReplacer:
    def __init__(self, hidden: Iterable[HiddenForm], adult_labels: Iterable[str] = ()) -> None:
        forms = list(hidden)
        self._adults = set(adult_labels)
        self._by_key = {h.key: h for h in forms if not h.phone}
        self._phones = [(re.compile(phone_pattern(h.text)), h) for h in forms if h.phone]
        # An everyday word makes an account (anything with @) a name ("@bakkerfan"), but
        # not a plain address or file name ("example.org/post/1").
        self._id_tokens = sorted(((norm(h.text), h) for h in forms
                                  if not h.phone and len(norm(h.text)) >= MIN_ID_TOKEN),
                                 key=lambda t: -len(t[0]))
        names = sorted(self._by_key.values(), key=lambda h: len(h.text), reverse=True)
        if names:
            body = "|".join(words_pattern(h.text) for h in names)
            self._pattern: re.Pattern[str] | None = re.compile(
                rf"(?<![\w@])(?:(?P<title>{TITLES})\s+)?(?P<name>{body})"
                rf"(?P<poss>['’]s|s)?(?!\w)", re.IGNORECASE)
        else:
            self._pattern = None

    # ------------------------------------------------------------------ running text
    def text(self, value: str) -> str:
        if not value or (self._pattern is None and not self._phones):
            return value
        out, last = [], 0
        for start, end in identifier_spans(value):
            out.append(self._words(value[last:start]))
            out.append(self.identifier(value[start:end]))
            last = end
        out.append(self._words(value[last:]))
        return "".join(out)

    def _words(self, value: str) -> str:
        for pattern, form in self._phones:
            value = pattern.sub(form.replacement, value)
        if self._pattern is None or not value:
            return value
        return self._pattern.sub(self._swap, value)

    def _swap(self, m: re.Match[str]) -> str:
        name, title, poss = m.group("name"), m.group("title"), m.group("poss")
        form = self._by_key.get(" ".join(name.casefold().split()))
        if form is None:
            return m.group(0)
        if form.wordlike and not title and name[:1].islower():
            return m.group(0)      # an everyday word, not a name: see the word rule
        if poss == "s" and name[-1:].lower() in _LONG_VOWELS:
            if form.wordlike or len(name) < MIN_ID_TOKEN:
                return m.group(0)  # "Bos" is not "Bo" + s
            poss = "'s"
        suffix = "'s" if poss else ""
        if title and form.label not in self._adults:
            return f"{title} {form.replacement}{suffix}"
        return form.replacement + suffix

    # ------------------------------------------------------------------ identifiers
    def identifier(self, value: str) -> str:
        """An account, address or file name: replaced entirely when it holds a hidden form."""
        for pattern, form in self._phones:
            if pattern.search(value):
                return form.replacement
        flat = norm(value)
        account = "@" in value
        for token, form in self._id_tokens:
            if token == flat and (form.replacement != form.label
                                  or form.label.startswith("[")):
                return form.replacement    # a registered handle, e-mail, shared form
        for token, form in self._id_tokens:
            if form.wordlike and not account:
                continue
            if token in flat:
                return f"[weggelaten: bevat de naam van {form.label}]" \
                    if not form.label.startswith("[") else "[weggelaten: bevat een naam]"
        return self._words(value)
