"""Checking a whole vault: storage integrity, the audit chain, and (per registered
checker) things like evidence hashes. Used by the CLI and the GUI's verify action.

Each page is read once. The storage check runs on its own connection beside the others
(two cores): `quick_check(table)` for every table except those a checker reads in full
itself (the evidence chunks, registered with `reads_in_full`); SQLCipher authenticates
each page it reads. The pages no such check reads are accounted for from the pointer map
(app/vault/page_accounting.py): the walked tables' b-tree pages, the free list, the
pointer-map pages; the walked table's overflow chains count as authenticated when the
checker says it read every one of their rows (`CheckResult.read_in_full`) and no commit
happened meanwhile. So neither `cipher_integrity_check` nor a whole-file `quick_check`
reads the pages again. When anything is off, the storage check runs again the way it
always did (`cipher_integrity_check`, then `quick_check`), so a damaged vault is reported
exactly as before. docs/security.md, "Checking the vault".

Each check gives what it checked, its problems as message codes (a short Dutch summary,
never SQLite's own English) and the raw details behind them, which `verify --report FILE`
writes out for whoever investigates.
"""

from __future__ import annotations

import contextlib
import os
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import PestdossierError
from app.messages import Message
from app.vault import Vault
from app.vault.connection import Connection, DatabaseError
from app.vault.freelist import FreeListError, free_pages
from app.vault.page_accounting import account
from app.vault.pagecheck import SALT_SIZE, PageVerifier, hmac_key_for_page_key
from app.vault.pointer_map import PageFile, PageMapError
from app.vault.snapshot import FrozenFile

POLL_SECONDS = 0.05

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class CheckResult:
    """One check: what it covered, its problems, and raw lines (English, for a report)."""

    what: Message
    problems: list[Message] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    # Row ids of a table whose every column this check read through SQLite (so SQLCipher
    # authenticated every page of those rows, overflow pages included).
    read_in_full: dict[str, set[int]] = field(default_factory=dict)


# A checker covers one part of the vault; extra modules register theirs.
Checker = Callable[[Vault, Progress, Cancel], CheckResult]

_CHECKERS: list[Checker] = []
_READS_IN_FULL: set[str] = set()  # tables the storage check leaves to a checker


def register_checker(checker: Checker, reads_in_full: tuple[str, ...] = ()) -> Checker:
    """`reads_in_full`: tables whose every row the checker reads in full and reports in
    `CheckResult.read_in_full`; the storage check does not read them again."""
    if checker not in _CHECKERS:
        _CHECKERS.append(checker)
    _READS_IN_FULL.update(reads_in_full)
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


@dataclass
class _Proof:
    """The storage is sound, provided a checker read these rows of these tables in full."""

    rows: dict[str, set[int]]


def _schema(conn: Connection) -> tuple[dict[int, str], list[str]]:
    """Every root page with its table (page 1: sqlite_master), and the tables."""
    roots = {1: "sqlite_master"}
    roots.update({int(page): str(table) for page, table in conn.execute(
        "SELECT rootpage, tbl_name FROM sqlite_master WHERE rootpage > 0")})
    tables = [str(name) for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0")]
    return roots, tables


def _quick_checks(conn: Connection, tables: list[str], stop: threading.Event) -> bool:
    """`quick_check` of sqlite_master (with the free list) and of each table with its
    indexes: every page of those trees read and authenticated."""
    for table in ("sqlite_master", *tables):
        if stop.is_set():
            raise _Stopped()
        quoted = '"' + table.replace('"', '""') + '"'  # a name from the schema itself
        if conn.execute(f"PRAGMA quick_check({quoted})").fetchall() != [("ok",)]:
            return False
    return True


def _accounted(worker: Vault, frozen: FrozenFile, roots: dict[int, str],
               walked: set[str]) -> dict[str, set[int]] | None:
    """The pages no quick_check read, proven from the pointer map; None when not."""
    conn = worker.conn
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    expected_free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    if os.fstat(frozen.fd).st_size != frozen.size:  # pages beyond the database's end
        return None
    key = worker.page_key()
    verifier = PageVerifier(hmac_key_for_page_key(key, frozen.read(SALT_SIZE, 0)), page_size)
    pages = PageFile(frozen.fd, frozen.size, key, verifier, page_size)
    try:
        trunks, leaves = free_pages(pages.raw, key, verifier, page_size, pages.page_count)
        if len(trunks) + len(leaves) != expected_free or not all(
                pages.authentic(leaf) for leaf in leaves):
            return None
        return account(pages, roots, walked, trunks, leaves)
    except (PageMapError, FreeListError, IndexError, KeyError, ValueError, struct.error):
        return None
    finally:
        pages.close()


def _proven_storage(worker: Vault, stop: threading.Event) -> _Proof | None:
    """Every page authenticated and the b-trees sound, each page read once, in one read
    transaction on a worker connection (the file stands still meanwhile); None when that
    is not shown (then the full check runs and says what is wrong)."""
    if stop.is_set():
        raise _Stopped()
    if int(worker.conn.execute("PRAGMA auto_vacuum").fetchone()[0]) == 0:
        return None  # no pointer map to account with
    with worker.frozen_file() as frozen:
        roots, tables = _schema(worker.conn)
        walked = _READS_IN_FULL & set(tables)
        if not _quick_checks(worker.conn, [t for t in tables if t not in walked], stop):
            return None
        if stop.is_set():
            raise _Stopped()
        rows = _accounted(worker, frozen, roots, walked)
    return None if rows is None else _Proof(rows)


def _as_check(proof: _Proof | None, others: list[CheckResult],
              unchanged: bool) -> CheckResult | None:
    """The proof holds when nothing was committed meanwhile (all readers saw the pages
    the accounting saw) and the checkers read every row of the tables it left to them."""
    if proof is None or not unchanged:
        return None
    for table, rows in proof.rows.items():
        read: set[int] = set()
        for check in others:
            read |= check.read_in_full.get(table, set())
        if not rows <= read:
            return None
    return CheckResult(Message("verify.checked_storage_pages"))


class _StorageRun:
    """The storage check on its own thread; `wait` gives its result, None when it must run
    again in full, or raises `_Stopped`."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._stop = threading.Event()
        self._result: _Proof | None = None
        self._stopped = False  # interrupted before it could say anything
        self.cancelled = False  # `wait` saw the caller's cancel
        self._worker: Vault | None = None
        self._guard = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="verify-storage", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            worker = self._vault.open_worker(raw=True)
            with self._guard:
                self._worker = worker
            try:
                self._result = _proven_storage(worker, self._stop)
            finally:
                with self._guard:
                    self._worker = None
                worker.close(checkpoint=False)  # it only read (see Vault.close)
        except (_Stopped, DatabaseError, PestdossierError, OSError, ValueError):
            pass  # stopped, damaged, busy or interrupted: decided in `wait`
        self._stopped = self._stop.is_set() and self._result is None

    def stop(self) -> None:
        """Interrupt the running check (SQLite looks at the flag while it checks)."""
        with self._guard:
            self._stop.set()
            if self._worker is not None:
                self._worker.conn.interrupt()

    def wait(self, cancel: Cancel | None) -> _Proof | None:
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
    vault.page_key()  # derived once: both workers open with it, the accounting reads with it
    before = vault.change_stamp()
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
    check = _as_check(proven, others, vault.change_stamp() == before)
    if check is not None or not report.cancelled:
        report.checks.append(check or _run(_storage, vault, progress, cancel))
    report.checks += others
    return report
