"""The dialogs return what the user typed; editing an entry keeps the earlier text."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, CaseStatus, EntryKind, Precision, ReportedBy, Role
from app.timeutil import AMSTERDAM
from ui.cases.case_dialog import CaseDialog
from ui.cases.entry_dialog import EntryDialog
from ui.cases.entry_text_dialog import EntryTextDialog
from ui.cases.person_dialog import PersonDialog
from ui.cases.revisions_dialog import RevisionsDialog
from ui.common.removal_dialog import RemovalDialog


def _case(vault: CaseFile, title: str = "Spotberichten") -> int:
    return vault.cases.create(NewCase(title, CaseKind.ONLINE_PESTEN, date(2026, 11, 20),
                                      ReportedBy.LEERLING, "2B")).id


def test_case_dialog_requires_a_title_and_returns_the_fields(qtbot, dutch) -> None:
    dialog = CaseDialog(None, None, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    assert dialog.dte_reported_on.date() == QDate(2026, 11, 22)
    dialog.accept()
    assert dialog.lbl_error.text() == "Geef de melding een titel."
    qtbot.keyClicks(dialog.edt_title, "Buitengesloten")
    dialog.cmb_kind.setCurrentIndex(dialog.cmb_kind.findData(CaseKind.PLAGEN))
    dialog.edt_group.setText("groep 6")
    form = dialog.value()
    assert (form.title, form.kind, form.group_name) == ("Buitengesloten", CaseKind.PLAGEN,
                                                         "groep 6")
    assert form.reported_on == date(2026, 11, 22)


def test_edit_case_dialog_shows_the_status(qtbot, dutch, vault: CaseFile) -> None:
    case = vault.cases.get(_case(vault))
    dialog = CaseDialog(None, case)
    qtbot.addWidget(dialog)
    assert dialog.edt_title.text() == "Spotberichten"
    assert dialog.value().status is CaseStatus.NIEUW
    assert dialog.cmb_status.isVisibleTo(dialog)


def test_person_dialog_picks_an_existing_person(qtbot, dutch, vault: CaseFile) -> None:
    vault.people.create("Fenna Verbeek", "groep 6")
    vault.people.create("Sem Jansen", "2B")
    dialog = PersonDialog(None, vault.people.find)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edt_name, "fen")
    assert dialog.lst_people.count() == 1
    dialog._pick(dialog.lst_people.item(0))
    dialog.cmb_role.setCurrentIndex(dialog.cmb_role.findData(Role.VERDEDIGER))
    form = dialog.value()
    assert form.person_id is not None and form.name == "Fenna Verbeek"
    assert form.role is Role.VERDEDIGER
    qtbot.keyClicks(dialog.edt_name, "x")  # typing again means: a new person
    assert dialog.value().person_id is None


def test_entry_dialog_date_only_and_approximate(qtbot, dutch) -> None:
    now = datetime(2026, 11, 22, 14, 5, tzinfo=AMSTERDAM)
    dialog = EntryDialog(None, now)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.lbl_error.text() == "Schrijf op wat er is gebeurd."
    qtbot.keyClicks(dialog.edt_text, "Gesprek met Sem.")
    form = dialog.value()
    assert form.occurred_at == now and form.precision is Precision.EXACT
    assert form.kind is EntryKind.GESPREK
    dialog.rad_date_only.setChecked(True)
    assert not dialog.tme_time.isEnabled()
    form = dialog.value()
    assert form.precision is Precision.DATE and form.occurred_at.date() == date(2026, 11, 22)
    dialog.rad_approx.setChecked(True)
    assert dialog.value().precision is Precision.APPROX


def test_editing_an_entry_keeps_earlier_versions(make_window, qtbot, monkeypatch,
                                                 vault: CaseFile) -> None:
    case_id = _case(vault)
    moment = datetime(2026, 11, 21, 10, 0, tzinfo=AMSTERDAM)
    vault.timeline.add(case_id, EntryKind.GESPREK, "Eerste versie.", moment)
    window = make_window()
    window.start(vault)
    panel = window.workspace.detail.timeline
    window.workspace.detail.tabs.setCurrentWidget(panel)
    panel.tbl_entries.selectRow(0)
    assert not panel.btn_history.isEnabled()
    monkeypatch.setattr(EntryTextDialog, "get_text", lambda *a: ("Tweede versie.", True))
    qtbot.mouseClick(panel.btn_edit, Qt.MouseButton.LeftButton)
    assert panel.model.index(0, 3).data() == "Tweede versie. (bewerkt)"
    assert panel.btn_history.isEnabled()
    shown: list[list[str]] = []
    monkeypatch.setattr(RevisionsDialog, "show_revisions", lambda parent, entry, revisions:
                        shown.append([r.text for r in revisions]))
    qtbot.mouseClick(panel.btn_history, Qt.MouseButton.LeftButton)
    assert shown == [["Eerste versie."]]
    entry = vault.timeline.for_case(case_id)[0]
    dialog = RevisionsDialog(None, entry, vault.timeline.revisions(entry.id))
    qtbot.addWidget(dialog)
    from tests.ui.helpers import visible_texts

    dialog.show()
    texts = visible_texts(dialog)
    assert "Eerste versie." in texts and "Tweede versie." in texts


def test_edit_case_and_remove_a_person(make_window, qtbot, monkeypatch, vault: CaseFile) -> None:
    case_id = _case(vault)
    vault.people.add_new_to_case(case_id, "Daan Visser", Role.PESTER, "2B")
    window = make_window()
    window.start(vault)
    detail = window.workspace.detail
    assert detail.overview.lbl_title.text() == "Spotberichten"

    def edited(parent, case, *rest, **options):  # type: ignore[no-untyped-def]
        dialog = CaseDialog(None, case)
        dialog.cmb_status.setCurrentIndex(dialog.cmb_status.findData(CaseStatus.MONITORING))
        return dialog.value(), True

    monkeypatch.setattr(CaseDialog, "get_case", edited)
    qtbot.mouseClick(detail.overview.btn_edit, Qt.MouseButton.LeftButton)
    assert detail.overview.chip_status.text() == "Monitoring"
    assert vault.cases.get(case_id).status is CaseStatus.MONITORING
    list_model = window.workspace.case_list.model
    assert list_model.case_at(0).status is CaseStatus.MONITORING

    people = detail.people
    people.tbl_people.selectRow(0)
    monkeypatch.setattr(RemovalDialog, "get_reason", lambda *a, **_kw: ("vergissing", True))
    qtbot.mouseClick(people.btn_remove, Qt.MouseButton.LeftButton)
    assert people.model.rowCount() == 0
    assert people.stk_people.currentWidget() is people.lbl_empty


def test_status_and_kind_filters(make_window, vault: CaseFile) -> None:
    _case(vault, "Eerste")
    second = _case(vault, "Tweede")
    vault.cases.update(second, status=CaseStatus.GESLOTEN, kind=CaseKind.CONFLICT)
    window = make_window()
    window.start(vault)
    window.workspace.show_cases()   # past 'Vandaag', to the cases
    window.show()
    panel = window.workspace.case_list
    panel.cmb_status.setCurrentIndex(panel.cmb_status.findData(CaseStatus.GESLOTEN))
    assert panel.proxy.rowCount() == 1
    panel.cmb_status.setCurrentIndex(0)
    panel.cmb_kind.setCurrentIndex(panel.cmb_kind.findData(CaseKind.PESTEN))
    assert panel.proxy.rowCount() == 0
    assert panel.lbl_empty.isVisible() and not panel.tbl_cases.isVisible()
    assert "Geen meldingen gevonden" in panel.lbl_empty.text()
    assert not panel.btn_first_case.isVisible()  # there are cases, just none that match
