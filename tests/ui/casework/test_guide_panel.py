"""The conversation guide beside the step dialog, its PDF from the dialog, and the red
banner of the staff sexual-offence mark."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import CaseMark
from app.domain import CaseKind
from ui.casework.case_marks import CaseMarkControl
from ui.casework.guide_panel import GuidePanel
from ui.casework.step_dialog import StepDialog
from ui.casework.step_flow import step_context


def _case(vault: CaseFile, protocol: str) -> int:
    case = vault.cases.create(NewCase("Uitgelachen", CaseKind.PESTEN, date(2026, 11, 20)))
    vault.casework.protocols.choose(case.id, protocol)
    return case.id


def test_the_guide_is_shown_beside_the_step_dialog(dutch, qtbot, vault: CaseFile,
                                                   tmp_path: Path) -> None:
    case_id = _case(vault, "zesstappenplan")
    schedule = vault.casework.schedule(case_id)
    assert schedule is not None
    context = step_context(vault, case_id, schedule, schedule.step("gesprek_pester"))
    dialog = StepDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.guide_panel
    assert isinstance(panel, GuidePanel) and panel.isVisible()
    # beside the form, not under it; the whole dialog fits a 1366x768 screen
    assert panel.geometry().left() > dialog.edt_verslag.geometry().right()
    assert dialog.minimumWidth() <= 1366 and dialog.minimumHeight() <= 700
    texts = "\n".join(panel.texts)
    assert texts.startswith("Let op: Twijfel je of je je veilig voelt bij deze leerling")
    assert "Wat levert het pesten jou op?" in texts
    assert "Niet beschuldigen of straffen in dit gesprek" in texts
    assert "2. Het verhaal" in texts
    # the next appointment defaults to the protocol's three days (001 Bijlage 4)
    today = context.now.date()
    assert dialog.dte_next.date().toPython() == today + timedelta(days=3)
    assert panel.btn_pdf.text() == "Opslaan als pdf..."
    written = panel.save_to(tmp_path / "leidraad.pdf")
    out = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert "Wat levert het pesten jou op?" in out
    assert panel.lbl_saved.isVisible()


def test_a_step_without_a_guide_keeps_the_narrow_dialog(dutch, qtbot, vault: CaseFile) -> None:
    case_id = _case(vault, "supportgroep")
    schedule = vault.casework.schedule(case_id)
    assert schedule is not None
    status = schedule.step("gesprek_gepeste")
    bare = dataclasses.replace(status, step=dataclasses.replace(status.step, guide=None))
    dialog = StepDialog(None, step_context(vault, case_id, schedule, bare))
    qtbot.addWidget(dialog)
    assert dialog.guide_panel is None and dialog.width() == 720
    assert dialog.dte_next.date().toPython() == dialog.dte_date.date().toPython() \
        + timedelta(days=7)


def test_the_staff_mark_shows_a_red_banner_with_the_duty(dutch, qtbot, vault: CaseFile) -> None:
    case_id = _case(vault, "meldcode")
    host = QWidget()
    qtbot.addWidget(host)
    control = CaseMarkControl(vault, host)
    control.set_case(case_id)
    assert control.banner.isHidden() and not control.act_staff.isChecked()
    control.set_staff_mark(True)
    assert vault.casework.marks.active(case_id) == (CaseMark.STAFF_SEXUAL_OFFENCE,)
    assert not control.banner.isHidden() and control.act_staff.isChecked()
    assert "meteen aan het bevoegd gezag" in control.banner.text()
    errors: list[object] = []
    control.failed.connect(errors.append)
    control.set_staff_mark(False)             # clearing needs a reason
    assert len(errors) == 1 and not control.banner.isHidden()
    control.set_staff_mark(False, "Vergissing.")
    assert control.banner.isHidden() and vault.casework.marks.active(case_id) == ()
