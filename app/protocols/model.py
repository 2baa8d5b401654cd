"""Protocol data model: plain frozen dataclasses, filled by the loader from a TOML file.

Nothing here knows about files, Qt or the vault. Texts are Dutch because they come
from the protocol files, which are written for Dutch schools.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from app.protocols.limits import MAX_DURATION_DAYS

if TYPE_CHECKING:
    from app.protocols.guides import Guide

#: The case's melding (report); usable as deadline anchor like a step id.
MELDING = "melding"
#: Follow-up trigger meaning "each agreement (afspraak) recorded in the case".
AFSPRAAK = "afspraak"

#: Roles a step may involve. A school file may add its own with `extra_roles`.
KNOWN_ROLES = frozenset({
    "gepeste", "pester", "meeloper", "assistent", "aanmoediger", "buitenstaander",
    "verdediger", "helper", "klasgenoot", "steungroep", "getuige", "ouder", "mentor",
    "leerkracht", "medewerker", "team", "pleinwacht", "vertrouwenspersoon",
    "anti-pestcoördinator", "intern-begeleider", "afdelingsleider", "directie",
    "wijkagent", "externe-hulp",
})

#: Kinds of records a step produces.
RECORD_KINDS = frozenset({
    "verslag",      # written report of a conversation or step
    "afspraken",    # agreements ("vanaf nu ...") with a follow-up date
    "ideeen",       # steungroep ideas, one per member, in the form "Ik ga ..."
    "plan",         # action plan
    "keuze",        # a recorded choice with its reason (see Step.choice)
    "steungroep",   # the composition of the steungroep
    "bewijs",       # evidence of online bullying
    "logboek",      # short log of steps, conversations and changes
    "contract",     # non-pestcontract
    "sociogram",    # social relations in the group
    "memo",         # memo to the team
    "brief",        # letter to parents
})

SCHOOL_TYPES = frozenset({"po", "vo", "so", "mbo"})

_UNITS = {
    "d": "d", "dag": "d", "dagen": "d",
    "w": "w", "wk": "w", "week": "w", "weken": "w",
    "m": "m", "mnd": "m", "maand": "m", "maanden": "m",
    "y": "y", "j": "y", "jaar": "y", "jaren": "y",
}
_BAD_DURATION = "ongeldige duur '{}': gebruik bijvoorbeeld '7d', '2w', '1m' of '2y'"
_LONG_DURATION = "duur '{}' is te lang: hoogstens " + f"{MAX_DURATION_DAYS // 366} jaar"
_TOKEN = re.compile(r"\s*(\d+)\s*([a-z]+)\s*")


@dataclass(frozen=True)
class Duration:
    """A calendar duration: months and years follow the calendar (31 jan + 1m = 28/29 feb)."""

    days: int = 0
    weeks: int = 0
    months: int = 0
    years: int = 0

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Parse '7d', '1w', '1m', '2y', '1y6m', '3 dagen', '2 weken', '0d'.

        Raises ValueError with a Dutch message on anything else.
        """
        if not isinstance(text, str) or not text.strip():
            raise ValueError(_BAD_DURATION.format(text))
        parts = {"d": 0, "w": 0, "m": 0, "y": 0}
        pos, source = 0, text.strip().lower()
        while pos < len(source):
            match = _TOKEN.match(source, pos)
            unit = _UNITS.get(match.group(2)) if match else None
            if not match or unit is None:
                raise ValueError(_BAD_DURATION.format(text))
            if len(match.group(1)) > 6:   # int() of thousands of digits is itself an error
                raise ValueError(_LONG_DURATION.format(text))
            parts[unit] += int(match.group(1))
            pos = match.end()
        duration = cls(days=parts["d"], weeks=parts["w"], months=parts["m"], years=parts["y"])
        if duration.span_days > MAX_DURATION_DAYS:
            raise ValueError(_LONG_DURATION.format(text))
        return duration

    @property
    def span_days(self) -> int:
        """The longest this duration can be, in days (a month counts 31, a year 366)."""
        return self.days + 7 * self.weeks + 31 * self.months + 366 * self.years

    def times(self, factor: int) -> Duration:
        return Duration(self.days * factor, self.weeks * factor, self.months * factor,
                        self.years * factor)

    def add_to(self, day: date) -> date:
        """`day` plus this duration; month ends are clamped (no drift)."""
        month_index = day.month - 1 + self.months + 12 * self.years
        year, month = day.year + month_index // 12, month_index % 12 + 1
        clamped = min(day.day, calendar.monthrange(year, month)[1])
        return date.fromordinal(
            date(year, month, clamped).toordinal() + self.days + 7 * self.weeks
        )

    def subtract_from(self, day: date) -> date:
        return Duration(-self.days, -self.weeks, -self.months, -self.years).add_to(day)

    @property
    def is_zero(self) -> bool:
        return not (self.days or self.weeks or self.months or self.years)

    def __str__(self) -> str:
        """Dutch, e.g. '2 dagen', '1 week', '1 jaar en 6 maanden', '0 dagen'."""
        years, months = self.years + self.months // 12, self.months % 12
        names = (
            (years, "jaar", "jaar"), (months, "maand", "maanden"),
            (self.weeks, "week", "weken"), (self.days, "dag", "dagen"),
        )
        parts = [f"{n} {one if n == 1 else many}" for n, one, many in names if n]
        if not parts:
            return "0 dagen"
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


class DeadlineKind(StrEnum):
    WITHIN = "within"      # no later than anchor + offset
    ABOUT = "about"        # target anchor + offset, acceptable within +/- tolerance
    SAME_DAY = "same_day"  # on the anchor's day


@dataclass(frozen=True)
class Deadline:
    after: str                 # a step id or MELDING
    kind: DeadlineKind
    offset: Duration = Duration()
    tolerance: Duration = Duration()
    # A date the protocol itself does not set: shown as a proposal, never late.
    suggestion: bool = False
    # In a severe case (urgency hoog or acuut) the deadline counts from this step instead
    # (zesstappenplan: parents within a week after step 1 instead of step 3).
    severe_after: str | None = None

    def dates(self, anchor: date) -> tuple[date, tuple[date, date] | None]:
        """(due, window) counted from `anchor`; window only for 'about' deadlines."""
        if self.kind is DeadlineKind.SAME_DAY:
            return anchor, None
        target = self.offset.add_to(anchor)
        if self.kind is DeadlineKind.WITHIN:
            return target, None
        low = max(anchor, self.tolerance.subtract_from(target))
        return target, (low, self.tolerance.add_to(target))


@dataclass(frozen=True)
class ChoiceOption:
    id: str
    label: str
    considerations: tuple[str, ...] = ()   # when this option fits


@dataclass(frozen=True)
class Choice:
    id: str
    question: str
    options: tuple[ChoiceOption, ...]
    reason_required: bool = True

    def option(self, option_id: str) -> ChoiceOption | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    guidance: str
    participants: tuple[str, ...] = ()
    deadline: Deadline | None = None
    produces: tuple[str, ...] = ()          # RECORD_KINDS
    checklist: tuple[str, ...] = ()
    gates: tuple[str, ...] = ()             # condition keys that must be recorded first
    sets_conditions: tuple[str, ...] = ()   # condition keys usually recorded in this step
    letters: tuple[str, ...] = ()           # letter template ids used in this step
    choice: Choice | None = None
    optional: bool = False
    guide: Guide | None = None              # the conversation guide (app/protocols/guides.py)


@dataclass(frozen=True)
class Condition:
    key: str
    label: str


@dataclass(frozen=True)
class RepeatBlock:
    """Steps that run again as a new round (OPA steps 2-4; the 5 B's cycle).

    A round starts when the first step is recorded again. With `when_choice` set, a new
    round is due once the last step was recorded with that choice option; without it,
    another round is optional and only suggested.
    """

    id: str
    label: str
    steps: tuple[str, ...]
    restart: Deadline            # `after` is the block's last step
    when_choice: str | None = None
    max_rounds: int | None = None
    max_total: Duration | None = None   # whole intervention, from the first round's start
    min_total: Duration | None = None


@dataclass(frozen=True)
class FollowUpSchedule:
    """Follow-ups generated from trigger events (step completions or agreements).

    Dates: trigger + each offset, then trigger + k*every while <= trigger + until.
    anchor: 'each' = a series per trigger event (same-day events merge), 'first' or
    'latest' = one series from the first or latest event.
    """

    id: str
    label: str
    after: tuple[str, ...]          # step ids and/or AFSPRAAK
    offsets: tuple[Duration, ...] = ()
    every: Duration | None = None
    until: Duration | None = None
    anchor: str = "each"
    when_choice: str | None = None  # only completions recorded with this choice option
    tolerance: Duration = Duration()
    participants: tuple[str, ...] = ()
    guidance: str = ""
    suggestion: bool = False        # dates the protocol does not set: never overdue


@dataclass(frozen=True)
class InformItem:
    """Someone the protocol says to inform, how, after which step and within which time
    (app/protocols/inform.py reads it; app/inform/ keeps what was done per case)."""

    who: str            # e.g. "ouders van de gepeste leerling"
    means: str          # gesprek, telefoon, brief, mail, memo, bericht
    template: str = ""  # the letter or call note that goes with it, e.g. brief_ouders_klas
    step: str | None = None
    note: str = ""
    id: str = ""                      # stable key for what a case recorded about it
    within: Duration | None = None    # a deadline the protocol itself gives, after `step`
    when_choice: tuple[str, ...] = ()  # only needed once one of these options is chosen
    optional: bool = False            # only when the case calls for it (never in 'te doen')
    gates: tuple[str, ...] = ()       # conditions to record first (e.g. the pupil's consent)


@dataclass(frozen=True)
class ConsequencePhase:
    """A rung of the protocol's consequence ladder (app/protocols/consequences.py)."""

    phase: int
    title: str
    description: str = ""
    chance: bool = False     # "one more chance" after a first broken agreement
    who: str = ""            # who decides or takes it, e.g. "directie"


@dataclass(frozen=True)
class Protocol:
    id: str
    name: str
    description: str
    school_types: tuple[str, ...]
    steps: tuple[Step, ...]
    version: int = 1
    conditions: tuple[Condition, ...] = ()
    repeats: tuple[RepeatBlock, ...] = ()
    followups: tuple[FollowUpSchedule, ...] = ()
    inform: tuple[InformItem, ...] = ()
    escalation: tuple[str, ...] = ()
    consequences: tuple[ConsequencePhase, ...] = ()
    extra_roles: tuple[str, ...] = ()
    source: Path | None = field(default=None, compare=False)

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def repeat_for(self, step_id: str) -> RepeatBlock | None:
        return next((r for r in self.repeats if step_id in r.steps), None)

    def inform_for(self, step_id: str) -> tuple[InformItem, ...]:
        return tuple(i for i in self.inform if i.step == step_id)

    def condition_label(self, key: str) -> str:
        return next((c.label for c in self.conditions if c.key == key), key)
