"""Small evidence dialogs, each with a classmethod `get_x(parent, ...) -> (value, accepted)`
so tests patch one call: earlier versions, choosing a link, describing an image."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.evidence import Circulation, EvidenceItem, EvidenceMetadata, MetadataVersion
from ui.common.drafts import GuardsTypedText
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_datetime
from ui.common.style import set_role
from ui.common.widgets import role_label
from ui.evidence.labels import action_label


def metadata_lines(meta: EvidenceMetadata) -> list[tuple[str, str, str]]:
    """(field name, caption, value) of every filled field, in form order."""
    accounts = "; ".join(" – ".join(p for p in (a.handle, a.display_name) if p)
                         for a in meta.accounts)
    c = meta.circulation
    rows = [
        ("platform", QCoreApplication.translate("MetadataHistoryDialog", "Platform"),
         meta.platform),
        ("urls", QCoreApplication.translate("MetadataHistoryDialog", "Web addresses"),
         "\n".join(meta.urls)),
        ("accounts", QCoreApplication.translate("MetadataHistoryDialog", "Accounts"),
         accounts),
        ("shown_at", QCoreApplication.translate("MetadataHistoryDialog",
                                                "Date and time shown"), meta.shown_at),
        ("description", QCoreApplication.translate("MetadataHistoryDialog", "Description"),
         meta.description),
        ("collected_with", QCoreApplication.translate("MetadataHistoryDialog",
                                                      "Collected with"), meta.collected_with),
        ("device", QCoreApplication.translate("MetadataHistoryDialog", "Device"),
         meta.device),
        ("actions", QCoreApplication.translate("MetadataHistoryDialog", "Done afterwards"),
         ", ".join(action_label(a) for a in meta.actions)),
        ("where", QCoreApplication.translate("MetadataHistoryDialog", "Where it circulated"),
         c.where),
        ("groups", QCoreApplication.translate("MetadataHistoryDialog", "Groups and chats"),
         ", ".join(c.groups)),
        ("first_sender", QCoreApplication.translate("MetadataHistoryDialog", "First sender"),
         c.first_sender),
        ("first_seen", QCoreApplication.translate("MetadataHistoryDialog", "First seen"),
         c.first_seen),
        ("reach", QCoreApplication.translate("MetadataHistoryDialog", "Estimated reach"),
         c.estimated_reach),
    ]
    return [r for r in rows if r[2]]


class MetadataHistoryDialog(QDialog):
    """Every version of what was written about an item, oldest first."""

    def __init__(self, parent: QWidget | None, item: EvidenceItem,
                 versions: list[MetadataVersion]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions of %1").replace("%1", item.label))
        self.setMinimumSize(560, 460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(role_label(self.tr("Earlier versions of %1").replace("%1", item.label),
                                    "heading"))
        layout.addWidget(role_label(self.tr(
            "Nothing written about evidence is overwritten: every save is kept as a version."),
            "muted", wrap=True))
        body = QWidget()
        cards = QVBoxLayout(body)
        cards.setContentsMargins(0, 4, 0, 4)
        cards.setSpacing(10)
        previous: dict[str, str] = {}
        previous_meta: EvidenceMetadata | None = None
        for version in versions:
            lines = metadata_lines(version.metadata)
            now = {name: value for name, _c, value in lines}
            changed = {n for n in set(now) | set(previous) if now.get(n) != previous.get(n)}
            caption = self.tr("Version %1, written %2 by %3").replace(
                "%1", str(version.version)).replace(
                "%2", format_datetime(version.written_at)).replace("%3", version.written_by)
            if version is versions[-1]:
                caption += " · " + self.tr("current")
            html = "".join(
                f"<p style='margin:0 0 4px 0'><span style='color:#5f6b73'>{escape(c)}:</span> "
                + (f"<b>{escape(v)}</b>" if n in changed and version.version > 1 else escape(v))
                .replace("\n", "<br>") + "</p>" for n, c, v in lines)
            removed = [c for n, c, _v in metadata_lines(previous_meta) if n in changed
                       and n not in now] if previous_meta is not None else []
            if removed and version.version > 1:
                html += "<p style='color:#5f6b73'>" + escape(self.tr(
                    "Emptied: %1").replace("%1", ", ".join(sorted(removed)))) + "</p>"
            cards.addWidget(self._card(caption, html or escape(self.tr("(nothing written)"))))
            previous = now
            previous_meta = version.metadata
        cards.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.btn_close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _card(caption: str, html: str) -> QFrame:
        card = QFrame()
        set_role(card, "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 10, 14, 12)
        inner.addWidget(role_label(caption, "muted", wrap=True))
        body = role_label(html, wrap=True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(body)
        return card

    @classmethod
    def show_history(cls, parent: QWidget | None, item: EvidenceItem,
                     versions: list[MetadataVersion]) -> tuple[None, bool]:
        dialog = cls(parent, item, versions)
        dialog.exec()
        dialog.deleteLater()
        return None, True


class LinkDialog(GuardsTypedText, QDialog):
    """Pick one timeline entry or person of this case to link the item to."""

    def __init__(self, parent: QWidget | None, title: str,
                 options: list[tuple[int, str]], relation_label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(520, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(role_label(title, "heading"))
        self.lst_options = QListWidget()
        self.lst_options.setWordWrap(True)
        for value, text in options:
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, value)
            self.lst_options.addItem(entry)
        if options:
            self.lst_options.setCurrentRow(0)
        self.lst_options.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.lst_options, 1)
        self.edt_relation = QLineEdit()
        self.edt_relation.setPlaceholderText(relation_label)
        self.edt_relation.setVisible(bool(relation_label))
        layout.addWidget(self.edt_relation)
        buttons = QDialogButtonBox()
        self.btn_ok = buttons.addButton(self.tr("Link"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.btn_ok, "primary")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.btn_ok.setEnabled(bool(options))
        layout.addWidget(buttons)

    def choice(self) -> tuple[int, str] | None:
        current = self.lst_options.currentItem()
        if current is None:
            return None
        return int(current.data(Qt.ItemDataRole.UserRole)), self.edt_relation.text().strip()

    @classmethod
    def get_link(cls, parent: QWidget | None, title: str, options: list[tuple[int, str]],
                 relation_label: str = "", *, draft_key: str = ""
                 ) -> tuple[tuple[int, str] | None, bool]:
        dialog = cls(parent, title, options, relation_label)
        dialog.draft_key = draft_key
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.choice() if accepted else None
        dialog.deleteLater()
        return value, accepted and value is not None


class DescribeDialog(FormDialog):
    """Describe, never store: a nude or sexual image of a minor."""

    def __init__(self, parent: QWidget | None, *, converting: EvidenceItem | None = None,
                 collected_with: str = "") -> None:
        title = (self.tr("Remove the image of %1 and describe it").replace(
            "%1", converting.label) if converting else
            self.tr("Nude or sexual image of a minor"))
        super().__init__(title, parent, ok_text=(
            self.tr("Destroy the image and save the description") if converting
            else self.tr("Save the description")))
        self.setMinimumWidth(620)
        self.resize(660, 760 if converting is not None else 700)
        self.converting = converting
        advice = QFrame()
        advice.setObjectName("adviceBox")
        advice.setStyleSheet("QFrame#adviceBox { background: #fdf3f5; border: 1px solid"
                             " #efc7d2; border-radius: 8px; }")
        inner = QVBoxLayout(advice)
        inner.setContentsMargins(14, 10, 14, 12)
        inner.addWidget(role_label(self.tr("Do not store this image"), "subheading"))
        inner.addWidget(role_label(describe_advice(), wrap=True))
        self.layout().insertWidget(1, advice)
        if converting is not None:
            self.layout().insertWidget(2, role_label(self.tr(
                "The file, its thumbnail and any chat text of %1 are destroyed for good. Only "
                "its SHA-256, size and type stay in the audit log.").replace(
                "%1", converting.label), "error", wrap=True))
        self.edt_description = QPlainTextEdit()
        self.edt_description.setPlaceholderText(self.tr(
            "In words, without judging: what could be seen, who is recognisable"))
        self.edt_description.setFixedHeight(90)
        self.edt_where = QLineEdit()
        self.edt_where.setPlaceholderText(self.tr("e.g. Snapchat story, WhatsApp"))
        self.edt_groups = QLineEdit()
        self.edt_groups.setPlaceholderText(self.tr("Groups and chats, separated by commas"))
        self.edt_first_sender = QLineEdit()
        self.edt_first_seen = QLineEdit()
        self.edt_first_seen.setPlaceholderText(self.tr("As the student tells it, "
                                                       "e.g. 'Friday around 22:00'"))
        self.edt_reach = QLineEdit()
        self.edt_reach.setPlaceholderText(self.tr("e.g. the whole year group, about 120"))
        self.edt_collected_with = QLineEdit(collected_with)
        for caption, widget in ((self.tr("Description"), self.edt_description),
                                (self.tr("Where it circulated"), self.edt_where),
                                (self.tr("Groups and chats"), self.edt_groups),
                                (self.tr("First sender"), self.edt_first_sender),
                                (self.tr("First seen"), self.edt_first_seen),
                                (self.tr("Estimated reach"), self.edt_reach),
                                (self.tr("Collected with"), self.edt_collected_with)):
            self.form.addRow(role_label(caption, "fieldname"), widget)
        self.scroll_body()  # the advice and the form scroll on a small screen
        if converting is not None:
            self.edt_description.setPlainText(converting.metadata.description)
            self.edt_collected_with.setText(converting.metadata.collected_with)
            c = converting.metadata.circulation
            self.edt_where.setText(c.where or converting.metadata.platform)

    def problem(self) -> str:
        if not self.edt_description.toPlainText().strip():
            return self.tr("Describe in words what could be seen (without the image itself).")
        return ""

    def value(self) -> tuple[str, Circulation, str]:
        return (self.edt_description.toPlainText().strip(), Circulation(
            self.edt_where.text().strip(),
            tuple(g.strip() for g in self.edt_groups.text().split(",") if g.strip()),
            self.edt_first_sender.text().strip(), self.edt_first_seen.text().strip(),
            self.edt_reach.text().strip()), self.edt_collected_with.text().strip())

    @classmethod
    def get_description(cls, parent: QWidget | None, *, converting: EvidenceItem | None = None,
                        collected_with: str = "", draft_key: str = ""
                        ) -> tuple[tuple[str, Circulation, str] | None, bool]:
        dialog = cls(parent, converting=converting, collected_with=collected_with)
        dialog.draft_key = draft_key
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value() if accepted else None
        dialog.deleteLater()
        return value, accepted


def describe_advice() -> str:
    return QCoreApplication.translate(
        "DescribeDialog",
        "Possessing or passing on a sexual image of a minor is a criminal offence, for the "
        "school too, and the police do not want copies. Do not save it, do not forward it, "
        "not even to colleagues or parents. Write down only what you saw and where it went "
        "round.\n\nToday: contact the school's police contact (wijkagent); the police decide "
        "about evidence and a report. Point the student and the parents to Helpwanted "
        "(helpwanted.nl): free and anonymous help, also to get the image removed from the "
        "internet.")
