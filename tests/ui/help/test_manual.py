"""The manual inside the app: Help > Handleiding and F1 at the topic of the moment, the
"Wat betekent dit?" links, and a manual that stays true to the menus it names."""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QToolButton, QWidget

import ui
from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, ReportedBy
from ui.help import context, manual
from ui.help.concept_link import ConceptDialog, ConceptLink
from ui.help.manual_window import ManualWindow

MENU_PATH = re.compile(r"\*\*([^*]+ › [^*]+)\*\*")


def _menu_paths(window: QWidget) -> set[str]:
    """Every "Menu › Action" a user can reach: the menu bar and buttons with a menu."""
    paths: set[str] = set()

    def walk(prefix: str, menu: QMenu) -> None:
        for action in menu.actions():
            text = action.text().replace("&", "")
            if action.menu() is not None:
                walk(f"{prefix} › {text}", action.menu())
            elif text:
                paths.add(f"{prefix} › {text}")

    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        walk(action.text().replace("&", ""), action.menu())
    for button in window.findChildren(QPushButton) + window.findChildren(QToolButton):
        if button.menu() is not None:
            walk(button.text().replace("&", ""), button.menu())
    return paths


@pytest.fixture(name="desk")
def desk_fixture(make_window, qtbot, vault: CaseFile):  # type: ignore[no-untyped-def]
    case = vault.cases.create(NewCase("Buitengesloten bij het buitenspel", CaseKind.PESTEN,
                                      date(2026, 11, 20), ReportedBy.LEERLING, "7", ""))
    window = make_window()
    window.start(vault)
    window.show()
    qtbot.waitExposed(window)
    window.workspace.show_cases()
    assert window.workspace.case_list.select_case(case.id)
    window.workspace.detail  # noqa: B018 - built now (the case menu lives in it)
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ManualWindow):
            widget.close()


def test_both_languages_have_the_same_chapters_and_concepts() -> None:
    dutch, english = manual.chapters("nl"), manual.chapters("en")
    assert [c.topic for c in dutch] == [c.topic for c in english]
    assert {"melding", "protocolstap", "bewijs", "dossier", "reservekopie",
            "laptop-kwijt"} <= {c.topic for c in dutch}
    for chapters in (dutch, english):
        assert all(c.title and len(c.markdown) > 200 for c in chapters)
    for language in ("nl", "en"):
        concepts = manual.concepts(language)
        assert {"steungroep", "confronterend", "klachtdelict", "reservekopie"} <= set(concepts)
        assert set(concepts) == set(manual.concepts("nl"))
        for concept in concepts.values():
            assert manual.chapter(concept.chapter, language) is not None, concept.key


def test_every_menu_the_dutch_manual_names_exists(desk) -> None:  # type: ignore[no-untyped-def]
    """A manual that says "Kluis › Noodblad maken..." must match the window's menus."""
    reachable = _menu_paths(desk)
    named = {path for c in manual.chapters("nl") for path in MENU_PATH.findall(c.markdown)}
    assert len(named) >= 8
    assert named <= reachable, sorted(named - reachable)


def test_every_menu_the_english_manual_names_exists(make_window, qtbot, vault: CaseFile,
                                                    qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.shell.i18n import install_translators

    case = vault.cases.create(NewCase("Buitengesloten", CaseKind.PESTEN, date(2026, 11, 20),
                                      ReportedBy.LEERLING, "7", ""))
    install_translators(qapp, "en")  # the English source strings
    window = make_window()
    window.start(vault)
    window.workspace.show_cases()
    assert window.workspace.case_list.select_case(case.id)
    window.workspace.detail  # noqa: B018 - built now (the case menu lives in it)
    reachable = _menu_paths(window)
    named = {path for c in manual.chapters("en") for path in MENU_PATH.findall(c.markdown)}
    assert named and named <= reachable, sorted(named - reachable)


def test_help_menu_opens_the_manual_and_search_narrows_it(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    help_menu = next(a.menu() for a in desk.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions()] == ["Handleiding", "Over Pestdossier"]
    assert desk.act_manual.shortcut().toString() == "F1"
    desk.activateWindow()
    qtbot.keyClick(desk.workspace.case_list, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: context._window is not None)
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ManualWindow))
    assert window.isVisible() and window.windowTitle() == "Handleiding"
    assert window.lst_chapters.count() == len(manual.chapters("nl"))
    assert "kluis" in window.txt_page.toPlainText().lower()
    qtbot.keyClicks(window.edt_search, "noodblad")
    titles = [window.lst_chapters.item(i).text() for i in range(window.lst_chapters.count())]
    assert "Reservekopieën en het Noodblad" in titles
    assert "Een melding vastleggen" not in titles
    qtbot.keyClicks(window.edt_search, " xyzzy")
    assert window.lst_chapters.count() == 0
    assert "Niets in de handleiding" in window.txt_page.toPlainText()


def test_f1_opens_the_chapter_of_the_tab_in_use(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail = desk.workspace.detail
    tabs = detail.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Bewijs")
    tabs.setCurrentIndex(index)
    tabs.currentWidget().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    desk.act_manual.trigger()
    window = context._window
    assert window is not None and window.current_topic() == "bewijs"
    assert "Bewijs verzamelen met een leerling" in window.txt_page.toPlainText()


def test_f1_inside_a_modal_dialog_opens_its_chapter(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A modal dialog blocks other windows, so the manual opens as the dialog's child."""
    from ui.shell.settings_dialog import SettingsDialog

    seen: list[tuple[str | None, bool]] = []

    def press_f1() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.setFocus()
        desk.act_manual.trigger()
        opened = context._window
        assert opened is not None
        seen.append((opened.current_topic(), opened.parentWidget() is dialog))
        dialog.reject()

    QTimer.singleShot(0, press_f1)
    SettingsDialog.edit_settings(desk)
    assert seen == [("reservekopie", True)]


def test_every_topic_names_a_chapter_and_an_existing_screen() -> None:
    topics = {c.topic for c in manual.chapters("nl")}
    assert set(context.TOPICS.values()) <= topics
    classes: set[str] = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if info.name.endswith(("launch", "main")):
            continue
        module = importlib.import_module(info.name)
        classes.update(name for name, value in vars(module).items() if isinstance(value, type))
    assert set(context.TOPICS) <= classes, sorted(set(context.TOPICS) - classes)


def test_what_does_this_mean_explains_and_leads_to_the_manual(dutch, qtbot,
                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    link = ConceptLink("steungroep")
    qtbot.addWidget(link)
    assert link.text() == "Wat betekent dit?"
    assert link.accessibleName() == "Wat betekent dit: Steungroep"
    assert link.focusPolicy() != Qt.FocusPolicy.NoFocus
    shown: list[ConceptDialog] = []
    monkeypatch.setattr(ConceptDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    dialog = shown[0]  # a child of the link, deleted with it
    assert "gepeste leerling" in dialog.lbl_text.text()
    dialog.btn_more.click()
    assert context._window is not None and context._window.current_topic() == "protocolstap"
    context._window.close()
    with pytest.raises(KeyError):
        ConceptLink("bestaat-niet")


def test_links_stand_beside_the_concepts(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each concept a new counsellor may not know has its link where it is used."""
    from ui.shell.settings_dialog import SettingsDialog

    tabs = desk.workspace.detail.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.tabText(i) == "Strafbare feiten"))
    offences = desk.workspace.detail.findChild(QWidget, "concept_klachtdelict")
    assert offences is not None
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "concept_reservekopie") is not None
