"""Evidence bytes in and out of the vault: 1 MiB chunks, hashed on the way.

Writing: the caller holds one write transaction; chunks go in before the item row that
seals them, so a cancel, an error or kill -9 leaves nothing behind.

Speed: the vault runs in WAL mode, where every page of a big import is written twice
(once to the WAL, once more at the checkpoint). When this connection is the only one
on the file and no transaction is open, a big import switches to a rollback journal for
its one transaction and back to WAL afterwards: new pages appended to the file are not
journaled at all, so the bytes are written once, and kill -9 at any moment still leaves
a hot journal that SQLite rolls back on the next open. With other connections open
SQLite refuses the switch and the import stays in WAL (1.4-2x the floor), so the window
parks its own connection for a big import (`CaseFile.park`, used by
ui.evidence.importing.parked_batch); its reads wait for the import meanwhile. Hashing
runs on a helper thread (hashlib and SQLite both release the GIL), so it overlaps with
the encryption and writing.
"""

from __future__ import annotations

import contextlib
import hashlib
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeAlias

from app.evidence.model import CHUNK_SIZE
from app.vault.connection import Connection, DatabaseError

BULK_THRESHOLD = 32 * CHUNK_SIZE  # below this the journal switch costs more than it saves
_PARALLEL_HASH_THRESHOLD = 4 * CHUNK_SIZE
_QUEUE_DEPTH = 4
# A reader thread hands over chunks, or the exception that stopped it.
_ChunkQueue: TypeAlias = queue.Queue[bytes | BaseException]


class Hasher:
    """SHA-256 over a sequence of chunks, optionally on a helper thread (same result)."""

    def __init__(self, parallel: bool) -> None:
        self._hash = hashlib.sha256()
        self._queue: queue.Queue[bytes | memoryview | None] | None = None
        self._thread: threading.Thread | None = None
        if parallel:
            self._queue = queue.Queue(maxsize=_QUEUE_DEPTH)
            self._thread = threading.Thread(target=self._run, name="evidence-hash",
                                            daemon=True)
            self._thread.start()

    def _run(self) -> None:
        assert self._queue is not None
        while (chunk := self._queue.get()) is not None:
            self._hash.update(chunk)

    def update(self, chunk: bytes | memoryview) -> None:
        if self._queue is None:
            self._hash.update(chunk)
        else:
            self._queue.put(chunk)

    def close(self) -> None:
        if self._queue is not None and self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._queue = None

    def hexdigest(self) -> str:
        self.close()
        return self._hash.hexdigest()

    def __enter__(self) -> Hasher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def hasher_for(size: int) -> Hasher:
    return Hasher(parallel=size >= _PARALLEL_HASH_THRESHOLD)


@contextlib.contextmanager
def bulk_journal(conn: Connection, expected_size: int) -> Iterator[bool]:
    """Use a rollback journal for one big transaction when SQLite allows it (see above).

    Yields whether the switch happened. Never switches inside an open transaction.
    """
    switched = False
    if expected_size >= BULK_THRESHOLD and not conn.in_transaction:
        try:
            row = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            switched = bool(row) and str(row[0]).lower() == "delete"
        except DatabaseError:
            switched = False  # another connection has the file open: stay in WAL
    try:
        yield switched
    finally:
        if switched:
            # If this fails the vault stays consistent in rollback mode; the next open
            # switches to WAL again.
            with contextlib.suppress(DatabaseError):
                conn.execute("PRAGMA journal_mode = WAL")


def write_chunks(tx: Connection, item_id: int, chunks: Iterable[bytes | memoryview]) -> int:
    """Insert chunks in order; returns how many. The caller hashes and counts bytes."""
    count = 0
    insert = "INSERT INTO evidence_chunks (item_id, seq, data) VALUES (?, ?, ?)"
    for chunk in chunks:
        tx.execute(insert, (item_id, count, chunk))
        count += 1
    return count


def iter_chunks(conn: Connection, item_id: int) -> Iterator[bytes]:
    """The stored bytes of an item, chunk by chunk, in order. One chunk in memory."""
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM evidence_chunks WHERE item_id = ? ORDER BY seq", (item_id,))]
    for chunk_id in ids:
        row = conn.execute("SELECT data FROM evidence_chunks WHERE id = ?",
                           (chunk_id,)).fetchone()
        if row is None:
            return
        yield bytes(row[0])


def split(data: bytes | memoryview, size: int = CHUNK_SIZE) -> Iterator[memoryview]:
    view = memoryview(data)
    for start in range(0, len(view), size):
        yield view[start:start + size]


class ParallelReader:
    """Chunks by row id, read on one or more connections at once, yielded in order.

    Reading is bound by decryption (AES + HMAC per page) on one core; a second
    connection on a second core nearly doubles it. Each reader thread owns its
    connection; memory stays at a few chunks per reader.
    """

    def __init__(self, conns: list[Connection], chunk_ids: list[int]) -> None:
        self._ids = chunk_ids
        self.missing: set[int] = set()  # ids without a row (read as b"")
        self._queues: list[_ChunkQueue] = [queue.Queue(maxsize=_QUEUE_DEPTH)
                                           for _ in conns]
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._read, args=(conn, chunk_ids[k::len(conns)],
                                                      self._queues[k]),
                             name=f"evidence-read-{k}", daemon=True)
            for k, conn in enumerate(conns)]
        for thread in self._threads:
            thread.start()

    def _read(self, conn: Connection, ids: list[int], out: _ChunkQueue) -> None:
        try:
            for chunk_id in ids:
                if self._stop.is_set():
                    return
                row = conn.execute("SELECT data FROM evidence_chunks WHERE id = ?",
                                   (chunk_id,)).fetchone()
                if row is None:
                    self.missing.add(chunk_id)
                out.put(b"" if row is None else row[0])
        except BaseException as exc:  # handed to the consumer, raised there
            out.put(exc)

    def __iter__(self) -> Iterator[bytes]:
        count = len(self._queues)
        for index in range(len(self._ids)):
            data = self._queues[index % count].get()
            if isinstance(data, BaseException):
                raise data
            yield data

    def close(self) -> None:
        self._stop.set()
        for q in self._queues:  # unblock readers waiting on a full queue
            with contextlib.suppress(queue.Empty):
                while True:
                    q.get_nowait()
        for thread in self._threads:
            thread.join()

    def __enter__(self) -> ParallelReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
