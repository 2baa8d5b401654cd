"""Where a case stands in its protocol: step states, due dates and follow-ups.

Pure functions over plain data. The caller passes `today`; nothing here reads the clock,
the vault or Qt. The engine never forces anything: steps recorded out of order, without
a gate, late or skipped are reported in `notes` (message codes `schedule.*`, worded in
app.wording and ui/common/messages.py) and the computation carries on.

Dates: completions may be `date` or `datetime`; aware datetimes are converted to
Europe/Amsterdam before taking the day, naive ones are taken as local time.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypedDict
from zoneinfo import ZoneInfo

from app.messages import Message
from app.protocols.model import (
    AFSPRAAK,
    MELDING,
    Deadline,
    Duration,
    FollowUpSchedule,
    Protocol,
    RepeatBlock,
    Step,
)
from app.protocols.schedule_model import (
    CaseProgress,
    CaseSchedule,
    ChoiceRecord,
    FollowUp,
    FollowUpState,
    Moment,
    StepState,
    StepStatus,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_MAX_SERIES = 500


class _Timing(TypedDict):
    """What every StepStatus of one step shares, whatever its state."""

    round: int
    due: date | None
    window: tuple[date, date] | None
    completed_on: tuple[date, ...]
    suggested: bool


def local_date(value: Moment) -> date:
    if isinstance(value, datetime):
        return value.astimezone(AMSTERDAM).date() if value.tzinfo else value.date()
    return value


def _round(block: RepeatBlock, number: int) -> Message:
    return Message("followup.round", label=block.label, round=number)


def _code(duration: Duration) -> str:
    years, months = duration.years + duration.months // 12, duration.months % 12
    parts = ((years, "y"), (months, "m"), (duration.weeks, "w"),
             (duration.days, "d"))
    return "".join(f"{n}{u}" for n, u in parts if n) or "0d"


class _Engine:
    def __init__(self, protocol: Protocol, progress: CaseProgress, today: date) -> None:
        self.p, self.progress, self.today = protocol, progress, today
        self.notes: list[Message] = []
        ids = set(protocol.step_ids)
        self.comp = {sid: sorted(local_date(m) for m in progress.completions.get(sid, []))
                     for sid in protocol.step_ids}
        for sid in sorted(set(progress.completions) - ids):
            self.notes.append(Message("schedule.unknown_step", step=sid))
        self.cond = {k: local_date(v) for k, v in progress.conditions.items()}
        self.round_start: dict[str, date | None] = {}
        self.rounds: dict[str, int] = {}
        self.followups: list[FollowUp] = []
        self.status: dict[str, StepStatus] = {}
        self.horizon: date | None = None       # compute_followups only
        self.acted: frozenset[str] = frozenset()

    # -- recorded facts -------------------------------------------------------------
    def choice_at(self, step_id: str, k: int) -> ChoiceRecord | None:
        """The choice that belongs to the k-th completion of a step."""
        dates = self.comp[step_id]
        records = sorted(self.progress.choices.get(step_id, []), key=lambda r: local_date(r.at))
        low, high = dates[k], dates[k + 1] if k + 1 < len(dates) else None
        prev = dates[k - 1] if k > 0 else None
        found = [r for r in records if local_date(r.at) >= low
                 and (high is None or local_date(r.at) < high)]
        found = found or [r for r in records if local_date(r.at) <= low
                          and (prev is None or local_date(r.at) > prev)]
        return found[-1] if found else None

    def done_on(self, step_id: str) -> date | None:
        """Completion date in the round currently shown (first completion outside blocks)."""
        dates = self.comp[step_id]
        block = self.p.repeat_for(step_id)
        if block is None:
            return dates[0] if dates else None
        rnd, start = self.rounds[block.id], self.round_start[block.id]
        if start is None:
            return None
        later = [d for d in dates if d >= start]
        if not later:
            return None
        # A completion on the round's first day may still belong to the previous round
        # (5 B's: 'niet gestopt' and a new Bekijken on the same day): count to decide.
        if step_id == block.steps[0] or later[-1] > start or len(dates) >= rnd:
            return later[-1]
        return None

    def anchor(self, step: Step, deadline: Deadline) -> date | None:
        if deadline.after == MELDING:
            return self.progress.melding
        block = self.p.repeat_for(step.id)
        if block and deadline is block.restart:
            start = self.round_start[block.id]
            dates = [d for d in self.comp[block.steps[-1]] if start is None or d <= start]
            return dates[-1] if dates else None
        target = deadline.after
        if block and target in block.steps:
            return self.done_on(target)
        if self.comp[target]:
            return self.comp[target][0]
        skipped = self.p.step(target)
        if target in self.progress.skipped and skipped.deadline:
            return self.anchor(skipped, skipped.deadline)
        return None

    # -- repeat blocks --------------------------------------------------------------
    def plan_rounds(self, block: RepeatBlock) -> None:
        """Set the round shown for the block and add the (offered or due) next round."""
        first, last = block.steps[0], block.steps[-1]
        starts = self.comp[first]
        rnd = max(1, len(starts))
        self.rounds[block.id], self.round_start[block.id] = rnd, starts[-1] if starts else None
        begin = starts[0] if starts else None
        for k in range(1, len(starts)):
            before = [d for d in self.comp[last] if d <= starts[k]]
            due = block.restart.dates(before[-1])[0] if before else starts[k]
            self.followups.append(FollowUp(
                f"{block.id}/ronde-{k + 1}", block.id, "ronde", _round(block, k + 1),
                due, FollowUpState.DONE, "herhaling"))
            if begin and block.max_total and starts[k] > block.max_total.add_to(begin):
                self.notes.append(Message("schedule.round_after_max", round=k + 1,
                                          block=block.label, max_total=block.max_total))
        last_done = self.done_on(last)
        if last_done is None or (block.max_rounds and rnd >= block.max_rounds):
            return
        due, window = block.restart.dates(last_done)
        key, label = f"{block.id}/ronde-{rnd + 1}", _round(block, rnd + 1)
        if block.when_choice is None:
            if block.max_total and begin and due > block.max_total.add_to(begin):
                return
            state = self.state_for(key, due, window, optional=True)
            self.followups.append(FollowUp(key, block.id, "ronde", label, due, state,
                                           "mogelijke nieuwe ronde", window, optional=True))
            return
        choice = self.choice_at(last, len(self.comp[last]) - 1)
        if choice is None or choice.option != block.when_choice:
            return
        self.rounds[block.id] = rnd + 1
        self.round_start[block.id] = None
        trigger = f"keuze '{choice.option}' bij stap '{self.p.step(last).title}'"
        suggested = block.restart.suggestion
        self.followups.append(FollowUp(key, block.id, "ronde", label, due,
                                       self.state_for(key, due, window, suggested), trigger,
                                       window, suggested=suggested))

    # -- steps ----------------------------------------------------------------------
    def step_status(self, index: int, step: Step) -> StepStatus:
        block = self.p.repeat_for(step.id)
        rnd = self.rounds[block.id] if block else 1
        deadline = step.deadline
        if block and step.id == block.steps[0] and rnd > 1:
            deadline = block.restart
        due = window = None
        base = self.anchor(step, deadline) if deadline else None
        missing = tuple(g for g in step.gates if g not in self.cond)
        if base is not None and step.gates and not missing:
            base = max(base, *(self.cond[g] for g in step.gates))
        if base is not None and deadline is not None:
            due, window = deadline.dates(base)
        notes = []
        if step.id in self.progress.deviations:
            notes.append(Message("schedule.deviation", reason=self.progress.deviations[step.id]))
        done = self.done_on(step.id)
        common: _Timing = {"round": rnd, "due": due, "window": window,
                           "completed_on": tuple(self.comp[step.id]),
                           "suggested": bool(deadline and deadline.suggestion)}
        if done is not None:
            notes += self.done_notes(index, step, done, deadline, due, window)
            return StepStatus(step, StepState.DONE, notes=tuple(notes), **common)
        if step.id in self.progress.skipped:
            notes.insert(0, Message("schedule.skipped", reason=self.progress.skipped[step.id]))
            return StepStatus(step, StepState.SKIPPED, notes=tuple(notes), **common)
        if missing:
            return StepStatus(step, StepState.BLOCKED, blocked_by=missing, notes=tuple(notes),
                              **common)
        state = self.open_state(index, step, deadline, due, window)
        return StepStatus(step, state, notes=tuple(notes), **common)

    def open_state(self, index: int, step: Step, deadline: Deadline | None, due: date | None,
                   window: tuple[date, date] | None) -> StepState:
        """A step still to do: overdue, current or upcoming by its dates; without a
        deadline it is current once the steps before it are finished."""
        if due is not None:
            latest = window[1] if window else due
            suggested = deadline is not None and deadline.suggestion
            if self.today > latest and not step.optional and not suggested:
                return StepState.OVERDUE
            if window and self.today < window[0]:
                return StepState.UPCOMING
            return StepState.CURRENT
        if deadline is None and not step.optional and self.earlier_finished(index):
            return StepState.CURRENT
        return StepState.UPCOMING

    def earlier_finished(self, index: int) -> bool:
        return all(s.state in (StepState.DONE, StepState.SKIPPED) or s.step.optional
                   for s in list(self.status.values())[:index])

    def done_notes(self, index: int, step: Step, done: date, deadline: Deadline | None,
                   due: date | None, window: tuple[date, date] | None) -> list[Message]:
        notes = []
        latest = window[1] if window else due
        if latest and done > latest and not (deadline and deadline.suggestion):
            notes.append(Message("schedule.done_late", latest=latest, done=done))
        before = deadline.after if deadline and deadline.after != MELDING else None
        block = self.p.repeat_for(step.id)
        if block and deadline is block.restart:
            before = None
        elif deadline is None:
            before = next((s.id for s in reversed(self.p.steps[:index]) if not s.optional), None)
        if before and before in self.p.step_ids:
            other = self.done_on(before) if block and before in block.steps else (
                self.comp[before][0] if self.comp[before] else None)
            if (other is None and before not in self.progress.skipped) or (other and other > done):
                notes.append(Message("schedule.done_before_step",
                                     step=self.p.step(before).title))
        for gate in step.gates:
            if gate not in self.cond or self.cond[gate] > done:
                notes.append(Message("schedule.done_without_condition",
                                     condition=self.p.condition_label(gate)))
        if step.choice:
            choice = self.choice_at(step.id, len(self.comp[step.id]) - 1)
            if choice is None:
                notes.append(Message("schedule.choice_missing", question=step.choice.question))
            elif step.choice.option(choice.option) is None:
                notes.append(Message("schedule.choice_unknown", option=choice.option))
            elif step.choice.reason_required and not choice.reason.strip():
                notes.append(Message("schedule.choice_reason_missing"))
        return notes

    # -- follow-ups -----------------------------------------------------------------
    def state_for(self, key: str, due: date, window: tuple[date, date] | None,
                  optional: bool = False) -> FollowUpState:
        low, high = window or (due, due)
        if key in self.progress.followups_done:
            return FollowUpState.DONE
        if self.today > high:
            return FollowUpState.CURRENT if optional else FollowUpState.OVERDUE
        return FollowUpState.CURRENT if self.today >= low else FollowUpState.UPCOMING

    def events(self, sched: FollowUpSchedule) -> list[tuple[date, str, str]]:
        found = []
        for after in sched.after:
            if after == AFSPRAAK:
                found += [(local_date(a.made_on), f"afspraak '{a.text or a.id}'",
                           f"afspraak:{a.id}") for a in self.progress.agreements]
                continue
            for k, day in enumerate(self.comp.get(after, [])):
                choice = self.choice_at(after, k) if sched.when_choice else None
                if sched.when_choice and (choice is None or choice.option != sched.when_choice):
                    continue
                found.append((day, f"stap '{self.p.step(after).title}'", f"{after}#{k + 1}"))
        found.sort(key=lambda e: e[0])
        if sched.anchor == "first":
            return found[:1]
        if sched.anchor == "latest":
            return found[-1:]
        merged: dict[date, tuple[date, str, str]] = {}
        for day, label, key in found:
            if day in merged:
                merged[day] = (day, f"{merged[day][1]} en {label}", merged[day][2])
            else:
                merged[day] = (day, label, key)
        return list(merged.values())

    def series(self, sched: FollowUpSchedule) -> None:
        # A horizon (the yearly figures) leaves out follow-ups due after it, except those
        # with a recorded action (a move may bring one back before the horizon).
        acted = any(key.startswith(f"{sched.id}/") for key in self.acted)
        for day, trigger, ref in self.events(sched):
            offsets = list(sched.offsets)
            if sched.every and sched.until and not sched.every.is_zero:
                end = sched.until.add_to(day)
                if self.horizon is not None and not acted:
                    end = min(end, self.horizon)
                for k in range(1, _MAX_SERIES):
                    step = sched.every.times(k)
                    if step.add_to(day) > end:
                        break
                    offsets.append(step)
            seen: set[date] = set()
            for offset in offsets:
                due = offset.add_to(day)
                if due in seen:
                    continue
                seen.add(due)
                key = f"{sched.id}/{ref}/{_code(offset)}"
                if self.horizon is not None and due > self.horizon and key not in self.acted:
                    continue
                window = None
                if not sched.tolerance.is_zero:
                    window = (max(day, sched.tolerance.subtract_from(due)),
                              sched.tolerance.add_to(due))
                self.followups.append(FollowUp(
                    key, sched.id, "vervolg", Message("followup.after", label=sched.label,
                                                      offset=offset), due,
                    self.state_for(key, due, window, sched.suggestion), trigger, window,
                    participants=sched.participants, suggested=sched.suggestion))

    def run(self) -> CaseSchedule:
        for block in self.p.repeats:
            self.plan_rounds(block)
        for index, step in enumerate(self.p.steps):
            self.status[step.id] = self.step_status(index, step)
        return CaseSchedule(self.p.id, self.today, tuple(self.status.values()),
                            self.planned_followups(), dict(self.rounds), tuple(self.notes))

    def planned_followups(self) -> tuple[FollowUp, ...]:
        """The follow-up series (after plan_rounds); they never read a step's status."""
        for sched in self.p.followups:
            self.series(sched)
        return tuple(sorted(self.followups, key=lambda f: (f.due, f.key)))


def compute_schedule(protocol: Protocol, progress: CaseProgress, today: date) -> CaseSchedule:
    """Step states, due dates and follow-ups of one case on `today`."""
    return _Engine(protocol, progress, today).run()


def compute_followups(protocol: Protocol, progress: CaseProgress, today: date, *,
                      horizon: date | None = None, acted: frozenset[str] = frozenset()
                      ) -> tuple[FollowUp, ...]:
    """Only the follow-ups of `compute_schedule` (the same ones, without the step states):
    what the yearly figures need, at a fraction of the cost. With a `horizon`, those due
    after it are left out unless their key is in `acted` (done, moved or cancelled)."""
    engine = _Engine(protocol, progress, today)
    engine.horizon, engine.acted = horizon, acted
    for block in protocol.repeats:
        engine.plan_rounds(block)
    return engine.planned_followups()
