"""The "Dossier maken" dialog: choose the police profile, leave one item out, generate."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from app.casefile import CaseFile
from app.dossier.profiles import ProfileId
from tests.dossier_case import DROPPED_EVIDENCE_CANARY, NOTE_CANARY, build_rich_case
from tests.ui.helpers import visible_texts
from ui.handover.dossier_dialog import DossierDialog


@pytest.fixture
def dialog(qtbot, dutch, vault: CaseFile):  # type: ignore[no-untyped-def]
    rc = build_rich_case(vault)
    dlg = DossierDialog(None, vault, rc.case_id)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg, rc
    dlg.done(0)
    QThreadPool.globalInstance().waitForDone(10_000)


def _row_state(dlg: DossierDialog, kind: str, item_id: int) -> tuple[bool, bool]:
    for i in range(dlg.lst_items.count()):
        row = dlg.lst_items.item(i)
        if row.data(Qt.ItemDataRole.UserRole + 1) == (kind, item_id):
            return (row.checkState() == Qt.CheckState.Checked,
                    bool(row.flags() & Qt.ItemFlag.ItemIsEnabled))
    raise AssertionError("row not found")


def test_police_dossier_without_one_item(qtbot, dialog, vault: CaseFile, tmp_path: Path,
                                         monkeypatch) -> None:
    dlg, rc = dialog
    dlg.cmb_profile.setCurrentIndex(dlg.cmb_profile.findData(ProfileId.POLICE))
    assert _row_state(dlg, "entry", rc.entries["notitie"]) == (False, False)
    assert _row_state(dlg, "entry", rc.entries["melding"]) == (True, True)
    assert not dlg.chk_pseudonymise.isChecked()
    dlg.set_checked("evidence", rc.evidence["B-dropped"], False)
    qtbot.waitUntil(lambda: "±" in dlg.lbl_preview.text(), timeout=10_000)
    assert "pagina" in dlg.lbl_preview.text()

    target = tmp_path / "politie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dlg.edt_recipient.setText("wijkagent R. Bos")
    dlg.generate()
    qtbot.waitUntil(lambda: dlg.outcome is not None or dlg.lbl_error.isVisible(),
                    timeout=15_000)
    assert dlg.outcome is not None, dlg.lbl_error.text()
    assert target.is_file() and dlg.btn_open.isVisible() and dlg.btn_folder.isVisible()
    assert dlg.outcome.pdf.sha256 in dlg.lbl_result.text()
    text = "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert DROPPED_EVIDENCE_CANARY not in text and NOTE_CANARY not in text
    logged = vault.audit.entries(action_prefix="dossier.exported")
    assert logged[-1].details["sha256"] == dlg.outcome.pdf.sha256
    assert logged[-1].details["profile"] == "police"
    assert logged[-1].details["recipient"] == "wijkagent R. Bos"

    opened: list[str] = []
    monkeypatch.setattr("ui.handover.dossier_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    dlg.btn_open.click()
    dlg.btn_folder.click()
    assert opened == [str(target), str(tmp_path)]


def test_summary_is_pseudonymised_by_default_and_passwords_must_match(qtbot, dialog,
                                                                       monkeypatch) -> None:
    dlg, _rc = dialog
    dlg.cmb_profile.setCurrentIndex(dlg.cmb_profile.findData(ProfileId.SUMMARY))
    assert dlg.chk_pseudonymise.isChecked()
    assert not dlg.chk_package.isEnabled()
    dlg.edt_password.setText("een")
    dlg.edt_password2.setText("twee")
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    dlg.generate()
    assert dlg.lbl_error.isVisible() and "wachtwoorden" in dlg.lbl_error.text()
    assert asked == []


def test_the_dialog_speaks_dutch(dialog) -> None:
    dlg, _rc = dialog
    texts = visible_texts(dlg)
    for dutch in ("Dossier maken voor melding 2026-001", "Ontvanger", "Wachtwoord PDF",
                  "Maken...", "Sluiten", "Wat erin komt", "Politie: feiten en bewijs"):
        assert any(dutch in t for t in texts), dutch
    for english in ("Recipient", "Generate...", "What goes in", "PDF password"):
        assert not any(english == t for t in texts), english
