"""Checking a whole vault: storage integrity, the audit chain, and (per registered
checker) things like evidence hashes. Used by the CLI and the GUI's verify action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.vault import Vault
from app.vault.connection import DatabaseError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
# A checker returns (what it checked, problems found); extra modules register theirs.
Checker = Callable[[Vault, Progress, Cancel], tuple[str, list[str]]]

_CHECKERS: list[Checker] = []


def register_checker(checker: Checker) -> Checker:
    if checker not in _CHECKERS:
        _CHECKERS.append(checker)
    return checker


@dataclass
class VerifyReport:
    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


def _storage(vault: Vault, progress: Progress, cancel: Cancel) -> tuple[str, list[str]]:
    try:
        rows = vault.conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems = [f"Opslag: {r[0]}" for r in rows]
        quick = vault.conn.execute("PRAGMA quick_check").fetchall()
    except DatabaseError as exc:
        return "opslag", [f"Opslag: de kluis is beschadigd ({exc})."]
    if quick != [("ok",)]:
        problems += [f"Opslag: {r[0]}" for r in quick]
    return "versleutelde opslag (alle pagina's)", problems


def _audit(vault: Vault, progress: Progress, cancel: Cancel) -> tuple[str, list[str]]:
    report = vault.verify_audit()
    return f"auditlog ({report.entries_checked} regels)", list(report.problems)


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
            what, problems = "kluis", [f"De kluis is beschadigd: {exc}."]
        report.checked.append(what)
        report.problems.extend(problems)
    return report
