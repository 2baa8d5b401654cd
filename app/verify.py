"""Checking a whole vault: storage integrity, the audit chain, and (per registered
checker) things like evidence hashes. Used by the CLI and the GUI's verify action.

Each check gives what it checked, its problems as message codes (a short Dutch summary,
never SQLite's own English) and the raw details behind them, which `verify --report FILE`
writes out for whoever investigates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.messages import Message
from app.vault import Vault
from app.vault.connection import DatabaseError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class CheckResult:
    """One check: what it covered, its problems, and raw lines (English, for a report)."""

    what: Message
    problems: list[Message] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


# A checker covers one part of the vault; extra modules register theirs.
Checker = Callable[[Vault, Progress, Cancel], CheckResult]

_CHECKERS: list[Checker] = []


def register_checker(checker: Checker) -> Checker:
    if checker not in _CHECKERS:
        _CHECKERS.append(checker)
    return checker


@dataclass
class VerifyReport:
    checks: list[CheckResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def checked(self) -> list[Message]:
        return [check.what for check in self.checks]

    @property
    def problems(self) -> list[Message]:
        return [problem for check in self.checks for problem in check.problems]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


def _storage(vault: Vault, progress: Progress, cancel: Cancel) -> CheckResult:
    try:
        cipher = [str(r[0]) for r in vault.conn.execute("PRAGMA cipher_integrity_check")]
        quick = [str(r[0]) for r in vault.conn.execute("PRAGMA quick_check")]
    except DatabaseError as exc:
        return CheckResult(Message("verify.checked_storage"),
                           [Message("verify.storage_damaged")], [str(exc)])
    raw = cipher + ([] if quick == ["ok"] else quick)
    problems = [Message("verify.storage_problems", count=len(raw))] if raw else []
    return CheckResult(Message("verify.checked_storage_pages"), problems, raw)


def _audit(vault: Vault, progress: Progress, cancel: Cancel) -> CheckResult:
    report = vault.verify_audit()
    return CheckResult(Message("verify.checked_audit", lines=report.entries_checked),
                       list(report.problems))


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
            result = checker(vault, progress, cancel)
        except DatabaseError as exc:
            result = CheckResult(Message("verify.checked_vault"),
                                 [Message("verify.vault_damaged")], [str(exc)])
        report.checks.append(result)
    return report
