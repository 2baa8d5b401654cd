"""The leak check: a pseudonymised PDF is read back and searched for every hidden form.

It runs on the rendered bytes before anything is written (and before encryption), so a
form the pseudonymiser missed, in any text the renderer produced, stops the export.
Matching is by whole words, case-insensitive (the word rule of pseudo_forms.py aside: an
everyday word counts only with a capital), with any spacing or punctuation between the
words of a form, and it ignores what a PDF's text layer adds inside a name: a line
break, a hyphen at a line end, a soft hyphen. The text is read with pikepdf
(app/dossier/pdf_text.py). The cover's recipient and author
lines are the counsellor's own and are not searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from app.dossier.pdf_text import page_texts
from app.dossier.pseudo_forms import HiddenForm, phone_pattern, words_pattern
from app.errors import PestdossierError

_WORD = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
_BARE_BREAK = re.compile(r"(\w)[ \t]*\n[ \t]*(\w)")


class NameLeakError(PestdossierError):
    """A hidden form was found in the rendered PDF; nothing was written."""

    default_code = "dossier.not_saved"


@dataclass(frozen=True)
class Leak:
    form: str
    page: int   # 1-based


def _variants(text: str) -> set[str]:
    """The page as extracted, with hyphenated line ends joined, and with every line end
    inside a word joined: a name the layout split is found whole in one of them."""
    text = text.replace("\u00ad", "")
    joined = _HYPHEN_BREAK.sub(r"\1\2", text)
    return {text, joined, _BARE_BREAK.sub(r"\1\2", joined)}


class _FormIndex:
    """Hidden forms as word sequences, found by their first word (one pass per page)."""

    def __init__(self, hidden: Iterable[HiddenForm]) -> None:
        self.by_first: dict[str, list[tuple[HiddenForm, list[str]]]] = {}
        self.phones: list[tuple[HiddenForm, re.Pattern[str]]] = []
        for form in hidden:
            if form.phone:
                self.phones.append((form, re.compile(phone_pattern(form.text))))
                continue
            words = [w.casefold() for w in _WORD.findall(form.text)]
            if words:
                self.by_first.setdefault(words[0], []).append((form, words))

    def found(self, text: str) -> Iterator[HiddenForm]:
        for form, pattern in self.phones:
            if pattern.search(text):
                yield form
        words = _WORD.findall(text)
        folded = [w.casefold() for w in words]
        for i, word in enumerate(folded):
            for form, wanted in self.by_first.get(word, ()):
                end = i + len(wanted)
                if folded[i:end] != wanted:
                    continue
                # the word rule: an everyday word counts only with a capital
                if form.wordlike and not words[end - 1][:1].isupper():
                    continue
                yield form


def find_leaks(texts: Sequence[str], hidden: Iterable[HiddenForm],
               allowed: Iterable[str] = ()) -> list[Leak]:
    """Every hidden form found, with the first page it is on."""
    keep = [re.compile(words_pattern(a), re.IGNORECASE) for a in allowed if a.strip()]
    index = _FormIndex(hidden)
    leaks: dict[str, Leak] = {}
    for number, page in enumerate(texts, start=1):
        for pattern in keep:
            page = pattern.sub(" ", page)  # noqa: PLW2901 - the page, cleaned step by step
        for variant in _variants(page):
            for form in index.found(variant):
                leaks.setdefault(form.text, Leak(form.text, number))
    return sorted(leaks.values(), key=lambda leak: leak.page)


def assert_no_leaks(pdf: bytes, hidden: Sequence[HiddenForm], allowed: Iterable[str]) -> None:
    """Raise NameLeakError naming the first leaked form and its page."""
    leaks = find_leaks(page_texts(pdf), hidden, allowed)
    if leaks:
        first = leaks[0]
        raise NameLeakError("dossier.name_leak", form=first.form, page=first.page,
                            count=len(leaks))
