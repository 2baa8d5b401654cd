"""The main window: the vault screens while locked, the workspace while unlocked.

Locking closes the vault and throws the workspace away (every model, cache and widget
with case data); only the unlock screen stays until the password is typed again. It
locks from anywhere (ui/shell/locking.py): Ctrl+L inside any dialog, the toolbar, the
idle timer and the operating system's screen lock; typed text is kept as a draft.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from ui.common import drafts, file_dialogs
from ui.common.accessibility import install_accessible_names
from ui.common.clipboard import CopyGuard, case_clipboard
from ui.common.confirm import inform
from ui.common.errors import error_message
from ui.common.file_dialogs import get_open_file_name
from ui.common.messages import message_lines
from ui.common.wheel_guard import install_wheel_guard
from ui.common.widgets import centered_card
from ui.common.workers import BackgroundOp, with_worker_vault
from ui.evidence.privacy import SHORTCUT as PRIVACY_SHORTCUT
from ui.evidence.privacy import WindowPrivacy
from ui.help.help_actions import HelpActions
from ui.home.badge import overdue_text, todo_action_text
from ui.home.feed import FeedResult
from ui.shell import collector, i18n, lock_prefs, locking, settings, window_fit
from ui.shell.backup_actions import BackupActions
from ui.shell.backup_controller import BackupController
from ui.shell.idle import IdleWatcher
from ui.shell.screen_lock import ScreenLockWatcher
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.vault_actions import VaultActions
from ui.vault.dialogs import CreateVaultPanel, choose_existing_vault
from ui.vault.unlock_screen import UnlockScreen

if TYPE_CHECKING:
    from app.casefile import CaseFile
    from app.verify import VerifyReport
    from ui.shell.workspace import Workspace


def _free_default_path() -> Path:
    path = settings.default_vault_path()
    counter = 2
    while path.exists():
        path = path.with_name(f"pestdossier-{counter}{path.suffix}")
        counter += 1
    return path


WARM_AFTER_MS = 400  # the unlock screen is painted and answering keys by then


def _import_workspace() -> None:
    """One turn of the event loop (~50 ms): the workspace's modules (cases, case work,
    evidence), which the unlock screen itself does not need; then everything loaded so
    far is left out of later garbage collections (ui/shell/collector.py)."""
    import ui.shell.workspace  # noqa: F401, PLC0415

    collector.settle()


class MainWindow(QMainWindow):
    def __init__(self, *, demo: bool = False, demo_password: str = "") -> None:
        super().__init__()
        app = QApplication.instance()
        if app is not None:  # create_app installs them too; once per application
            install_wheel_guard(app)
            window_fit.install_dialog_fit(app)
            install_accessible_names(app)
        self._demo = demo
        self._demo_password = demo_password
        self.vault: CaseFile | None = None
        self.workspace: Workspace | None = None
        self.create_panel: CreateVaultPanel | None = None
        self._create_page: QWidget | None = None
        self._verify_op: BackgroundOp | None = None
        self._announce_overdue = False
        self.last_verify_report: VerifyReport | None = None
        # Qt appends the display name "Pestdossier" to any title not ending in it.
        self.setWindowTitle(self.tr("Demo with made-up cases") if demo else "Pestdossier")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen()
        if demo:
            self.unlock_screen.lbl_heading.setText(self.tr("The demo vault is locked"))
            self.unlock_screen.show_hint(self.tr("Password of the demo vault: %1")
                                         .replace("%1", demo_password))
        self._unlock_page = centered_card(self.unlock_screen, 440)
        self.stack.addWidget(self._unlock_page)
        self.unlock_screen.unlocked.connect(self.show_vault)
        self.unlock_screen.open_other_requested.connect(self._open_other)
        self.unlock_screen.create_requested.connect(lambda: self.show_create(can_go_back=True))
        self.backups = BackupController(self.statusBar(), enabled=not demo)
        self._build_actions()
        self._build_auto_lock()
        geometry = settings.window_geometry()
        restored = geometry is not None and self.restoreGeometry(geometry)
        window_fit.fit_to_screen(self, restored=restored)

    # ------------------------------------------------------------- actions and menus
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                *, needs_vault: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setProperty("needs_vault", needs_vault)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new_case = self._action(self.tr("New case"), self.new_case, "Ctrl+N")
        self.act_find = self._action(self.tr("Search"), self.focus_search, "Ctrl+F")
        self.act_verify = self._action(self.tr("Check vault"), self.verify)
        self.act_todo = self._action(todo_action_text(0), self.show_todo, "Ctrl+T")
        self.act_todo.setToolTip(self.tr("Today: overdue and upcoming steps and follow-ups, "
                                         "appointments, new reports (Ctrl+T)"))
        self.act_dossier = self._action(self.tr("Make dossier..."), self.make_dossier, "Ctrl+D")
        self.act_dossier.setToolTip(self.tr("A PDF of the selected case (Ctrl+D)"))
        self.act_year = self._action(self.tr("Year overview..."), self.show_year_overview)
        self.act_access = self._action(self.tr("Access request..."), self.show_access_request)
        self.act_access.setToolTip(self.tr("A pupil or parent asks what you keep (inzage)"))
        self.act_lock = self._action(self.tr("Lock"), self.lock, "Ctrl+L")
        self.act_privacy = self._action(self.tr("Student at the desk"), self.toggle_privacy,
                                        PRIVACY_SHORTCUT)
        self.act_privacy.setToolTip(self.tr("Privacy mode: only this case's evidence (%1)")
                                    .replace("%1", PRIVACY_SHORTCUT))
        self.privacy_chrome = WindowPrivacy(self)
        self.act_settings = self._action(self.tr("Settings..."), self.show_settings,
                                         needs_vault=False)
        self.act_quit = self._action(self.tr("Quit"), self.close, "Ctrl+Q", needs_vault=False)
        self.act_new_case.setToolTip(self.tr("New case (Ctrl+N)"))
        self.act_lock.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        self.act_verify.setToolTip(self.tr("Check that the vault is intact"))
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        for action in (self.act_new_case, self.act_find, self.act_todo, self.act_year,
                       self.act_dossier, self.act_access, None,
                       self.act_verify,
                       self.act_lock,
                       None, self.act_settings, self.act_quit):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.insertAction(self.act_lock, self.act_privacy)
        self.backup_actions = BackupActions(self, menu, before=self.act_lock)
        self.vault_actions = VaultActions(self, menu, before=self.act_lock)
        self.help_actions = HelpActions(self)
        self.act_manual = self.help_actions.act_manual
        self.act_about = self.help_actions.act_about
        self.toolbar = self.addToolBar(self.tr("Main toolbar"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.act_new_case)
        self.toolbar.addAction(self.act_todo)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_verify)
        self.toolbar.addAction(self.act_lock)
        self._update_actions()

    def _build_auto_lock(self) -> None:
        """Idle time, the screen-lock signal and Ctrl+L inside dialogs all lock."""
        self.idle_watcher = IdleWatcher(self)
        self.idle_watcher.idle.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.locked.connect(self.lock_on_screen_lock)
        if sys.platform == "win32":  # session changes reach only windows that ask
            self.screen_lock.register_window(int(self.winId()))
        self.lock_keys = locking.LockKeyFilter(self.act_lock, self)
        self.copy_guard = CopyGuard(self)  # Qt's own Copy (labels, fields, lists) too
        self.apply_lock_preferences()

    def apply_lock_preferences(self) -> None:
        self.idle_watcher.set_limit(lock_prefs.idle_minutes())
        case_clipboard().clear_after_seconds = lock_prefs.clipboard_seconds()

    def lock_on_screen_lock(self) -> None:
        if lock_prefs.lock_on_screen_lock():
            self.lock()

    def _update_actions(self) -> None:
        unlocked = self.vault is not None
        for action in self.actions():
            if action.property("needs_vault"):
                action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)

    # ------------------------------------------------------------- screens
    def start(self, vault: CaseFile | None = None) -> None:
        """First screen: the given (demo) vault, the unlock screen of the last vault (or of
        a vault copied into the default folder), or create."""
        if vault is not None:
            self.show_vault(vault)
            return
        last = settings.last_vault_path() or settings.vault_in_default_folder()
        if last is not None:
            self.show_unlock(last)
        else:
            self.show_create(can_go_back=False)

    def show_unlock(self, path: Path) -> None:
        self.unlock_screen.set_path(path)
        self._drop_create_page()
        self.stack.setCurrentWidget(self._unlock_page)
        self.unlock_screen.focus_password()
        # While the password is typed: the workspace's modules, so unlocking need not.
        QTimer.singleShot(WARM_AFTER_MS, self, _import_workspace)

    def show_create(self, *, can_go_back: bool) -> None:
        self._drop_create_page()
        self.create_panel = CreateVaultPanel(_free_default_path(), can_go_back=can_go_back)
        self.create_panel.created.connect(self.show_vault)
        self.create_panel.created.connect(self.vault_actions.offer_recovery_kit)
        self.create_panel.open_other_requested.connect(self._open_other)
        self.create_panel.back_requested.connect(
            lambda: self.show_unlock(self.unlock_screen.path or settings.default_vault_path()))
        self._create_page = centered_card(self.create_panel, 560)
        self.stack.addWidget(self._create_page)
        self.stack.setCurrentWidget(self._create_page)
        self.create_panel.edt_password.setFocus()

    def _drop_create_page(self) -> None:
        if self._create_page is not None:
            self.stack.removeWidget(self._create_page)
            self._create_page.deleteLater()
        self._create_page = None
        self.create_panel = None

    def _open_other(self) -> None:
        path = choose_existing_vault(self, self.unlock_screen.path)
        if path is not None:
            self.show_unlock(path)

    def show_vault(self, vault: CaseFile) -> None:
        if self.vault is not None:  # never two vaults at once
            vault.close()
            return
        self.vault = vault
        drafts.attach(vault.drafts)
        self.idle_watcher.touch()
        if not self._demo:
            settings.remember_vault_path(vault.path)
        self.unlock_screen.set_path(vault.path)
        self._drop_create_page()
        # Imported on first unlock: the unlock screen comes up without the workspace's
        # modules (cases, case work, evidence, dossiers).
        from ui.shell.workspace import Workspace  # noqa: PLC0415

        self.workspace = Workspace(vault)
        self.workspace.feed.with_backups = not self._demo   # the demo makes no backups
        self.workspace.failed.connect(self.report_error)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.statusBar().showMessage(self.tr("Vault: %1").replace("%1", vault.path.name))
        self.workspace.feed.todo_ready.connect(self._show_todo_badge)
        self.workspace.privacy_changed.connect(self.privacy_chrome.apply)
        self._announce_overdue = True
        self._update_actions()
        self.backups.attach(vault)

    def lock(self) -> None:
        """Close the vault and drop everything that holds case data, from any dialog."""
        if self.vault is not None:
            locking.keep_drafts()
        file_dialogs.note_lock()  # an open file dialog returns no path into the locked app
        modal_closed = locking.close_windows(self)
        drafts.detach()
        case_clipboard().clear_if_ours()
        if self._verify_op is not None:
            self._verify_op.detach()
            self._verify_op = None
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.shutdown()  # 'te doen', change notices, imports, searches
            self.stack.removeWidget(workspace)
            workspace.hide()
            # Qt owns it and deletes it (never Python's garbage collector as well).
            locking.dispose_later(workspace, modal_closed=modal_closed)
            collector.collect_after_lock(self)   # what the workspace left in cycles
        vault, self.vault = self.vault, None
        if vault is not None:
            self.backups.before_close(vault)
            vault.close()
            self.show_unlock(vault.path)
        self.statusBar().clearMessage()
        self.act_todo.setText(todo_action_text(0))
        self.privacy_chrome.apply(False)
        self._update_actions()

    # ------------------------------------------------------------- commands
    def make_dossier(self) -> None:
        if self.workspace is not None:
            self.workspace.detail.make_dossier()

    def new_case(self) -> None:
        if self.workspace is not None:
            self.workspace.new_case()

    def focus_search(self) -> None:
        if self.workspace is not None:
            self.workspace.focus_search()

    def show_todo(self) -> None:
        if self.workspace is not None:
            self.workspace.show_todo()

    def show_access_request(self) -> None:
        if self.workspace is not None:
            self.workspace.show_access_request()

    def show_year_overview(self) -> None:
        if self.workspace is not None:
            self.workspace.show_year_overview()

    def _show_todo_badge(self, result: FeedResult) -> None:
        """The overdue count on the 'Today' action; after unlocking also in the status bar.
        The workspace's feed computes it in the background, case by case."""
        if self.workspace is None:
            return
        count = result.todo.overdue_count
        self.act_todo.setText(todo_action_text(count))
        if self._announce_overdue and count:
            self.statusBar().showMessage(overdue_text(count))
        self._announce_overdue = False

    def toggle_privacy(self) -> None:
        """Student at the desk: in or out of privacy mode (out needs the password)."""
        if self.workspace is not None and not self.workspace.privacy.toggle():
            self.statusBar().showMessage(self.tr("Choose a case first."), 5000)

    def show_settings(self) -> None:
        language, accepted = SettingsDialog.edit_settings(self)
        self.apply_lock_preferences()
        if accepted and language != i18n.current_language():
            self.statusBar().showMessage(
                self.tr("The new interface language is used from the next start."), 8000)

    def report_error(self, exc: BaseException) -> None:
        inform(self, self.tr("Not saved"), error_message(exc), warning=True)

    def verify(self, against: Path | bool | None = None) -> None:
        """Check storage, audit chain and evidence in the background, with cancel; with
        `against` (an export or a backup) also whether the history still holds its anchor.
        (The toolbar action passes its `checked` flag: a bool means no file.)"""
        if self.vault is None or self._verify_op is not None:
            return
        file = against if isinstance(against, Path) else None
        dialog = QProgressDialog(self.tr("Checking the vault..."), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Check vault"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.dlg_verify = dialog

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        op = BackgroundOp(with_worker_vault(
            self.vault, lambda worker, progress, cancelled: worker.verify(
                progress, cancelled, against=file)), self)
        op.on_progress(progressed).on_success(self._verified).on_failure(
            lambda exc: inform(self, self.tr("Check vault"), error_message(exc), warning=True))
        op.on_cancelled(lambda: self.statusBar().showMessage(
            self.tr("Check cancelled."), 5000))
        dialog.canceled.connect(op.cancel)
        op.finished.connect(dialog.close)
        op.finished.connect(dialog.deleteLater)
        op.finished.connect(self._verify_done)
        self._verify_op = op
        op.start()
        dialog.show()

    def _verify_done(self) -> None:
        self._verify_op = None

    def _verified(self, report: VerifyReport) -> None:
        self.last_verify_report = report
        if report.cancelled:
            self.statusBar().showMessage(self.tr("Check cancelled."), 5000)
            return
        summary = "\n".join(self._verify_summary(report))
        compare = self.tr("Compare with an export or backup...")
        if report.ok:
            self.statusBar().showMessage(self.tr("Vault checked: everything is in order."), 8000)
            chosen = inform(self, self.tr("Check vault"), self.tr(
                "Everything is in order.\n\nChecked:\n%1").replace("%1", summary),
                extra=compare)
        else:
            chosen = inform(self, self.tr("Check vault"), self.tr(
                "The check found problems:\n%1\n\nMake a copy of the vault file and contact "
                "your IT administrator.").replace("%1", summary), warning=True, extra=compare)
        if chosen:   # once this check's operation has finished
            QTimer.singleShot(0, self.compare_with_file)

    def compare_with_file(self) -> None:
        """Check again, this time against the audit anchor of an export or a backup."""
        name, _ = get_open_file_name(
            self, self.tr("Compare with an export or backup"), "",
            self.tr("Dossiers, evidence packages and backups (*.pdf *.zip *.json *.pdbackup)"))
        if name:
            self.verify(against=Path(name))

    def _verify_summary(self, report: VerifyReport, shown: int = 10) -> list[str]:
        """Per check what it covered and how it went, then its first problems."""
        lines: list[str] = []
        for check in report.checks:
            what = message_lines([check.what])[0]
            count = len(check.problems)
            outcome = (self.tr("in order") if not count
                       else self.tr("problems: %1").replace("%1", str(count)))
            lines.append(f"• {what}: {outcome}")
            lines.extend(f"    • {text}" for text in message_lines(check.problems[:shown]))
            if count > shown:
                lines.append("    " + self.tr("... and %1 more.").replace("%1", str(count - shown)))
        return lines

    # ------------------------------------------------------------- Qt overrides
    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_window_geometry(self.saveGeometry())
        self.unlock_screen.abandon()
        if self.create_panel is not None:
            self.create_panel.abandon()
        self.lock()
        self.backups.finish()
        self.idle_watcher.stop()
        self.screen_lock.stop()
        self.lock_keys.stop()
        self.copy_guard.stop()
        super().closeEvent(event)
