"""Typed text that must survive a lock: the form's fields, a draft in the vault, and the
question before throwing typed text away.

The main window attaches the open case file's draft store on unlock and detaches it on
lock, so a dialog needs no case file of its own: it names its draft with a key
("EntryDialog/case:3") and `FormDialog` does the rest. Drafts never leave the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.drafts import Draft, DraftStore
from app.timeutil import AMSTERDAM
from ui.common.confirm import Confirm

_store: DraftStore | None = None


def attach(store: DraftStore) -> None:
    global _store  # noqa: PLW0603 - one open case file at a time, set by the main window
    _store = store


def detach() -> None:
    global _store  # noqa: PLW0603
    _store = None


def store() -> DraftStore | None:
    return _store


def text_fields(owner: QWidget) -> dict[str, QLineEdit | QPlainTextEdit | QTextEdit]:
    """The owner's text inputs by attribute name (`edt_*`), passwords left out."""
    fields: dict[str, QLineEdit | QPlainTextEdit | QTextEdit] = {}
    for name, value in vars(owner).items():
        if not name.startswith("edt_"):
            continue
        plain_line = isinstance(value, QLineEdit) and \
            value.echoMode() == QLineEdit.EchoMode.Normal
        if plain_line or isinstance(value, QPlainTextEdit | QTextEdit):
            fields[name] = value
    return fields


def read_fields(owner: QWidget) -> dict[str, str]:
    return {name: widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            for name, widget in text_fields(owner).items()}


def fill_fields(owner: QWidget, values: dict[str, str]) -> None:
    for name, widget in text_fields(owner).items():
        if name in values:
            if isinstance(widget, QLineEdit):
                widget.setText(values[name])
            else:
                widget.setPlainText(values[name])


def changed_fields(before: dict[str, str], now: dict[str, str]) -> bool:
    return any(now.get(name, "").strip() != before.get(name, "").strip() for name in now)


def keep(key: str, fields: dict[str, str]) -> bool:
    """Save a draft before the lock; False when no case file is attached or it failed."""
    if _store is None or not key:
        return False
    try:
        _store.save(key, fields)
    except Exception:  # the lock goes on; a failed draft must never keep the vault open
        return False
    return True


def take(key: str) -> Draft | None:
    """The draft under `key`, removed from the vault (it is back in the form now)."""
    if _store is None or not key:
        return None
    try:
        draft = _store.get(key)
        if draft is not None:
            _store.discard(key)
    except Exception:
        return None
    return draft


def discard(key: str) -> None:
    if _store is not None and key:
        try:
            _store.discard(key)
        except Exception:  # a locked vault has no drafts to discard
            return


def ask_resume(parent: QWidget | None, draft: Draft) -> bool:
    """'Er is een concept van 14:05. Verder gaan?'"""
    title = QCoreApplication.translate("Drafts", "Draft")
    text = QCoreApplication.translate(
        "Drafts", "There is a draft from %1. Continue with it?").replace(
        "%1", f"{draft.saved_at.astimezone(AMSTERDAM):%H:%M}")
    accepted, _ = Confirm.ask(parent, title, text,
                              QCoreApplication.translate("Drafts", "Continue"))
    return accepted


def ask_discard(parent: QWidget | None) -> bool:
    """Cancel or Escape with typed text: throw it away?"""
    accepted, _ = Confirm.ask(
        parent, QCoreApplication.translate("Drafts", "Discard typed text?"),
        QCoreApplication.translate("Drafts", "You typed text that has not been saved. "
                                   "Throw it away?"),
        QCoreApplication.translate("Drafts", "Discard"))
    return accepted


class GuardsTypedText:
    """Mixed into a QDialog (before QDialog in the bases): Cancel or Escape asks before
    typed text is thrown away, a lock keeps it as a draft under `draft_key`, and `exec()`
    offers the draft back. A dialog with more than its `edt_*` fields to keep overrides
    `draft_fields()` and `restore_draft()`."""

    draft_key: str = ""
    _initial_fields: dict[str, str] | None = None
    _locking = False

    def draft_fields(self) -> dict[str, str]:
        return read_fields(self)  # type: ignore[arg-type]

    def restore_draft(self, fields: dict[str, str]) -> None:
        fill_fields(self, fields)  # type: ignore[arg-type]

    def remember_fields(self) -> None:
        """The fields as given: only text that differs from these counts as typed."""
        self._initial_fields = self.draft_fields()

    def offer_draft(self) -> None:
        """A draft kept at the last lock: 'Er is een concept van 14:05. Verder gaan?'"""
        self.remember_fields()
        draft = take(self.draft_key)
        if draft is not None and ask_resume(self.parentWidget(), draft):  # type: ignore[attr-defined]
            self.restore_draft(draft.fields)

    def exec(self) -> int:
        self.offer_draft()
        return super().exec()  # type: ignore[misc, no-any-return]

    def showEvent(self, event: object) -> None:
        if self._initial_fields is None:  # shown without exec()
            self.remember_fields()
        super().showEvent(event)  # type: ignore[misc]

    def has_typed_text(self) -> bool:
        if self._initial_fields is None:
            return False
        return changed_fields(self._initial_fields, self.draft_fields())

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask first when text would be lost."""
        if not self._locking and self.has_typed_text() and not ask_discard(self):  # type: ignore[arg-type]
            return
        super().reject()  # type: ignore[misc]

    def keep_draft_for_lock(self) -> None:
        """The vault is about to lock: keep what was typed as a draft inside it."""
        if self.has_typed_text():
            keep(self.draft_key, self.draft_fields())

    def close_for_lock(self) -> None:
        self._locking = True
        self.done(0)  # type: ignore[attr-defined]
