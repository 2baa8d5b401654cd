"""Privacy mode, for when the student sits at the desk: only this case's evidence is on
screen. No case list, no names of other children (not in the window title either), no
notes or timeline, and no links to people. Leaving it needs the vault password.

The evidence tab itself moves into the privacy page (so imports keep running) and moves
back when the mode ends. The page hangs off the workspace: locking drops it with
everything else. Lock stays available (it reveals nothing: it closes the vault).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from ui.common.confirm import inform
from ui.common.errors import error_message
from ui.common.form_dialog import FormDialog
from ui.common.widgets import role_label
from ui.common.workers import BackgroundOp
from ui.evidence.importing import owned_op

SHORTCUT = "Ctrl+Shift+P"


def check_password(vault: CaseFile, password: str) -> None:
    """Raise WrongPasswordError unless `password` opens this vault (off the GUI thread)."""
    vault.check_password(password)


class LeavePrivacyDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(self.tr("Leave privacy mode"), parent, ok_text=self.tr("Leave"))
        self.setMinimumWidth(460)
        self.layout().insertWidget(1, role_label(self.tr(
            "Type the vault password. The case list, names and notes then show again."),
            "muted", wrap=True))
        self.edt_password = QLineEdit()
        self.edt_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(role_label(self.tr("Password"), "fieldname"), self.edt_password)
        self.edt_password.setFocus()  # type at once; Enter presses the default Leave

    def problem(self) -> str:
        return "" if self.edt_password.text() else self.tr("Type the password of this vault.")

    @classmethod
    def get_password(cls, parent: QWidget | None) -> tuple[str | None, bool]:
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        password = dialog.edt_password.text() if accepted else None
        dialog.edt_password.clear()
        dialog.deleteLater()
        return password, accepted


class PrivacyPage(QWidget):
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        bar = QFrame()
        bar.setObjectName("privacyBar")
        bar.setStyleSheet("QFrame#privacyBar { background: #e7f0f5; border: 1px solid #c9dce6;"
                          " border-radius: 8px; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 10, 12, 10)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.lbl_heading = role_label(self.tr("Collecting evidence together"), "subheading")
        text.addWidget(self.lbl_heading)
        text.addWidget(role_label(self.tr(
            "Privacy mode: only the evidence of this case is shown. Other cases, names and "
            "notes are hidden."), "muted", wrap=True))
        row.addLayout(text, 1)
        self.btn_leave = QPushButton(self.tr("Leave privacy mode..."))
        self.btn_leave.setToolTip(self.tr("Needs the vault password (%1)").replace(
            "%1", SHORTCUT))
        self.btn_leave.clicked.connect(self.leave_requested)
        row.addWidget(self.btn_leave, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(bar)
        self.holder = QVBoxLayout()
        self.holder.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.holder, 1)


class PrivacyMode(QObject):
    """Switches a workspace between its normal view and the privacy page."""

    changed = Signal(bool)

    def __init__(self, workspace: QWidget, normal: QWidget, tabs: QTabWidget,
                 panel: QWidget, vault: CaseFile) -> None:
        super().__init__(workspace)
        self._normal = normal
        self._tabs = tabs
        self._panel = panel
        self._vault = vault
        self._tab_index = -1
        self._tab_text = ""
        self._op: BackgroundOp | None = None
        self.page = PrivacyPage(workspace)
        self.page.hide()
        self.page.leave_requested.connect(self.request_leave)
        workspace.layout().addWidget(self.page)
        self.active = False

    def toggle(self) -> bool:
        """Enter, or ask for the password to leave; False when there is no case."""
        if self.active:
            self.request_leave()
            return True
        return self.enter()

    def enter(self) -> bool:
        if self.active or not getattr(self._panel, "case_id", None):
            return False
        self._tab_index = self._tabs.indexOf(self._panel)
        self._tab_text = self._tabs.tabText(self._tab_index)
        self._tabs.removeTab(self._tab_index)
        self.page.holder.addWidget(self._panel)
        self._panel.show()
        self._normal.hide()
        self.page.show()
        self.active = True
        self._panel.set_private(True)
        self._panel.gallery.setFocus()  # keys must not reach the hidden case search
        self.changed.emit(True)
        return True

    def request_leave(self) -> None:
        if not self.active or self._op is not None:
            return
        password, accepted = LeavePrivacyDialog.get_password(self.page)
        if not accepted or not password:
            return
        vault = self._vault
        self.page.btn_leave.setEnabled(False)
        op = owned_op(lambda _p, _c: check_password(vault, password), self)
        op.on_success(lambda _r: self._leave()).on_failure(self._refused)
        op.finished.connect(self._checked)
        self._op = op
        op.start()

    def _checked(self) -> None:
        self._op = None
        self.page.btn_leave.setEnabled(True)

    def _refused(self, exc: BaseException) -> None:
        inform(self.page, QCoreApplication.translate("PrivacyMode", "Privacy mode stays on"),
               error_message(exc) + "\n\n" + QCoreApplication.translate(
                   "PrivacyMode", "Privacy mode stays on."), warning=True)

    def _leave(self) -> None:
        if not self.active:
            return
        self._panel.set_private(False)
        self.page.holder.removeWidget(self._panel)
        self._tabs.insertTab(self._tab_index, self._panel, self._tab_text)
        self._tabs.setCurrentWidget(self._panel)
        self.page.hide()
        self._normal.show()
        self.active = False
        self.changed.emit(False)

    def shutdown(self) -> None:
        """The workspace is thrown away (lock): stop work, drop every picture."""
        if self._op is not None:
            self._op.detach()
            self._op = None
        self._panel.shutdown()


class WindowPrivacy:
    """The main window's side: title, menus, toolbars, other windows (such as a to-do
    list with other children's names) and every shortcut that would reveal data."""

    ALLOWED = ("act_lock", "act_quit", "act_about", "act_manual", "act_privacy")

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._saved_title = ""
        self._actions: list[QAction] = []
        self._widgets: list[QWidget] = []
        self.active = False

    def apply(self, on: bool) -> None:
        window = self._window
        if on == self.active:
            return
        self.active = on
        if on:
            allowed = {id(getattr(window, name, None)) for name in self.ALLOWED}
            self._saved_title = window.windowTitle()
            window.setWindowTitle(QCoreApplication.translate(
                "PrivacyMode", "Collecting evidence"))  # Qt appends " — Pestdossier"
            self._actions = [a for a in window.actions()
                             if a.isEnabled() and id(a) not in allowed]
            for action in self._actions:
                action.setEnabled(False)
            bars: list[QWidget] = [window.menuBar(), *window.findChildren(QToolBar)]
            others = [w for w in QApplication.topLevelWidgets()
                      if w.isVisible() and w is not window and not w.inherits("QMenu")
                      and w.metaObject().className() != "CollectionSession"]
            self._widgets = [w for w in [*bars, *others] if w.isVisible()]
            for widget in self._widgets:
                widget.hide()
        else:
            window.setWindowTitle(self._saved_title)
            for action in self._actions:
                action.setEnabled(True)
            for widget in self._widgets:
                widget.show()
            self._actions, self._widgets = [], []
