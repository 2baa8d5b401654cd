"""Bringing evidence in off the GUI thread: files, chat exports, pasted or captured
bytes. One background op runs a batch; the tab shows its progress and can cancel it.

Cancel stops the file that is being imported (the core's transaction rolls back, so
no partial item) and skips the rest. Every outcome (added, duplicate, refused) is
reported back so the tab can tell the user in one calm message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage

from app.casefile import CaseFile
from app.evidence import (
    BULK_IMPORT_BYTES,
    DuplicateEvidenceError,
    EvidenceItem,
    EvidenceKind,
    EvidenceMetadata,
    EvidenceSource,
    EvidenceStore,
    ImportCancelledError,
)
from ui.common.errors import error_message
from ui.common.messages import message_text
from ui.common.workers import BackgroundOp, Work, with_worker_vault

FILE = "file"
CHAT = "chat"
BYTES = "bytes"


def owned_op(work, owner: QObject) -> BackgroundOp:  # type: ignore[no-untyped-def]
    """A background op whose callbacks end with `owner` (a tab, a dialog).

    The op itself has no Qt parent: deleting the owner must not delete the op while its
    worker still runs (it would never report back and never let go of itself).
    """
    op = BackgroundOp(work)
    owner.destroyed.connect(lambda *_args: op.detach())
    return op


@dataclass
class ImportJob:
    way: str  # FILE, CHAT or BYTES
    name: str
    path: Path | None = None
    data: bytes | None = None
    source: EvidenceSource = EvidenceSource.FILE
    captured_at: datetime | None = None
    metadata: EvidenceMetadata | None = None
    kind: EvidenceKind | None = None

    @classmethod
    def file(cls, path: Path | str, *, chat: bool = False,
             metadata: EvidenceMetadata | None = None) -> ImportJob:
        path = Path(path)
        return cls(CHAT if chat else FILE, path.name, path=path, metadata=metadata)

    @classmethod
    def pasted(cls, data: bytes, name: str, *, source: EvidenceSource,
               captured_at: datetime | None = None,
               metadata: EvidenceMetadata | None = None) -> ImportJob:
        return cls(BYTES, name, data=data, source=source, captured_at=captured_at,
                   metadata=metadata, kind=EvidenceKind.SCREENSHOT)

    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        try:
            return self.path.stat().st_size if self.path is not None else 0
        except OSError:
            return 0


@dataclass
class ImportOutcome:
    job: ImportJob
    item: EvidenceItem | None = None
    thumbnail: QImage | None = None
    duplicate: EvidenceItem | None = None
    error: BaseException | None = None


@dataclass
class BatchState:
    """Shared between the worker (writes) and the GUI (reads on progress)."""

    jobs: list[ImportJob]
    current: int = 0
    outcomes: list[ImportOutcome] = field(default_factory=list)


@dataclass
class BatchReport:
    """What one batch did, as Dutch lines for the status line or a message."""

    added: list[ImportOutcome]
    duplicates: list[ImportOutcome]
    errors: list[ImportOutcome]
    cancelled: bool
    reference: str = ""  # set when the batch belongs to a case no longer on screen

    @property
    def has_warnings(self) -> bool:
        return any(o.item is not None and o.item.warnings for o in self.added)

    @property
    def needs_attention(self) -> bool:
        """A message box only when something needs reading (never after Cancel)."""
        return bool(self.duplicates or self.errors or self.has_warnings) and not self.cancelled

    @property
    def is_warning(self) -> bool:
        return bool(self.errors) or self.has_warnings

    @property
    def text(self) -> str:
        lines: list[str] = []
        if self.reference:
            lines.append(QCoreApplication.translate("EvidencePanel", "Case %1:")
                         .replace("%1", self.reference))
        if self.added:
            lines.append(QCoreApplication.translate("EvidencePanel", "Added: %1.").replace(
                "%1", ", ".join(o.item.label for o in self.added if o.item is not None)))
        for outcome in self.added:
            for warning in outcome.item.warnings if outcome.item is not None else ():
                lines.append(f"{outcome.item.label} ({outcome.job.name}): "
                             f"{message_text(warning)}")
        for outcome in self.duplicates:
            if outcome.duplicate is not None:
                lines.append(QCoreApplication.translate(
                    "EvidencePanel", "%1 is already in this case as %2; it was not stored "
                    "twice.").replace("%1", outcome.job.name)
                    .replace("%2", outcome.duplicate.label))
        for outcome in self.errors:
            if outcome.error is not None:
                lines.append(f"{outcome.job.name}: {error_message(outcome.error)}")
        if self.cancelled:
            lines.append(QCoreApplication.translate(
                "EvidencePanel", "Import cancelled: nothing of the file that was being added "
                "was stored."))
        return "\n".join(lines)


def thumbnail_image(store: EvidenceStore, item: EvidenceItem, *, make: bool) -> QImage | None:
    """The item's stored thumbnail as a QImage (made first when asked and missing)."""
    if not item.has_bytes or item.kind not in (EvidenceKind.SCREENSHOT, EvidenceKind.PHOTO):
        return None
    thumb = store.thumbnail(item.id)
    if thumb is None and make and store.make_thumbnail(item.id):
        thumb = store.thumbnail(item.id)
    if thumb is None:
        return None
    image = QImage.fromData(thumb.data)
    return None if image.isNull() else image


def _import_one(store: EvidenceStore, case_id: int, job: ImportJob,
                progress: Callable[[int, int], None], cancelled: Callable[[], bool]
                ) -> EvidenceItem:
    if job.way == BYTES:
        assert job.data is not None
        return store.import_bytes(case_id, job.data, job.name, source=job.source,
                                  metadata=job.metadata, kind=job.kind,
                                  captured_at=job.captured_at, thumbnail=False)
    assert job.path is not None
    if job.way == CHAT:
        return store.import_chat(case_id, job.path, metadata=job.metadata, progress=progress,
                                 cancel=cancelled)
    return store.import_file(case_id, job.path, metadata=job.metadata, progress=progress,
                             cancel=cancelled, thumbnail=False)


def run_batch(case_id: int, state: BatchState):  # type: ignore[no-untyped-def]
    """The work for `with_worker_vault`: import every job, in order."""

    def work(vault: CaseFile, progress: Callable[[int, int], None],
             cancelled: Callable[[], bool]) -> list[ImportOutcome]:
        store = vault.evidence
        sizes = [job.size() for job in state.jobs]
        total = max(sum(sizes), 1)
        before = 0
        for index, job in enumerate(state.jobs):
            if cancelled():
                break
            state.current = index
            progress(before, total)
            outcome = ImportOutcome(job)
            try:
                item = _import_one(store, case_id, job,
                                   lambda done, _t, b=before: progress(min(b + done, total),
                                                                      total), cancelled)
                outcome.thumbnail = thumbnail_image(store, item, make=True)
                outcome.item = store.get(item.id)
            except ImportCancelledError:
                break
            except DuplicateEvidenceError as exc:
                outcome.duplicate = exc.existing
            except Exception as exc:  # reported per file; the batch goes on
                outcome.error = exc
            state.outcomes.append(outcome)
            before += sizes[index]
            progress(min(before, total), total)
        return state.outcomes

    return work


def parks_the_window(state: BatchState) -> bool:
    """True when the batch has a file big enough to want the vault file to itself."""
    return any(job.size() >= BULK_IMPORT_BYTES for job in state.jobs)


def parked_batch(vault: CaseFile, case_id: int, state: BatchState) -> Work:
    """The batch on a worker connection, with the window's own connection parked while it
    runs when a file is big enough for the import to want the vault file to itself.

    Only then can the worker write with a rollback journal (every page once) instead of
    staying in WAL (every page twice: 1.4-2x the time). Anything in the window that reads
    the vault meanwhile waits for the batch, then reconnects; small files never park.
    """
    work = with_worker_vault(vault, run_batch(case_id, state))
    if not parks_the_window(state):
        return work
    free = vault.park()

    def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
        try:
            return work(progress, cancelled)
        finally:
            free.set()

    return run


class ImportQueue(QObject):
    """Runs import batches one after another for one case."""

    progressed = Signal(str, int, int)  # text, done, total
    batch_done = Signal(object, bool, int)  # list[ImportOutcome], cancelled, case id
    busy_changed = Signal(bool)
    # True while a big file has the vault to itself: the window must not read meanwhile
    holds_window = Signal(bool)

    def __init__(self, vault: CaseFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._pending: list[tuple[int, list[ImportJob]]] = []
        self._op: BackgroundOp | None = None
        self._state: BatchState | None = None
        self._holding = False

    @property
    def busy(self) -> bool:
        return self._op is not None

    def add(self, case_id: int, jobs: list[ImportJob]) -> None:
        if not jobs:
            return
        self._pending.append((case_id, jobs))
        if self._op is None:
            self._next()

    def cancel(self) -> None:
        """Stop the running file (nothing of it is kept) and drop what was waiting."""
        self._pending.clear()
        if self._op is not None:
            self._op.cancel()

    def detach(self) -> None:
        self._pending.clear()
        if self._op is not None:
            self._op.detach()
            self._op = None

    def _next(self) -> None:
        if not self._pending:
            self.busy_changed.emit(False)
            return
        case_id, jobs = self._pending.pop(0)
        state = BatchState(jobs)
        self._state = state
        op = owned_op(parked_batch(self._vault, case_id, state), self)
        op.on_progress(lambda done, total: self._progress(state, done, total))
        op.on_success(lambda outcomes: self._done(list(outcomes), False, case_id))
        op.on_cancelled(lambda: self._done(list(state.outcomes), True, case_id))
        op.on_failure(lambda exc: self._done([*state.outcomes, ImportOutcome(
            state.jobs[min(state.current, len(state.jobs) - 1)], error=exc)], False, case_id))
        self._op = op
        self._holding = parks_the_window(state)
        self.busy_changed.emit(True)
        if self._holding:
            self.holds_window.emit(True)
        self._progress(state, 0, 1)
        op.start()

    def _progress(self, state: BatchState, done: int, total: int) -> None:
        job = state.jobs[min(state.current, len(state.jobs) - 1)]
        if len(state.jobs) > 1:
            text = self.tr("Adding %1 (%2 of %3)...").replace("%1", job.name).replace(
                "%2", str(state.current + 1)).replace("%3", str(len(state.jobs)))
        else:
            text = self.tr("Adding %1...").replace("%1", job.name)
        self.progressed.emit(text, done, total)

    def _done(self, outcomes: list[ImportOutcome], cancelled: bool, case_id: int) -> None:
        self._op = None
        if self._holding:
            self._holding = False
            with contextlib.suppress(RuntimeError):
                self.holds_window.emit(False)
        with contextlib.suppress(RuntimeError):
            self.batch_done.emit(outcomes, cancelled, case_id)
        self._next()
