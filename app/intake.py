"""The intake of a melding: which marks of bullying hold, and the kind they point to.

Pesten has all three marks (000 §1: a negative intent, repeated and lasting, a
difference in power; 001 §2 the same three after Salmivalli). Without the intent to
hurt it is teasing (plagen); meant to hurt but once, an incident; meant and repeated
between equals, a conflict (that may have turned into a fight). The app suggests; the
counsellor chooses the kind.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from app.domain import BullyingForm, CaseKind, Criterion

E = TypeVar("E", bound=StrEnum)


def suggest_kind(criteria: Iterable[Criterion],
                 forms: Iterable[BullyingForm] = ()) -> CaseKind:
    held = set(criteria)
    if held >= set(Criterion):
        return CaseKind.ONLINE_PESTEN if BullyingForm.DIGITAAL in set(forms) else CaseKind.PESTEN
    if Criterion.OPZET not in held:
        return CaseKind.PLAGEN
    if Criterion.HERHAALD not in held:
        return CaseKind.INCIDENT
    return CaseKind.CONFLICT


def to_column(values: Iterable[E] | None) -> str | None:
    """A set as stored: a sorted JSON list; None stays None (not recorded)."""
    if values is None:
        return None
    return json.dumps(sorted(v.value for v in values))


def from_column(enum: type[E], stored: str | None) -> frozenset[E] | None:
    if stored is None:
        return None
    return frozenset(enum(v) for v in json.loads(stored))
