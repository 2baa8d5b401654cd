"""Every interface string has a Dutch translation, the shipped .qm is fresh, and no
window or dialog shows English when the app runs in Dutch."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Precision, ReportedBy, Role
from app.timeutil import AMSTERDAM
from tests.ui.helpers import visible_texts
from ui.cases.case_dialog import CaseDialog
from ui.cases.entry_dialog import EntryDialog
from ui.cases.entry_text_dialog import EntryTextDialog
from ui.cases.person_dialog import PersonDialog
from ui.cases.revisions_dialog import RevisionsDialog
from ui.casework.agreements_panel import AgreementDialog
from ui.casework.dialogs import (
    CloseDialog,
    ConditionDialog,
    EscalateDialog,
    MoveDialog,
    PriorityDialog,
    ProtocolChoiceDialog,
    ReasonDialog,
    StatusDialog,
)
from ui.casework.step_dialog import StepContext, StepDialog
from ui.casework.steungroep_dialog import SteungroepDialog
from ui.casework.todo_dashboard import TodoDialog
from ui.common.confirm import Confirm
from ui.handover.letters_dialog import LettersDialog
from ui.shell import i18n
from ui.shell.about_dialog import AboutDialog

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "i18n" / "pestdossier_nl.ts"
QM = ROOT / "resources" / "i18n" / "pestdossier_nl.qm"

sys.path.insert(0, str(ROOT / "tools"))
import i18n as i18n_tool  # noqa: E402  (tools/ is not a package)


def _messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> finished translations ([] when unfinished or empty)."""
    result: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done: list[str] = []
            if translation is not None and translation.get("type") not in (
                    "unfinished", "obsolete", "vanished"):
                forms = [f.text or "" for f in translation.iter("numerusform")]
                done = [t for t in (forms or [translation.text or ""]) if t.strip()]
            result[(name, source)] = done
    return result


def test_every_source_string_has_a_dutch_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_nl.ts"
    i18n_tool.lupdate(fresh, "nl")
    committed = _messages(TS)
    missing = [f"{context}: {source!r}" for (context, source) in _messages(fresh)
               if not committed.get((context, source))]
    assert not missing, "No Dutch translation (run tools/i18n.py update, translate):\n" + \
        "\n".join(missing)


def test_committed_qm_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    i18n_tool.lrelease(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run: python tools/i18n.py build"


def test_the_qm_translates_a_known_string(dutch) -> None:
    assert QCoreApplication.translate("CaseListPanel", "All statuses") == "Alle statussen"
    assert QCoreApplication.translate("MainWindow", "Lock") == "Vergrendelen"


def test_dutch_is_the_default_and_english_can_be_chosen(monkeypatch) -> None:
    assert i18n.chosen_language() == "nl"
    monkeypatch.setenv("PESTDOSSIER_LANG", "en")
    assert i18n.chosen_language() == "en"
    monkeypatch.setenv("PESTDOSSIER_LANG", "klingon")
    assert i18n.chosen_language() == "nl"


def test_tools_i18n_has_update_and_build() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "--help"],
                         capture_output=True, text=True, check=True).stdout
    assert "update" in out and "build" in out


# ----------------------------------------------------------------- no visible English
def _english_patterns() -> list[re.Pattern[str]]:
    """Source strings whose Dutch differs, as patterns (%1, %n match anything)."""
    patterns = []
    for (_context, source), translations in _messages(TS).items():
        if not translations or source in translations or len(source) < 3:
            continue
        for variant in {source, source.replace("&", "")}:
            regex = re.escape(variant).replace("%1", ".*").replace("%2", ".*").replace(
                "%n", ".*")
            patterns.append(re.compile(f"^{regex}$", re.DOTALL))
    return patterns


def _assert_dutch(widget: QWidget, what: str) -> None:
    widget.show()
    patterns = _english_patterns()
    texts = visible_texts(widget)
    if hasattr(widget, "actions"):
        texts += [a.text() for a in widget.actions() if a.text()]
    english = sorted({t for t in texts for p in patterns if p.match(t.replace("&", ""))})
    assert not english, f"English in {what}: {english}"
    assert texts, f"nothing visible in {what}"


@pytest.fixture
def filled_vault(vault: CaseFile) -> CaseFile:
    case = vault.cases.create(NewCase("Spotberichten", CaseKind.ONLINE_PESTEN,
                                      date(2026, 11, 20), ReportedBy.LEERLING, "2B", "Uitleg."))
    vault.people.add_new_to_case(case.id, "Sem Jansen", Role.GEPESTE, "2B")
    entry = vault.timeline.add(case.id, EntryKind.GESPREK, "Eerst.",
                               datetime(2026, 11, 21, 10, 0, tzinfo=AMSTERDAM),
                               Precision.APPROX, "Sem")
    vault.timeline.edit_text(entry.id, "Daarna.")
    return vault


def test_no_english_in_the_main_window_screens(make_window, qtbot, filled_vault: CaseFile) -> None:
    window = make_window()
    window.start()
    _assert_dutch(window, "first start")
    window.start(filled_vault)
    for index in range(window.workspace.detail.tabs.count()):
        window.workspace.detail.tabs.setCurrentIndex(index)
        _assert_dutch(window, f"workspace tab {index}")
    for menu_action in window.menuBar().actions():
        assert menu_action.text().replace("&", "") in ("Kluis", "Help")
    window.lock()
    _assert_dutch(window, "unlock screen")
    window.unlock_screen.show_error("x")
    window.show_create(can_go_back=True)
    _assert_dutch(window, "create vault")


def test_no_english_in_any_dialog(qtbot, dutch, filled_vault: CaseFile) -> None:
    case = filled_vault.cases.list()[0]
    entry = filled_vault.timeline.for_case(case.id)[0]
    dialogs: list[tuple[str, QWidget]] = [
        ("new case", CaseDialog(None, None, date(2026, 11, 22))),
        ("edit case", CaseDialog(None, filled_vault.cases.get(case.id))),
        ("add person", PersonDialog(None, filled_vault.people.find)),
        ("add entry", EntryDialog(None)),
        ("edit text", EntryTextDialog(None, entry)),
        ("revisions", RevisionsDialog(None, entry, filled_vault.timeline.revisions(entry.id))),
        ("about", AboutDialog(None)),
        ("confirm", Confirm(None, "Betrokkene verwijderen", "Zeker?", "Verwijderen")),
    ]
    for what, dialog in dialogs + _casework_dialogs(filled_vault, case.id):
        qtbot.addWidget(dialog)
        _assert_dutch(dialog, what)


def _casework_dialogs(vault: CaseFile, case_id: int) -> list[tuple[str, QWidget]]:
    from app.domain import CaseStatus

    work = vault.casework
    work.protocols.choose(case_id, "vijf_bs")
    people = tuple(vault.people.for_case(case_id))
    now = vault.clock.now()
    beslissen = work.registry.get("vijf_bs").step("beslissen")
    opa = work.registry.get("supportgroep")
    return [
        ("choose protocol", ProtocolChoiceDialog(None, work.registry.all(), None)),
        ("switch protocol", ProtocolChoiceDialog(None, work.registry.all(), "vijf_bs")),
        ("record step", StepDialog(None, StepContext(beslissen, people, now))),
        ("record gated step", StepDialog(None, StepContext(
            opa.step("gesprek_steungroep"), people, now, ("toestemming",)))),
        ("consent", ConditionDialog(None, "De leerling stemt in", now)),
        ("reason", ReasonDialog(None, "Stap overslaan", "Waarom?", "Overslaan")),
        ("move follow-up", MoveDialog(None, "Vervolggesprek", date(2026, 11, 30))),
        ("status", StatusDialog(None, CaseStatus.IN_BEHANDELING)),
        ("close", CloseDialog(None, True)),
        ("escalate", EscalateDialog(None, ())),
        ("priority", PriorityDialog(None, work.status.priority(case_id))),
        ("steungroep", SteungroepDialog(None, list(people), set())),
        ("agreement", AgreementDialog(None, people, date(2026, 11, 30))),
        ("letters", LettersDialog(None, vault, case_id)),
        ("to do", TodoDialog(work)),
    ]
