"""The retention date of one case under one rule: pure date arithmetic, no vault.

after_closing: the later of the closing date and the last follow-up date (a follow-up
done, or the last planned monitoring date when closing kept monitoring); the school
year in which that day falls ends on 31 July; add the rule's `report_margin` (the
time to make the yearly report). While the case is open the date cannot be known yet.
after_leaving: the leaving date plus the rule's `term`. custom: the chosen date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.messages import Message
from app.retention.rules import RetentionRule, RuleKind

SCHOOL_YEAR_END_MONTH, SCHOOL_YEAR_END_DAY = 7, 31


@dataclass(frozen=True)
class CaseFacts:
    """What the rules look at, read from the vault by the service."""

    closed_on: date | None = None           # None while the case is open
    last_followup: date | None = None       # last follow-up done or monitoring planned
    leaves_on: date | None = None           # the date the pupil leaves / left the school
    custom_until: date | None = None


@dataclass(frozen=True)
class Computed:
    until: date | None
    pending: Message | None      # why there is no date yet (retention.pending_*)
    explanation: Message         # how the date follows from the facts (retention.explain_*)


def school_year_end(day: date) -> date:
    """31 July of the school year (1 August - 31 July) that holds `day`."""
    end = date(day.year, SCHOOL_YEAR_END_MONTH, SCHOOL_YEAR_END_DAY)
    return end if day <= end else date(day.year + 1, SCHOOL_YEAR_END_MONTH,
                                       SCHOOL_YEAR_END_DAY)


def _after_closing(rule: RetentionRule, facts: CaseFacts) -> Computed:
    if facts.closed_on is None:
        return Computed(None, Message("retention.pending_open"),
                        Message("retention.explain_closing_open", margin=rule.report_margin))
    base = max(facts.closed_on, facts.last_followup or facts.closed_on)
    year_end = school_year_end(base)
    until = rule.report_margin.add_to(year_end)
    if base > facts.closed_on:
        why = Message("retention.explain_closing_followup", closed=facts.closed_on,
                      followup=base, year_end=year_end, margin=rule.report_margin)
    else:
        why = Message("retention.explain_closing", closed=facts.closed_on, year_end=year_end,
                      margin=rule.report_margin)
    return Computed(until, None, why)


def compute(rule: RetentionRule, facts: CaseFacts) -> Computed:
    """The date until which the case is kept under `rule`, or why it is not known yet."""
    if rule.kind is RuleKind.AFTER_CLOSING:
        return _after_closing(rule, facts)
    if rule.kind is RuleKind.AFTER_LEAVING:
        if facts.leaves_on is None:
            return Computed(None, Message("retention.pending_leaving_date"),
                            Message("retention.explain_leaving_unknown", term=rule.term))
        return Computed(rule.term.add_to(facts.leaves_on), None,
                        Message("retention.explain_leaving", leaves_on=facts.leaves_on,
                                term=rule.term))
    if facts.custom_until is None:
        return Computed(None, Message("retention.pending_custom_date"),
                        Message("retention.explain_custom_missing"))
    return Computed(facts.custom_until, None, Message("retention.explain_custom"))
