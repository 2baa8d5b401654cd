"""Letters for a case: the protocol's suggestions, an editable draft, the privacy check,
copy to the clipboard (for the school's messaging system) and save as PDF."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.letters import LetterDraft, LetterSuggestion
from app.timeutil import AMSTERDAM
from ui.common.clipboard import case_clipboard
from ui.common.drafts import GuardsTypedText
from ui.common.errors import error_message
from ui.common.file_dialogs import get_save_file_name
from ui.common.messages import message_lines
from ui.common.style import set_role
from ui.common.widgets import role_label

_MEETING_TEMPLATES = {"uitnodiging_gesprek"}


class LettersDialog(GuardsTypedText, QDialog):
    """Its draft (at a lock) is the letter being edited and its edited subject and body;
    Close or Escape asks before edited text that was not copied or saved is thrown away."""

    def __init__(self, parent: QWidget | None, vault: CaseFile, case_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters"))
        self.setModal(True)
        self.resize(980, 680)
        self._vault = vault
        self._letters = vault.letters
        self._case_id = case_id
        self.draft: LetterDraft | None = None
        self._used: tuple[str, str] | None = None  # subject and body last copied or saved
        # Edited subject and body per letter ("template:person"), so switching to another
        # letter and back keeps what was typed.
        self._edits: dict[str, tuple[str, str]] = {}
        self._shown: str | None = None   # the key of the letter in the editor
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(role_label(self.tr("Letters"), "heading"))
        layout.addWidget(role_label(self.tr(
            "The letters the protocol calls for. Check and edit the text before you use it; "
            "a letter never names another child or says in which role a child takes part."),
            "muted", wrap=True))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_letter_tree())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())
        if self._items:
            self.tre_letters.setCurrentItem(self._items[0])
        else:
            self._pick(-1)

    def _build_letter_tree(self) -> QTreeWidget:
        """The suggested letters; one per recipient grouped under their template."""
        self.tre_letters = QTreeWidget()
        self.tre_letters.setHeaderHidden(True)
        self.tre_letters.setMinimumWidth(300)
        self.tre_letters.setWordWrap(True)
        self.tre_letters.setIndentation(16)
        self.suggestions = self._letters.suggestions(self._case_id)
        self._items: list[QTreeWidgetItem] = []
        groups: dict[str, QTreeWidgetItem] = {}
        for index, suggestion in enumerate(self.suggestions):
            siblings = [x for x in self.suggestions if x.template_id == suggestion.template_id]
            if len(siblings) == 1 and suggestion.person_id is None:
                item = QTreeWidgetItem([suggestion.title])
                item.setToolTip(0, suggestion.recipient)
                self.tre_letters.addTopLevelItem(item)
            else:
                group = groups.get(suggestion.template_id)
                if group is None:
                    group = QTreeWidgetItem([suggestion.title])
                    group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                    groups[suggestion.template_id] = group
                    self.tre_letters.addTopLevelItem(group)
                    group.setExpanded(True)
                item = QTreeWidgetItem(group, [suggestion.recipient])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self._items.append(item)
        self.tre_letters.currentItemChanged.connect(lambda *_: self._switch())
        return self.tre_letters

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        col = QVBoxLayout(editor)
        col.setContentsMargins(12, 0, 0, 0)
        self.lbl_recipient = role_label("", "subheading", wrap=True)
        col.addWidget(self.lbl_recipient)
        col.addLayout(self._build_meeting())
        self.edt_subject = QLineEdit()
        self.edt_subject.setPlaceholderText(self.tr("Subject"))
        self.edt_body = QPlainTextEdit()
        self.edt_subject.textChanged.connect(self._check)
        self.edt_body.textChanged.connect(self._check)
        col.addWidget(self.edt_subject)
        col.addWidget(self.edt_body, 1)
        self.lbl_warnings = role_label("", "error", wrap=True)
        self.lbl_warnings.hide()
        col.addWidget(self.lbl_warnings)
        self.lbl_done = role_label("", "muted", wrap=True)
        col.addWidget(self.lbl_done)
        return editor

    def _build_meeting(self) -> QHBoxLayout:
        """The meeting an invitation names; changing it drafts the letter again."""
        meeting = QHBoxLayout()
        now = self._vault.clock.now().astimezone(AMSTERDAM) + timedelta(days=3)
        self.chk_meeting = QCheckBox(self.tr("Meeting on"))
        self.dte_meeting = QDateEdit(QDate(now.date()))
        self.dte_meeting.setCalendarPopup(True)
        self.dte_meeting.setDisplayFormat("d MMMM yyyy")
        self.tme_meeting = QTimeEdit(QTime(15, 0))
        self.tme_meeting.setDisplayFormat("HH:mm")
        for widget in (self.chk_meeting, self.dte_meeting, self.tme_meeting):
            meeting.addWidget(widget)
        meeting.addStretch(1)
        self._meeting_widgets = (self.chk_meeting, self.dte_meeting, self.tme_meeting)
        self.chk_meeting.toggled.connect(lambda *_: self._redraft())
        self.dte_meeting.dateChanged.connect(lambda *_: self._redraft())
        self.tme_meeting.timeChanged.connect(lambda *_: self._redraft())
        return meeting

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.btn_copy = QPushButton(self.tr("Copy"))
        self.btn_pdf = QPushButton(self.tr("Save as PDF..."))
        self.btn_close = QPushButton(self.tr("Close"))
        set_role(self.btn_copy, "primary")
        self.btn_copy.clicked.connect(self.copy)
        self.btn_pdf.clicked.connect(self.save_pdf)
        self.btn_close.clicked.connect(self.reject)
        buttons.addWidget(self.btn_copy)
        buttons.addWidget(self.btn_pdf)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)
        return buttons

    # ------------------------------------------------------------- drafting
    def select(self, template_id: str, person_id: int | None = None) -> bool:
        for row, suggestion in enumerate(self.suggestions):
            if suggestion.template_id == template_id and (
                    person_id is None or suggestion.person_id == person_id):
                self.tre_letters.setCurrentItem(self._items[row])
                return True
        return False

    def current_suggestion(self) -> LetterSuggestion | None:
        item = self.tre_letters.currentItem()
        row = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return self.suggestions[row] if row is not None else None

    @staticmethod
    def _key(suggestion: LetterSuggestion) -> str:
        return f"{suggestion.template_id}:{suggestion.person_id or ''}"

    def _keep_edits(self) -> None:
        """Remember the typed text of the letter being left (or forget it if unedited)."""
        if self._shown is None or self.draft is None:
            return
        typed = (self.edt_subject.text(), self.edt_body.toPlainText())
        if typed == (self.draft.subject, self.draft.body):
            self._edits.pop(self._shown, None)
        else:
            self._edits[self._shown] = typed

    def _switch(self) -> None:
        self._keep_edits()
        self._pick(-1)

    def _pick(self, _row: int) -> None:
        suggestion = self.current_suggestion()
        meeting = suggestion is not None and suggestion.template_id in _MEETING_TEMPLATES
        for widget in self._meeting_widgets:
            widget.setVisible(meeting)
        self._redraft(restore=True)

    def _meeting_at(self) -> datetime | None:
        if not self.chk_meeting.isChecked():
            return None
        return datetime.combine(self.dte_meeting.date().toPython(),  # type: ignore[arg-type]
                                self.tme_meeting.time().toPython(),  # type: ignore[arg-type]
                                tzinfo=AMSTERDAM)

    def _redraft(self, *, restore: bool = False) -> None:
        """Draft the current letter again; `restore` puts back what was typed in it
        before (a changed meeting moment drafts it anew)."""
        suggestion = self.current_suggestion()
        self.lbl_done.clear()
        self._shown = None
        if suggestion is None:
            self.draft = None
            self.lbl_recipient.setText(self.tr("There are no letters for this case."))
            for widget in (self.edt_subject, self.edt_body, self.btn_copy, self.btn_pdf):
                widget.setEnabled(False)
            return
        try:
            self.draft = self._letters.draft(self._case_id, suggestion.template_id,
                                             person_id=suggestion.person_id,
                                             meeting_at=self._meeting_at())
        except Exception as exc:
            self.draft = None
            self.lbl_warnings.setText(error_message(exc))
            self.lbl_warnings.show()
            return
        key = self._key(suggestion)
        subject, body = self._edits.get(key, (self.draft.subject, self.draft.body)) \
            if restore else (self.draft.subject, self.draft.body)
        self._loading = True
        self.lbl_recipient.setText(self.draft.recipient)
        self.edt_subject.setText(subject)
        self.edt_body.setPlainText(body)
        self._loading = False
        self._shown = key
        for widget in (self.edt_subject, self.edt_body, self.btn_copy, self.btn_pdf):
            widget.setEnabled(True)
        self._check()

    def draft_fields(self) -> dict[str, str]:
        """The letter and its text, only when edited and not yet copied or saved."""
        suggestion = self.current_suggestion()
        if self.draft is None or suggestion is None:
            return {}
        typed = (self.edt_subject.text(), self.edt_body.toPlainText())
        if typed in ((self.draft.subject, self.draft.body), self._used):
            return {}
        return {"letter": f"{suggestion.template_id}:{suggestion.person_id or ''}",
                "edt_subject": typed[0], "edt_body": typed[1]}

    def restore_draft(self, fields: dict[str, str]) -> None:
        template_id, _, person = fields.get("letter", "").partition(":")
        if self.select(template_id, int(person) if person else None):
            self.edt_subject.setText(fields.get("edt_subject", ""))
            self.edt_body.setPlainText(fields.get("edt_body", ""))

    def edited_draft(self) -> LetterDraft | None:
        if self.draft is None:
            return None
        return self.draft.edited(subject=self.edt_subject.text(),
                                 body=self.edt_body.toPlainText())

    def _check(self) -> None:
        if self._loading:
            return
        draft = self.edited_draft()
        warnings = self._letters.check(draft) if draft is not None else []
        self.lbl_warnings.setText("\n".join(message_lines(warnings)))
        self.lbl_warnings.setVisible(bool(warnings))

    # ------------------------------------------------------------- output
    def copy(self) -> None:
        draft = self.edited_draft()
        if draft is None:
            return
        case_clipboard().copy(draft.text())  # concealed; cleared after a while and on lock
        try:
            self._letters.record_copied(draft)
        except Exception as exc:
            self.lbl_warnings.setText(error_message(exc))
            self.lbl_warnings.show()
            return
        self._used = (self.edt_subject.text(), self.edt_body.toPlainText())
        self.lbl_done.setText(self.tr("Copied. Paste it into the school's messaging system."))

    def _suggested_path(self, draft: LetterDraft) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"{draft.template_id.replace('_', '-')}.pdf")

    def save_pdf(self) -> None:
        draft = self.edited_draft()
        if draft is None:
            return
        path, _filter = get_save_file_name(
            self, self.tr("Save letter as PDF"), self._suggested_path(draft),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            saved = self._letters.export_pdf(draft, path)
        except Exception as exc:
            self.lbl_warnings.setText(error_message(exc))
            self.lbl_warnings.show()
            return
        self._used = (self.edt_subject.text(), self.edt_body.toPlainText())
        self.lbl_done.setText(self.tr("Saved as %1").replace("%1", str(saved)))

    @classmethod
    def show_letters(cls, parent: QWidget | None, vault: CaseFile, case_id: int, *,
                     template_id: str = "") -> None:
        """The letters of a case; `template_id` opens that letter (from 'Informing')."""
        dialog = cls(parent, vault, case_id)
        dialog.draft_key = f"letters/case:{case_id}"
        if template_id:
            dialog.select(template_id)
        dialog.exec()
        dialog.deleteLater()
