"""Checking a whole vault: storage integrity, the audit chain, and (per registered
checker) things like evidence hashes. Used by the CLI and the GUI's verify action.

The storage check runs on its own connection beside the others (two cores): `quick_check`
reads every page any b-tree, overflow chain, the free list or the pointer map reaches, and
SQLCipher authenticates each page it reads; then only the free-list leaves are left for
an HMAC check (app/vault/freelist.py). So `cipher_integrity_check`, a third read of every
page, is not needed. When anything is off, the storage check runs again the way it always
did (`cipher_integrity_check`, then `quick_check`), so a damaged vault is reported exactly
as before. docs/security.md, "Checking the vault".

Each check gives what it checked, its problems as message codes (a short Dutch summary,
never SQLite's own English) and the raw details behind them, which `verify --report FILE`
writes out for whoever investigates.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import PestdossierError
from app.messages import Message
from app.vault import Vault
from app.vault.connection import DatabaseError
from app.vault.freelist import bad_free_leaves
from app.vault.pagecheck import SALT_SIZE

POLL_SECONDS = 0.05

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


def _rest_sound(worker: Vault) -> bool:
    """What `quick_check` does not read: the free-list leaves (their HMACs), and pages in
    the file beyond the database's end, which `cipher_integrity_check` would look at."""
    conn = worker.conn
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()  # committed pages into the file
    if not free and worker.path.stat().st_size == pages * page_size:
        return True
    with worker.frozen_file() as frozen:  # every commit in the file, which stands still
        if os.fstat(frozen.fd).st_size != frozen.size:
            return False
        count = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        bad = bad_free_leaves(lambda n: frozen.read(page_size, (n - 1) * page_size),
                              worker.page_key(), frozen.read(SALT_SIZE, 0), page_size,
                              frozen.size // page_size, count) if count else []
    return bad == []


def _proven_storage(worker: Vault, stop: threading.Event) -> CheckResult | None:
    """Every page authenticated and the b-trees sound, in one read on a worker connection;
    None when that is not shown (then the full check runs and says what is wrong)."""
    if stop.is_set():
        raise _Stopped()
    if worker.conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        return None
    if stop.is_set():
        raise _Stopped()
    if not _rest_sound(worker):
        return None
    return CheckResult(Message("verify.checked_storage_pages"))


class _StorageRun:
    """The storage check on its own thread; `wait` gives its result, None when it must run
    again in full, or raises `_Stopped`."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._stop = threading.Event()
        self._result: CheckResult | None = None
        self._stopped = False  # interrupted before it could say anything
        self.cancelled = False  # `wait` saw the caller's cancel
        self._worker: Vault | None = None
        self._guard = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="verify-storage", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            worker = self._vault.open_worker()
            with self._guard:
                self._worker = worker
            try:
                self._result = _proven_storage(worker, self._stop)
            finally:
                with self._guard:
                    self._worker = None
                worker.close()
        except (_Stopped, DatabaseError, PestdossierError, OSError, ValueError):
            pass  # stopped, damaged, busy or interrupted: decided in `wait`
        self._stopped = self._stop.is_set() and self._result is None

    def stop(self) -> None:
        """Interrupt the running check (SQLite looks at the flag while it checks)."""
        with self._guard:
            self._stop.set()
            if self._worker is not None:
                self._worker.conn.interrupt()

    def wait(self, cancel: Cancel | None) -> CheckResult | None:
        while self._thread.is_alive():
            if cancel is not None and cancel():
                self.cancelled = True
                self.stop()
                cancel = None
            self._thread.join(POLL_SECONDS)
        if self._stopped:
            raise _Stopped()
        return self._result


class _Stopped(Exception):
    pass


def _audit(vault: Vault, progress: Progress, cancel: Cancel) -> CheckResult:
    report = vault.verify_audit()
    return CheckResult(Message("verify.checked_audit", lines=report.entries_checked),
                       list(report.problems))


def _run(checker: Checker, vault: Vault, progress: Progress, cancel: Cancel) -> CheckResult:
    try:
        return checker(vault, progress, cancel)
    except DatabaseError as exc:
        return CheckResult(Message("verify.checked_vault"),
                           [Message("verify.vault_damaged")], [str(exc)])


def verify_vault(vault: Vault, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> VerifyReport:
    import app.evidence  # noqa: F401, PLC0415 - registers the evidence hash checker

    progress = progress or (lambda done, total: None)
    cancel = cancel or (lambda: False)
    report = VerifyReport()
    if cancel():
        report.cancelled = True
        return report
    storage = _StorageRun(vault)
    others: list[CheckResult] = []
    try:
        for checker in (_audit, *_CHECKERS):
            if cancel():
                report.cancelled = True
                break
            others.append(_run(checker, vault, progress, cancel))
    except BaseException:  # Ctrl+C in the CLI: the storage thread stops as well
        storage.stop()
        with contextlib.suppress(_Stopped):
            storage.wait(None)
        raise
    if report.cancelled:
        storage.stop()
    try:
        proven = storage.wait(None if report.cancelled else cancel)
    except _Stopped:
        report.cancelled = True
        proven = None
    report.cancelled = report.cancelled or storage.cancelled
    if proven is not None or not report.cancelled:
        report.checks.append(proven or _run(_storage, vault, progress, cancel))
    report.checks += others
    return report
