"""`case_file.destruction`: destroy a case with proof, or anonymise it for the statistics.

    preview = cf.destruction.preview(case.id)          # counts, exports, warnings
    record = cf.destruction.destroy(case.id, "Afgesloten en geteld in jaarverslag 2026",
                                    confirm=True)
    cf.destruction.export_statement(record.audit_id, "verklaring.pdf")

One transaction whose first write is the audit line (`case.destroyed` or
`case.anonymised`: reference, counts, reason, content hash; schema 7 lets the deletions
through only while it is the newest line); the case's other audit lines keep their place
in the chain but lose their details. Afterwards the freed pages (already overwritten:
secure_delete, FTS5 secure-delete) are given back and the WAL is emptied, then the
backups and migration copies follow (app/backup/service.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic import pending_file
from app.audit import REDACTING_ACTIONS, AuditEntry, redaction_digest
from app.cases import CaseRepository
from app.destruction import erase
from app.destruction.model import (
    DestructionCounts,
    DestructionKind,
    DestructionPreview,
    DestructionRecord,
    ExportTrace,
)
from app.destruction.scope import EXPORT_ACTIONS, ITEMS, LETTER_ACTIONS, CaseScope
from app.domain import Case, CaseStatus
from app.errors import InvalidInputError, NotFoundError
from app.messages import Message
from app.timeutil import from_storage, to_local, to_storage

if TYPE_CHECKING:
    from app.casework import CaseWork
    from app.vault import Vault

Progress = Callable[[int, int], None]
STATEMENT_ACTION = "destruction.statement_exported"
_VACUUM_STEPS = 2


class DestructionNotConfirmedError(InvalidInputError):
    """The preview has warnings the caller did not confirm; nothing was changed."""

    default_code = "destruction.not_confirmed"


class Destruction:
    def __init__(self, gateway: Vault, casework: Callable[[], CaseWork],
                 after_destruction: Callable[[], None]) -> None:
        self._gateway = gateway
        self._casework = casework
        self._after_destruction = after_destruction
        self._cases = CaseRepository(gateway)

    # ----------------------------------------------------------------- before
    def preview(self, case_id: int) -> DestructionPreview:
        case = self._cases.get(case_id)
        conn = self._gateway.conn
        scope = CaseScope.load(conn, case_id, case.reference)
        counts = erase.count(conn, scope)
        exports = self._exports(case_id)
        return DestructionPreview(case_id, case.reference, counts, exports,
                                  self._warnings(case, exports),
                                  in_statistics=case.anonymised_at is None,
                                  content_sha256=erase.content_sha256(conn, scope, _step))

    def _exports(self, case_id: int) -> tuple[ExportTrace, ...]:
        names = ",".join(f"'{a}'" for a in (*EXPORT_ACTIONS, *LETTER_ACTIONS))
        rows = self._gateway.conn.execute(
            f"SELECT action, at, details FROM audit_log WHERE action IN ({names}) AND ("
            " (object_type = 'case' AND object_id = :c) OR (object_type = 'evidence'"
            f" AND object_id IN {ITEMS})) ORDER BY id", {"c": case_id}).fetchall()
        traces = []
        for action, at, details in rows:
            data = json.loads(details)
            if data.get("how") == "klembord":
                continue  # a copied letter left no file
            file = str(data.get("file") or data.get("file_name") or data.get("how") or "")
            traces.append(ExportTrace(str(action), from_storage(at), file))
        return tuple(traces)

    def _warnings(self, case: Case, exports: tuple[ExportTrace, ...]) -> tuple[Message, ...]:
        warnings = [_export_warning(t) for t in exports]
        todo = self._casework().todo(case_id=case.id, horizon_days=3650)
        open_items = [i for i in todo.items if i.case_id == case.id]
        if open_items:
            first = open_items[0]
            warnings.append(Message("destruction.work_open", count=len(open_items),
                                    first=first.label, due=first.due))
        if case.status is not CaseStatus.GESLOTEN:
            warnings.append(Message("destruction.not_closed", status=case.status))
        return tuple(warnings)

    # ----------------------------------------------------------------- doing
    def destroy(self, case_id: int, reason: str, *, confirm: bool = False,
                progress: Progress | None = None) -> DestructionRecord:
        """Delete the case and everything only it holds. `confirm`: the preview's warnings
        were shown and accepted; without it a warning stops here, before any change."""
        return self._run(DestructionKind.DESTROYED, case_id, reason, confirm, progress)

    def anonymise(self, case_id: int, reason: str, *, confirm: bool = False,
                  progress: Progress | None = None) -> DestructionRecord:
        """Keep the case for the yearly report only: its statistics fields stay, names,
        texts, people and evidence go; the case can no longer be edited."""
        if self._cases.get(case_id).anonymised_at is not None:
            raise InvalidInputError("destruction.already_anonymised")
        return self._run(DestructionKind.ANONYMISED, case_id, reason, confirm, progress)

    def _run(self, kind: DestructionKind, case_id: int, reason: str, confirm: bool,
             progress: Progress | None) -> DestructionRecord:
        reason = reason.strip()
        if not reason:
            raise InvalidInputError("destruction.reason_missing")
        preview = self.preview(case_id)
        if preview.warnings and not confirm:
            raise DestructionNotConfirmedError("destruction.needs_confirmation",
                                               warnings=preview.warnings)
        report = progress or _quiet
        audit_id, total = self._transaction(kind, case_id, preview, reason, report)
        report(total - _VACUUM_STEPS, total)
        self._gateway.vacuum()  # checkpoint, give the overwritten pages back, empty the WAL
        report(total - 1, total)
        self._after_destruction()
        report(total, total)
        return self.record(audit_id)

    def _transaction(self, kind: DestructionKind, case_id: int, preview: DestructionPreview,
                     reason: str, progress: Progress) -> tuple[int, int]:
        gateway = self._gateway
        with gateway.write() as tx:
            # The foreign keys are checked at COMMIT: whatever still points at a deleted
            # row then fails the whole destruction instead of leaving half of it.
            tx.execute("PRAGMA defer_foreign_keys = ON")
            erase.ensure_fts_secure_delete(tx)
            scope = CaseScope.load(tx, case_id, preview.reference)
            total = 2 * len(scope.tables) + len(erase.EMPTIED) + 4 + _VACUUM_STEPS
            done = [0]

            def step() -> None:
                done[0] += 1
                progress(min(done[0], total - _VACUUM_STEPS - 1), total)

            counts = erase.count(tx, scope)
            content = erase.content_sha256(tx, scope, step)
            redacted = erase.redaction_rows(tx, scope)
            gateway.audit.record(
                tx, kind.value, "case", case_id, reference=scope.reference, reason=reason,
                counts=counts.as_dict(), content_sha256=content,
                redacted={"lines": len(redacted), "sha256": redaction_digest(redacted)},
                confirmed=[m.code for m in preview.warnings])
            audit_id = int(tx.execute("SELECT max(id) FROM audit_log").fetchone()[0])
            erase.redact(tx, scope, audit_id)
            if kind is DestructionKind.DESTROYED:
                erase.delete_case(tx, scope, step)
            else:
                erase.anonymise_case(tx, scope, to_storage(gateway.clock.now()), step)
        return audit_id, total

    # ----------------------------------------------------------------- after
    def records(self) -> list[DestructionRecord]:
        """Every destruction and anonymisation in this vault, oldest first."""
        entries = self._gateway.audit.entries(self._gateway.conn, object_type="case")
        return [_record(e) for e in entries if e.action in REDACTING_ACTIONS]

    def record(self, audit_id: int) -> DestructionRecord:
        found = [r for r in self.records() if r.audit_id == audit_id]
        if not found:
            raise NotFoundError("destruction.not_found", record=audit_id)
        return found[0]

    def export_statement(self, audit_id: int, target: Path | str) -> Path:
        """The "verklaring van vernietiging" (PDF) of one record, written atomically and
        recorded in the audit log in the same transaction."""
        from app.destruction.statement import render_statement  # noqa: PLC0415 (reportlab)

        record = self.record(audit_id)
        pdf = render_statement(record, counsellor=self._gateway.get_meta("counsellor") or "",
                               school=self._gateway.get_meta("school") or "")
        with pending_file(target, journal=self._gateway) as pending:
            pending.write(pdf)
            pending.sync()
            with self._gateway.write() as tx:
                self._gateway.audit.record(
                    tx, STATEMENT_ACTION, "audit", audit_id, reference=record.reference,
                    sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf),
                    file_name=pending.target.name)
                return pending.commit()


def _export_warning(trace: ExportTrace) -> Message:
    """A file that left the vault from this case: the user destroys it by hand."""
    at = to_local(trace.at).date()
    if trace.action == "dossier.exported":
        return Message("destruction.export_dossier", file=trace.file, at=at)
    if trace.action == "package.exported":
        return Message("destruction.export_package", file=trace.file, at=at)
    if trace.action == "evidence.exported":
        return Message("destruction.export_original", file=trace.file, at=at)
    if trace.action == "form.exported":
        return Message("destruction.export_form", file=trace.file, at=at)
    return Message("destruction.export_letter", file=trace.file, at=at)


def _quiet(done: int, total: int) -> None:
    return None


def _step() -> None:
    return None


def _record(entry: AuditEntry) -> DestructionRecord:
    details = entry.details
    return DestructionRecord(
        audit_id=entry.id, kind=DestructionKind(entry.action), at=from_storage(entry.at),
        actor=entry.actor, reference=str(details.get("reference", "")),
        reason=str(details.get("reason", "")),
        counts=DestructionCounts.from_dict(details.get("counts", {})),
        content_sha256=str(details.get("content_sha256", "")), audit_hash=entry.hash,
        confirmed=tuple(str(c) for c in details.get("confirmed", [])))
