"""The letters dialog: the protocol's suggestions, a steungroep letter without role words,
the live privacy check on edits, copy to the clipboard and a PDF saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, Role
from app.letters import ROLE_WORDS
from ui.casework.extension import CaseWorkExtension
from ui.handover.letters_dialog import LettersDialog

STUDENTS = (("Fenna Verbeek", Role.GEPESTE), ("Daan Visser", Role.PESTER),
            ("Liam de Wit", Role.MEELOPER), ("Noor Bakker", Role.VERDEDIGER),
            ("Emma Smit", Role.BUITENSTAANDER))


@pytest.fixture
def case_with_group(vault: CaseFile) -> tuple[int, dict[str, int]]:
    vault.set_school("De Regenboog")
    case = vault.cases.create(NewCase("Buitengesloten", CaseKind.PESTEN, date(2026, 11, 20),
                                      group_name="groep 6"))
    people = {name: vault.people.add_new_to_case(case.id, name, role, "groep 6")
              for name, role in STUDENTS}
    work = vault.casework
    work.protocols.choose(case.id, "supportgroep")
    work.steungroep.compose(case.id, [people[n].id for n in ("Daan Visser", "Liam de Wit",
                                                              "Noor Bakker", "Emma Smit")])
    return case.id, {n: p.person.id for n, p in people.items()}


def test_steungroep_letter_has_no_role_words_and_saves_as_pdf(
        qtbot, dutch, vault: CaseFile, case_with_group, monkeypatch, tmp_path: Path) -> None:
    case_id, person = case_with_group
    dialog = LettersDialog(None, vault, case_id)
    qtbot.addWidget(dialog)
    titles = {s.template_id for s in dialog.suggestions}
    assert {"brief_ouders_gepeste", "brief_ouders_klas", "brief_ouders_steungroep"} <= titles
    assert dialog.select("brief_ouders_steungroep", person["Daan Visser"])
    assert dialog.lbl_recipient.text() == "Ouders/verzorgers van Daan"
    letter = (dialog.edt_subject.text() + "\n" + dialog.edt_body.toPlainText()).lower()
    assert "daan" in letter
    assert not [w for w in ROLE_WORDS if w in letter]
    assert not [n for n in ("fenna", "liam", "noor", "emma") if n in letter]
    assert not dialog.lbl_warnings.isVisibleTo(dialog)

    # An edit that gives the role away is flagged at once.
    dialog.edt_body.appendPlainText("Daan was de pester, maar doet nu mee.")
    assert dialog.lbl_warnings.isVisibleTo(dialog)
    assert "pester" in dialog.lbl_warnings.text()
    dialog.edt_body.undo()
    assert not dialog.lbl_warnings.isVisibleTo(dialog)

    # Copy: the text goes to the clipboard and the export is in the audit log.
    dialog.btn_copy.click()
    assert QGuiApplication.clipboard().text().startswith("Onderwerp: Daan helpt mee")
    assert dialog.lbl_done.text().startswith("Gekopieerd")

    # Save as PDF (the file dialog returns a path without extension).
    target = tmp_path / "brief-daan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Pdf-bestanden (*.pdf)"))
    dialog.btn_pdf.click()
    saved = target.with_suffix(".pdf")
    assert saved.is_file()
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "Daan helpt mee" in text and "De Regenboog" in text
    assert dialog.lbl_done.text() == f"Opgeslagen als {saved}"
    exported = [row for row in vault._gateway.query("SELECT action FROM audit_log")
                if row[0] == "letter.exported"]
    assert len(exported) == 2


def test_invitation_has_a_meeting_time(qtbot, dutch, vault: CaseFile, case_with_group) -> None:
    case_id, person = case_with_group
    dialog = LettersDialog(None, vault, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select("uitnodiging_gesprek", person["Fenna Verbeek"])
    assert dialog.chk_meeting.isVisible()
    # no moment yet: the field stays visible and the dialog asks for it (an invitation
    # without a date contradicted itself)
    assert "[gesprek]" in dialog.edt_body.toPlainText()
    assert dialog.lbl_warnings.text() == "Vul [gesprek] nog in."
    dialog.chk_meeting.setChecked(True)
    assert "om 15:00 uur" in dialog.edt_body.toPlainText()
    assert not dialog.lbl_warnings.isVisibleTo(dialog)
    assert dialog.select("brief_ouders_klas")
    assert not dialog.chk_meeting.isVisible()


def test_letters_action_opens_the_dialog(qtbot, dutch, vault: CaseFile, case_with_group,
                                         monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    case_id, _ = case_with_group
    host = QWidget()
    qtbot.addWidget(host)
    extension = CaseWorkExtension(vault, host)
    extension.set_case(case_id)
    opened: list[int] = []
    monkeypatch.setattr(LettersDialog, "exec", lambda self: opened.append(
        len(self.suggestions)) or 0)
    extension.act_letters.trigger()
    assert opened and opened[0] >= 3


def test_switching_letters_keeps_what_was_typed(qtbot, dutch, vault: CaseFile,
                                                case_with_group) -> None:
    """Issue 13: edits were dropped when another letter was picked and then this one again."""
    case_id, person = case_with_group
    dialog = LettersDialog(None, vault, case_id)
    qtbot.addWidget(dialog)
    assert dialog.select("brief_ouders_klas")
    dialog.edt_body.appendPlainText("Tot ziens op de ouderavond.")
    dialog.edt_subject.setText("Over de sfeer")
    assert dialog.select("brief_ouders_steungroep", person["Noor Bakker"])
    assert "ouderavond" not in dialog.edt_body.toPlainText()
    dialog.edt_body.appendPlainText("Noor mag trots zijn.")
    assert dialog.select("brief_ouders_klas")
    assert dialog.edt_subject.text() == "Over de sfeer"
    assert dialog.edt_body.toPlainText().endswith("Tot ziens op de ouderavond.")
    assert dialog.select("brief_ouders_steungroep", person["Noor Bakker"])
    assert dialog.edt_body.toPlainText().endswith("Noor mag trots zijn.")
    # an edit undone by hand is forgotten: the letter comes back as drafted
    draft_body = vault.letters.draft(case_id, "brief_ouders_klas").body
    assert dialog.select("brief_ouders_klas")
    dialog.edt_body.setPlainText(draft_body)
    assert dialog.select("brief_ouders_steungroep", person["Noor Bakker"])
    assert dialog.select("brief_ouders_klas")
    assert dialog.edt_body.toPlainText() == draft_body
