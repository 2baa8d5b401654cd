"""The 'Maatregelen' tab (inside Afspraken): the ladder, the rung a broken agreement calls
for, taking it, its effect later, and passing the case on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import AgreementStatus, NewAgreement
from app.domain import CaseKind, EntryKind, Role
from app.measures import MeasureKind
from ui.casework.dialogs import EscalateDialog, ReasonDialog
from ui.casework.extension import CaseWorkExtension
from ui.casework.measures_panel import ME_COL_STATE, MeasuresPanel, TakeMeasureDialog

SHOTS = Path(__file__).resolve().parents[3] / "build" / "shots"


def test_measures_tab_offers_the_next_rung_and_records_it(qtbot, dutch, vault: CaseFile,
                                                          monkeypatch) -> None:
    case = vault.cases.create(NewCase("Afspraak verbroken", CaseKind.PESTEN, date(2026, 11, 2)))
    vault.people.add_new_to_case(case.id, "Daan Visser", Role.PESTER, "2b")
    work = vault.casework
    work.protocols.choose(case.id, "zesstappenplan")
    host = QWidget()
    qtbot.addWidget(host)
    extension = CaseWorkExtension(vault, host)
    extension.set_case(case.id)
    panel: MeasuresPanel = extension.measures
    assert extension.page_of(panel) is extension.page_of(extension.agreements)
    assert extension.page_of(extension.inform) is extension.page_of(extension.protocol)
    assert panel.model.rowCount() == 6 and panel.lbl_next.isHidden()

    agreement = work.agreements.add(case.id, NewAgreement("Vanaf nu geen berichten meer."))
    work.agreements.set_status(agreement.id, AgreementStatus.BROKEN, "Toch weer.")
    panel.reload()
    assert "Nog één kans" in panel.lbl_next.text()
    assert panel.model.index(0, ME_COL_STATE).data() == "Nu aan de orde"
    assert panel.selected_rung().phase.phase == 0   # type: ignore[union-attr]
    monkeypatch.setattr(TakeMeasureDialog, "get_measure", classmethod(
        lambda cls, *a, **k: ((date(2026, 11, 10), "mentor", "Gesprek met Daan."), True)))
    panel.btn_take.click()
    records = vault.measures.records(case.id)
    assert [(r.kind, r.by_whom) for r in records] == [(MeasureKind.KANS, "mentor")]
    assert panel.model.index(0, ME_COL_STATE).data() == "Genomen 10 november 2026"
    assert panel.lbl_next.isHidden()

    panel.lst_taken.setCurrentRow(0)
    monkeypatch.setattr(ReasonDialog, "get_reason", classmethod(
        lambda cls, *a, **k: ("Twee weken rustig.", True)))
    panel.btn_effect.click()
    assert vault.measures.records(case.id)[0].effect == "Twee weken rustig."

    monkeypatch.setattr(EscalateDialog, "get_escalation", classmethod(
        lambda cls, *a, **k: (("afdelingsleider", "Het gaat door."), True)))
    panel.btn_escalate.click()
    assert vault.measures.records(case.id)[-1].kind is MeasureKind.ESCALATIE
    assert any(e.kind is EntryKind.OVERDRACHT for e in vault.timeline.for_case(case.id))
    assert "Doorgezet naar afdelingsleider: Het gaat door." in panel.lst_taken.item(1).text()

    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.setParent(None)
    panel.resize(1000, 520)
    panel.show()
    panel.grab().save(str(SHOTS / "measures_panel.png"))
