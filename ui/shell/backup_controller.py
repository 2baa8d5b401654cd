"""Backups that happen by themselves: on lock and close, and at most once an hour while the
vault is open and changed. Always on a worker connection, never on the GUI thread.

Lock: the backup's connection is opened on a worker thread while the vault is still open
(opening re-derives the key, ~150 ms); the GUI keeps painting meanwhile and the lock goes on
as soon as that connection exists. The GUI connection then closes; the worker copies the
vault as it was at the lock (nothing writes any more) and closes its connection, and with it
the key, when the backup is written and verified (a second or so for a small vault). A
synchronous backup at lock would stall the window for as long as the copy takes, which
grows with the evidence; opening a connection does not.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from app.backup import BackupResult, BackupStatus
from app.casefile import CaseFile
from app.messages import Message
from ui.common.errors import error_message
from ui.common.messages import message_text
from ui.common.style import set_role
from ui.common.widgets import ElidedLabel
from ui.common.workers import BackgroundOp, with_worker_vault
from ui.shell.backup_status import status_line, status_tooltip

HOURLY_SECONDS = 3600
CHECK_INTERVAL_MS = 5 * 60 * 1000
OPEN_WAIT_SECONDS = 10.0
NOTICE_MS = 30_000
# One backup at a time, whichever connection asks (the hourly one and the lock's).
_ONE_AT_A_TIME = threading.Lock()


def _backup_and_status(worker: CaseFile) -> tuple[BackupResult, BackupStatus, int]:
    """The backup, the status after it, and the change marker it covers (read right after
    it: the backup itself adds to the audit trail). Call holding `_ONE_AT_A_TIME`, taken
    before the worker's connection opens: a password change holds it and waits for the
    process's other connections to close."""
    result = worker.backups.create()
    return result, worker.backups.status(), worker.backups.change_marker()


def _one_at_a_time(work: Any) -> Any:
    def run(progress: Any, cancelled: Any) -> Any:
        with _ONE_AT_A_TIME:
            return work(progress, cancelled)

    return run


class BackupController(QObject):
    """Owned by the main window: `attach` at unlock, `before_close` just before the vault
    closes, `finish` when the window closes (waits for a backup still being written)."""

    notice = Signal(str)  # warnings (each once) and failures, shown for a while

    def __init__(self, status_bar: QStatusBar, *, enabled: bool = True) -> None:
        super().__init__(status_bar)
        self._enabled = enabled
        self._vault: CaseFile | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(3)
        self._said: set[Message] = set()
        self._baseline = 0
        self._backed_up: int | None = None
        self._last_started = time.monotonic()
        self._op: BackgroundOp | None = None
        self.label = QLabel()
        self.label.hide()
        # Its own label: the status bar's message line belongs to the window (overdue count).
        # as much as fits beside the backup line; the whole text in the tooltip (and the
        # warnings in full on Vandaag)
        self.lbl_notice = ElidedLabel()
        set_role(self.lbl_notice, "error")
        self.lbl_notice.hide()
        status_bar.addPermanentWidget(self.lbl_notice, 1)
        status_bar.addPermanentWidget(self.label)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.lbl_notice.hide)
        self.notice.connect(self._show_notice)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_hourly)

    # ------------------------------------------------------------- lifecycle
    def attach(self, vault: CaseFile) -> None:
        if not self._enabled:
            return
        self._vault = vault
        self._baseline = vault.backups.change_marker()
        self._backed_up = None
        self._last_started = time.monotonic()
        self._timer.start()
        op = BackgroundOp(with_worker_vault(vault, lambda w, _p, _c: w.backups.status()))
        op.on_success(self._show_status).on_failure(lambda _exc: None)
        op.start(self._pool)

    def before_close(self, vault: CaseFile) -> None:
        """Start the lock's backup on its own connection; return once that is open."""
        self._timer.stop()
        self._vault = None
        self.label.hide()
        if not self._enabled or not vault.is_open or not self._changed(vault, locking=True):
            return
        opened = threading.Event()

        def work(_progress: Any, _cancelled: Any) -> tuple[BackupResult, BackupStatus, int]:
            try:
                worker = vault.open_worker()
            finally:
                opened.set()
            try:
                # Opened first, so the lock goes on at once; no password change runs now
                # (the window is busy with it and does not lock meanwhile).
                with _ONE_AT_A_TIME:
                    return _backup_and_status(worker)
            finally:
                worker.close()

        op = BackgroundOp(work)  # no parent: it outlives the workspace and the lock
        op.on_success(self._backed_up_at_lock).on_failure(self._failed)
        op.start(self._pool)
        deadline = time.monotonic() + OPEN_WAIT_SECONDS
        while not opened.wait(0.005) and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _show_notice(self, text: str) -> None:
        self.lbl_notice.set_full_text(text)
        self.lbl_notice.show()
        self._notice_timer.start()

    def finish(self) -> None:
        """The app quits: let a backup being written complete (a kill leaves no false one)."""
        self._timer.stop()
        self._pool.waitForDone()

    @property
    def is_busy(self) -> bool:
        return self._op is not None

    # ------------------------------------------------------------- hourly
    def _changed(self, vault: CaseFile, *, locking: bool) -> bool:
        marker = vault.backups.change_marker()
        if self._backed_up is None:
            return locking or marker != self._baseline
        return marker != self._backed_up

    def check_hourly(self) -> None:
        vault = self._vault
        if vault is None or self._op is not None or not vault.is_open:
            return
        if time.monotonic() - self._last_started < HOURLY_SECONDS:
            return
        if self._changed(vault, locking=False):
            self.backup_now()

    def backup_now(self) -> None:
        vault = self._vault
        if vault is None or self._op is not None:
            return
        self._last_started = time.monotonic()
        op = BackgroundOp(_one_at_a_time(
            with_worker_vault(vault, lambda w, _p, _c: _backup_and_status(w))))
        op.on_success(self._backed_up_while_open)
        op.on_failure(self._failed)
        op.finished.connect(self._op_done)
        self._op = op
        op.start(self._pool)

    def _op_done(self) -> None:
        self._op = None

    # ------------------------------------------------------------- results
    def _backed_up_while_open(self, done: tuple[BackupResult, BackupStatus, int]) -> None:
        self._backed_up = done[2]
        self._show_status(done[1])

    def _backed_up_at_lock(self, done: tuple[BackupResult, BackupStatus, int]) -> None:
        self._say_warnings(done[1])

    def _show_status(self, status: BackupStatus) -> None:
        vault = self._vault
        if vault is None:  # locked meanwhile
            return
        self.label.setText(status_line(status, vault.clock.now()))
        self.label.setToolTip(status_tooltip(status))
        self.label.show()
        self._say_warnings(status)

    def _say_warnings(self, status: BackupStatus) -> None:
        """Each warning once per session; all of them stay in the label's tooltip."""
        new = [w for w in status.warnings if w not in self._said]
        self._said.update(new)
        if new:
            self.notice.emit("  ".join(message_text(w) for w in new))

    def _failed(self, exc: BaseException) -> None:
        self.notice.emit(self.tr("The backup was not made: %1").replace(
            "%1", error_message(exc)))
        if self._vault is not None:
            self.label.setText(self.tr("Backup failed"))
            self.label.show()
