"""The entry editor's marks (werkaantekening, special personal data), the "Marks..."
dialog of an existing entry and the badge in the timeline."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Precision, SpecialCategory
from app.timeutil import AMSTERDAM
from ui.cases.entry_dialog import EntryDialog, EntryForm
from ui.cases.entry_marks import EntryMarksDialog
from ui.cases.timeline_model import COL_KIND


def test_entry_dialog_returns_the_marks(qtbot, dutch) -> None:
    dialog = EntryDialog(None, datetime(2026, 11, 22, 14, 5, tzinfo=AMSTERDAM))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edt_text, "Eigen indruk na het gesprek.")
    form = dialog.value()
    assert (form.work_note, form.special_category) == (False, SpecialCategory.GEEN)
    dialog.marks.chk_work_note.setChecked(True)
    dialog.marks.cmb_special.setCurrentIndex(
        dialog.marks.cmb_special.findData(SpecialCategory.GEZONDHEID))
    form = dialog.value()
    assert (form.work_note, form.special_category) == (True, SpecialCategory.GEZONDHEID)
    assert dialog.marks.cmb_special.currentText() == "Gezondheid"
    dialog.resize(dialog.sizeHint())
    assert dialog.sizeHint().height() <= 768 and dialog.sizeHint().width() <= 1366


def test_marks_from_the_timeline_are_saved_and_shown(make_window, qtbot, monkeypatch,
                                                     vault: CaseFile) -> None:
    case_id = vault.cases.create(NewCase("Kleedkamer", CaseKind.PESTEN, date(2026, 11, 20))).id
    window = make_window()
    window.start(vault)
    panel = window.workspace.detail.timeline
    window.workspace.detail.tabs.setCurrentWidget(panel)
    moment = datetime(2026, 11, 21, 10, 0, tzinfo=AMSTERDAM)
    form = EntryForm(EntryKind.GESPREK, moment, Precision.EXACT, "", "Mijn twijfel.",
                     SpecialCategory.GEEN, work_note=True)
    monkeypatch.setattr(EntryDialog, "get_entry", lambda *a, **k: (form, True))
    qtbot.mouseClick(panel.btn_add, Qt.MouseButton.LeftButton)
    [entry] = vault.timeline.for_case(case_id)
    assert entry.work_note
    assert panel.model.index(0, COL_KIND).data() == "Gesprek\n[Werkaantekening]"
    panel.tbl_entries.selectRow(0)
    assert panel.btn_marks.isEnabled()
    monkeypatch.setattr(EntryMarksDialog, "get_marks",
                        lambda *a: (SpecialCategory.SEKSUALITEIT, False))
    qtbot.mouseClick(panel.btn_marks, Qt.MouseButton.LeftButton)
    entry = vault.timeline.get(entry.id)
    assert (entry.work_note, entry.special_category) == (False, SpecialCategory.SEKSUALITEIT)
    assert panel.model.index(0, COL_KIND).data() == \
        "Gesprek\n[Bijzonder persoonsgegeven: seksualiteit]"
    dialog = EntryMarksDialog(None, entry)
    qtbot.addWidget(dialog)
    assert dialog.marks.special_category is SpecialCategory.SEKSUALITEIT
    assert not dialog.marks.work_note
