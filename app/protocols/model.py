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
            parts[unit] += int(match.group(1))
            pos = match.end()
        return cls(days=parts["d"], weeks=parts["w"], months=parts["m"], years=parts["y"])

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


@dataclass(frozen=True)
class InformItem:
    who: str            # e.g. "ouders van de gepeste leerling"
    means: str          # gesprek, brief, mail, memo, bericht
    template: str       # letter template id, e.g. brief_ouders_klas
    step: str | None = None
    note: str = ""


@dataclass(frozen=True)
class ConsequencePhase:
    phase: int
    title: str
    description: str = ""


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


@dataclass(frozen=True)
class Problem:
    """A semantic problem in a protocol; `where` is a table path like ('steps', 2)."""

    where: tuple
    key: str | None
    message: str


def _unknown(value: str, known: set[str] | frozenset[str], what: str) -> str:
    import difflib  # noqa: PLC0415 - only needed when something is wrong

    hint = difflib.get_close_matches(value, sorted(known), n=1)
    return f"onbekende {what} '{value}'" + (f" (bedoelde u '{hint[0]}'?)" if hint else "")


def _deadline_cycle(protocol: Protocol) -> list[str] | None:
    after = {s.id: s.deadline.after for s in protocol.steps if s.deadline}
    for start in protocol.step_ids:
        seen, node = [start], after.get(start)
        while node in after:
            if node in seen:
                return [*seen[seen.index(node):], node]
            seen.append(node)
            node = after[node]
    return None


def check_protocol(protocol: Protocol) -> list[Problem]:
    """Cross-reference checks the file's syntax cannot express (steps, gates, cycles)."""
    out: list[Problem] = []
    ids = protocol.step_ids
    index = {sid: i for i, sid in reversed(list(enumerate(ids)))}
    roles = KNOWN_ROLES | set(protocol.extra_roles)
    conditions = {c.key for c in protocol.conditions}
    for value in protocol.school_types:
        if value not in SCHOOL_TYPES:
            out.append(Problem((), "school_types", _unknown(value, SCHOOL_TYPES, "schoolsoort")))
    if not ids:
        out.append(Problem((), "steps", "het protocol heeft geen stappen"))
    for i, step in enumerate(protocol.steps):
        where = ("steps", i)
        if step.id and ids.count(step.id) > 1 and index[step.id] != i:
            out.append(Problem(where, "id", f"stap-id '{step.id}' komt meer dan eens voor"))
        if step.id in (MELDING, AFSPRAAK):
            out.append(Problem(where, "id", f"'{step.id}' is gereserveerd; kies een andere id"))
        for key, values, known, what in (
            ("participants", step.participants, roles, "rol"),
            ("produces", step.produces, RECORD_KINDS, "soort vastlegging"),
            ("gates", step.gates, conditions, "voorwaarde"),
            ("sets_conditions", step.sets_conditions, conditions, "voorwaarde"),
        ):
            out.extend(Problem(where, key, _unknown(v, known, what))
                       for v in values if v not in known)
        if step.deadline and step.deadline.after and step.deadline.after not in (*ids, MELDING):
            message = _unknown(step.deadline.after, {*ids, MELDING}, "stap")
            out.append(Problem((*where, "deadline"), "after", f"termijn verwijst naar {message}"))
    cycle = _deadline_cycle(protocol)
    if cycle:
        out.append(Problem(("steps", index[cycle[0]], "deadline"), "after",
                           "kringverwijzing in termijnen: " + " → ".join(cycle)))
    used: dict[str, str] = {}
    for i, block in enumerate(protocol.repeats):
        where = ("repeats", i)
        for sid in block.steps:
            if sid not in index:
                out.append(Problem(where, "steps", _unknown(sid, set(ids), "stap")))
            elif sid in used:
                out.append(Problem(where, "steps", f"stap '{sid}' zit al in herhaling "
                                                   f"'{used[sid]}'"))
            used.setdefault(sid, block.id)
        positions = [index[s] for s in block.steps if s in index]
        if not block.steps:
            out.append(Problem(where, "steps", "een herhaling heeft minstens één stap"))
        elif positions != sorted(set(positions)) and len(positions) == len(block.steps):
            out.append(Problem(where, "steps", "zet de stappen in de volgorde van het bestand"))
        if block.when_choice and block.steps and block.steps[-1] in index:
            last = protocol.steps[index[block.steps[-1]]]
            if not last.choice or not last.choice.option(block.when_choice):
                out.append(Problem(where, "when_choice", f"laatste stap '{last.id}' heeft geen "
                                   f"keuze-optie '{block.when_choice}'"))
    schedule_ids = [f.id for f in protocol.followups]
    for i, sched in enumerate(protocol.followups):
        where = ("followups", i)
        if schedule_ids.count(sched.id) > 1 and schedule_ids.index(sched.id) != i:
            out.append(Problem(where, "id", f"vervolgreeks '{sched.id}' komt meer dan eens voor"))
        out.extend(Problem(where, "after", _unknown(a, {*ids, AFSPRAAK}, "stap"))
                   for a in sched.after if a not in (*ids, AFSPRAAK))
        out.extend(Problem(where, "participants", _unknown(p, roles, "rol"))
                   for p in sched.participants if p not in roles)
        if sched.when_choice:
            steps = [protocol.steps[index[a]] for a in sched.after if a in index]
            if not any(s.choice and s.choice.option(sched.when_choice) for s in steps):
                out.append(Problem(where, "when_choice",
                                   f"geen van de stappen heeft keuze-optie '{sched.when_choice}'"))
    for i, item in enumerate(protocol.inform):
        if item.step and item.step not in index:
            out.append(Problem(("inform", i), "step", _unknown(item.step, set(ids), "stap")))
    out.extend(Problem((), "escalation", _unknown(r, roles, "rol"))
               for r in protocol.escalation if r not in roles)
    phases = [c.phase for c in protocol.consequences]
    if phases != sorted(set(phases)):
        out.append(Problem((), "consequences", "maatregelfasen moeten oplopend en uniek zijn"))
    return out
