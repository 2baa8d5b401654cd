"""Every interface string has a Dutch translation, the shipped .qm is fresh, no window
or dialog shows English when the app runs in Dutch, and none shows a Dutch sentence of
the core (app/wording) when it runs in English."""

from __future__ import annotations

import re
import string
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
from app.casework import CaseWork, Priority
from app.domain import CaseKind, EntryKind, Precision, ReportedBy, Role
from app.timeutil import AMSTERDAM
from app.wording import TEMPLATES
from tests.ui.helpers import visible_texts
from ui.cases.case_dialog import CaseDialog
from ui.cases.consent_dialog import ConsentDialog
from ui.cases.entry_dialog import EntryDialog
from ui.cases.entry_marks import EntryMarksDialog
from ui.cases.entry_text_dialog import EntryTextDialog
from ui.cases.person_dialog import PersonDialog
from ui.cases.person_edit_dialog import PersonEditDialog
from ui.cases.retention_dialog import RetentionDialog
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
from ui.common.confirm import Confirm
from ui.common.removal_dialog import RemovalDialog
from ui.handover.letters_dialog import LettersDialog
from ui.home.feed import FeedResult
from ui.home.home_screen import HomeScreen
from ui.privacy.access_dialog import AccessRequestDialog
from ui.shell import i18n
from ui.shell.about_dialog import AboutDialog
from ui.shell.settings_dialog import SettingsDialog

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


def _every_dialog(vault: CaseFile, confirm: tuple[str, str, str]
                  ) -> list[tuple[str, QWidget]]:
    """Every dialog of the window, built on a filled vault (the case work ones too)."""
    case = vault.cases.list()[0]
    entry = vault.timeline.for_case(case.id)[0]
    dialogs: list[tuple[str, QWidget]] = [
        ("new case", CaseDialog(None, None, date(2026, 11, 22))),
        ("edit case", CaseDialog(None, vault.cases.get(case.id))),
        ("add person", PersonDialog(None, vault.people.find)),
        ("add entry", EntryDialog(None)),
        ("edit text", EntryTextDialog(None, entry)),
        ("revisions", RevisionsDialog(None, entry, vault.timeline.revisions(entry.id))),
        ("entry marks", EntryMarksDialog(None, entry)),
        ("access request", AccessRequestDialog(None, vault)),
        ("about", AboutDialog(None)),
        ("settings", SettingsDialog(None)),
        ("confirm", Confirm(None, *confirm)),
        ("retention", RetentionDialog(None, vault.retention.rules.all(),
                                      vault.retention.for_case(case.id), date(2026, 11, 22))),
        ("consent to a dossier", ConsentDialog(None, None, date(2026, 11, 22))),
        ("withdraw", RemovalDialog(None, "Intrekken", "Wordt verwijderd.", "Blijft staan.",
                                   "Voorgoed intrekken")),
        ("edit person", PersonEditDialog(None, vault.people.for_case(case.id)[0], [])),
    ]
    return dialogs + _casework_dialogs(vault, case.id)


def test_no_english_in_any_dialog(qtbot, dutch, filled_vault: CaseFile) -> None:
    for what, dialog in _every_dialog(filled_vault, ("Betrokkene verwijderen", "Zeker?",
                                                     "Verwijderen")):
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
        ("to do", _home_screen(work)),
    ]


def _home_screen(work: CaseWork) -> HomeScreen:
    """'Vandaag' filled at once (the window computes it in the background)."""
    home = HomeScreen()
    todo = work.todo()
    home.set_result(FeedResult(todo, work.today_overview(todo)))
    return home


# ----------------------------------------------------------- no Dutch core sentence in English
def _core_dutch_patterns() -> list[tuple[re.Pattern[str], bool]]:
    """Each Dutch template of app/wording as a pattern ({...} match anything), with
    whether it may be found inside a longer line (enough literal words to be sure)."""
    patterns = []
    for template in TEMPLATES.values():
        parts = [literal for literal, _, _, _ in string.Formatter().parse(template)]
        letters = sum(ch.isalpha() for ch in "".join(parts))
        if letters < 4:  # "{step}", "{file}: {detail}": nothing Dutch of its own
            continue
        regex = ".*?".join(re.escape(p) for p in parts)
        patterns.append((re.compile(regex, re.DOTALL), letters >= 12))
    return patterns


def _core_dutch_in(texts: list[str]) -> list[str]:
    patterns = _core_dutch_patterns()
    found = []
    for text in texts:
        for raw in text.replace("&", "").splitlines():
            line = raw.strip().removeprefix("• ")
            if any(p.fullmatch(line) or (inside and p.search(line)) for p, inside in patterns):
                found.append(line)
    return sorted(set(found))


def _assert_english(widget: QWidget, what: str) -> None:
    widget.show()
    texts = visible_texts(widget)
    dutch_lines = _core_dutch_in(texts)
    assert not dutch_lines, f"Dutch core sentences in {what}: {dutch_lines}"
    assert texts, f"nothing visible in {what}"


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The interface in English, after whatever a fixture installed before."""
    i18n.install_translators(qapp, "en")
    yield qapp
    i18n.remove_translators(qapp)


def test_the_check_finds_a_dutch_core_sentence() -> None:
    assert _core_dutch_in(["Deze melding bestaat niet (meer)."])
    assert _core_dutch_in(["• Auditlog: regel 3 is na het schrijven gewijzigd."])
    assert _core_dutch_in(["B2 (kapot.png): De afbeelding is beschadigd of onvolledig en kan "
                           "niet worden getoond; het bestand is ongewijzigd bewaard als "
                           "document."])
    assert not _core_dutch_in(["This case does not exist (any more).", "kluis.pestdossier"])


def test_no_dutch_core_sentence_in_any_dialog_in_english(qtbot, english,
                                                         filled_vault: CaseFile) -> None:
    dialogs = _every_dialog(filled_vault, ("Remove person", "Sure?", "Remove"))
    for what, dialog in dialogs:
        qtbot.addWidget(dialog)
        _assert_english(dialog, what)
    assert dialogs[0][1].windowTitle() == "New case"   # English indeed


def _case_with_core_words(vault: CaseFile, tmp_path: Path) -> int:
    """A case whose screens show core words: a deviation and lateness on a step, an
    import warning, strafbare feiten with automatic urgency, a protocol that is gone."""
    case = vault.cases.list()[0]
    work = vault.casework
    work.protocols.choose(case.id, "supportgroep")
    work.steps.record(case.id, "gesprek_steungroep", vault.clock.now(),
                      deviation_reason="Acute situatie; toestemming volgt.")
    work.offences.set_checked(case.id, ["bedreiging", "belediging"])
    broken = tmp_path / "kapot.png"
    whole = _noisy_png()
    broken.write_bytes(whole[: len(whole) // 2])
    vault.evidence.import_file(case.id, broken)
    other = vault.cases.create(NewCase("Oude zaak", CaseKind.PESTEN, date(2026, 10, 1),
                                       ReportedBy.OUDER, "3A", ""))
    work.protocols.choose(other.id, "vijf_bs")
    vault._gateway.conn.execute("UPDATE case_protocols SET protocol_id = 'verdwenen' WHERE case_id = ?",
                       (other.id,))
    return case.id


def _noisy_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.effect_noise((300, 300), 64).convert("RGB").save(out, "PNG")
    return out.getvalue()


def test_no_dutch_core_sentence_in_the_english_window(make_window, qtbot, qapp, monkeypatch,
                                                      filled_vault: CaseFile,
                                                      tmp_path: Path) -> None:
    case_id = _case_with_core_words(filled_vault, tmp_path)
    i18n.install_translators(qapp, "en")
    shown: list[str] = []
    monkeypatch.setattr("ui.shell.main_window.inform",
                        lambda parent, title, text, **kw: shown.append(text))
    window = make_window()
    window.start(filled_vault)
    home = window.workspace.show_todo()
    qtbot.waitUntil(lambda: home.result is not None, timeout=10_000)
    _assert_english(window, "home screen")
    window.workspace.show_cases()   # past 'Vandaag', to the cases
    workspace = window.workspace
    assert workspace.case_list.select_case(case_id)
    detail = workspace.detail
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        _assert_english(window, f"workspace tab {detail.tabs.tabText(index)}")
    # the step with the deviation, and the import warning of the damaged image
    protocol = detail.casework.protocol
    protocol.select_step("gesprek_steungroep")
    notes = protocol.lbl_notes.text()
    assert notes.startswith("Deviation: ") and "Acute situatie" in notes
    assert "Done without this condition being recorded" in notes
    detail.tabs.setCurrentWidget(detail.evidence)
    detail.evidence.select_item(detail.evidence.model.item_at(0).id)
    assert "damaged or incomplete" in detail.evidence.details.lbl_warnings.text()
    _assert_english(window, "evidence with an import warning")
    offences = detail.casework.offences
    detail.tabs.setCurrentWidget(offences.parentWidget())
    assert any("not legal advice" in text for text in visible_texts(offences))
    assert any("Threat (art. 285 Sr)" in text for text in visible_texts(offences))
    # core errors shown in a message box: not found, invalid input
    from app.errors import PestdossierError

    for attempt in (lambda: filled_vault.cases.get(999),
                    lambda: filled_vault.casework.status.set_priority(case_id,
                                                                       Priority.HOOG, ""),
                    lambda: filled_vault.people.create("  ")):
        with pytest.raises(PestdossierError) as caught:
            attempt()
        window.report_error(caught.value)
    assert shown[0] == "This case does not exist (any more)."
    assert shown[1] == "Give a reason for the urgency."
    # 'to do' with a case whose protocol is gone, and the vault check
    todo = _home_screen(detail.casework.work)
    qtbot.addWidget(todo)
    assert "is not available (any more)" in todo.lbl_problems.text()
    _assert_english(todo, "to do")
    window.verify()
    qtbot.waitUntil(lambda: window.last_verify_report is not None, timeout=15_000)
    assert shown[-1].startswith("Everything is in order.") and "audit log (" in shown[-1]
    assert not _core_dutch_in(shown), shown
