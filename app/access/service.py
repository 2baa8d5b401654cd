"""`case_file.access_requests`: record an access request (inzage, AVG art. 15), list
them, and export the overview of everything the vault holds about the person.

    req = cf.access_requests.record(person_id, date(2026, 11, 2), Requester.OUDER)
    cf.access_requests.open()                    # unanswered, by deadline ("te doen")
    cf.access_requests.export(req.id, "inzage.pdf")

The export is rendered in memory, read back and searched for every other person's
name forms (the dossier's leak check: a hit writes nothing), written with app/atomic.py
and recorded as `access.exported` in the same transaction that marks the request
answered.
"""

from __future__ import annotations

import builtins
from datetime import date
from typing import TYPE_CHECKING, Any

from app.access.model import (
    AccessRequest,
    PersonCandidate,
    one_month_after,
    requester_for_age,
)
from app.domain import Requester, Role
from app.errors import InvalidInputError, NotFoundError
from app.people import PeopleRepository
from app.timeutil import to_storage

if TYPE_CHECKING:
    from pathlib import Path

    from app.access.facts import CaseFacts
    from app.access.model import AccessExport
    from app.identities import IdentityService
    from app.vault import Vault

_SQL = ("SELECT id, person_id, received_on, requested_by, deadline, answered_on, recorded_at"
        " FROM access_requests")


class AccessRequests:
    def __init__(self, vault: Vault, identities: IdentityService,
                 more_facts: CaseFacts | None = None) -> None:
        self._vault = vault
        self._identities = identities
        self._more_facts = more_facts  # retention and consent per case (app/access/facts.py)
        self._people = PeopleRepository(vault)

    # ------------------------------------------------------------------ people
    def candidates(self, name_or_id: str) -> list[PersonCandidate]:
        """Who `name_or_id` may mean: a number is a person's id; a name matches a whole
        name ("Noor Bakker", "Noor Bakker (2B)") or, failing that, whole words of names
        ("Noor"). Several means the caller must ask which one."""
        text = name_or_id.strip()
        if text.isdigit():
            try:
                return [self._candidate(self._people.get(int(text)))]
            except NotFoundError:
                return []
        found = self._people.find(text.split(" (")[0], limit=500)
        exact = [p for p in found if text.casefold() in (
            p.name.casefold(), f"{p.name} ({p.group_name})".casefold())]
        words = text.casefold().split()
        chosen = exact or [p for p in found if _has_words(p.name, words)]
        return [self._candidate(p) for p in chosen]

    def search(self, text: str, limit: int = 50) -> builtins.list[PersonCandidate]:
        """People whose name contains `text`, with their cases, for a pick-list."""
        return [self._candidate(p) for p in self._people.find(text, limit)]

    def _candidate(self, person: Any) -> PersonCandidate:
        rows = self._vault.query(
            "SELECT c.reference, pa.role FROM participants pa JOIN cases c ON c.id = pa.case_id"
            " WHERE pa.person_id = ? ORDER BY c.reference, pa.id", (person.id,))
        return PersonCandidate(person, tuple((r[0], Role(r[1])) for r in rows))

    # ------------------------------------------------------------------ requests
    def record(self, person_id: int, received_on: date, requested_by: Requester | None = None,
               *, born_on: date | None = None) -> AccessRequest:
        """Record a request received on `received_on`. With a date of birth (given here
        or known) the age rule decides who may ask; without one, `requested_by` must be
        given. `born_on` is stored on the person."""
        person = self._people.get(person_id)
        today = self._vault.clock.today_local()
        if received_on > today:
            raise InvalidInputError("access.received_in_future", day=received_on)
        born = born_on or person.born_on
        expected = requester_for_age(born, received_on)
        if requested_by is not None and expected is not None and requested_by is not expected:
            raise InvalidInputError("access.requester_for_age", name=person.name,
                                    expected=expected)
        by = requested_by or expected
        if by is None:   # no date of birth and nobody named
            raise InvalidInputError("access.requester_unknown", name=person.name)
        deadline = one_month_after(received_on)
        with self._vault.write() as tx:
            if born_on is not None:
                self._people.set_born_on(person_id, born_on)
            cur = tx.execute(
                "INSERT INTO access_requests (person_id, received_on, requested_by, deadline,"
                " recorded_at) VALUES (?,?,?,?,?)",
                (person_id, received_on.isoformat(), by.value, deadline.isoformat(),
                 to_storage(self._vault.clock.now())))
            request_id = int(cur.lastrowid or 0)
            self._vault.audit.record(tx, "access.requested", "person", person_id,
                                     request_id=request_id, received_on=received_on,
                                     requested_by=by.value, deadline=deadline)
        return self.get(request_id)

    def get(self, request_id: int) -> AccessRequest:
        rows = self._vault.query(_SQL + " WHERE id = ?", (request_id,))
        if not rows:
            raise NotFoundError("access.not_found", request=request_id)
        return self._request(rows[0])

    def list(self, *, person_id: int | None = None) -> builtins.list[AccessRequest]:
        """Every request, newest receipt first (or one person's)."""
        params: tuple[int, ...]
        sql, params = _SQL, ()
        if person_id is not None:
            sql, params = sql + " WHERE person_id = ?", (person_id,)
        rows = self._vault.query(sql + " ORDER BY received_on DESC, id DESC", params)
        return [self._request(r) for r in rows]

    def open(self) -> builtins.list[AccessRequest]:
        """Unanswered requests, the nearest deadline first."""
        rows = self._vault.query(_SQL + " WHERE answered_on IS NULL ORDER BY deadline, id")
        return [self._request(r) for r in rows]

    def _request(self, row: tuple[Any, ...]) -> AccessRequest:
        return AccessRequest(
            id=row[0], person=self._people.get(row[1]),
            received_on=date.fromisoformat(row[2]), requested_by=Requester(row[3]),
            deadline=date.fromisoformat(row[4]),
            answered_on=date.fromisoformat(row[5]) if row[5] else None,
            recorded_at=date.fromisoformat(row[6][:10]))

    # ------------------------------------------------------------------ export
    def export(self, request_id: int, path: Path | str) -> AccessExport:
        """The overview PDF for the request's person; marks the request answered."""
        from app.access.export import export_overview  # noqa: PLC0415  (PDF libraries late)

        return export_overview(self._vault, self._identities, self.get(request_id), path,
                               self._more_facts)


def _has_words(name: str, words: list[str]) -> bool:
    parts = name.casefold().split()
    n = len(words)
    return n > 0 and any(parts[i:i + n] == words for i in range(len(parts) - n + 1))
