"""Every code the core can show has a tr() text in the GUI with the same placeholders as
its Dutch wording, and renders in both languages; the GUI labels every enum a message
can carry."""

from __future__ import annotations

import string
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from app.errors import InvalidInputError
from app.evidence import EvidenceKind
from app.messages import ByteSize, Message
from app.protocols import Duration
from app.wording import TEMPLATES
from app.wording import dutch as dutch_text
from ui.common import messages as gui
from ui.common.errors import error_message
from ui.shell import i18n

# Only the command line raises these (password prompts, argument parsing).
CLI_ONLY = "cli."


def _placeholders(template: str) -> set[tuple[str, str]]:
    return {(field, spec) for _, field, spec, _ in string.Formatter().parse(template) if field}


@pytest.fixture
def english(qapp: QApplication):  # type: ignore[no-untyped-def]
    i18n.install_translators(qapp, "en")
    yield qapp
    i18n.remove_translators(qapp)


def test_every_core_code_has_a_gui_text_with_the_same_placeholders(qapp) -> None:
    texts = gui.texts()
    wanted = {code for code in TEMPLATES if not code.startswith(CLI_ONLY)}
    assert sorted(wanted - set(texts)) == [], "codes without a tr() text in ui/common/messages*.py"
    assert sorted(set(texts) - set(TEMPLATES)) == [], "tr() texts for codes the core lacks"
    differ = sorted(code for code in wanted
                    if _placeholders(texts[code]) != _placeholders(TEMPLATES[code]))
    assert differ == [], "the GUI and the Dutch wording take different parameters"


def test_every_gui_text_renders_in_both_languages(qapp, english) -> None:
    for language in ("en", "nl"):
        i18n.install_translators(qapp, language)
        for code, template in gui.texts().items():
            sample = {name: "x" for _, name, _, _ in string.Formatter().parse(template) if name}
            assert gui.message_text(Message(code, **sample)).strip(), (language, code)


def test_dutch_gui_says_what_the_core_says(dutch) -> None:
    message = Message("steungroep.unusual_size", count=4, low=5, high=8)
    assert gui.message_text(message) == dutch_text(message)
    error = InvalidInputError("step.unknown", protocol="Zesstappenplan", step="x")
    assert error_message(error) == error.message


def test_english_gui_formats_parameters_its_own_way(english) -> None:
    assert gui.message_text(Message("schedule.done_late", latest=date(2026, 12, 2),
                                    done=date(2026, 12, 9))) == (
        "Done later than planned: due by 2 December 2026, done on 9 December 2026.")
    assert gui.message_text(Message("followup.after", label="Vervolggesprek",
                                    offset=Duration(years=1, months=6))) == (
        "Vervolggesprek (after 1 year and 6 months)")
    assert gui.duration_text(Duration(weeks=2, days=1)) == "2 weeks and 1 day"
    assert gui.message_text(Message("evidence.duplicate", item="B2", name=EvidenceKind.CHAT)) \
        == "This file is already in the case file as evidence item B2 (Chat export); nothing " \
           "was saved twice."
    checked = gui.message_text(Message("verify.checked_evidence", count=3,
                                       size=ByteSize(3 * 512 * 1024)))
    assert checked.startswith("evidence (3 items, 1") and checked.endswith("MB hashed again)")
    assert gui.message_text(Message("priority.acute_because", offences=(
        Message("offence.threat"), Message("offence.extortion")))) == (
        "Acute because of threat, extortion or blackmail (including sextortion): act the "
        "same day.")


def test_every_enum_a_message_carries_has_a_gui_label(english) -> None:
    for enum in gui._ENUM_LABELS:
        for member in enum:
            assert gui.enum_text(member).strip(), member
