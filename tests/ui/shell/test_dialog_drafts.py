"""Every dialog with free text keeps it through a lock: type, Ctrl+L, unlock, open the same
dialog again, and the text is offered back ("Er is een concept van 14:05. Verder gaan?");
meanwhile it was nowhere on disk outside the encrypted vault."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from tests.ui.conftest import TEST_PASSWORD
from tests.ui.helpers import visible_texts
from ui.cases.consent_dialog import ConsentDialog
from ui.cases.identity_dialog import IdentityDialog
from ui.cases.person_edit_dialog import PersonEditDialog
from ui.cases.retention_dialog import RetentionDialog
from ui.casework.dialogs import (
    CloseDialog,
    ConditionDialog,
    EscalateDialog,
    MoveDialog,
    PriorityDialog,
    ProtocolChoiceDialog,
    ReasonDialog,
)
from ui.casework.step_dialog import StepDialog
from ui.common.confirm import Confirm
from ui.common.removal_dialog import RemovalDialog
from ui.evidence.dialogs import DescribeDialog, LinkDialog
from ui.evidence.session import CollectionSession
from ui.handover.dossier_dialog import DossierDialog
from ui.handover.letters_dialog import LettersDialog
from ui.shell.main_window import MainWindow

CANARY = "KANARIE-dlg-5e2a"
TYPED = "KANARIE-concept-b71c"

Field = QLineEdit | QPlainTextEdit


@pytest.fixture
def window(make_window, qtbot, vault: CaseFile) -> MainWindow:  # type: ignore[no-untyped-def]
    case = vault.cases.create(NewCase(CANARY, CaseKind.PESTEN, date(2026, 11, 20)))
    vault.people.add_new_to_case(case.id, "Fenna Verbeek", Role.GEPESTE, "groep 6")
    vault.casework.protocols.choose(case.id, "supportgroep")
    vault.timeline.add(case.id, EntryKind.NOTITIE, f"notitie {CANARY}", vault.clock.now())
    shown: MainWindow = make_window()
    shown.start(vault)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: any(CANARY in t for t in visible_texts()))
    return shown


def _detail(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.workspace is not None
    return window.workspace.detail


def _vault(window: MainWindow) -> CaseFile:
    assert window.vault is not None
    return window.vault


def _identity(window: MainWindow) -> None:
    person = _vault(window).people.for_case(1)[0].person
    dialog = IdentityDialog(_vault(window), person, window)
    dialog.draft_key = f"identity/person:{person.id}"
    dialog.exec()
    dialog.deleteLater()


@dataclass(frozen=True)
class Case:
    want: type[QDialog]
    open: Callable[[MainWindow], object]
    field: Callable[[QWidget], Field]


CASES = {
    "reason": Case(ReasonDialog, lambda w: _detail(w).casework.reopen_case(),
                   lambda d: d.edt_reason),  # type: ignore[attr-defined]
    "priority": Case(PriorityDialog, lambda w: _detail(w).casework.change_priority(),
                     lambda d: d.edt_reason),  # type: ignore[attr-defined]
    "escalate": Case(EscalateDialog, lambda w: _detail(w).casework.escalate(),
                     lambda d: d.edt_reason),  # type: ignore[attr-defined]
    "close": Case(CloseDialog, lambda w: _detail(w).casework.close_case(),
                  lambda d: d.edt_note),  # type: ignore[attr-defined]
    "protocol": Case(ProtocolChoiceDialog,
                     lambda w: _detail(w).casework.protocol.choose_protocol(),
                     lambda d: d.edt_reason),  # type: ignore[attr-defined]
    "step": Case(StepDialog, lambda w: (
        _detail(w).casework.protocol.select_step("gesprek_gepeste"),
        _detail(w).casework.protocol.record_step()),
        lambda d: d.edt_verslag),  # type: ignore[attr-defined]
    "move": Case(MoveDialog, lambda w: MoveDialog.get_move(
        w, "Nagesprek", date(2026, 12, 1), draft_key="followup-move/case:1/x"),
        lambda d: d.edt_reason),  # type: ignore[attr-defined]
    "condition": Case(ConditionDialog, lambda w: ConditionDialog.get_condition(
        w, "Toestemming", _vault(w).clock.now(), draft_key="condition/case:1/x"),
        lambda d: d.edt_how),  # type: ignore[attr-defined]
    "letters": Case(LettersDialog, lambda w: _detail(w).casework.show_letters(),
                    lambda d: d.edt_body),  # type: ignore[attr-defined]
    "describe": Case(DescribeDialog, lambda w: _detail(w).evidence.describe_only(),
                     lambda d: d.edt_description),  # type: ignore[attr-defined]
    "link": Case(LinkDialog, lambda w: LinkDialog.get_link(
        w, "Koppelen", [(1, "Fenna")], "hoe betrokken", draft_key="link/x"),
        lambda d: d.edt_relation),  # type: ignore[attr-defined]
    "identity": Case(IdentityDialog, _identity, lambda d: d.edt_value),  # type: ignore[attr-defined]
    "dossier": Case(DossierDialog, lambda w: _detail(w).make_dossier(),
                    lambda d: d.edt_recipient),  # type: ignore[attr-defined]
    "retention": Case(RetentionDialog, lambda w: _detail(w).privacy.edit_retention(),
                      lambda d: d.edt_reason),  # type: ignore[attr-defined]
    "consent": Case(ConsentDialog, lambda w: _detail(w).privacy.edit_consent(),
                    lambda d: d.edt_note),  # type: ignore[attr-defined]
    "withdraw": Case(RemovalDialog, lambda w: RemovalDialog.get_reason(
        w, "Intrekken", "Gaat weg.", "Blijft.", "Intrekken",
        draft_key="entry-withdraw/entry:1"),
        lambda d: d.edt_reason),  # type: ignore[attr-defined]
    "edit person": Case(PersonEditDialog, lambda w: PersonEditDialog.get_edit(
        w, _vault(w).people.for_case(1)[0], []),
        lambda d: d.edt_group),  # type: ignore[attr-defined]
}


def _when_modal(want: type[QDialog], act: Callable[[QWidget], None]) -> None:
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, want):
            QTimer.singleShot(20, poll)
            return
        act(modal)

    QTimer.singleShot(20, poll)


def _type(field: Field, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


def _read(field: Field) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _unlock_answering_yes(window: MainWindow, vault: CaseFile, vault_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> list[str]:
    questions: list[str] = []

    def answer(_cls: object, _parent: object, _title: str, text: str,
               _yes: str) -> tuple[bool, bool]:
        questions.append(text)
        return True, True

    monkeypatch.setattr(Confirm, "ask", classmethod(answer))
    window.show_vault(CaseFile.open(vault_path, TEST_PASSWORD, clock=vault.clock))
    return questions


def _assert_locked_without_trace(window: MainWindow, vault: CaseFile, tmp_path: Path) -> None:
    assert window.vault is None and not vault.is_open
    assert QApplication.activeModalWidget() is None
    assert not any(TYPED in t for t in visible_texts())
    assert [p for p in tmp_path.rglob("*")
            if p.is_file() and TYPED.encode() in p.read_bytes()] == []


@pytest.mark.parametrize("name", list(CASES))
def test_dialog_text_survives_lock_as_draft(window: MainWindow, vault: CaseFile,
                                            vault_path: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    case = CASES[name]
    typed = f"{name} {TYPED}"

    def type_and_lock(modal: QWidget) -> None:
        _type(case.field(modal), typed)
        QTest.keyClick(modal, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    _when_modal(case.want, type_and_lock)
    case.open(window)  # returns once the lock closed the dialog
    _assert_locked_without_trace(window, vault, tmp_path)

    questions = _unlock_answering_yes(window, vault, vault_path, monkeypatch)
    restored: list[str] = []

    def read_and_close(modal: QWidget) -> None:
        restored.append(_read(case.field(modal)))
        modal.done(0)  # type: ignore[attr-defined]

    _when_modal(case.want, read_and_close)
    case.open(window)
    assert questions == ["Er is een concept van 14:05. Verder gaan?"]
    assert restored == [typed]
    assert _vault(window).drafts.keys() == []  # back in the form, gone from the vault


def test_collection_session_text_survives_lock(window: MainWindow, vault: CaseFile,
                                               vault_path: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The evidence session is not modal: it is open beside the window at the lock."""
    _detail(window).evidence.start_session()
    session = _detail(window).evidence.session
    assert isinstance(session, CollectionSession)
    session.edt_what.setPlainText(f"sessie {TYPED}")
    window.lock()
    _assert_locked_without_trace(window, vault, tmp_path)

    questions = _unlock_answering_yes(window, vault, vault_path, monkeypatch)
    _detail(window).evidence.start_session()
    session = _detail(window).evidence.session
    assert isinstance(session, CollectionSession)
    assert questions == ["Er is een concept van 14:05. Verder gaan?"]
    assert session.edt_what.toPlainText() == f"sessie {TYPED}"
    session.done(0)


def test_letters_ask_before_edited_text_is_lost_but_not_after_copying(
        qtbot, dutch, vault: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.cases.create(NewCase("Brieven", CaseKind.PESTEN, date(2026, 11, 20)))
    vault.people.add_new_to_case(case.id, "Fenna Verbeek", Role.GEPESTE, "groep 6")
    vault.casework.protocols.choose(case.id, "supportgroep")
    asked: list[str] = []
    monkeypatch.setattr(Confirm, "ask", classmethod(
        lambda _c, _p, title, _t, _y: (asked.append(title), (False, False))[1]))
    dialog = LettersDialog(None, vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.btn_close.click()  # nothing edited: no question
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    dialog.edt_body.appendPlainText("Met vriendelijke groet")
    dialog.btn_close.click()
    assert asked == ["Getypte tekst weggooien?"] and dialog.isVisible()
    dialog.copy()  # used: closing no longer loses anything
    dialog.btn_close.click()
    assert len(asked) == 1 and not dialog.isVisible()
