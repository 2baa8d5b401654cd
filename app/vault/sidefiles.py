"""Side files that belong: a leftover `-wal` or `-journal` is only given to SQLite when it
was left by this vault in its current state.

SQLite replays whatever `-wal` or hot `-journal` lies beside a database. A stale one (a
backup copied over the vault after a crash) or another vault's one would overwrite the
vault with pages that do not fit, and SQLite consumes the side file while doing so.

So every writing session stamps the vault with a random generation number (SQLite's
`application_id` in the encrypted header, written to the main file before any other
write) and writes the same number, with the vault's plaintext salt, into a small marker
file beside it; a clean close removes the marker. Before SQLite sees a side file with
content, the number in the main file (read through an `immutable` connection, which
ignores side files and writes nothing) must equal the marker's. Otherwise the side file is
moved aside under a clear name, never deleted, and the vault opens as it is.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from app.atomic import write_atomically
from app.errors import VaultError
from app.messages import Message
from app.vault import connection as db

SIDE_SUFFIXES = ("-wal", "-journal")
MARKER_SUFFIX = ".sessie"
SALT_SIZE = 16


@dataclass(frozen=True)
class SessionMarker:
    salt: str  # hex of the vault's first 16 bytes (SQLCipher's KDF salt, plaintext)
    generation: int


def marker_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + MARKER_SUFFIX)


def _salt_of(vault_path: Path) -> str:
    with vault_path.open("rb") as fh:
        return fh.read(SALT_SIZE).hex()


def _read_marker(vault_path: Path) -> SessionMarker | None:
    try:
        data = json.loads(marker_path(vault_path).read_text(encoding="utf-8"))
        return SessionMarker(str(data["salt"]), int(data["generation"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def side_files_with_content(vault_path: Path) -> list[Path]:
    found = []
    for suffix in SIDE_SUFFIXES:
        side = Path(f"{vault_path}{suffix}")
        with contextlib.suppress(OSError):
            if side.stat().st_size > 0:
                found.append(side)
    return found


def generation_in_main_file(vault_path: Path, key: bytes) -> int:
    """The generation stamped in the main file, ignoring every side file (read-only)."""
    uri = f"file:{quote(str(vault_path.absolute()))}?immutable=1"
    conn = db.connect(vault_path, key, prepare=False, uri=uri)
    try:
        return int(conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        db.close_quietly(conn)


def _belongs(vault_path: Path, key: bytes) -> bool:
    marker = _read_marker(vault_path)
    if marker is None or marker.salt != _salt_of(vault_path):
        return False
    try:
        return generation_in_main_file(vault_path, key) == marker.generation
    except db.DatabaseError:
        # Our own vault (same salt) whose main file is mid-write: a real crash that only
        # the side file can repair.
        return True


def _move_aside(side: Path, stamp: str) -> Path:
    target = side.with_name(f"{side.name}.apart-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = side.with_name(f"{side.name}.apart-{stamp}-{counter}")
    side.rename(target)
    return target


# Connections this process still has open per vault file (a worker's, e.g. a backup that
# runs on after the window locked). Their WAL is live and ours: never moved aside, and the
# session marker stays until the last of them is closed.
_LIVE: dict[Path, int] = {}
_LIVE_GUARD = threading.Condition()
# Connections being opened (counted before their key is read) and files being rekeyed.
_OPENING: dict[Path, int] = {}
_ALONE: set[Path] = set()


def connection_opened(vault_path: Path) -> None:
    with _LIVE_GUARD:
        key = vault_path.resolve()
        _LIVE[key] = _LIVE.get(key, 0) + 1


def connection_closed(vault_path: Path) -> int:
    """How many connections of this process remain open on the file."""
    with _LIVE_GUARD:
        key = vault_path.resolve()
        left = max(_LIVE.get(key, 0) - 1, 0)
        if left:
            _LIVE[key] = left
        else:
            _LIVE.pop(key, None)
        _LIVE_GUARD.notify_all()
        return left


@contextlib.contextmanager
def opening(vault_path: Path, timeout: float) -> Iterator[None]:
    """Around opening one more connection: waits while the file is being rekeyed (its key
    is read inside, so it is the new one) and keeps a rekey from starting meanwhile."""
    key = vault_path.resolve()
    with _LIVE_GUARD:
        if not _LIVE_GUARD.wait_for(lambda: key not in _ALONE, timeout):
            raise VaultError("vault.busy_for_password")
        _OPENING[key] = _OPENING.get(key, 0) + 1
    try:
        yield
    finally:
        with _LIVE_GUARD:
            _OPENING[key] -= 1
            _LIVE_GUARD.notify_all()


@contextlib.contextmanager
def alone(vault_path: Path, timeout: float) -> Iterator[None]:
    """While the one connection that calls this is the only one of the process on the
    file: waits up to `timeout` for the others (an import, a backup) to close, else
    refuses; no other connection opens until the block ends."""
    key = vault_path.resolve()
    with _LIVE_GUARD:
        if not _LIVE_GUARD.wait_for(
                lambda: _LIVE.get(key, 0) <= 1 and not _OPENING.get(key) and key not in _ALONE,
                timeout):
            raise VaultError("vault.others_open")
        _ALONE.add(key)
    try:
        yield
    finally:
        with _LIVE_GUARD:
            _ALONE.discard(key)
            _LIVE_GUARD.notify_all()


def live_connections(vault_path: Path) -> int:
    with _LIVE_GUARD:
        return _LIVE.get(vault_path.resolve(), 0)


def settle_side_files(vault_path: Path, key: bytes) -> list[Message]:
    """Call with the vault's process lock held, before the writing connection opens.
    Raises WrongPasswordError (nothing moved) when the key cannot tell."""
    if live_connections(vault_path):
        return []  # this process's own connection still uses them
    sides = side_files_with_content(vault_path)
    if not sides or _belongs(vault_path, key):
        return []
    # Only the vault's own password may move things: a wrong one raises here.
    generation_in_main_file(vault_path, key)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    shm = Path(f"{vault_path}-shm")
    if shm.exists():
        sides.append(shm)  # the index of the moved WAL; it goes with it
    notices = []
    for side in sides:
        moved = _move_aside(side, stamp)
        notices.append(Message("vault.side_file_moved", name=moved.name))
    return notices


def stamp_generation(conn: db.Connection, vault_path: Path) -> None:
    """A new generation for this writing session: into the main file first (checkpoint),
    then into the marker, so a side file can never be newer than its marker."""
    generation = secrets.randbelow(2**31 - 2) + 1
    conn.execute(f"PRAGMA application_id = {int(generation)}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    marker = SessionMarker(_salt_of(vault_path), generation)
    write_atomically(marker_path(vault_path),
                     json.dumps(marker.__dict__).encode("utf-8"), mode=0o600)


def end_session(vault_path: Path) -> None:
    """After a clean close: the marker goes unless a side file with content remains."""
    if side_files_with_content(vault_path):
        return
    with contextlib.suppress(FileNotFoundError):
        marker_path(vault_path).unlink()
