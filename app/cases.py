"""Cases (meldingen): create, read, list with filters, update; readable references."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.audit import fresh_id
from app.domain import (
    BullyingForm,
    Case,
    CaseKind,
    CaseStatus,
    CaseSummary,
    Criterion,
    ReportChannel,
    ReportedBy,
    Signal,
)
from app.errors import CaseNotFoundError, InvalidInputError
from app.intake import from_column, to_column
from app.timeutil import AMSTERDAM, from_storage, to_storage

if TYPE_CHECKING:
    from app.vault import Vault
    from app.vault.connection import Connection

_CASE_COLUMNS = ("id, reference, title, kind, status, reported_on, reported_by, group_name,"
                 " description, created_at, updated_at, reported_via, criteria, forms, signals,"
                 " anonymised_at")
_EDITABLE = {"title", "kind", "status", "reported_on", "reported_by", "group_name", "description",
             "reported_via", "criteria", "forms", "signals"}
_INTAKE_SETS = {"criteria": Criterion, "forms": BullyingForm, "signals": Signal}


@dataclass(frozen=True)
class NewCase:
    title: str
    kind: CaseKind
    reported_on: date
    reported_by: ReportedBy = ReportedBy.LEERLING
    group_name: str = ""
    description: str = ""
    # The intake; None = not recorded (counted as "niet vastgelegd" in the yearly figures).
    reported_via: ReportChannel | None = None
    criteria: frozenset[Criterion] | None = None
    forms: frozenset[BullyingForm] | None = None
    signals: frozenset[Signal] | None = None


def _row_to_case(row: tuple[Any, ...]) -> Case:
    return Case(
        id=row[0], reference=row[1], title=row[2], kind=CaseKind(row[3]),
        status=CaseStatus(row[4]), reported_on=date.fromisoformat(row[5]),
        reported_by=ReportedBy(row[6]), group_name=row[7], description=row[8],
        created_at=from_storage(row[9]), updated_at=from_storage(row[10]),
        reported_via=ReportChannel(row[11]) if row[11] else None,
        criteria=from_column(Criterion, row[12]), forms=from_column(BullyingForm, row[13]),
        signals=from_column(Signal, row[14]),
        anonymised_at=from_storage(row[15]) if row[15] else None,
    )


def require_case(conn: Connection, case_id: int) -> None:
    """Raise CaseNotFoundError unless the case exists (inside or outside a transaction)."""
    if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
        raise CaseNotFoundError()


def require_editable(conn: Connection, case_id: int) -> None:
    """Raise unless the case exists and was not anonymised (kept for statistics only)."""
    row = conn.execute("SELECT anonymised_at FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise CaseNotFoundError()
    if row[0] is not None:
        raise InvalidInputError("case.anonymised")


def touch_case(tx: Connection, case_id: int, now: datetime) -> None:
    """Mark the case as changed now: the case list's "last activity". Every change to a
    case passes here, so an anonymised case refuses them all."""
    require_editable(tx, case_id)
    tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (to_storage(now), case_id))


def _clean(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return to_column(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return value


def _intake_values(reported_via: ReportChannel | None, criteria: frozenset[Criterion] | None,
                   forms: frozenset[BullyingForm] | None, signals: frozenset[Signal] | None
                   ) -> tuple[str | None, ...]:
    """The intake as stored. No form or signal ticked is "not recorded" (NULL); the
    criteria are an assessment even when none holds (an empty list)."""
    return (ReportChannel(reported_via).value if reported_via else None,
            to_column(_checked(Criterion, criteria)),
            to_column(_checked(BullyingForm, forms) or None),
            to_column(_checked(Signal, signals) or None))


def _checked(enum: type[Any], values: Any) -> frozenset[Any] | None:
    if values is None:
        return None
    return frozenset(enum(v) for v in values)


def _intake_changes(values: dict[str, Any]) -> dict[str, Any]:
    """update(): the intake fields in their stored form (same rules as create)."""
    out = dict(values)
    if "reported_via" in out:
        out["reported_via"] = ReportChannel(out["reported_via"]).value if out["reported_via"] \
            else None
    for name, enum in _INTAKE_SETS.items():
        if name in out:
            checked = _checked(enum, out[name])
            out[name] = to_column(checked if name == "criteria" else (checked or None))
    return out


# The list converts tens of thousands of rows: a dict lookup instead of an Enum call each.
_KIND_OF = {kind.value: kind for kind in CaseKind}
_STATUS_OF = {status.value: status for status in CaseStatus}


def _summary_rows(vault: Vault, where: str, params: list[Any]) -> list[CaseSummary]:
    # updated_at moves with every timeline entry, so it is the last activity; the
    # count walks only the (case_id, occurred_at) index.
    sql = ("SELECT c.id, c.reference, c.title, c.kind, c.status, c.reported_on,"
           " c.group_name, c.updated_at,"
           " (SELECT count(*) FROM entries e WHERE e.case_id = c.id), c.anonymised_at"
           " FROM cases c " + where)
    return [
        CaseSummary(
            id=r[0], reference=r[1], title=r[2], kind=_KIND_OF.get(r[3]) or CaseKind(r[3]),
            status=_STATUS_OF.get(r[4]) or CaseStatus(r[4]),
            reported_on=date.fromisoformat(r[5]),
            group_name=r[6], last_activity=from_storage(r[7]), entry_count=r[8],
            anonymised=r[9] is not None,
        )
        for r in vault.query(sql, params)
    ]


class CaseRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def create(self, new: NewCase) -> Case:
        title = new.title.strip()
        if not title:
            raise InvalidInputError("case.title_missing")
        now = self._vault.clock.now()
        year = now.astimezone(AMSTERDAM).year
        with self._vault.write() as tx:
            seq = tx.execute("SELECT coalesce(max(ref_seq), 0) + 1 FROM cases WHERE ref_year = ?",
                             (year,)).fetchone()[0]
            reference = f"{year}-{seq:03d}"
            stamp = to_storage(now)
            cur = tx.execute(
                "INSERT INTO cases (id, reference, ref_year, ref_seq, title, kind, status,"
                " reported_on, reported_by, group_name, description, created_at, updated_at,"
                " reported_via, criteria, forms, signals)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (fresh_id(tx, "cases", "case"), reference, year, seq, title,
                 CaseKind(new.kind).value, CaseStatus.NIEUW.value, new.reported_on.isoformat(),
                 ReportedBy(new.reported_by).value, new.group_name.strip(),
                 new.description.strip(), stamp, stamp,
                 *_intake_values(new.reported_via, new.criteria, new.forms, new.signals)),
            )
            case_id = int(cur.lastrowid or 0)
            self._vault.audit.record(tx, "case.created", "case", case_id, reference=reference)
        return self.get(case_id)

    def get(self, case_id: int) -> Case:
        rows = self._vault.query(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        if not rows:
            raise CaseNotFoundError()
        return _row_to_case(rows[0])

    def by_reference(self, reference: str) -> Case:
        rows = self._vault.query(f"SELECT {_CASE_COLUMNS} FROM cases WHERE reference = ?",
                                 (reference.strip(),))
        if not rows:
            raise CaseNotFoundError("case.reference_unknown", reference=reference)
        return _row_to_case(rows[0])

    def list(self, *, status: CaseStatus | None = None,
             kind: CaseKind | None = None) -> list[CaseSummary]:
        sql = "WHERE 1=1"
        params: list[Any] = []
        if status is not None:
            sql += " AND c.status = ?"
            params.append(CaseStatus(status).value)
        if kind is not None:
            sql += " AND c.kind = ?"
            params.append(CaseKind(kind).value)
        # Kept until the next commit: unlocking reads the list on the worker that opens
        # the vault, so the window's first read of it costs nothing.
        return list(self._vault.kept(f"case_list:{sql}:{params}", lambda: _summary_rows(
            self._vault, sql + " ORDER BY c.ref_year DESC, c.ref_seq DESC", params)))

    def summaries(self, case_ids: Iterable[int]) -> dict[int, CaseSummary]:
        """The case-list rows of these cases (a case that is gone is left out): what the
        list rereads after a change touched them."""
        ids = sorted(set(case_ids))
        if not ids:
            return {}
        rows = _summary_rows(self._vault, f"WHERE c.id IN ({','.join('?' * len(ids))})", ids)
        return {row.id: row for row in rows}

    def update(self, case_id: int, **changes: Any) -> Case:
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise InvalidInputError("case.unknown_fields", fields=tuple(sorted(unknown)))
        if "title" in changes and not str(changes["title"]).strip():
            raise InvalidInputError("case.title_missing")
        current = self.get(case_id)
        values = _intake_changes({k: _clean(v) for k, v in changes.items()
                                  if k not in _INTAKE_SETS})
        values.update(_intake_changes({k: v for k, v in changes.items() if k in _INTAKE_SETS}))
        before = {k: _clean(getattr(current, k)) for k in values}
        changed = {k: v for k, v in values.items() if before[k] != v}
        if not changed:
            return current
        assignments = ", ".join(f"{name} = ?" for name in changed)
        with self._vault.write() as tx:
            require_editable(tx, case_id)
            tx.execute(f"UPDATE cases SET {assignments}, updated_at = ? WHERE id = ?",
                       (*changed.values(), to_storage(self._vault.clock.now()), case_id))
            self._vault.audit.record(tx, "case.updated", "case", case_id,
                                     fields=sorted(changed))
        return self.get(case_id)

    def count(self) -> int:
        return int(self._vault.query("SELECT count(*) FROM cases")[0][0])
