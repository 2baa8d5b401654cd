"""The panel beside the gallery: the selected item's fixed facts, what the counsellor
writes about it (saved as a new version, earlier ones under "Earlier versions"), and
its links to timeline entries and people. In privacy mode the links are hidden: they
name other children and lead to notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.evidence import EvidenceItem
from ui.common.errors import error_message
from ui.common.formatting import format_datetime, format_occurred
from ui.common.labels import entry_kind_label
from ui.common.labels import role_label as person_role_label
from ui.common.messages import message_lines
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.evidence.dialogs import LinkDialog, MetadataHistoryDialog
from ui.evidence.facts import FactsCard
from ui.evidence.labels import kind_label
from ui.evidence.metadata_form import MetadataForm

ENTRY = "entry"
PERSON = "person"


def _entry_text(entry) -> str:  # type: ignore[no-untyped-def]
    first = entry.text.strip().splitlines()[0] if entry.text.strip() else ""
    if len(first) > 90:
        first = first[:87].rstrip() + "…"
    return (f"{format_occurred(entry.occurred_at, entry.precision)} · "
            f"{entry_kind_label(entry.kind)} · {first}")


class DetailsPanel(QWidget):
    saved = Signal(object)  # the EvidenceItem after saving
    open_requested = Signal(object)
    export_requested = Signal(object)
    convert_requested = Signal(object)
    withdraw_requested = Signal(object)
    failed = Signal(object)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._store = vault.evidence
        self.item: EvidenceItem | None = None
        self._dirty = False
        self._private = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        body = QWidget()
        self.scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 0, 8, 8)
        layout.setSpacing(10)
        self.lbl_title = role_label("", "subheading", wrap=True)
        layout.addWidget(self.lbl_title)
        layout.addLayout(self._build_actions())
        self.lbl_warnings = role_label("", wrap=True)
        self.lbl_warnings.setStyleSheet("background: #fbf1dc; color: #6b4500; border: 1px solid"
                                        " #efd9a7; border-radius: 6px; padding: 8px 10px;")
        layout.addWidget(self.lbl_warnings)
        self.form = MetadataForm()
        self.form.edited.connect(self._edited)
        layout.addWidget(self.form)
        self._build_save_rows(layout)
        self.lbl_error = role_label("", "error", wrap=True)
        self.lbl_error.hide()
        layout.addWidget(self.lbl_error)
        self.links = self._build_links()
        layout.addWidget(self.links)
        self.facts = FactsCard()
        layout.addWidget(self.facts)
        convert_row = QHBoxLayout()
        set_role(self.btn_convert, "link")
        set_role(self.btn_withdraw, "link")
        convert_row.addWidget(self.btn_convert)
        convert_row.addWidget(self.btn_withdraw)
        convert_row.addStretch(1)
        layout.addLayout(convert_row)
        layout.addStretch(1)
        self.show_item(None)

    def _build_actions(self) -> QHBoxLayout:
        """Open and Export at the top; 'remove image' is made here but sits at the bottom."""
        actions = QHBoxLayout()
        self.btn_open = QPushButton(self.tr("Open"))
        self.btn_export = QPushButton(self.tr("Export..."))
        self.btn_convert = QPushButton(self.tr("Remove image, keep description..."))
        self.btn_convert.setToolTip(self.tr(
            "For a nude or sexual image of a minor: destroy the file and keep only a "
            "written description"))
        self.btn_withdraw = QPushButton(self.tr("Withdraw…"))
        self.btn_withdraw.setToolTip(self.tr(
            "Added by mistake: delete the file for good; the number, hash and your reason "
            "stay in the catalogue"))
        self.btn_withdraw.clicked.connect(
            lambda: self.item and self.withdraw_requested.emit(self.item))
        for button in (self.btn_open, self.btn_export):
            actions.addWidget(button)
        actions.addStretch(1)
        self.btn_open.clicked.connect(lambda: self.item and self.open_requested.emit(self.item))
        self.btn_export.clicked.connect(
            lambda: self.item and self.export_requested.emit(self.item))
        self.btn_convert.clicked.connect(
            lambda: self.item and self.convert_requested.emit(self.item))
        return actions

    def _build_save_rows(self, layout: QVBoxLayout) -> None:
        """Save and Undo under the form, 'Earlier versions' as a link below them."""
        save_row = QHBoxLayout()
        self.btn_save = QPushButton(self.tr("Save"))
        set_role(self.btn_save, "primary")
        self.btn_revert = QPushButton(self.tr("Undo changes"))
        self.btn_history = QPushButton(self.tr("Earlier versions"))
        self.btn_save.clicked.connect(self.save)
        self.btn_revert.clicked.connect(self._revert)
        self.btn_history.clicked.connect(self.show_history)
        save_row.addWidget(self.btn_save)
        save_row.addWidget(self.btn_revert)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        history_row = QHBoxLayout()
        set_role(self.btn_history, "link")
        history_row.addWidget(self.btn_history)
        history_row.addStretch(1)
        layout.addLayout(history_row)

    def _build_links(self) -> QFrame:
        card = QFrame()
        set_role(card, "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 14)
        inner.setSpacing(6)
        inner.addWidget(role_label(self.tr("Linked to"), "subheading", wrap=True))
        self.lst_links = QListWidget()
        self.lst_links.setWordWrap(True)
        self.lst_links.setMaximumHeight(120)
        self.lst_links.currentRowChanged.connect(lambda _row: self._update_buttons())
        inner.addWidget(self.lst_links)
        self.lbl_no_links = role_label(self.tr(
            "Not linked yet. Link it to the conversation or incident it belongs to, and to "
            "the people it concerns."), "muted", wrap=True)
        inner.addWidget(self.lbl_no_links)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.btn_link = QPushButton(self.tr("Link"))
        menu = QMenu(self.btn_link)
        self.act_link_entry = menu.addAction(self.tr("To a timeline entry..."))
        self.act_link_person = menu.addAction(self.tr("To a person in this case..."))
        self.act_link_entry.triggered.connect(self.link_entry)
        self.act_link_person.triggered.connect(self.link_person)
        self.btn_link.setMenu(menu)
        self.btn_unlink = QPushButton(self.tr("Unlink"))
        self.btn_unlink.clicked.connect(self.unlink_selected)
        row.addWidget(self.btn_link)
        row.addWidget(self.btn_unlink)
        row.addStretch(1)
        inner.addLayout(row)
        return card

    # ------------------------------------------------------------- showing
    def set_private(self, private: bool) -> None:
        """Privacy mode: no links (names of other children, notes)."""
        self._private = private
        self.links.setVisible(not private and self.item is not None)
        if private:
            self.lst_links.clear()
        elif self.item is not None:
            self._show_links()

    def show_item(self, item: EvidenceItem | None) -> None:
        if item is None or self.item is None or item.id != self.item.id:
            self.scroll.verticalScrollBar().setValue(0)
        self.item = item
        self._dirty = False
        self.lbl_error.hide()
        has = item is not None
        for widget in (self.form, self.facts, self.btn_open, self.btn_export, self.btn_convert,
                       self.btn_withdraw, self.btn_save, self.btn_revert, self.btn_history):
            widget.setVisible(has)
        self.links.setVisible(has and not self._private)
        if item is None:
            self.lbl_title.setText(self.tr("Select an item to see and record its details."))
            self.lbl_warnings.hide()
            self.lst_links.clear()
            return
        self.lbl_title.setText(f"{item.label} · {kind_label(item.kind)}")
        self.lbl_warnings.setText("\n".join(message_lines(item.warnings)))
        self.lbl_warnings.setVisible(bool(item.warnings))
        if item.withdrawn_at is not None:
            self.lbl_title.setText(self.tr("%1 · %2 · Withdrawn").replace("%1", item.label)
                                   .replace("%2", kind_label(item.kind)))
            self.lbl_warnings.setText(self.tr(
                "Withdrawn on %1. Reason: %2. The file was deleted; the number, SHA-256 and "
                "import time stay.").replace("%1", format_datetime(item.withdrawn_at))
                .replace("%2", item.withdrawal_reason))
            self.lbl_warnings.show()
        self.facts.show_item(item)
        self.form.show_item(item)
        self.btn_export.setVisible(item.has_bytes)
        self.btn_convert.setVisible(item.has_bytes)
        self.btn_open.setVisible(not item.is_withdrawn)
        self.btn_withdraw.setVisible(not item.is_withdrawn)
        self.form.setEnabled(not item.is_withdrawn)
        versions = item.metadata_version
        self.btn_history.setText(self.tr("Earlier versions (%1)").replace("%1", str(versions))
                                 if versions > 1 else self.tr("Earlier versions"))
        if not self._private:
            self._show_links()
        self._update_buttons()

    def _show_links(self) -> None:
        self.lst_links.clear()
        if self.item is None:
            return
        try:
            entries = self._store.linked_entries(self.item.id)
            people = self._store.linked_people(self.item.id)
        except Exception as exc:
            self.failed.emit(exc)
            return
        for entry in entries:
            row = QListWidgetItem(self.tr("Timeline: %1").replace("%1", _entry_text(entry)))
            row.setData(Qt.ItemDataRole.UserRole, (ENTRY, entry.id))
            self.lst_links.addItem(row)
        for person, relation in people:
            text = person.name + (f" ({relation})" if relation else "")
            row = QListWidgetItem(self.tr("Person: %1").replace("%1", text))
            row.setData(Qt.ItemDataRole.UserRole, (PERSON, person.id))
            self.lst_links.addItem(row)
        self.lst_links.setVisible(self.lst_links.count() > 0)
        self.lbl_no_links.setVisible(self.lst_links.count() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.btn_save.setEnabled(self._dirty)
        self.btn_revert.setEnabled(self._dirty)
        self.btn_history.setEnabled(self.item is not None and self.item.metadata_version > 1)
        self.btn_unlink.setEnabled(self.lst_links.currentItem() is not None)

    def _edited(self) -> None:
        self._dirty = True
        self.lbl_error.hide()
        self._update_buttons()

    @property
    def dirty(self) -> bool:
        return self._dirty

    # ------------------------------------------------------------- commands
    def save(self) -> bool:
        """Store what the form says as a new version; False (with a message) if refused."""
        if self.item is None or not self._dirty:
            return True
        try:
            item = self._store.update_metadata(self.item.id, self.form.metadata())
        except Exception as exc:
            self.lbl_error.setText(error_message(exc))
            self.lbl_error.show()
            return False
        self.show_item(item)
        self.saved.emit(item)
        return True

    def _revert(self) -> None:
        if self.item is not None:
            self.show_item(self.item)

    def show_history(self) -> None:
        if self.item is None:
            return
        MetadataHistoryDialog.show_history(self, self.item,
                                           self._store.metadata_history(self.item.id))

    def link_entry(self) -> None:
        if self.item is None:
            return
        options = [(e.id, _entry_text(e))
                   for e in self._vault.timeline.for_case(self.item.case_id)]
        choice, accepted = LinkDialog.get_link(self, self.tr("Link to a timeline entry"),
                                               options)
        if not accepted or choice is None:
            return
        try:
            self._store.link_entry(self.item.id, choice[0])
        except Exception as exc:
            self.failed.emit(exc)
        self._show_links()

    def link_person(self) -> None:
        if self.item is None:
            return
        options = [(p.person.id, f"{p.person.name} · {person_role_label(p.role)}")
                   for p in self._vault.people.for_case(self.item.case_id)]
        choice, accepted = LinkDialog.get_link(
            self, self.tr("Link to a person in this case"), options,
            self.tr("How is this person involved in it? (e.g. sender, in the picture)"),
            draft_key=f"evidence-link-person/evidence:{self.item.id}")
        if not accepted or choice is None:
            return
        try:
            self._store.link_person(self.item.id, choice[0], choice[1])
        except Exception as exc:
            self.failed.emit(exc)
        self._show_links()

    def unlink_selected(self) -> None:
        current = self.lst_links.currentItem()
        if self.item is None or current is None:
            return
        what, target = current.data(Qt.ItemDataRole.UserRole)
        try:
            if what == ENTRY:
                self._store.unlink_entry(self.item.id, target)
            else:
                self._store.unlink_person(self.item.id, target)
        except Exception as exc:
            self.failed.emit(exc)
        self._show_links()
