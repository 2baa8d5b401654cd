"""Shared plumbing of the casework repositories: the vault, the clock, lookups."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.cases import CaseRepository, require_case, touch_case
from app.casework.model import ProtocolChoice
from app.casework.registry import ProtocolRegistry
from app.domain import Person
from app.errors import InvalidInputError
from app.timeline import TimelineRepository
from app.timeutil import from_storage, to_storage

if TYPE_CHECKING:
    from app.vault import Vault
    from app.vault.connection import Connection

CHOICE_COLUMNS = ("id, case_id, protocol_id, protocol_name, protocol_version, content_hash,"
                  " reason, chosen_at")


def choice_from_row(row: tuple[Any, ...]) -> ProtocolChoice:
    return ProtocolChoice(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                          from_storage(row[7]))


def aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise InvalidInputError("input.time_without_zone")
    return moment


def opt_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def opt_moment(text: str | None) -> datetime | None:
    return from_storage(text) if text else None


class Repo:
    def __init__(self, vault: Vault, registry: ProtocolRegistry) -> None:
        self._vault = vault
        self._registry = registry
        # Sibling repositories over the same connection (stateless, so cheap to make).
        self._cases = CaseRepository(vault)
        self._timeline = TimelineRepository(vault)

    def _now(self) -> str:
        return to_storage(self._vault.clock.now())

    def _audit(self, tx: Connection, action: str, case_id: int, **details: Any) -> None:
        self._vault.audit.record(tx, action, "case", case_id, **details)

    def _touch(self, tx: Connection, case_id: int) -> None:
        touch_case(tx, case_id, self._vault.clock.now())

    def _require_case(self, case_id: int) -> None:
        require_case(self._vault.conn, case_id)

    def current_choice(self, case_id: int) -> ProtocolChoice | None:
        rows = self._vault.query(f"SELECT {CHOICE_COLUMNS} FROM case_protocols WHERE case_id = ?"
                                 " ORDER BY id DESC LIMIT 1", (case_id,))
        return choice_from_row(rows[0]) if rows else None

    def _require_choice(self, case_id: int) -> ProtocolChoice:
        self._require_case(case_id)
        choice = self.current_choice(case_id)
        if choice is None:
            raise InvalidInputError("protocol.none_chosen")
        return choice

    def _participants(self, case_id: int, participant_ids: list[int] | tuple[int, ...]
                      ) -> list[tuple[int, Person]]:
        """(participant id, person) for ids that belong to this case, in the given order."""
        if not participant_ids:
            return []
        marks = ",".join("?" * len(participant_ids))
        rows = self._vault.query(
            "SELECT pa.id, p.id, p.name, p.group_name FROM participants pa"
            f" JOIN people p ON p.id = pa.person_id WHERE pa.case_id = ? AND pa.id IN ({marks})",
            (case_id, *participant_ids))
        found = {r[0]: Person(r[1], r[2], r[3]) for r in rows}
        missing = [pid for pid in participant_ids if pid not in found]
        if missing:
            raise InvalidInputError("participant.not_in_case")
        return [(pid, found[pid]) for pid in dict.fromkeys(participant_ids)]
