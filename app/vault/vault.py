"""The one gateway to a vault file: create, open, write, lock, change password.

The services (cases, people, evidence, ...) get their connection from a Vault and are
reached through the front door, app.casefile.CaseFile; the gateway knows none of them.
Nothing else in the app talks to SQLCipher.
"""

from __future__ import annotations

import contextlib
import secrets
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

from app.atomic import is_temp_name
from app.audit import VAULT_ID_KEY, AuditAnchor, AuditLog, AuditReport
from app.changes import ChangeJournal
from app.errors import (
    DamagedVaultError,
    DiskFullError,
    NotAVaultError,
    VaultClosedError,
    VaultError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPasswordError,
)
from app.messages import Message
from app.passwords import check_password_strength
from app.timeutil import SYSTEM_CLOCK, Clock, to_storage
from app.vault import connection as db
from app.vault import sidefiles, snapshot
from app.vault.lockfile import VaultLock
from app.vault.migrations import LATEST_VERSION
from app.vault.schema import APP_MARKER, check_is_ours, migrate, user_version
from app.vault.touched import cases_touched

VAULT_SUFFIX = ".pestdossier"
# How long a password change waits for the process's other connections (an import, a
# backup) to finish before it refuses; a worker waits as long for a rekey to end.
OTHERS_WAIT_SECONDS = 30.0
DEFAULT_ACTOR = "vertrouwenspersoon"
PENDING_PREFIX = "pending_file:"


def _translate_sqlite_error(exc: Exception) -> Exception:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DamagedVaultError()
    return exc


T = TypeVar("T")


class Vault:
    """An open, unlocked vault. `close()` (lock) drops the connection and the key."""

    def __init__(self, path: Path, conn: db.Connection, key: bytes, *,
                 lock: VaultLock | None, clock: Clock,
                 changes: ChangeJournal | None = None) -> None:
        self.path = path
        self._conn: db.Connection | None = conn
        self._key = bytearray(key)
        self._page_key = bytearray()  # derived on the first backup (snapshot.py)
        self._lock = lock
        self.clock = clock
        self._write_depth = 0
        # Set while this connection is parked for a big import on a worker (see park()).
        self._parked: threading.Event | None = None
        # Which cases each committed write touched; shared with the worker connections.
        self.changes = changes if changes is not None else ChangeJournal()
        self._touched: set[int] = set()
        self._kept: dict[str, tuple[tuple[int, int], Any]] = {}  # see kept()
        sidefiles.connection_opened(path)
        # Opened now, so a vault file deleted while the app runs is still backed up.
        with contextlib.suppress(OSError):
            snapshot.shared_fd(path)
        # What the user should hear about the opening (a side file moved aside).
        self.notices: tuple[Message, ...] = ()
        self.audit = AuditLog(clock, self.get_meta("counsellor") or DEFAULT_ACTOR,
                              on_record=self._note_touched)

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(cls, path: Path | str, password: str, *, counsellor: str = "",
               school: str = "", clock: Clock = SYSTEM_CLOCK,
               check_strength: bool = True) -> Vault:
        path = Path(path)
        if path.exists():
            raise VaultExistsError()
        if check_strength:
            check_password_strength(password)
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = VaultLock(path)
        lock.acquire()
        key = db.encode_password(password)
        try:
            conn = db.connect(path, key, create=True)
        except BaseException:
            lock.release()
            _remove_vault_files(path)
            raise
        try:
            path.chmod(0o600)  # readable by the counsellor's account only
            lock.hold_identity()
            migrate(conn, 0)
            vault = cls(path, conn, key, lock=lock, clock=clock)
            with vault.write() as tx:
                now = to_storage(clock.now())
                for name, value in (("app", APP_MARKER), ("created_at", now),
                                    (VAULT_ID_KEY, _new_vault_id()),
                                    ("counsellor", counsellor.strip()),
                                    ("school", school.strip())):
                    tx.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (name, value))
                vault.audit.actor = counsellor.strip() or DEFAULT_ACTOR
                vault.audit.record(tx, "vault.created", schema=LATEST_VERSION)
            sidefiles.stamp_generation(conn, path)
        except BaseException:
            db.close_quietly(conn)
            lock.release()
            _remove_vault_files(path)
            raise
        return vault

    @staticmethod
    def check_file(path: Path | str) -> None:
        """Before the password: raise NotAVaultError for a file that plainly is no vault
        (only reads its size and first bytes). A missing file passes: the USB stick may
        still be plugged in, and opening says so."""
        path = Path(path)
        if path.is_file() and db.plainly_not_a_vault(path) is None:
            raise NotAVaultError()

    @classmethod
    def open(cls, path: Path | str, password: str, *, clock: Clock = SYSTEM_CLOCK) -> Vault:
        """Read-only until sure: side files are settled, then key, cipher, marker, version
        and structure are checked without writing; a rejected file is left unchanged."""
        path = Path(path)
        if not path.is_file():
            raise VaultNotFoundError()
        if path.stat().st_size == 0:
            raise NotAVaultError()
        lock = VaultLock(path)
        lock.acquire()
        try:
            key, notices, conn = _first_key_that_opens(path, password)
        except BaseException:
            lock.release()
            raise
        try:
            version = user_version(conn)
            check_is_ours(conn, version)
            db.check_structure(conn, path)
            db.prepare(conn)
            migrate(conn, version, backup_of=path)
            _name_the_vault(conn)
            sidefiles.stamp_generation(conn, path)
        except db.DatabaseError as exc:
            db.close_quietly(conn)
            lock.release()
            raise DamagedVaultError() from exc
        except BaseException:
            db.close_quietly(conn)
            lock.release()
            raise
        vault = cls(path, conn, key, lock=lock, clock=clock)
        vault.notices = tuple(notices)
        vault._remove_leftover_exports()
        return vault

    def open_worker(self, *, raw: bool = False) -> Vault:
        """A second connection for a worker thread: same key, no process lock. Waits while
        a password change runs (the key is read after it). `raw`: keyed with the page key
        (`page_key`, derived once) instead of the password, which skips SQLCipher's key
        derivation (~0.15 s of CPU for each connection)."""
        with sidefiles.opening(self.path, OTHERS_WAIT_SECONDS):
            key = bytes(self._key)
            conn = db.connect(self.path, snapshot.raw_key(self.page_key()) if raw else key)
            worker = Vault(self.path, conn, key, lock=None, clock=self.clock,
                           changes=self.changes)
            worker._page_key = bytearray(self._page_key)  # same file, same page key
            return worker

    @property
    def is_open(self) -> bool:
        return self._conn is not None or self._parked is not None

    def park(self) -> threading.Event:
        """Close this connection (keeping key, lock and session) until the returned event
        is set, so a big import on a worker connection has the file to itself and can
        write with a rollback journal instead of WAL (each page once instead of twice).

        Whoever reads through `conn` meanwhile waits for the event, then reconnects; the
        worker sets it when its import ends, however it ends. A connection inside a
        transaction, or one already parked, is left alone (the event is then already set).
        """
        free = threading.Event()
        if self._conn is None or self._parked is not None or self._write_depth:
            free.set()
            return free
        conn, self._conn = self._conn, None
        # Counted as open all the while: the session marker must stay, so a hot journal
        # left by a killed import is rolled back at the next open, never moved aside.
        db.close_quietly(conn)
        self._parked = free
        return free

    def _resume(self) -> None:
        parked = self._parked
        if parked is None:
            return
        parked.wait()
        self._conn = db.connect(self.path, bytes(self._key))
        self._parked = None

    def close(self, *, checkpoint: bool = True) -> None:
        """Lock: checkpoint so no WAL content stays behind, close, forget the key. A worker
        that only read may skip the checkpoint: a checkpoint that empties the WAL counts as
        a change for the other connections' `data_version`, which `verify` watches."""
        conn = self._conn
        if conn is None and self._parked is None:
            return
        self._conn = None
        self._parked = None  # a parked connection is already closed; the worker ends alone
        if conn is not None and checkpoint:
            with contextlib.suppress(db.DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if conn is not None:
            db.close_quietly(conn)
        if sidefiles.connection_closed(self.path) == 0:
            snapshot.release_fd(self.path)
            sidefiles.end_session(self.path)
        _wipe(self._key)
        _wipe(self._page_key)
        self._key = bytearray()
        if self._lock is not None:   # the main connection: nobody listens any more
            self.changes.clear_listeners()
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- access
    @property
    def conn(self) -> db.Connection:
        if self._conn is None and self._parked is not None:
            self._resume()
        if self._conn is None:
            raise VaultClosedError()
        return self._conn

    @contextlib.contextmanager
    def write(self) -> Iterator[db.Connection]:
        """One write transaction (BEGIN IMMEDIATE); nested calls join the outer one."""
        conn = self.conn
        if self._write_depth:
            self._write_depth += 1
            try:
                yield conn
            finally:
                self._write_depth -= 1
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except db.DatabaseError as exc:
            raise _translate_sqlite_error(exc) from exc
        self._write_depth = 1
        self._touched = set()
        try:
            yield conn
            conn.execute("COMMIT")
        except db.DatabaseError as exc:
            with contextlib.suppress(db.DatabaseError):
                conn.execute("ROLLBACK")
            raise _translate_sqlite_error(exc) from exc
        except BaseException:
            with contextlib.suppress(db.DatabaseError):
                conn.execute("ROLLBACK")
            raise
        finally:
            self._write_depth = 0
        touched, self._touched = self._touched, set()
        self.changes.committed(touched)

    def _note_touched(self, conn: db.Connection, object_type: str, object_id: int | None,
                      details: dict[str, Any]) -> None:
        self._touched |= cases_touched(conn, object_type, object_id, details)

    def kept(self, name: str, read: Callable[[], T]) -> T:
        """`read()`, or what it gave last time when nothing was committed since (by any
        connection): one bulk read that several services make in one go (all cases'
        protocol data for 'te doen', its inform lines and its retention dates; the case
        list the window reads first after the unlocking worker read it)."""
        stamp = self.change_stamp()
        hit = self._kept.get(name)
        if hit is not None and hit[0] == stamp:
            return cast(T, hit[1])
        value = read()
        self._kept[name] = (stamp, value)
        return value

    def change_stamp(self) -> tuple[int, int]:
        """Differs after any commit since: another connection's (`data_version`, any
        process) or this connection's own (`total_changes`). For reads worth keeping."""
        try:
            row = self.conn.execute("SELECT data_version, total_changes()"
                                    " FROM pragma_data_version").fetchone()
        except db.DatabaseError as exc:
            raise _translate_sqlite_error(exc) from exc
        return int(row[0]), int(row[1])

    def query(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except db.DatabaseError as exc:
            raise _translate_sqlite_error(exc) from exc

    def rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()
             ) -> Iterator[tuple[Any, ...]]:
        """Rows one at a time, for a reader that stops early (search: enough cases found)."""
        try:
            yield from self.conn.execute(sql, params)
        except db.DatabaseError as exc:
            raise _translate_sqlite_error(exc) from exc

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.write() as tx:
            tx.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                       "DO UPDATE SET value = excluded.value", (key, value))
            self.audit.record(tx, "settings.changed", "meta", None, key=key)
        if key == "counsellor":
            self.audit.actor = value or DEFAULT_ACTOR

    # ----------------------------------------------------------------- page copies
    def page_key(self) -> bytes:
        """The raw key of the file's pages: what a byte copy of the vault opens with
        (`PRAGMA key = "x'...'"`). One PBKDF2 derivation (~0.3 s), then kept until lock."""
        if not self._page_key:
            self._page_key = bytearray(snapshot.derive_page_key(self.path, self.conn,
                                                                bytes(self._key)))
        return bytes(self._page_key)

    @contextlib.contextmanager
    def frozen_file(self) -> Iterator[snapshot.FrozenFile]:
        """A read transaction on this connection during which the main file does not
        change (other connections keep writing into the WAL); see app/vault/snapshot.py."""
        with snapshot.frozen(self.conn, self.path, self.page_key()) as frozen:
            yield frozen

    # ----------------------------------------------------------------- maintenance
    def change_password(self, old_password: str, new_password: str, *,
                        check_strength: bool = True) -> None:
        """Rekey, then prove it: the new key opens the file and the old one does not."""
        if bytes(self._key) not in db.candidate_keys(old_password):
            raise WrongPasswordError()
        if check_strength:
            check_password_strength(new_password)
        # SQLCipher rekeys only outside WAL mode, which needs the file to itself: the
        # process's other connections (an import on a worker) are waited for first.
        with sidefiles.alone(self.path, OTHERS_WAIT_SECONDS):
            self._rekey(new_password)

    def _rekey(self, new_password: str) -> None:
        conn = self.conn
        new_key = db.encode_password(new_password)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        try:
            if not mode or str(mode[0]).lower() != "delete":
                raise VaultError("vault.others_open")
            conn.reset_key(new_key)
        finally:
            conn.execute("PRAGMA journal_mode = WAL")
        probe = db.connect(self.path, new_key)
        db.close_quietly(probe)
        try:
            stale = db.connect(self.path, bytes(self._key))
        except WrongPasswordError:
            pass
        else:
            db.close_quietly(stale)
            raise DamagedVaultError("vault.rekey_not_proven")
        self._key = bytearray(new_key)
        _wipe(self._page_key)
        self._page_key = bytearray()
        sidefiles.stamp_generation(self.conn, self.path)
        # Only now: a process killed during the rekey leaves no record of a change that
        # did not happen (the rekey itself is one SQLCipher transaction).
        with self.write() as tx:
            self.audit.record(tx, "vault.password_changed")

    def check_password(self, password: str) -> None:
        """Raise WrongPasswordError unless `password` opens this vault. A real key
        derivation on a throw-away connection, so guessing stays slow; call it off the
        GUI thread."""
        if self._conn is None:
            raise VaultClosedError()
        if bytes(self._key) not in db.candidate_keys(password):
            # Still a real key derivation, so guessing stays as slow as opening.
            db.close_quietly(db.connect(self.path, db.encode_password(password)))
            raise WrongPasswordError()
        probe = db.connect(self.path, bytes(self._key))
        db.close_quietly(probe)

    def checkpoint(self) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def vacuum(self) -> None:
        """Give freed pages back and shrink the file. secure_delete has already zeroed
        what was deleted; this removes even the empty pages."""
        self.checkpoint()
        if self.conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2:
            self.conn.execute("PRAGMA incremental_vacuum").fetchall()
        else:  # a vault made before incremental vacuum was switched on
            self.conn.execute("VACUUM")
        self.checkpoint()

    # ----------------------------------------------------------------- pending exports
    def pending_started(self, temp: Path) -> None:
        """An export's temporary file exists: remembered until it is gone (app.atomic)."""
        with self.write() as tx:
            tx.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '')",
                       (PENDING_PREFIX + str(temp.absolute()),))

    def pending_ended(self, temp: Path) -> None:
        if self._conn is None:
            return
        with self.write() as tx:
            tx.execute("DELETE FROM meta WHERE key = ?", (PENDING_PREFIX + str(temp.absolute()),))

    def _remove_leftover_exports(self) -> None:
        """What a killed export left (hidden temporary files with evidence inside)."""
        rows = self.conn.execute("SELECT key FROM meta WHERE key >= ? AND key < ?",
                                 (PENDING_PREFIX, PENDING_PREFIX + "\uffff")).fetchall()
        for (key,) in rows:
            temp = Path(str(key)[len(PENDING_PREFIX):])
            with contextlib.suppress(OSError):
                if is_temp_name(temp) and stat.S_ISREG(temp.lstat().st_mode):
                    temp.unlink()
            with self.write() as tx:
                tx.execute("DELETE FROM meta WHERE key = ?", (key,))

    def verify_audit(self) -> AuditReport:
        return self.audit.verify(self.conn)

    def audit_anchor(self) -> AuditAnchor:
        """The audit head now, for an export or a backup to carry."""
        return self.audit.anchor(self.conn)


def _first_key_that_opens(path: Path, password: str
                          ) -> tuple[bytes, list[Message], db.Connection]:
    """Open with the NFC key, else with the password as typed (a vault made before)."""
    keys = db.candidate_keys(password)
    for key in keys[:-1]:
        with contextlib.suppress(WrongPasswordError):
            notices = sidefiles.settle_side_files(path, key)
            return key, notices, db.connect(path, key, prepare=False)
    notices = sidefiles.settle_side_files(path, keys[-1])
    return keys[-1], notices, db.connect(path, keys[-1], prepare=False)


def _new_vault_id() -> str:
    return secrets.token_hex(8)


def _name_the_vault(conn: db.Connection) -> None:
    """A vault made before anchors existed gets its random name at its first open."""
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",
                 (VAULT_ID_KEY, _new_vault_id()))


def _wipe(secret: bytearray) -> None:
    for i in range(len(secret)):
        secret[i] = 0


def _remove_vault_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
