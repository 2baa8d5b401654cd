"""The recovery kit in the window: a new recovery code and its Noodblad (emergency sheet)
PDF, made in the background; the code is shown once. The file picker and the code dialog
are patchable so tests replace one call each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from ui.common.confirm import Confirm, inform
from ui.common.errors import error_message
from ui.common.file_dialogs import get_save_file_name
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.common.workers import BackgroundOp, with_worker_vault
from ui.help.concept_link import ConceptLink


def choose_noodblad_path(parent: QWidget | None, start: Path) -> Path | None:
    """Where the emergency sheet PDF goes; None when the user cancels."""
    name, _ = get_save_file_name(
        parent, QCoreApplication.translate("RecoveryKit", "Save the emergency sheet"),
        str(start), QCoreApplication.translate("RecoveryKit", "PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class RecoveryCodeDialog(QDialog):
    """The new code, once, with how to keep the sheet."""

    def __init__(self, code: str, sheet: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Emergency sheet"))
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(role_label(self.tr("Your recovery code"), "heading"))
        self.lbl_code = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        font.setBold(True)
        self.lbl_code.setFont(font)
        self.lbl_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.lbl_code)
        self.lbl_sheet = role_label(self.tr(
            "The code is also on the emergency sheet %1. This window shows it only once; "
            "the vault does not keep it.").replace("%1", str(sheet)), "muted", wrap=True)
        layout.addWidget(self.lbl_sheet)
        self.lbl_keep = role_label(self.tr(
            "Print the sheet and keep it at home or in another personal, safe place. Never in "
            "the school safe or a school folder: only you may read these case files, and with "
            "the sheet and a backup anyone can open them. Then delete the PDF file."),
            "", wrap=True)
        layout.addWidget(self.lbl_keep)
        layout.addWidget(ConceptLink("noodblad"), 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox()
        self.btn_ok = buttons.addButton(self.tr("I have put the sheet away safely"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.btn_ok, "primary")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def show_code(cls, parent: QWidget | None, code: str, sheet: Path) -> None:
        dialog = cls(code, sheet, parent)
        dialog.exec()
        dialog.deleteLater()


def default_sheet_path(vault_path: Path) -> Path:
    return Path.home() / f"Noodblad {vault_path.stem}.pdf"


class RecoveryKitOffer(QWidget):
    """The status bar's question after a vault was created."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("No emergency sheet yet: with it you get back into your "
                                     "cases when you forget the password.")))
        self.btn_make = QPushButton(self.tr("Make emergency sheet"))
        self.btn_later = QPushButton(self.tr("Later"))
        for button in (self.btn_make, self.btn_later):
            set_role(button, "link")
            row.addWidget(button)


class RecoveryKitMaker(QObject):
    """Ask where, warn that a new code replaces the old one, make it off the GUI thread."""

    made = Signal(Path)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._op: BackgroundOp | None = None
        self.offer_bar: RecoveryKitOffer | None = None

    @property
    def is_busy(self) -> bool:
        return self._op is not None

    def offer_after_creation(self, vault: CaseFile, status_bar: QStatusBar) -> None:
        """Right after a new vault: a question in the status bar, which neither blocks the
        window nor takes the focus; skippable, and later from the Kluis menu."""
        offer = RecoveryKitOffer()
        self.offer_bar = offer

        def make() -> None:
            self.dismiss_offer()
            if vault.is_open:
                self.make(vault, ask_replace=False)

        offer.btn_make.clicked.connect(make)
        offer.btn_later.clicked.connect(self.dismiss_offer)
        status_bar.addWidget(offer)

    def dismiss_offer(self) -> None:
        """Answered, or the vault was locked: the question goes."""
        offer, self.offer_bar = self.offer_bar, None
        if offer is not None:
            offer.hide()
            offer.deleteLater()

    def make(self, vault: CaseFile, *, ask_replace: bool = True) -> None:
        if self._op is not None:
            return
        if ask_replace and vault.backups.has_recovery_code():
            replace, _ = Confirm.ask(self._parent, self.tr("Emergency sheet"), self.tr(
                "There is already an emergency sheet. A new one makes the old recovery code "
                "invalid: destroy the old sheet afterwards. Make a new one?"),
                self.tr("Make a new one"))
            if not replace:
                return
        sheet = choose_noodblad_path(self._parent, default_sheet_path(vault.path))
        if sheet is None:
            return
        self._run(vault, sheet)

    def _run(self, vault: CaseFile, sheet: Path) -> None:
        dialog = QProgressDialog(self.tr("Making the emergency sheet..."), "", 0, 0,
                                 self._parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        op = BackgroundOp(with_worker_vault(
            vault, lambda worker, _p, _c: worker.backups.make_recovery_kit(sheet)))
        op.on_success(lambda code: self._made(code, sheet)).on_failure(self._failed)
        op.finished.connect(dialog.close)
        op.finished.connect(dialog.deleteLater)
        op.finished.connect(self._done)
        self._op = op
        op.start()
        dialog.show()

    def _done(self) -> None:
        self._op = None

    def _made(self, code: str, sheet: Path) -> None:
        RecoveryCodeDialog.show_code(self._parent, code, sheet)
        self.made.emit(sheet)

    def _failed(self, exc: BaseException) -> None:
        inform(self._parent, self.tr("Emergency sheet"), error_message(exc), warning=True)
