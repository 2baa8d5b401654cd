"""The marks of a timeline entry: werkaantekening (the counsellor's personal working
note: in no dossier, package or access overview) and special personal data (health,
sexuality, other: only in the exports that need it). Used by the entry editor and by
the "Marks..." dialog of an existing entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from app.domain import Entry, SpecialCategory
from ui.common.form_dialog import FormDialog
from ui.common.formatting import format_occurred
from ui.common.labels import entry_kind_label, special_category_label
from ui.common.widgets import role_label


def marks_text(entry: Entry) -> str:
    """The badge shown with an entry in the timeline ("" when unmarked)."""
    badges = []
    if entry.work_note:
        badges.append(QCoreApplication.translate("EntryMarks", "Working note"))
    if entry.is_special:
        badges.append(QCoreApplication.translate("EntryMarks", "Special data: %1").replace(
            "%1", special_category_label(entry.special_category).lower()))
    return " · ".join(badges)


class MarksFields:
    """The two controls, added to a dialog's form."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        self.chk_work_note = QCheckBox(QCoreApplication.translate(
            "EntryMarks", "Working note"), parent)
        self.cmb_special = QComboBox(parent)
        for category in SpecialCategory:
            self.cmb_special.addItem(special_category_label(category), category)
        row = QHBoxLayout()
        row.addWidget(self.chk_work_note)
        row.addSpacing(12)
        row.addWidget(QLabel(QCoreApplication.translate("EntryMarks", "Special data:"), parent))
        row.addWidget(self.cmb_special, 1)
        form.addRow("", row)
        form.addRow("", role_label(QCoreApplication.translate(
            "EntryMarks", "A working note is your own and goes into no dossier or access "
            "overview. Health, sexuality and other special data go only into the dossiers "
            "that need them, marked as such."), "muted", wrap=True))

    def set_marks(self, special: SpecialCategory, work_note: bool) -> None:
        self.chk_work_note.setChecked(work_note)
        self.cmb_special.setCurrentIndex(self.cmb_special.findData(special))

    @property
    def special_category(self) -> SpecialCategory:
        return SpecialCategory(self.cmb_special.currentData())

    @property
    def work_note(self) -> bool:
        return self.chk_work_note.isChecked()


class EntryMarksDialog(FormDialog):
    def __init__(self, parent: QWidget | None, entry: Entry) -> None:
        super().__init__(self.tr("Marks"), parent)
        when = format_occurred(entry.occurred_at, entry.precision)
        self.form.addRow(role_label(f"{entry_kind_label(entry.kind)} · {when}", "muted"))
        self.marks = MarksFields(self.form, self)
        self.marks.set_marks(entry.special_category, entry.work_note)

    @classmethod
    def get_marks(cls, parent: QWidget | None, entry: Entry
                  ) -> tuple[SpecialCategory, bool] | None:
        dialog = cls(parent, entry)
        accepted = dialog.exec() == FormDialog.DialogCode.Accepted
        value = (dialog.marks.special_category, dialog.marks.work_note) if accepted else None
        dialog.deleteLater()
        return value
