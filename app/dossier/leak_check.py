"""The leak check: a pseudonymised PDF is read back and searched for every hidden form.

It runs on the rendered bytes before anything is written (and before encryption), so a
form the pseudonymiser missed, in any text the renderer produced, stops the export.
Matching is case-insensitive (the word rule of pseudo_forms.py aside: an everyday word
counts only with a capital) and ignores what a PDF's text layer adds inside a name:
a line break, a hyphen at a line end, a soft hyphen. The cover's recipient and author
lines are the counsellor's own and are not searched.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pypdf import PdfReader

from app.dossier.pseudo_forms import HiddenForm, phone_pattern, words_pattern
from app.errors import PestdossierError

# Between two letters of a name the text layer may hold a soft hyphen, a hyphen that
# ends a line, or a bare line break.
_INSIDE = r"(?:\u00ad|-[ \t]*\n[ \t]*|[ \t]*\n[ \t]*)?"


class NameLeakError(PestdossierError):
    """A hidden form was found in the rendered PDF; nothing was written."""

    default_code = "dossier.not_saved"


@dataclass(frozen=True)
class Leak:
    form: str
    page: int   # 1-based


def _word(word: str, capital: bool) -> str:
    chars = [re.escape(ch) for ch in word]
    if capital:   # an everyday word counts only when it starts with a capital
        first = re.escape(word[0].upper())
        return first + _INSIDE + "(?i:" + _INSIDE.join(chars[1:]) + ")"
    return "(?i:" + _INSIDE.join(chars) + ")"


def form_pattern(form: HiddenForm) -> re.Pattern[str]:
    if form.phone:
        return re.compile(phone_pattern(form.text))
    words = form.text.split()
    last = len(words) - 1
    body = r"\s+".join(_word(w, form.wordlike and i == last) for i, w in enumerate(words))
    return re.compile(rf"(?<!\w){body}(?!\w)")


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def find_leaks(texts: Sequence[str], hidden: Iterable[HiddenForm],
               allowed: Iterable[str] = ()) -> list[Leak]:
    """Every hidden form found, with the page it is on (first page only per form)."""
    keep = [re.compile(words_pattern(a), re.IGNORECASE) for a in allowed if a.strip()]
    cleaned = []
    for page in texts:
        for pattern in keep:
            page = pattern.sub(" ", page)  # noqa: PLW2901 - the page, cleaned step by step
        cleaned.append(page)
    leaks = []
    for form in hidden:
        pattern = form_pattern(form)
        for number, text in enumerate(cleaned, start=1):
            if pattern.search(text):
                leaks.append(Leak(form.text, number))
                break
    return leaks


def assert_no_leaks(pdf: bytes, hidden: Sequence[HiddenForm], allowed: Iterable[str]) -> None:
    """Raise NameLeakError naming the first leaked form and its page."""
    leaks = find_leaks(page_texts(pdf), hidden, allowed)
    if leaks:
        first = leaks[0]
        raise NameLeakError("dossier.name_leak", form=first.form, page=first.page,
                            count=len(leaks))
