"""Checking a whole vault: storage integrity, the audit chain, and (per registered
checker) things like evidence hashes. Used by the CLI and the GUI's verify action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.messages import Message
from app.vault import Vault
from app.vault.connection import DatabaseError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
# A checker returns (what it checked, problems found); extra modules register theirs.
Checker = Callable[[Vault, Progress, Cancel], tuple[Message, list[Message]]]

_CHECKERS: list[Checker] = []


def register_checker(checker: Checker) -> Checker:
    if checker not in _CHECKERS:
        _CHECKERS.append(checker)
    return checker


@dataclass
class VerifyReport:
    checked: list[Message] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


def _storage(vault: Vault, progress: Progress, cancel: Cancel
             ) -> tuple[Message, list[Message]]:
    try:
        rows = vault.conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems = [Message("verify.storage_problem", detail=str(r[0])) for r in rows]
        quick = vault.conn.execute("PRAGMA quick_check").fetchall()
    except DatabaseError as exc:
        return Message("verify.checked_storage"), [Message("verify.storage_damaged",
                                                           error=str(exc))]
    if quick != [("ok",)]:
        problems += [Message("verify.storage_problem", detail=str(r[0])) for r in quick]
    return Message("verify.checked_storage_pages"), problems


def _audit(vault: Vault, progress: Progress, cancel: Cancel
           ) -> tuple[Message, list[Message]]:
    report = vault.verify_audit()
    return Message("verify.checked_audit", lines=report.entries_checked), list(report.problems)


def verify_vault(vault: Vault, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> VerifyReport:
    import app.evidence  # noqa: F401, PLC0415 - registers the evidence hash checker

    progress = progress or (lambda done, total: None)
    cancel = cancel or (lambda: False)
    report = VerifyReport()
    for checker in (_storage, _audit, *_CHECKERS):
        if cancel():
            report.cancelled = True
            break
        try:
            what, problems = checker(vault, progress, cancel)
        except DatabaseError as exc:
            what, problems = (Message("verify.checked_vault"),
                              [Message("verify.vault_damaged", error=str(exc))])
        report.checked.append(what)
        report.problems.extend(problems)
    return report
