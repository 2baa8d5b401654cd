"""The intake flags of add-case and edit-case (--how, --marks, --forms, --signals)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.values import choose
from app.domain import BullyingForm, CaseKind, Criterion, ReportChannel, Signal
from app.errors import InvalidInputError
from app.intake import suggest_kind

NONE_WORDS = frozenset({"geen", "niets", ""})
_SETS = (("marks", "criteria", Criterion), ("forms", "forms", BullyingForm),
         ("signals", "signals", Signal))


def _list(enum: Any, text: str) -> frozenset[Any]:
    if text.strip().lower() in NONE_WORDS:
        return frozenset()
    return frozenset(choose(enum, part) for part in text.split(",") if part.strip())


def intake_changes(args: argparse.Namespace) -> dict[str, Any]:
    """Only the intake fields given on the command line, as the case service takes them."""
    changes: dict[str, Any] = {}
    if args.how is not None:
        changes["reported_via"] = (None if args.how.strip().lower() in NONE_WORDS
                                   else choose(ReportChannel, args.how))
    for option, field, enum in _SETS:
        text = getattr(args, option)
        if text is not None:
            changes[field] = _list(enum, text)
    return changes


def kind_for_new_case(args: argparse.Namespace, intake: dict[str, Any]) -> CaseKind:
    """--kind when given; otherwise the kind the marks point to (--marks)."""
    if args.kind:
        return CaseKind(CaseKind.parse(args.kind))
    if "criteria" not in intake:
        raise InvalidInputError("cli.case_kind_missing")
    return suggest_kind(intake["criteria"], intake.get("forms", ()))
