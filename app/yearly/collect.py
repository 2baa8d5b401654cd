"""From the vault to per-case facts for one period, in a handful of queries.

Only keys, dates and counts leave this module: kinds, the reporter's role and how the
melding came in, the forms of bullying, the chosen protocol, priority, outcomes,
offences, the platform of online evidence. Free text (titles, descriptions, notes,
names) is never read.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app.timeutil import AMSTERDAM, from_storage, to_storage
from app.yearly.model import NOT_RECORDED
from app.yearly.period import Period

if TYPE_CHECKING:
    from app.vault import Vault

POLICE_ACTIONS = frozenset({"politie-ingelicht", "aangifte-geadviseerd"})
# Words the counsellor types in the platform field, mapped to one key; anything else
# is "anders" (the typed text itself never leaves the vault).
PLATFORMS = {"whatsapp": "whatsapp", "instagram": "instagram", "insta": "instagram",
             "snapchat": "snapchat", "snap": "snapchat", "tiktok": "tiktok",
             "discord": "discord", "youtube": "youtube", "facebook": "facebook",
             "twitter": "x", "x": "x", "telegram": "telegram", "roblox": "games",
             "fortnite": "games", "minecraft": "games", "sms": "sms"}
_ACTION_ENTRY_KINDS = ("gesprek", "oudercontact", "maatregel", "afspraak", "overdracht")
_IN_PERIOD = "SELECT id FROM cases WHERE reported_on BETWEEN ? AND ?"


@dataclass
class CaseFacts:
    case_id: int
    kind: str
    reported_on: date
    reported_by: str
    group_name: str
    status: str
    protocol: tuple[str, str] | None = None          # (id, name)
    priority: str = "normaal"
    outcomes: list[tuple[str, date]] = field(default_factory=list)   # oldest first
    first_action: date | None = None
    reported_via: str = NOT_RECORDED
    forms: frozenset[str] = frozenset({NOT_RECORDED})   # a case may have several
    platforms: set[str] = field(default_factory=set)
    offences: set[str] = field(default_factory=set)
    police: bool = False

    @property
    def platform(self) -> str:
        if not self.platforms:
            return NOT_RECORDED
        return next(iter(self.platforms)) if len(self.platforms) == 1 else "meerdere"


def platform_key(typed: str) -> str:
    word = typed.strip().lower().replace(" ", "").replace("-", "")
    return PLATFORMS.get(word, "anders")


def _local_day(stored: str) -> date:
    return from_storage(stored).astimezone(AMSTERDAM).date()


def _bounds(period: Period) -> tuple[str, str]:
    return period.start.isoformat(), period.end.isoformat()


def load_facts(vault: Vault, period: Period) -> dict[int, CaseFacts]:
    rows = vault.query("SELECT id, kind, reported_on, reported_by, group_name, status,"
                       " reported_via, forms FROM cases"
                       " WHERE reported_on BETWEEN ? AND ? ORDER BY id", _bounds(period))
    facts = {r[0]: CaseFacts(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5],
                             reported_via=r[6] or NOT_RECORDED,
                             forms=frozenset(json.loads(r[7]) if r[7] else ()) or
                             frozenset({NOT_RECORDED}))
             for r in rows}
    if facts:
        for load in (_protocols, _priorities, _outcomes, _first_actions, _platforms,
                     _offences):
            load(vault, period, facts)
    return facts


def _select(vault: Vault, period: Period, sql: str) -> list[tuple[Any, ...]]:
    return vault.query(sql.replace("{cases}", _IN_PERIOD), _bounds(period))


def _protocols(vault: Vault, period: Period, facts: dict[int, CaseFacts]) -> None:
    for case_id, pid, name in _select(vault, period, (
            "SELECT case_id, protocol_id, protocol_name FROM case_protocols WHERE id IN"
            " (SELECT max(id) FROM case_protocols WHERE case_id IN ({cases})"
            " GROUP BY case_id)")):
        facts[case_id].protocol = (pid, name)


def _priorities(vault: Vault, period: Period, facts: dict[int, CaseFacts]) -> None:
    for case_id, priority in _select(vault, period, (
            "SELECT case_id, priority FROM case_priorities WHERE id IN"
            " (SELECT max(id) FROM case_priorities WHERE case_id IN ({cases})"
            " GROUP BY case_id)")):
        facts[case_id].priority = priority


def _outcomes(vault: Vault, period: Period, facts: dict[int, CaseFacts]) -> None:
    for case_id, outcome, closed_on in _select(vault, period, (
            "SELECT case_id, outcome, closed_on FROM case_outcomes"
            " WHERE case_id IN ({cases}) ORDER BY id")):
        facts[case_id].outcomes.append((outcome, date.fromisoformat(closed_on)))


def _first_actions(vault: Vault, period: Period, facts: dict[int, CaseFacts]) -> None:
    # Per case the earliest action entry, walking the (case_id, occurred_at) index from
    # the start and stopping at the first match: a few rows per case, not all of them.
    kinds = ",".join(f"'{k}'" for k in _ACTION_ENTRY_KINDS)
    sql = ("SELECT c.id, (SELECT e.occurred_at FROM entries e WHERE e.case_id = c.id"
           f" AND e.kind IN ({kinds}) ORDER BY e.occurred_at LIMIT 1),"
           " (SELECT min(s.occurred_at) FROM step_records s WHERE s.case_id = c.id)"
           " FROM cases c WHERE c.reported_on BETWEEN ? AND ?")
    for case_id, *firsts in vault.query(sql, _bounds(period)):
        days = [max(_local_day(first), facts[case_id].reported_on) for first in firsts if first]
        if days:
            facts[case_id].first_action = min(days)


def _platforms(vault: Vault, period: Period, facts: dict[int, CaseFacts]) -> None:
    for case_id, typed in _select(vault, period, (
            "SELECT i.case_id, m.platform FROM evidence_metadata m"
            " JOIN evidence_items i ON i.id = m.item_id"
            " WHERE m.platform != '' AND i.case_id IN ({cases}) AND m.version ="
            " (SELECT max(version) FROM evidence_metadata WHERE item_id = m.item_id)")):
        facts[case_id].platforms.add(platform_key(typed))
    # An anonymised case lost its evidence but kept the platforms' keys (schema 7).
    for case_id, key in _select(vault, period, (
            "SELECT case_id, platform FROM case_platforms_kept WHERE case_id IN ({cases})")):
        facts[case_id].platforms.add(str(key))


def _offences(vault: Vault, period: Period, facts: dict[int, CaseFacts]) -> None:
    for case_id, offence in _select(vault, period, (
            "SELECT case_id, offence FROM case_offences WHERE case_id IN ({cases})")):
        facts[case_id].offences.add(offence)
    for case_id, actions in _select(vault, period, (
            "SELECT case_id, actions FROM offence_advice WHERE case_id IN ({cases})")):
        if POLICE_ACTIONS & set(json.loads(actions)):
            facts[case_id].police = True


def meldingen_count(vault: Vault, period: Period) -> int:
    """Timeline entries of kind 'melding' in the period (a case may hold more than one).
    Stored times are UTC text, so the period's local midnights are compared as UTC."""
    start = datetime.combine(period.start, time(0), AMSTERDAM)
    end = datetime.combine(period.end + timedelta(days=1), time(0), AMSTERDAM)
    rows = vault.query("SELECT count(*) FROM entries WHERE kind = 'melding'"
                       " AND occurred_at >= ? AND occurred_at < ?",
                       (to_storage(start), to_storage(end)))
    return int(rows[0][0])


def cases_per_month(vault: Vault, period: Period) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for (month,) in vault.query("SELECT substr(reported_on, 1, 7) FROM cases"
                                " WHERE reported_on BETWEEN ? AND ?", _bounds(period)):
        counts[month] += 1
    return counts
