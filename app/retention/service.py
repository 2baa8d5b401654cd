"""`case_file.retention`: how long each case is kept, by a rule kept as data.

    retention.for_case(case.id)                          # Retention: rule, date or why not
    retention.set_rule(case.id, "twee_jaar_na_vertrek", "staat ook in het leerlingdossier",
                       leaves_on=date(2027, 7, 15))
    retention.due(today)                                 # cases whose date has passed

A case nobody chose a rule for follows the default rule. Every choice is kept (the
latest counts), needs a reason and is written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.cases import require_case, touch_case
from app.casework.model import FollowUpAction, FollowUpItem, TodoItem, TodoKind, TodoState
from app.casework.progress import CaseData, build_schedule, load_case_data, monitoring_schedules
from app.casework.registry import ProtocolRegistry
from app.domain import CaseStatus
from app.errors import CaseNotFoundError, InvalidInputError
from app.messages import Message
from app.pacing import paced_rows
from app.retention.compute import CaseFacts, compute
from app.retention.rules import RetentionRule, RetentionRules, RuleKind
from app.timeutil import from_storage, to_storage

if TYPE_CHECKING:
    from app.vault import Vault

TODO_KEY = "bewaartermijn"


@dataclass(frozen=True)
class RetentionChoice:
    """One recorded choice of rule for a case (the latest is in force)."""

    rule_id: str
    leaves_on: date | None
    custom_until: date | None
    reason: str
    set_at: datetime


@dataclass(frozen=True)
class Retention:
    case_id: int
    reference: str
    title: str
    rule_id: str
    rule: RetentionRule | None       # None: the rule's file is gone (pending says so)
    until: date | None
    pending: Message | None          # why there is no date yet
    explanation: Message | None
    leaves_on: date | None
    choice: RetentionChoice | None   # None: the default rule, never chosen

    def passed(self, today: date) -> bool:
        return self.until is not None and today > self.until


def _opt_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _last_followup(item: FollowUpItem, keep: set[str], closed_on: date) -> date | None:
    """A monitoring follow-up still planned after closing: the date it is planned for."""
    if not item.is_open or item.followup.optional:
        return None
    if item.followup.source in keep and item.due >= closed_on:
        return item.due
    return None


class RetentionService:
    def __init__(self, vault: Vault, registry: ProtocolRegistry, rules: RetentionRules) -> None:
        self._vault = vault
        self._registry = registry
        self.rules = rules

    # ----------------------------------------------------------------- reading
    def choices(self, case_id: int) -> list[RetentionChoice]:
        """Every choice for the case, oldest first."""
        rows = self._vault.query("SELECT rule_id, leaves_on, custom_until, reason, set_at"
                                 " FROM case_retention WHERE case_id = ? ORDER BY id",
                                 (case_id,))
        return [RetentionChoice(r[0], _opt_date(r[1]), _opt_date(r[2]), r[3],
                                from_storage(r[4])) for r in rows]

    def _latest_choices(self, case_id: int | None) -> dict[int, RetentionChoice]:
        sql = ("SELECT r.case_id, r.rule_id, r.leaves_on, r.custom_until, r.reason, r.set_at"
               " FROM case_retention r WHERE r.id = (SELECT max(id) FROM case_retention q"
               " WHERE q.case_id = r.case_id)")
        params: tuple[int, ...] = ()
        if case_id is not None:
            sql += " AND r.case_id = ?"
            params = (case_id,)
        return {r[0]: RetentionChoice(r[1], _opt_date(r[2]), _opt_date(r[3]), r[4],
                                      from_storage(r[5])) for r in self._vault.query(sql, params)}

    def _facts(self, data: CaseData, choice: RetentionChoice | None, today: date) -> CaseFacts:
        leaves_on = choice.leaves_on if choice else None
        custom = choice.custom_until if choice else None
        if data.status is not CaseStatus.GESLOTEN or data.closed_on is None:
            return CaseFacts(None, None, leaves_on, custom)
        done = [a.on_date for a in data.actions.values() if a.action is FollowUpAction.DONE]
        last = max(done, default=None)
        # Only kept monitoring needs the protocol's schedule (its last planned date); the
        # case list asks this for every case, so the others stay a dictionary walk.
        work = build_schedule(self._registry, data, today) if data.keep_monitoring else None
        if work is not None:
            keep = monitoring_schedules(work.protocol)
            dates = [d for item in work.followups
                     if (d := _last_followup(item, keep, data.closed_on)) is not None]
            last = max([*dates, *done], default=None)
        return CaseFacts(data.closed_on, last, leaves_on, custom)

    def _retention(self, data: CaseData, choice: RetentionChoice | None,
                   today: date, default: RetentionRule | None = None) -> Retention:
        """`default`: the default rule, when the caller looked it up once for many cases."""
        rule_id = choice.rule_id if choice else ""
        rule = self.rules.find(rule_id) if choice else (default or self.rules.default)
        if rule is None:
            pending = Message("retention.pending_rule_missing", rule=rule_id or "?")
            return Retention(data.case_id, data.reference, data.title, rule_id, None, None,
                             pending, None, choice.leaves_on if choice else None, choice)
        computed = compute(rule, self._facts(data, choice, today))
        return Retention(data.case_id, data.reference, data.title, rule.id, rule,
                         computed.until, computed.pending, computed.explanation,
                         choice.leaves_on if choice else None, choice)

    def for_case(self, case_id: int, today: date | None = None) -> Retention:
        data = load_case_data(self._vault, case_id)
        if case_id not in data:
            raise CaseNotFoundError()
        return self._retention(data[case_id], self._latest_choices(case_id).get(case_id),
                               today or self._vault.clock.today_local())

    def for_all(self, today: date | None = None) -> dict[int, Retention]:
        """Every case's retention (for the case list), read in a handful of queries."""
        today = today or self._vault.clock.today_local()
        data = load_case_data(self._vault)
        choices = self._latest_choices(None)
        default = self.rules.default
        return {cid: self._retention(item, choices.get(cid), today, default)
                for cid, item in paced_rows(data.items())}

    def due(self, today: date | None = None) -> list[Retention]:
        """Cases whose retention date has passed: destroy or anonymise them."""
        today = today or self._vault.clock.today_local()
        found = [r for r in self.for_all(today).values() if r.passed(today)]
        return sorted(found, key=lambda r: (r.until or today, r.reference))

    def todo_items(self, today: date, case_id: int | None = None) -> list[TodoItem]:
        """One 'te doen' line per case whose date has passed."""
        found = self.due(today) if case_id is None else [
            r for r in [self.for_case(case_id, today)] if r.passed(today)]
        return [TodoItem(r.case_id, r.reference, r.title, TodoKind.RETENTION, TODO_KEY,
                         Message("todo.retention_passed"), r.until or today,
                         TodoState.OVERDUE) for r in found]

    # ----------------------------------------------------------------- writing
    def set_rule(self, case_id: int, rule: str, reason: str, *, leaves_on: date | None = None,
                 custom: date | None = None) -> Retention:
        """Choose the case's rule, with a reason (audited). `leaves_on`: the date the
        pupil leaves or left (kept from an earlier choice when not given); `custom`: the
        date for a custom rule."""
        require_case(self._vault.conn, case_id)
        chosen = self.rules.get(rule)
        if not reason.strip():
            raise InvalidInputError("retention.reason_missing")
        if chosen.kind is RuleKind.CUSTOM and custom is None:
            raise InvalidInputError("retention.custom_date_missing")
        if chosen.kind is not RuleKind.CUSTOM:
            custom = None
        previous = self._latest_choices(case_id).get(case_id)
        if leaves_on is None and previous is not None:
            leaves_on = previous.leaves_on
        now = self._vault.clock.now()
        with self._vault.write() as tx:
            tx.execute("INSERT INTO case_retention (case_id, rule_id, leaves_on, custom_until,"
                       " reason, set_at) VALUES (?,?,?,?,?,?)",
                       (case_id, chosen.id, leaves_on.isoformat() if leaves_on else None,
                        custom.isoformat() if custom else None, reason.strip(),
                        to_storage(now)))
            touch_case(tx, case_id, now)
            self._vault.audit.record(
                tx, "retention.rule_set", "case", case_id, rule=chosen.id,
                previous=previous.rule_id if previous else "",
                leaves_on=leaves_on.isoformat() if leaves_on else "",
                until=custom.isoformat() if custom else "")
        return self.for_case(case_id)
