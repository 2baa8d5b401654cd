"""Cross-reference checks of a protocol: what the file's syntax cannot express.

The loader reads each table on its own; these checks look across tables (a gate names a
condition, a repeat block names steps, deadlines must not go round in a circle). Each
named check yields its problems in file order; `check_protocol` runs them in the order
of the file's sections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from app.protocols.inform import check_inform
from app.protocols.locator import TablePath
from app.protocols.model import (
    AFSPRAAK,
    KNOWN_ROLES,
    MELDING,
    RECORD_KINDS,
    SCHOOL_TYPES,
    Protocol,
    RepeatBlock,
    Step,
)


@dataclass(frozen=True)
class Problem:
    """A semantic problem in a protocol; `where` is a table path like ('steps', 2)."""

    where: TablePath
    key: str | None
    message: str


@dataclass(frozen=True)
class _Names:
    """The names a protocol defines, which the rest of the file may refer to."""

    ids: tuple[str, ...]
    index: dict[str, int]           # step id -> position of its first occurrence
    targets: frozenset[str]         # what a deadline may count from: step ids and MELDING
    roles: frozenset[str]
    conditions: set[str]

    @classmethod
    def of(cls, protocol: Protocol) -> _Names:
        ids = protocol.step_ids
        return cls(
            ids=ids,
            index={sid: i for i, sid in reversed(list(enumerate(ids)))},
            targets=frozenset((*ids, MELDING)),
            roles=KNOWN_ROLES | set(protocol.extra_roles),
            conditions={c.key for c in protocol.conditions},
        )


_Check = Callable[[Protocol, _Names], Iterator[Problem]]


def check_protocol(protocol: Protocol) -> list[Problem]:
    """Cross-reference checks the file's syntax cannot express (steps, gates, cycles)."""
    names = _Names.of(protocol)
    checks: tuple[_Check, ...] = (
        _header, _steps, _deadline_cycle, _repeats, _followups, _inform_and_escalation,
        _consequences,
    )
    return [problem for check in checks for problem in check(protocol, names)]


def _unknown(value: str, known: set[str] | frozenset[str], what: str) -> str:
    import difflib  # noqa: PLC0415 - only needed when something is wrong

    hint = difflib.get_close_matches(value, sorted(known), n=1)
    return f"onbekende {what} '{value}'" + (f" (bedoelde u '{hint[0]}'?)" if hint else "")


def _header(protocol: Protocol, names: _Names) -> Iterator[Problem]:
    for value in protocol.school_types:
        if value not in SCHOOL_TYPES:
            yield Problem((), "school_types", _unknown(value, SCHOOL_TYPES, "schoolsoort"))
    if not names.ids:
        yield Problem((), "steps", "het protocol heeft geen stappen")


def _steps(protocol: Protocol, names: _Names) -> Iterator[Problem]:
    for i, step in enumerate(protocol.steps):
        yield from _step(step, i, names)


def _step(step: Step, i: int, names: _Names) -> Iterator[Problem]:
    """Its id is unique and not reserved; every name it uses exists."""
    where = ("steps", i)
    if step.id and names.index[step.id] != i:
        yield Problem(where, "id", f"stap-id '{step.id}' komt meer dan eens voor")
    if step.id in (MELDING, AFSPRAAK):
        yield Problem(where, "id", f"'{step.id}' is gereserveerd; kies een andere id")
    for key, values, known, what in (
        ("participants", step.participants, names.roles, "rol"),
        ("produces", step.produces, RECORD_KINDS, "soort vastlegging"),
        ("gates", step.gates, names.conditions, "voorwaarde"),
        ("sets_conditions", step.sets_conditions, names.conditions, "voorwaarde"),
    ):
        yield from (Problem(where, key, _unknown(v, known, what))
                    for v in values if v not in known)
    if step.deadline and step.deadline.after and step.deadline.after not in names.targets:
        message = _unknown(step.deadline.after, set(names.targets), "stap")
        yield Problem((*where, "deadline"), "after", f"termijn verwijst naar {message}")
    severe = step.deadline.severe_after if step.deadline else None
    if severe and names.index.get(severe, i) >= i:
        yield Problem((*where, "deadline"), "severe_after",
                      f"'severe_after' moet een eerdere stap noemen, niet '{severe}'")


def _deadline_cycle(protocol: Protocol, names: _Names) -> Iterator[Problem]:
    """Deadlines counted from each other must end at the melding or a step without one.

    Every step is walked once: a chain that reaches a step already known to end well
    stops there, so a long chain of 4,000 steps costs 4,000 steps, not 4,000 squared.
    """
    after = {s.id: s.deadline.after for s in protocol.steps if s.deadline}
    ends_well: set[str] = set()
    for start in names.ids:
        seen: dict[str, int] = {start: 0}   # the chain so far, with positions
        node = after.get(start)
        while node in after and node not in ends_well and start not in ends_well:
            if node in seen:
                cycle = [*list(seen)[seen[node]:], node]
                yield Problem(("steps", names.index[cycle[0]], "deadline"), "after",
                              "kringverwijzing in termijnen: " + " → ".join(cycle))
                return
            seen[node] = len(seen)
            node = after[node]
        ends_well.update(seen)


def _repeats(protocol: Protocol, names: _Names) -> Iterator[Problem]:
    used: dict[str, str] = {}   # step id -> the first repeat block that has it
    for i, block in enumerate(protocol.repeats):
        where = ("repeats", i)
        yield from _repeat_steps(block, where, names, used)
        yield from _repeat_order(block, where, names)
        yield from _repeat_choice(protocol, block, where, names)


def _repeat_steps(block: RepeatBlock, where: TablePath, names: _Names,
                  used: dict[str, str]) -> Iterator[Problem]:
    """Each step exists and is in no other repeat block."""
    for sid in block.steps:
        if sid not in names.index:
            yield Problem(where, "steps", _unknown(sid, set(names.ids), "stap"))
        elif sid in used:
            yield Problem(where, "steps", f"stap '{sid}' zit al in herhaling '{used[sid]}'")
        used.setdefault(sid, block.id)


def _repeat_order(block: RepeatBlock, where: TablePath, names: _Names) -> Iterator[Problem]:
    positions = [names.index[s] for s in block.steps if s in names.index]
    if not block.steps:
        yield Problem(where, "steps", "een herhaling heeft minstens één stap")
    elif positions != sorted(set(positions)) and len(positions) == len(block.steps):
        yield Problem(where, "steps", "zet de stappen in de volgorde van het bestand")


def _repeat_choice(protocol: Protocol, block: RepeatBlock, where: TablePath,
                   names: _Names) -> Iterator[Problem]:
    """A round that restarts on a choice needs that option on the block's last step."""
    if not (block.when_choice and block.steps and block.steps[-1] in names.index):
        return
    last = protocol.steps[names.index[block.steps[-1]]]
    if not last.choice or not last.choice.option(block.when_choice):
        yield Problem(where, "when_choice", f"laatste stap '{last.id}' heeft geen "
                      f"keuze-optie '{block.when_choice}'")


def _followups(protocol: Protocol, names: _Names) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for i, sched in enumerate(protocol.followups):
        where = ("followups", i)
        if first.setdefault(sched.id, i) != i:
            yield Problem(where, "id", f"vervolgreeks '{sched.id}' komt meer dan eens voor")
        yield from (Problem(where, "after", _unknown(a, {*names.ids, AFSPRAAK}, "stap"))
                    for a in sched.after if a not in names.index and a != AFSPRAAK)
        yield from (Problem(where, "participants", _unknown(p, names.roles, "rol"))
                    for p in sched.participants if p not in names.roles)
        if sched.when_choice:
            steps = [protocol.steps[names.index[a]] for a in sched.after if a in names.index]
            if not any(s.choice and s.choice.option(sched.when_choice) for s in steps):
                yield Problem(where, "when_choice",
                              f"geen van de stappen heeft keuze-optie '{sched.when_choice}'")


def _inform_and_escalation(protocol: Protocol, names: _Names) -> Iterator[Problem]:
    for i, item in enumerate(protocol.inform):
        if item.step and item.step not in names.index:
            yield Problem(("inform", i), "step", _unknown(item.step, set(names.ids), "stap"))
    yield from check_inform(protocol)
    yield from (Problem((), "escalation", _unknown(r, names.roles, "rol"))
                for r in protocol.escalation if r not in names.roles)


def _consequences(protocol: Protocol, names: _Names) -> Iterator[Problem]:
    phases = [c.phase for c in protocol.consequences]
    if phases != sorted(set(phases)):
        yield Problem((), "consequences", "maatregelfasen moeten oplopend en uniek zijn")
