"""Marked timeline entries in an export: the badge on an entry that goes in, and the line
that says how many stayed out and why (never what they said). See profiles.py for which
profile shows which special category, and docs/privacy.md for the reasons."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain import Entry, SpecialCategory
from app.dossier.profiles import Profile
from app.wording import label

SPECIAL = "bijzonder persoonsgegeven"
WORK_NOTES_LEFT_OUT = ("{n} van de vertrouwenspersoon {verb} niet opgenomen: persoonlijke "
                       "werkaantekeningen zijn bedoeld voor het eigen werk en horen niet in een "
                       "dossier of overzicht dat wordt overgedragen of ingezien.")
SPECIAL_LEFT_OUT = ("{n} met bijzondere persoonsgegevens ({which}) {verb} niet opgenomen: "
                    "wie dit {kind} krijgt, heeft die gegevens niet nodig.")


def special_label(category: SpecialCategory) -> str:
    """"bijzonder persoonsgegeven (gezondheid)"."""
    return f"{SPECIAL} ({label(category).lower()})"


def entry_kind_text(entry: Entry) -> str:
    """The kind as the timeline heads an entry, with the badge of special data."""
    kind = label(entry.kind)
    return f"{kind} · {special_label(entry.special_category)}" if entry.is_special else kind


def _count(n: int, one: str, many: str) -> tuple[str, str]:
    return (f"1 {one}", "is") if n == 1 else (f"{n} {many}", "zijn")


def work_notes_line(count: int) -> str:
    n, verb = _count(count, "werkaantekening", "werkaantekeningen")
    return WORK_NOTES_LEFT_OUT.format(n=n, verb=verb)


def left_out_lines(entries: Iterable[Entry], profile: Profile, excluded: frozenset[int],
                   document: str = "dossier") -> tuple[str, ...]:
    """One line for the werkaantekeningen, one for special data this profile does not
    show; entries the user left out by hand are not counted."""
    chosen = [e for e in entries if e.id not in excluded]
    notes = sum(1 for e in chosen if e.work_note)
    special = [e for e in chosen if not e.work_note and e.is_special
               and e.special_category not in profile.special_categories
               and profile.allows_entry(e.kind)]
    lines = []
    if notes:
        lines.append(work_notes_line(notes))
    if special:
        which = ", ".join(dict.fromkeys(label(e.special_category).lower() for e in special))
        n, verb = _count(len(special), "tijdlijnregel", "tijdlijnregels")
        lines.append(SPECIAL_LEFT_OUT.format(n=n, which=which, verb=verb, kind=document))
    return tuple(lines)
